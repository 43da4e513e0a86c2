import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from '../helpers.js';

// Chromium's profile folder (notice-chromium-<pid>-<random> in the temporary folder, here a TMPDIR of the
// test's own) when the build that made it is killed outright and cannot remove it.

describe("Chromium's profile folder", () => {
  it('a build killed outright leaves it behind; the next build that prints removes it', async () => {
    const dir = tempDir();
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    for (let i = 0; i < 4; i++) copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, `n${i}.yaml`));
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/notice.js'), 'build', '.', '--format', 'pdf', '--out', 'out', '-q'],
      { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
    );
    const ours = () => readdirSync(tmp).filter((name) => name.startsWith(`notice-chromium-${child.pid}-`));
    const printed = () => existsSync(join(dir, 'out')) && readdirSync(join(dir, 'out')).some((f) => f.endsWith('.pdf'));
    // Killed once Chromium has printed (and so written its profile).
    await expect.poll(printed, { timeout: 30_000, interval: 20 }).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(ours()).toHaveLength(1);

    const next = await runMain(['build', 'n0.yaml', '--format', 'pdf', '--lang', 'fi', '--out', 'again'], {
      cwd: dir,
      env: { TMPDIR: tmp },
    });
    expect(next.status).toBe(0);
    expect(ours()).toEqual([]);
    // And the next build's own is gone with it.
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
