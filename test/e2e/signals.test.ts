import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from '../helpers.js';

// Builds of the real command interrupted by signals, as Ctrl-C or a kill would: run one at a time
// (vitest.config.ts), since they wait for moments in another process's life.

function poppler(tool: string, ...args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${run.stderr || run.error}`);
  return run.stdout;
}

/** The pid of the browser a notice process started (its child), once it runs. */
async function browserOf(pid: number): Promise<number> {
  for (let waited = 0; waited < 30_000; waited += 20) {
    const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    if (children.length > 0) return Number(children[0]);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the build started no browser');
}

/** True once a process has ended (within a few seconds). */
async function gone(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** The built command printing six notices to PDF in a new folder, as a user would start it. */
function startPdfBuild() {
  const dir = tempDir();
  for (let i = 0; i < 6; i++) copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, `n${i}.yaml`));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/notice.js'), 'build', '.', '--format', 'pdf', '--out', 'out', '-q'],
    { cwd: dir, stdio: 'ignore' },
  );
  return { dir, child };
}

interface Manifest {
  sources: Record<string, { outputs: Record<string, { hash: string }> }>;
}

function pdfs(dir: string): string[] {
  return existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf')) : [];
}

/** The outputs the build's manifest records as finished (paths inside out/). */
function recorded(dir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'out/.notice-manifest.json'), 'utf8')) as Manifest;
    return Object.values(manifest.sources).flatMap((source) => Object.keys(source.outputs));
  } catch {
    return [];
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition() && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
}

describe('interrupted builds', () => {
  it('Ctrl-C stops the build with exit 130 and closes the browser', async () => {
    const { dir, child } = startPdfBuild();
    const browser = await browserOf(child.pid!);
    // The status as a shell reports it: puppeteer's handler exits 130 once the browser is up; a
    // Ctrl-C while it is still starting ends the process by the signal, which the shell also shows as 130.
    const exited = new Promise<number | null>((r) =>
      child.once('exit', (code, signal) => r(code ?? (signal === 'SIGINT' ? 130 : null))),
    );
    await until(() => recorded(dir).length > 0 || pdfs(dir).length >= 2);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await gone(browser)).toBe(true);
    // What was finished is recorded, complete (the kill test below shows that the next build makes only the rest).
    expect(recorded(dir).length).toBeGreaterThan(0);
    expect(recorded(dir).length).toBeLessThan(18);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }, 60_000);

  it('killing a build at any moment leaves no truncated PDF; the next build clears its temporary files', async () => {
    const { dir, child } = startPdfBuild();
    const browser = await browserOf(child.pid!);
    // Killed once the build has saved its record of finished work (at most once a second).
    await until(() => recorded(dir).length >= 2);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    // Chromium talks to notice over a pipe: killed outright, notice takes no browser with it left running.
    expect(await gone(browser)).toBe(true);
    expect(pdfs(dir).length).toBeGreaterThan(0);
    for (const pdf of pdfs(dir)) expect(poppler('pdfinfo', join(dir, 'out', pdf))).toMatch(/^Pages:\s+\d+/m);
    // What the record lists is complete, byte for byte; the next build repairs the rest, and only the rest.
    const manifest = JSON.parse(readFileSync(join(dir, 'out/.notice-manifest.json'), 'utf8')) as Manifest;
    const finished = recorded(dir);
    for (const source of Object.values(manifest.sources)) {
      for (const [output, { hash }] of Object.entries(source.outputs)) {
        expect(
          createHash('sha256')
            .update(readFileSync(join(dir, 'out', output)))
            .digest('hex'),
        ).toBe(hash);
      }
    }
    const next = await runMain(['build', '.', '--format', 'pdf', '--out', 'out', '--report', 'json'], { cwd: dir });
    expect(next.status).toBe(0);
    const written = (JSON.parse(next.stdout) as { files: { written: string[] }[] }).files.flatMap((f) => f.written);
    expect(written.length).toBe(18 - finished.length);
    expect(pdfs(dir)).toHaveLength(18);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }, 120_000);
});
