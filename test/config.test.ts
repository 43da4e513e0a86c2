import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_CHOICES } from '../src/outputs/formats.js';
import { RULES } from '../src/validate/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

/** A project: notices/ with two notices and a configuration file at the top. */
function project(config: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'notices'));
  copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'notices/complete.yaml'));
  copyFileSync(join(ROOT, 'examples/local-loop-2018.yaml'), join(dir, 'notices/local-loop.yaml'));
  writeFileSync(join(dir, 'notice.config.yaml'), config);
  return dir;
}

function codes(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { diagnostics: { code: string; severity: string }[] }[] };
  return report.files.flatMap((f) => f.diagnostics.map((d) => `${d.code}:${d.severity}`)).sort();
}

describe('notice.config.yaml', () => {
  it('is found upwards from the working folder; its paths are relative to it', async () => {
    const dir = project(
      'inputs: [notices]\nout: public\nnaming: "{lang}/{name}.{ext}"\nformats: [md]\nlanguages: [fi, en]\n',
    );
    mkdirSync(join(dir, 'deep/er'), { recursive: true });
    const run = await runMain(['build'], { cwd: join(dir, 'deep/er') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // local-loop has legal gaps
    expect(readdirSync(join(dir, 'public/fi')).sort()).toEqual(['complete.md', 'local-loop.md']);
    expect(readdirSync(join(dir, 'public/en'))).toEqual(['complete.md']);
    // Reported with paths as seen from where the command ran.
    expect(run.stdout).toContain('../../notices/local-loop.yaml');
  });

  it("sets rule severities per rule id: off silences a rule, a severity replaces the profile's", async () => {
    const plain = project('inputs: [notices/local-loop.yaml]\n');
    const before = codes((await runMain(['validate', '-f', 'json'], { cwd: plain })).stdout);
    expect(before).toContain('RETENTION_MISSING:error');
    expect(before).toContain('AUTOMATED_DECISIONS_NOT_STATED:error');

    const tuned = project('inputs: [notices/local-loop.yaml]\nrules:\n  L09: warning\n  L14: off\n');
    const run = await runMain(['validate', '-f', 'json'], { cwd: tuned });
    const after = codes(run.stdout);
    expect(after).toContain('RETENTION_MISSING:warning');
    expect(after.some((c) => c.startsWith('AUTOMATED_DECISIONS'))).toBe(false);
    // Everything else is as before.
    expect(after.filter((c) => !c.startsWith('RETENTION') && !c.startsWith('AUTOMATED'))).toEqual(
      before.filter((c) => !c.startsWith('RETENTION') && !c.startsWith('AUTOMATED')),
    );

    // The build applies them too: with every error-level rule of this notice silenced or lowered, it exits 0.
    const lowered = [
      ...new Set(
        after.filter((c) => c.endsWith(':error')).map((c) => RULES.find((r) => c.split(':')[0]! in r.codes)!.id),
      ),
    ];
    const clean = project(
      `inputs: [notices/local-loop.yaml]\nrules:\n${lowered.map((id) => `  ${id}: warning\n`).join('')}  L14: off\n  L09: warning\n`,
    );
    expect((await runMain(['build', '--format', 'md'], { cwd: clean })).status).toBe(0);
  });

  it('command-line options override it', async () => {
    const dir = project('inputs: [notices/complete.yaml]\nout: public\nformats: [md]\nlanguages: [fi]\n');
    const run = await runMain(['build', '--out', 'elsewhere', '--format', 'html', '--lang', 'sv'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'public'))).toBe(false);
    expect(readdirSync(join(dir, 'elsewhere')).filter((f) => !f.startsWith('.'))).toEqual(['complete.sv.html']);
    // Paths given on the command line replace the inputs.
    const named = await runMain(['validate', 'notices/local-loop.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(named.stdout).files.map((f: { file: string }) => f.file)).toEqual(['notices/local-loop.yaml']);
  });

  it('problems in it are shown at file:line:column with the offending key, exit 2, and nothing is built', async () => {
    const dir = project('inputs: [notices]\nformats: [md, docx]\nrules:\n  L9: off\npdf:\n  paper: A4\n');
    const run = await runMain(['build'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('notice.config.yaml\n');
    // The choices are the registry's formats, whichever there are.
    expect(run.stderr).toMatch(
      new RegExp(
        `2:15 +error +SCHEMA_ENUM  formats\\[1\\] must be one of: ${FORMAT_CHOICES.join(', ')}\\.\\n +2 \\| formats: \\[md, docx\\]`,
      ),
    );
    expect(run.stderr).toMatch(/4:3 +error +SCHEMA_UNKNOWN_KEY +`L9` is not a known key in rules\./);
    expect(run.stderr).toContain('Did you mean `L09`?');
    expect(run.stderr).toMatch(/6:10 +error +SCHEMA_ENUM/);
    expect(run.stderr).toContain(
      'notice: The configuration file notice.config.yaml has 3 problems (above); nothing was checked or built.',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'build'))).toBe(false);
  });

  it('a YAML error in it is positioned like one in a notice', async () => {
    const dir = project('inputs: [notices\nout: x\n');
    const run = await runMain(['validate'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/notice\.config\.yaml\n +\d+:\d+ +error +YAML_/);
  });

  it('--config names another file; --no-config ignores the one found', async () => {
    const dir = project('inputs: [notices/complete.yaml]\nformats: [md]\nlanguages: [fi]\n');
    writeFileSync(
      join(dir, 'ci.yaml'),
      'inputs: [notices/complete.yaml]\nformats: [html]\nlanguages: [en]\nout: ci-out\n',
    );
    expect((await runMain(['build', '--config', 'ci.yaml'], { cwd: dir })).status).toBe(0);
    expect(readdirSync(join(dir, 'ci-out')).filter((f) => !f.startsWith('.'))).toEqual(['complete.en.html']);

    const none = await runMain(['validate', '--no-config'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name the notices to use');

    const missing = await runMain(['validate', '--config', 'nope.yaml'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read the configuration file nope.yaml: no such file.');
  });

  it('a file of comments only changes nothing; without inputs the command asks for paths', async () => {
    const dir = project('# settings to come\n');
    const run = await runMain(['validate'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'notice: Name the notices to use: notice.config.yaml has no inputs, and none were given.',
    );
    expect((await runMain(['validate', 'notices/complete.yaml'], { cwd: dir })).status).toBe(0);
  });

  it('is not taken for a notice when it sits in a folder of notices', async () => {
    const dir = project('formats: [md]\n');
    copyFileSync(join(dir, 'notice.config.yaml'), join(dir, 'notices/notice.config.yaml'));
    const run = await runMain(['validate', 'notices', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      'notices/complete.yaml',
      'notices/local-loop.yaml',
    ]);
  });

  it('pdf.chrome feeds browser discovery, after the environment variables', async () => {
    const dir = project('inputs: [notices/complete.yaml]\nformats: [pdf]\npdf:\n  chrome: ./no-such-browser\n');
    const env = { NOTICE_CHROME: '', PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '' };
    const run = await runMain(['build'], { cwd: dir, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(dir, 'no-such-browser'));
    expect(run.stderr).toContain('pdf.chrome');
    const doctor = await runMain(['doctor'], { cwd: dir, env });
    expect(doctor.status).toBe(2);
    expect(doctor.stdout).toContain(join(dir, 'no-such-browser'));
  });

  it('its schema lists every rule, with its name, legal reference and what it checks, for editors', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice-config.schema.json'), 'utf8'));
    const rules = schema.properties.rules.properties as Record<string, { description: string }>;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES)
      expect(rules[rule.id]!.description).toBe(`${rule.name} (${rule.reference}): ${rule.checks}`);
  });
});
