import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMain, tempDir } from './helpers.js';

const notice = (args: string[], cwd: string) => runMain(args, { cwd });

/** The codes `notice validate` reports for a file, errors only. */
async function errors(file: string, cwd: string): Promise<string[]> {
  const report = JSON.parse((await notice(['validate', '-f', 'json', file], cwd)).stdout);
  return report.files[0].diagnostics
    .filter((d: { severity: string }) => d.severity === 'error')
    .map((d: { code: string }) => d.code);
}

describe('notice init without a terminal (options and defaults)', () => {
  it('writes a draft that validates apart from its placeholders, builds with the draft mark, and is never overwritten', async () => {
    const dir = tempDir();
    const run = await notice(
      [
        'init',
        'notices/customers.yaml',
        '--name',
        'Esimerkki Oy',
        '--business-id',
        '0723069-3',
        '--email',
        'tietosuoja@esimerkki.example',
        '--street',
        'Kappelitie 6',
        '--postal-code',
        '02200',
        '--city',
        'Espoo',
        '--lang',
        'fi,sv',
      ],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote notices\/customers\.yaml: a customers notice in fi, sv, with \d+ TODO placeholders to fill in\.$/m,
    );
    const file = join(dir, 'notices/customers.yaml');
    const text = readFileSync(file, 'utf8');
    // The modeline points from the file to the installed schema, wherever that is.
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!);
    expect(modeline).not.toBeNull();
    expect(existsSync(join(dir, 'notices', modeline![1]!))).toBe(true);
    expect(text).toMatch(/^# The controller \(rekisterinpitäjä/m);
    const data = parse(text);
    expect(data.controller).toMatchObject({
      name: 'Esimerkki Oy',
      business_id: '0723069-3',
      email: 'tietosuoja@esimerkki.example',
    });
    expect(data.notice.languages).toEqual(['fi', 'sv']);

    const found = await errors('notices/customers.yaml', dir);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found)]).toEqual(['PLACEHOLDER_UNFILLED']);

    const build = await notice(['build', 'notices/customers.yaml', '--out', 'out'], dir);
    expect(build.status).toBe(1);
    expect(readFileSync(join(dir, 'out/customers.fi.md'), 'utf8')).toMatch(/^> \*\*Luonnos\*\*/);
    expect(readFileSync(join(dir, 'out/customers.sv.html'), 'utf8')).toContain('<strong>Utkast</strong>');

    const again = await notice(['init', 'notices/customers.yaml', '--name', 'Toinen Oy'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('notices/customers.yaml already exists; it was left as it is.');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect((await notice(['init', 'notices/customers.yaml', '--name', 'Toinen Oy', '--force'], dir)).status).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).controller.name).toBe('Toinen Oy');
  });

  for (const kind of ['customers', 'newsletter', 'applicants', 'employees']) {
    it(`kind ${kind}: a one-language draft with only placeholders to fill in; it renders`, async () => {
      const dir = tempDir();
      expect((await notice(['init', 'n.yaml', '--kind', kind, '--lang', 'en', '--yes'], dir)).status).toBe(0);
      expect([...new Set(await errors('n.yaml', dir))]).toEqual(['PLACEHOLDER_UNFILLED']);
      expect((await notice(['build', 'n.yaml', '--out', 'out', '--format', 'md,html'], dir)).status).toBe(1);
      expect(readFileSync(join(dir, 'out/n.en.md'), 'utf8')).toMatch(/^> \*\*Draft\*\*/);
    });
  }

  it('a wrong business ID is refused at once, and nothing is written', async () => {
    const dir = tempDir();
    const run = await notice(['init', 'n.yaml', '--business-id', '0723069-4'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a valid Y-tunnus');
    expect(existsSync(join(dir, 'n.yaml'))).toBe(false);
  });

  it('--ci github writes a workflow whose notice commands run', async () => {
    const dir = tempDir();
    expect(
      (
        await notice(
          [
            'init',
            'notices/n.yaml',
            '--kind',
            'newsletter',
            '--ci',
            'github',
            '--name',
            'Esimerkki Oy',
            '--email',
            'a@esimerkki.example',
          ],
          dir,
        )
      ).status,
    ).toBe(0);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/notices.yml'), 'utf8'));
    const commands: string[] = workflow.jobs.notices.steps
      .map((s: { run?: string }) => s.run)
      .filter((r: string | undefined) => r?.startsWith('npx notice'));
    expect(commands).toHaveLength(2);
    // As on the CI runner, minus npx; the PDF step needs the browser the runner has.
    const runs = [];
    for (const command of commands) runs.push(await notice(command.replace(/^npx notice /, '').split(' '), dir));
    const [validate, build] = runs;
    expect(validate!.status).toBe(1);
    expect(validate!.stdout).toMatch(/^::error file=notices\/n\.yaml,line=\d+,col=\d+,title=PLACEHOLDER_UNFILLED/m);
    // The build reports the same findings in the log, not a second time as annotations, and still builds the draft.
    expect(build!.status).toBe(1);
    expect(build!.stdout).toContain('PLACEHOLDER_UNFILLED');
    expect(build!.stdout).not.toContain('::error');
    expect(existsSync(join(dir, 'public/n.fi.pdf'))).toBe(true);
  });
});
