import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, tempDir, type CliOptions, type CliRun } from './helpers.js';

// The command-line cases, written once and run two ways: every case in-process through main(argv, io)
// (test/cli.test.ts), and those marked `bin` again through the built bin/notice.js as a new process
// (test/e2e/bin.test.ts), where the exit status and the streams are those a shell sees.

/** Runs `notice` with these arguments: runMain (in-process) or runCli (the built command). */
export type Runner = (args: readonly string[], options?: CliOptions) => Promise<CliRun>;

export interface CliCase {
  name: string;
  /** Also run through the real bin, for its exit status and streams. */
  bin?: boolean;
  run(notice: Runner): Promise<void>;
}

export const ESC = '\u001b[';

export const CLI_CASES: CliCase[] = [
  {
    name: '--help lists the commands and exits 0',
    bin: true,
    async run(notice) {
      const run = await notice(['--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('validate [options] [paths...]');
    },
  },
  {
    name: 'validate --help documents every option and the exit codes',
    async run(notice) {
      const run = await notice(['validate', '--help']);
      expect(run.status).toBe(0);
      for (const option of ['--format', '--profile', '--max-warnings', '--quiet', '--no-color', '--debug'])
        expect(run.stdout).toContain(option);
      expect(run.stdout).toContain('Exit codes: 0 no errors, 1 errors');
    },
  },
  {
    name: '--version prints the package version',
    bin: true,
    async run(notice) {
      const run = await notice(['--version']);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    },
  },
  {
    name: 'a clean notice: exit 0 and a one-line summary',
    bin: true,
    async run(notice) {
      const run = await notice(['validate', 'examples/complete.yaml']);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toMatch(/^✔ 1 file checked, no problems \(\d+\.\d\d s\)\.\n$/);
    },
  },
  {
    name: 'the examples folder: exit 1, problems grouped per file with code frames, no colour in a pipe',
    bin: true,
    async run(notice) {
      const run = await notice(['validate', 'examples']);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain(ESC);
      for (const file of [
        'iljoja-2015',
        'lamisnet-2018',
        'local-loop-2018',
        'lponet-2016',
        'lponet-asiakasrekisteri',
      ]) {
        expect(run.stdout).toContain(`examples/${file}.yaml\n`);
      }
      expect(run.stdout).not.toContain('examples/complete.yaml\n');
      expect(run.stdout).toMatch(
        /^ {2}\d+:\d+ +error +RETENTION_MISSING {2}The notice does not say how long the data is kept\.$/m,
      );
      expect(run.stdout).toMatch(/^ +\d+ \| .*tuki @ palvelimet \. net.*\n +\| +\^$/m);
      expect(run.stdout).toMatch(/✖ \d+ errors, \d+ warnings, \d+ notes in 6 files \(\d+\.\d\d s\)\.\n$/);
    },
  },
  {
    name: '--format json is valid JSON with positions, codes and a summary',
    async run(notice) {
      const run = await notice(['validate', '--format', 'json', 'examples/local-loop-2018.yaml']);
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
    },
  },
  {
    name: '--format github prints workflow annotations',
    async run(notice) {
      const run = await notice(['validate', '-f', 'github', 'examples/lamisnet-2018.yaml']);
      expect(run.stdout).toMatch(
        /^::warning file=examples\/lamisnet-2018\.yaml,line=\d+,col=\d+,title=EMAIL_OBFUSCATED \(L19\)::The e-mail address/m,
      );
    },
  },
  {
    name: '--profile gdpr is the migration report of a legacy notice',
    async run(notice) {
      const legacy = await notice(['validate', '-f', 'json', 'examples/iljoja-2015.yaml']);
      const migrated = await notice(['validate', '-f', 'json', '--profile', 'gdpr', 'examples/iljoja-2015.yaml']);
      expect(JSON.parse(legacy.stdout).summary.errors).toBe(0);
      const codes = JSON.parse(migrated.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
      expect(codes).toEqual(
        expect.arrayContaining(['LEGAL_BASIS_MISSING', 'RETENTION_MISSING', 'RIGHTS_MISSING', 'COMPLAINT_MISSING']),
      );
      expect(migrated.status).toBe(1);
    },
  },
  {
    name: 'warnings alone exit 0; --max-warnings turns too many into exit 1',
    async run(notice) {
      expect((await notice(['validate', 'examples/iljoja-2015.yaml'])).status).toBe(0);
      expect((await notice(['validate', '--max-warnings', '10', 'examples/iljoja-2015.yaml'])).status).toBe(0);
      const strict = await notice(['validate', '--max-warnings', '0', 'examples/iljoja-2015.yaml']);
      expect(strict.status).toBe(1);
      expect(strict.stderr).toContain('more than --max-warnings 0 allows');
    },
  },
  {
    name: '--quiet shows errors only',
    async run(notice) {
      const run = await notice(['validate', '--quiet', 'examples/local-loop-2018.yaml']);
      expect(run.stdout).toContain('error');
      expect(run.stdout).not.toMatch(/ warning | info /);
    },
  },
  {
    name: 'a broken file is reported at file:line:column, not with a stack trace',
    bin: true,
    async run(notice) {
      const dir = tempDir();
      writeFileSync(join(dir, 'broken.yaml'), 'notice:\n  languages: [fi\n  profile: gdpr\n');
      const run = await notice(['validate', '-f', 'github', 'broken.yaml'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^::error file=broken\.yaml,line=3,col=\d+,title=YAML_SYNTAX::/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  },
  {
    name: 'usage and environment errors exit 2 with a hint',
    bin: true,
    async run(notice) {
      const missing = await notice(['validate', 'no-such.yaml']);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe('notice: no-such.yaml: no such file or folder.\nhint: Check the path.\n');
      expect((await notice(['validate'])).status).toBe(2);
      expect((await notice(['validate', '--format', 'xml', 'examples'])).status).toBe(2);
      expect((await notice(['validate', '--max-warnings', 'many', 'examples'])).status).toBe(2);
      expect((await notice(['frobnicate'])).status).toBe(2);
      const empty = tempDir();
      const none = await notice(['validate', empty]);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('holds no .yaml or .yml files');
    },
  },
  {
    name: 'a folder is searched recursively for .yaml and .yml, skipping hidden files and folders',
    async run(notice) {
      const dir = tempDir();
      copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'a.yml'));
      writeFileSync(join(dir, 'notes.txt'), 'not a notice');
      const hidden = join(dir, '.cache');
      mkdirSync(hidden);
      writeFileSync(join(hidden, 'x.yaml'), 'broken: [');
      // A tool's hidden settings file is not a notice either.
      writeFileSync(join(dir, '.gitlab-ci.yml'), 'stages: [test]\n');
      const run = await notice(['validate', '.'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^✔ 1 file checked, no problems \(\d+\.\d\d s\)\.\n$/);
    },
  },
  {
    name: 'colour reaches the output when forced, and NO_COLOR wins',
    bin: true,
    async run(notice) {
      expect((await notice(['validate', 'examples/iljoja-2015.yaml'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(
        ESC,
      );
      expect(
        (await notice(['validate', 'examples/iljoja-2015.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
      ).not.toContain(ESC);
    },
  },
];
