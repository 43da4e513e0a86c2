import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runMain, tempDir } from '../helpers.js';

// Faults of the machine around a build, with real processes: two builds at
// once, a disk that fills up. One file at a time (vitest.config.ts).

const COMPLETE = join(ROOT, 'examples/complete.yaml');

function notices(dir: string, count: number): void {
  mkdirSync(join(dir, 'notices'), { recursive: true });
  for (let i = 0; i < count; i++) copyFileSync(COMPLETE, join(dir, `notices/n${i}.yaml`));
}

describe('two builds into one folder at once', () => {
  it('the first finishes; the second stops at once with a clear message and leaves the first’s files alone', async () => {
    const dir = tempDir();
    notices(dir, 6);
    const args = [join(ROOT, 'bin/notice.js'), 'build', 'notices', '--format', 'pdf', '--lang', 'fi', '--out', 'out'];
    const first = spawn(process.execPath, [...args, '-q'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => first.once('exit', resolve));
    // The first build holds the folder once its lock file is there.
    for (let waited = 0; !existsSync(join(dir, 'out/.notice-build.lock')) && waited < 30_000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    const second = runCli(['build', 'notices', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^notice: Another notice build \(process \d+\) is writing to out\.$/m);
    expect(await exited).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))).toEqual([]);
    // Afterwards the folder is free.
    expect(
      (await runMain(['build', 'notices', '--format', 'md', '--lang', 'fi', '--out', 'out'], { cwd: dir })).status,
    ).toBe(0);
  }, 60_000);
});

/** A tmpfs of `size` mounted on a new folder, or undefined where this process may not mount one (not root). */
function smallDisk(size: string): string | undefined {
  const mountPoint = mkdtempSync(join(tmpdir(), 'notice-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) return undefined;
  mounts.push(mountPoint);
  return mountPoint;
}
const mounts: string[] = [];
afterAll(() => {
  for (const mountPoint of mounts) {
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
});

const canMount = (() => {
  const probe = smallDisk('64k');
  return probe !== undefined;
})();

describe('a disk that fills up', () => {
  it.skipIf(!canMount)(
    'stops the build with "the disk is full" (exit 2), leaves no partial file, and the next build repairs it (skipped where the tests may not mount a tmpfs, not as root)',
    async () => {
      const dir = tempDir();
      notices(dir, 1);
      const reference = tempDir();
      expect((await runMain(['build', join(dir, 'notices'), '--out', reference])).status).toBe(0);
      const outputs = readdirSync(reference).filter((f) => !f.startsWith('.'));
      const disk = smallDisk('96k')!;
      const full = await runMain(['build', join(dir, 'notices'), '--out', disk]);
      expect(full.status).toBe(2);
      expect(full.stderr).toMatch(/^notice: Cannot write .*: the disk is full\.$/m);
      // Nothing half-written: every output there is whole, and no temporary file is left.
      const left = readdirSync(disk);
      expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const output of left.filter((f) => !f.startsWith('.'))) {
        expect(readFileSync(join(disk, output)), output).toEqual(readFileSync(join(reference, output)));
      }
      expect(left.filter((f) => !f.startsWith('.')).length).toBeLessThan(outputs.length);
      // More room (remounted larger, keeping what is there): the next build writes the rest.
      expect(spawnSync('mount', ['-o', 'remount,size=4m', disk]).status).toBe(0);
      const repaired = await runMain(['build', join(dir, 'notices'), '--out', disk]);
      expect(repaired.status).toBe(0);
      for (const output of outputs)
        expect(readFileSync(join(disk, output)), output).toEqual(readFileSync(join(reference, output)));
    },
    60_000,
  );
});
