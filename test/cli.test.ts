import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, useColor } from '../src/cli/main.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const ESC = '\u001b[';

describe('notice (the built command, run as a user would)', () => {
  it('--help lists the commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('validate [options] [paths...]');
  });

  it('validate --help documents every option and the exit codes', () => {
    const run = runCli(['validate', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--format', '--profile', '--max-warnings', '--quiet', '--no-color', '--debug'])
      expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('Exit codes: 0 no errors, 1 errors');
  });

  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('a clean notice: exit 0 and a one-line summary', () => {
    const run = runCli(['validate', 'examples/complete.yaml']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^✔ 1 file checked, no problems \(\d+\.\d\d s\)\.\n$/);
  });

  it('the examples folder: exit 1, problems grouped per file with code frames, no colour in a pipe', () => {
    const run = runCli(['validate', 'examples']);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain(ESC);
    for (const file of ['iljoja-2015', 'lamisnet-2018', 'local-loop-2018', 'lponet-2016', 'lponet-asiakasrekisteri']) {
      expect(run.stdout).toContain(`examples/${file}.yaml\n`);
    }
    expect(run.stdout).not.toContain('examples/complete.yaml\n');
    expect(run.stdout).toMatch(
      /^ {2}\d+:\d+ +error +RETENTION_MISSING {2}The notice does not say how long the data is kept\.$/m,
    );
    expect(run.stdout).toMatch(/^ +\d+ \| .*Ratapihantie 9.*\n +\| +\^$/m);
    expect(run.stdout).toMatch(/✖ \d+ errors, \d+ warnings, \d+ notes in 6 files \(\d+\.\d\d s\)\.\n$/);
  });

  it('--format json is valid JSON with positions, codes and a summary', () => {
    const run = runCli(['validate', '--format', 'json', 'examples/local-loop-2018.yaml']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ tool: 'notice', reportVersion: 1, summary: { files: 1 } });
    const retention = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'RETENTION_MISSING');
    expect(retention).toMatchObject({
      severity: 'error',
      file: 'examples/local-loop-2018.yaml',
      rule: 'L09',
      path: '',
    });
    expect(retention.line).toBeGreaterThan(0);
  });

  it('--format github prints workflow annotations', () => {
    const run = runCli(['validate', '-f', 'github', 'examples/lamisnet-2018.yaml']);
    expect(run.stdout).toMatch(
      /^::warning file=examples\/lamisnet-2018\.yaml,line=\d+,col=\d+,title=SUPERVISORY_AUTHORITY_STALE \(L18\)::This is an old address/m,
    );
  });

  it('--profile gdpr is the migration report of a legacy notice', () => {
    const legacy = runCli(['validate', '-f', 'json', 'examples/iljoja-2015.yaml']);
    const migrated = runCli(['validate', '-f', 'json', '--profile', 'gdpr', 'examples/iljoja-2015.yaml']);
    expect(JSON.parse(legacy.stdout).summary.errors).toBe(0);
    const codes = JSON.parse(migrated.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining(['LEGAL_BASIS_MISSING', 'RETENTION_MISSING', 'RIGHTS_MISSING', 'COMPLAINT_MISSING']),
    );
    expect(migrated.status).toBe(1);
  });

  it('warnings alone exit 0; --max-warnings turns too many into exit 1', () => {
    expect(runCli(['validate', 'examples/iljoja-2015.yaml']).status).toBe(0);
    expect(runCli(['validate', '--max-warnings', '10', 'examples/iljoja-2015.yaml']).status).toBe(0);
    const strict = runCli(['validate', '--max-warnings', '0', 'examples/iljoja-2015.yaml']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0 allows');
  });

  it('--quiet shows errors only', () => {
    const run = runCli(['validate', '--quiet', 'examples/local-loop-2018.yaml']);
    expect(run.stdout).toContain('error');
    expect(run.stdout).not.toMatch(/ warning | info /);
  });

  it('a broken file is reported at file:line:column, not with a stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'notice:\n  languages: [fi\n  profile: gdpr\n');
    const run = runCli(['validate', '-f', 'github', 'broken.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=broken\.yaml,line=3,col=\d+,title=YAML_SYNTAX::/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a reader that stops early (| head) is not an error: no crash, no stack trace', () => {
    // Far more than a pipe holds (64 KiB), so that the writes hit the closed pipe.
    const dir = tempDir();
    for (let i = 0; i < 60; i++)
      copyFileSync(join(ROOT, 'examples/local-loop-2018.yaml'), join(dir, `n${String(i).padStart(2, '0')}.yaml`));
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${join(ROOT, 'bin/notice.js')}" validate . | head -1; echo "status \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.stdout).toBe('n00.yaml\n');
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toMatch(/^status [01]$/m);
  });

  it('usage and environment errors exit 2 with a hint', () => {
    const missing = runCli(['validate', 'no-such.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('notice: no-such.yaml: no such file or folder.\nhint: Check the path.\n');
    expect(runCli(['validate']).status).toBe(2);
    expect(runCli(['validate', '--format', 'xml', 'examples']).status).toBe(2);
    expect(runCli(['validate', '--max-warnings', 'many', 'examples']).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
    const empty = tempDir();
    const none = runCli(['validate', empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('holds no .yaml or .yml files');
  });

  it('a folder is searched recursively for .yaml and .yml, skipping hidden files and folders', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'a.yml'));
    writeFileSync(join(dir, 'notes.txt'), 'not a notice');
    const hidden = join(dir, '.cache');
    mkdirSync(hidden);
    writeFileSync(join(hidden, 'x.yaml'), 'broken: [');
    // A tool's hidden settings file is not a notice either.
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'stages: [test]\n');
    const run = runCli(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^✔ 1 file checked, no problems \(\d+\.\d\d s\)\.\n$/);
  });
});

describe('colour', () => {
  it('is used on a terminal only, never with NO_COLOR or --no-color; FORCE_COLOR forces it', () => {
    expect(useColor({ isTTY: true }, {}, true)).toBe(true);
    expect(useColor({ isTTY: false }, {}, true)).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({ isTTY: true }, {}, false)).toBe(false);
    expect(useColor({ isTTY: true }, { TERM: 'dumb' }, true)).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' }, true)).toBe(true);
  });

  it('reaches the output when forced, and NO_COLOR wins', () => {
    expect(runCli(['validate', 'examples/iljoja-2015.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(
      runCli(['validate', 'examples/iljoja-2015.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toContain(ESC);
  });
});

describe('main() in-process', () => {
  it('returns the exit code instead of exiting, and prints through the given streams', async () => {
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env: {} };
    expect(await main(['validate', join(ROOT, 'examples/complete.yaml')], io)).toBe(0);
    expect(out).toContain('no problems');
  });

  it('an unexpected failure is an internal error: exit 2, one line, the stack only with --debug', async () => {
    let err = '';
    const io = {
      stdout: {
        write: () => {
          throw new Error('disk on fire');
        },
      },
      stderr: { write: (t: string) => (err += t) },
      env: {},
    };
    expect(await main(['validate', join(ROOT, 'examples/complete.yaml')], io)).toBe(2);
    expect(err).toBe(
      'notice: internal error: disk on fire\nThis is a bug in notice; please report it (run again with --debug for details).\n',
    );
    err = '';
    expect(await main(['validate', '--debug', join(ROOT, 'examples/complete.yaml')], io)).toBe(2);
    expect(err).toMatch(/\n\s+at /);
  });
});
