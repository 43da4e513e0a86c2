import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from './helpers.js';

describe('--quiet lists errors only, and still counts everything', () => {
  // A notice with warnings and no errors.
  const seed = join(ROOT, 'examples/iljoja-2015.yaml');

  it('the summary line gives the same counts as the full run, and says how many were not shown', async () => {
    const full = await runMain(['validate', seed], { env: { NO_COLOR: '1' } });
    const quiet = await runMain(['validate', '-q', seed], { env: { NO_COLOR: '1' } });
    const counts = (stdout: string) => /^[✔!✖] (.*) in 1 file/m.exec(stdout)?.[1];
    expect(counts(full.stdout)).toMatch(/^0 errors, [1-9]\d* warnings/);
    expect(counts(quiet.stdout)).toBe(counts(full.stdout));
    expect(quiet.stdout).not.toContain('warning ');
    const warnings = Number(/(\d+) warnings/.exec(full.stdout)![1]);
    expect(quiet.stdout).toContain(`--quiet: ${warnings} warnings and notes not shown.`);
    expect(quiet.status).toBe(full.status);
  });

  it('a JSON report lists errors only but counts every finding', async () => {
    const full = JSON.parse((await runMain(['validate', '-f', 'json', seed])).stdout);
    const quiet = JSON.parse((await runMain(['validate', '-q', '-f', 'json', seed])).stdout);
    expect(quiet.summary).toEqual(full.summary);
    expect(quiet.files[0].warnings).toBe(full.files[0].warnings);
    expect(quiet.files[0].diagnostics.filter((d: { severity: string }) => d.severity !== 'error')).toEqual([]);
  });
});

describe('notice init under the Personal Data Act', () => {
  it('says that a register description dated today is out of its time, which validate then reports', async () => {
    const dir = tempDir();
    const run = await runMain(['init', 'old.yaml', '--profile', 'hetil', '--yes'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^ {2}also warning: The notice is dated \d{4}-\d\d-\d\d, but uses the hetil profile: the GDPR displaced/m,
    );
    const report = JSON.parse((await runMain(['validate', '-f', 'json', 'old.yaml'], { cwd: dir })).stdout);
    const codes = new Set(report.files[0].diagnostics.map((d: { code: string }) => d.code));
    // The starter's legal bases are the Act's own grounds: nothing but the date and the placeholders.
    expect([...codes].sort()).toEqual(['PLACEHOLDER_UNFILLED', 'PROFILE_DATE_MISMATCH']);
  });
});
