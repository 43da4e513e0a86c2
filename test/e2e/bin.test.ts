import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_CASES } from '../cli-cases.js';
import { repositoryWithHistory } from '../git-history.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

// The built command (bin/notice.js running dist/notice.cjs) as a new process, for what only a real process
// shows: its exit status, its streams as a shell sees them, a closed pipe, a preloaded environment.

describe('notice (the built command, run as a user would)', () => {
  for (const { name, run } of CLI_CASES.filter((c) => c.bin)) it(name, () => run(async (...args) => runCli(...args)));

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
});

describe('notice log', () => {
  it('keeps what it worked out in .git/notice/log/ and prints the same log from it; --no-cache keeps nothing', () => {
    const { dir } = repositoryWithHistory();
    const kept = join(dir, '.git/notice');
    const afresh = runCli(['log', 'notice.yaml', '--no-cache'], { cwd: dir });
    expect(afresh.status).toBe(0);
    expect(existsSync(kept)).toBe(false);
    const first = runCli(['log', 'notice.yaml'], { cwd: dir });
    const [build] = readdirSync(join(kept, 'log'));
    const [file] = readdirSync(join(kept, 'log', build!));
    const again = runCli(['log', 'notice.yaml'], { cwd: dir });
    expect([first.stdout, again.stdout]).toEqual([afresh.stdout, afresh.stdout]);
    expect(afresh.stdout).toContain('New transfer outside the EU/EEA: "US"');
    // What is kept is what the next log prints; --no-cache does not read it.
    const path = join(kept, 'log', build!, file!);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('New transfer outside', 'KEPT: New transfer outside'));
    expect(runCli(['log', 'notice.yaml'], { cwd: dir }).stdout).toContain('KEPT: New transfer outside');
    expect(runCli(['log', 'notice.yaml', '--no-cache'], { cwd: dir }).stdout).toBe(afresh.stdout);
  });
});

describe('the browser', () => {
  it('none found, run as a user would: exit 2 with the install command, and the other outputs still written', () => {
    const dir = tempDir();
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        join(ROOT, 'test/fixtures/preload/no-browser.cjs'),
        join(ROOT, 'bin/notice.js'),
        'build',
        join(ROOT, 'examples/iljoja-2015.yaml'),
        '--format',
        'md,pdf',
        '--out',
        dir,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NOTICE_CHROME: '', PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '' },
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^notice: No Chromium or Chrome found to print PDFs with/);
    expect(run.stderr).toContain('hint: Install Chromium: `sudo apt-get install chromium`');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).sort()).toEqual(['.notice-manifest.json', 'iljoja-2015.fi.md']);
  });
});
