import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/import/index.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// `notice import` as a user runs it. The stages it chains (read, map) are tested on their own; these tests hold
// only to their contract (src/import/types.ts), so that they stay true whatever the mapping recognises.

const SEED = join(ROOT, 'test/fixtures/seeds/004_55cb80dffc86378e.txt');

/** A folder holding a copy of a seed notice as `name`. */
function seedIn(name = 'seloste.txt'): { dir: string; input: string } {
  const dir = tempDir();
  copyFileSync(SEED, join(dir, name));
  return { dir, input: join(dir, name) };
}

/** The report without its last line, the summary (which names the time taken). */
const withoutSummary = (text: string) => text.replace(/\n[^\n]*\(\d+\.\d\d s\)\.\n$/, '\n');

describe('notice import: where it writes', () => {
  it('writes NAME.yaml beside the input, with the schema modeline, and never overwrites without --force', async () => {
    const { dir } = seedIn();
    const first = await runMain(['import', 'seloste.txt'], { cwd: dir });
    expect(first.status, first.stderr).not.toBe(2);
    const yaml = readFileSync(join(dir, 'seloste.yaml'), 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=.*schemas\/notice\.schema\.json\n/);

    writeFileSync(join(dir, 'seloste.yaml'), 'mine\n');
    const again = await runMain(['import', 'seloste.txt'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('seloste.yaml already exists');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'seloste.yaml'), 'utf8')).toBe('mine\n');

    const forced = await runMain(['import', 'seloste.txt', '--force'], { cwd: dir });
    expect(forced.status).not.toBe(2);
    expect(readFileSync(join(dir, 'seloste.yaml'), 'utf8')).toBe(yaml);
  });

  it('refuses the whole run when one output exists: nothing is written', async () => {
    const { dir } = seedIn('a.txt');
    copyFileSync(SEED, join(dir, 'b.txt'));
    writeFileSync(join(dir, 'b.yaml'), 'mine\n');
    const run = await runMain(['import', 'a.txt', 'b.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, 'a.yaml'))).toBe(false);
  });

  it('a notice that cannot be read stops the run: nothing written, no folder or temporary file left', async () => {
    const { dir } = seedIn('a.txt');
    copyFileSync(SEED, join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.txt'), '');
    const run = await runMain(['import', 'a.txt', 'b.txt', 'c.txt', '--out', 'notices/imported'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('c.txt: the file is empty');
    expect(existsSync(join(dir, 'notices'))).toBe(false);
    // Beside the inputs, in a folder that exists: a.yaml and b.yaml were written to temporary files, then removed.
    const beside = await runMain(['import', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(beside.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('--out DIR takes one YAML per input (the folder created), -o one file for one input', async () => {
    const { dir } = seedIn('a.txt');
    copyFileSync(SEED, join(dir, 'b.txt'));
    const run = await runMain(['import', 'a.txt', 'b.txt', '--out', 'notices/imported'], { cwd: dir });
    expect(run.status).not.toBe(2);
    const a = readFileSync(join(dir, 'notices/imported/a.yaml'), 'utf8');
    expect(a).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/notice\.schema\.json\n/);
    expect(existsSync(join(dir, 'notices/imported/b.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'a.yaml'))).toBe(false);
    // Both files are reported, as validate reports two files.
    expect(run.stdout).toContain('2 files');

    const one = await runMain(['import', 'a.txt', '-o', 'customers.yaml'], { cwd: dir });
    expect(one.status).not.toBe(2);
    expect(existsSync(join(dir, 'customers.yaml'))).toBe(true);
    expect(await runMain(['import', 'a.txt', 'b.txt', '-o', 'x.yaml'], { cwd: dir })).toMatchObject({ status: 2 });
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('refuses usage errors with exit 2, writing nothing', async () => {
    const { dir } = seedIn('a.txt');
    const cases = [
      ['import'],
      ['import', 'missing.txt'],
      ['import', 'a.txt', '--format', 'sarif'],
      ['import', 'a.txt', '--lang', 'de'],
      ['import', 'a.txt', '--profile', 'hipaa'],
      ['import', 'a.txt', '--out', 'o', '-o', 'x.yaml'],
    ];
    for (const args of cases) {
      const run = await runMain(args, { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).not.toBe('');
    }
    // An input that would be its own output.
    writeFileSync(join(dir, 'old.yaml'), 'notice: {}\n');
    const self = await runMain(['import', 'old.yaml', '--force'], { cwd: dir });
    expect(self.status).toBe(2);
    expect(self.stderr).toContain('old.yaml is a notice this run reads');
    expect(readFileSync(join(dir, 'old.yaml'), 'utf8')).toBe('notice: {}\n');
    const other = await runMain(['import', 'a.txt', '-o', 'a.txt', '--force'], { cwd: dir });
    expect(other.status).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('notice import: what it writes', () => {
  it('gives the same bytes every time', async () => {
    const { dir, input } = seedIn();
    await runMain(['import', 'seloste.txt'], { cwd: dir });
    const first = readFileSync(join(dir, 'seloste.yaml'));
    await runMain(['import', 'seloste.txt', '--force'], { cwd: dir });
    expect(readFileSync(join(dir, 'seloste.yaml')).equals(first)).toBe(true);
    const library = await importFile(input);
    expect(library.yaml).toBe(first.toString('utf8'));
    expect((await importFile(input)).yaml).toBe(library.yaml);
  });

  it('writes YAML that loads back to the notice imported, passes the schema and builds', async () => {
    const { dir, input } = seedIn();
    const { imported, yaml } = await importFile(input);
    expect(loadNoticeBytes(yaml, 'x.yaml').data).toEqual(imported.notice);
    await runMain(['import', 'seloste.txt'], { cwd: dir });
    const validated = await runMain(['validate', '--format', 'json', 'seloste.yaml'], { cwd: dir });
    const codes: string[] = JSON.parse(validated.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes.filter((code) => /^(SCHEMA|YAML|FILE)_/.test(code))).toEqual([]);
    const built = await runMain(['build', 'seloste.yaml', '--out', 'out', '--format', 'md,html'], { cwd: dir });
    expect(built.status, built.stdout).not.toBe(2);
    expect(built.stdout).not.toContain('was not built');
    const languages = imported.notice.notice.languages;
    expect(existsSync(join(dir, `out/seloste.${languages[0]}.md`))).toBe(true);
  });

  it('prints the findings exactly as notice validate does, with its exit code (also with -q)', async () => {
    const { dir } = seedIn();
    for (const quiet of [[], ['-q']]) {
      const imported = await runMain(['import', 'seloste.txt', '--force', ...quiet], { cwd: dir });
      const validated = await runMain(['validate', 'seloste.yaml', ...quiet], { cwd: dir });
      expect(imported.status).toBe(validated.status);
      expect(withoutSummary(imported.stdout)).toBe(withoutSummary(validated.stdout));
      expect(imported.stdout).not.toMatch(/\x1b\[/);
    }
    const coloured = await runMain(['import', 'seloste.txt', '--force', '--report'], {
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(coloured.stdout).toMatch(/\x1b\[/);
  });
});

describe('notice import: the report', () => {
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/notice-report.schema.json'), 'utf8')));
  const validateReport = ajv.compile(
    JSON.parse(readFileSync(join(ROOT, 'schemas/notice-import-report.schema.json'), 'utf8')),
  );

  it('--format json fits its published schema, places every block, and carries the findings', async () => {
    const { dir } = seedIn('a.txt');
    copyFileSync(join(ROOT, 'test/fixtures/real/okm-oiva.txt'), join(dir, 'b.txt'));
    const run = await runMain(['import', 'a.txt', 'b.txt', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect(report.files.map((f: { output: string }) => f.output)).toEqual(['a.yaml', 'b.yaml']);
    const { imported } = await importFile(join(dir, 'a.txt'));
    const placed = new Set(report.files[0].placements.map((p: { block: number }) => p.block));
    expect(placed.size).toBe(imported.document.blocks.length);
    const validated = JSON.parse((await runMain(['validate', '--format', 'json', 'a.yaml'], { cwd: dir })).stdout);
    expect(report.files[0].diagnostics).toEqual(validated.files[0].diagnostics);
    expect(run.status).toBe(validated.files[0].errors + report.files[1].errors > 0 ? 1 : 0);
    expect(run.stderr).toMatch(/2 files/);

    report.files[0].placements[0].line = 0;
    expect(validateReport(report)).toBe(false);
  });

  it('--report maps the input lines to YAML paths and lists the free text to check first', async () => {
    const { dir } = seedIn();
    const json = JSON.parse((await runMain(['import', 'seloste.txt', '--format', 'json'], { cwd: dir })).stdout);
    const run = await runMain(['import', 'seloste.txt', '--force', '--report'], { cwd: dir });
    expect(run.stdout).toContain('seloste.txt → seloste.yaml');
    const dotted = (pointer: string) =>
      pointer
        .split('/')
        .slice(1)
        .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
        .join('');
    for (const placement of json.files[0].placements) expect(run.stdout).toContain(dotted(placement.path));
    const free: { line: number; path: string; text: string }[] = json.files[0].freeText;
    if (free.length > 0) {
      expect(run.stdout).toContain('Kept as free text rather than recognised');
      for (const entry of free)
        expect(run.stdout).toMatch(new RegExp(`\\n  ${entry.line}(-\\d+)? +${escape(dotted(entry.path))}: `));
    } else expect(run.stdout).toContain('Every block was recognised.');
    // The findings follow, as validate prints them.
    expect(run.stdout).toMatch(/in 1 file \(\d+\.\d\d s\)\.\n$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
