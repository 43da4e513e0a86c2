import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/cli/failure.js';
import { isNoticeError } from '../../src/errors.js';
import { buildNotices, type BuildOptions } from '../../src/outputs/index.js';
import { MAX_QUEUED, PdfQueue } from '../../src/outputs/pdf-queue.js';
import { openPrinter } from '../../src/pdf/printer.js';
import { removeStaleProfiles } from '../../src/pdf/profile.js';
import { verdictOf } from '../../src/results.js';
import { ROOT, tempDir } from '../helpers.js';

// Chromium failing under a build, as it does when the kernel kills a renderer
// or the browser for memory: its processes are killed (or stopped) for real.
// Chromium's profile folders go to a temporary folder of each test's own (TMPDIR).
// These tests wait for moments in Chromium's processes (a renderer stopped, then killed; a page that must open
// within a time limit), so they run with the end-to-end tests, one file at a time, on a machine no other test
// file is loading: beside the parallel unit files a new page took over 3 s to open on two busy cores.

interface Proc {
  pid: number;
  ppid: number;
  args: string;
  /** CPU time so far (user and system, in clock ticks). */
  cpu: number;
}

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      all.push({ pid: Number(entry), ppid: Number(fields[1]), args, cpu: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // Ended meanwhile.
    }
  }
  return all;
}

/**
 * The browsers this test process runs (its descendants started with --remote-debugging-pipe, not as a --type=
 * helper, and not a shell script that starts one: Debian's /usr/bin/chromium-headless-shell is one), and
 * their renderers. Test files run one at a time in a process, so these are this file's.
 */
function chromium(): { browsers: number[]; renderers: number[]; cpu: Map<number, number> } {
  const all = processes();
  const descendants: Proc[] = [];
  const pending = [process.pid];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const child of all.filter((p) => p.ppid === parent)) {
      descendants.push(child);
      pending.push(child.pid);
    }
  }
  const started = descendants.filter((p) => p.args.includes('--remote-debugging-pipe') && !p.args.includes('--type='));
  const browsers = started.filter((p) => !started.some((child) => child.ppid === p.pid)).map((p) => p.pid);
  const rendering = descendants.filter((p) => p.args.includes('--type=renderer'));
  return { browsers, renderers: rendering.map((p) => p.pid), cpu: new Map(rendering.map((p) => [p.pid, p.cpu])) };
}

/**
 * The renderer that prints the printer's page: the one that works while a job prints. Chromium also keeps
 * renderers a page does not use (a spare one, started ahead for the next page): stopping those too would hang
 * the new page a retry opens, which no real hang does.
 */
async function pageRenderer(printed: () => Promise<unknown>): Promise<number[]> {
  const before = chromium().cpu;
  await printed();
  const after = chromium().cpu;
  const busiest = [...after].sort(([a, x], [b, y]) => y - (before.get(b) ?? 0) - (x - (before.get(a) ?? 0)))[0];
  return busiest ? [busiest[0]] : [];
}

function signal(pids: readonly number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Ended meanwhile.
    }
  }
}

/** A folder with `count` small notices, a temporary folder for Chromium's profiles, and build options printing PDFs. */
function batch(count: number, pdf: BuildOptions['pdf'] = {}) {
  const dir = tempDir();
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  mkdirSync(join(dir, 'notices'));
  const files = Array.from({ length: count }, (_, i) => join(dir, 'notices', `n${i}.yaml`));
  for (const file of files) copyFileSync(join(ROOT, 'examples/local-loop-2018.yaml'), file);
  const options: BuildOptions = {
    out: join(dir, 'out'),
    formats: ['pdf'],
    version: 'test',
    pdf: { env: { ...process.env, TMPDIR: tmp }, ...pdf },
  };
  return { dir, tmp, files, options };
}

const job = {
  html: '<p>Hei</p>',
  paper: 'a4' as const,
  meta: { title: 't', subject: 's', keywords: [], language: 'fi', pageLabel: 'Sivu', producer: 'test' },
};

const isPdfBytes = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
const isPdf = (file: string) => isPdfBytes(readFileSync(file));

describe('a renderer that crashes or hangs', () => {
  it('while printing: the page is closed, and the job printed again on a new page', async () => {
    const { tmp, options } = batch(0);
    // The time limit ends a hung page's job; it must leave a new page time to open on a busy machine.
    const printer = await openPrinter({ ...options.pdf, concurrency: 1, jobTimeout: 3000 });
    try {
      await printer.print(job);
      // A renderer that hangs (stopped) and then crashes (killed) while its page prints.
      const crashing = await pageRenderer(() => printer.print(job));
      expect(crashing).toHaveLength(1);
      signal(crashing, 'SIGSTOP');
      const printing = printer.print(job);
      await new Promise((resolve) => setTimeout(resolve, 200));
      signal(crashing, 'SIGKILL');
      expect(isPdfBytes(await printing)).toBe(true);
      // A renderer that hangs and stays hung: the time limit ends the job's first try.
      const hanging = await pageRenderer(() => printer.print(job));
      signal(hanging, 'SIGSTOP');
      try {
        expect(isPdfBytes(await printer.print(job))).toBe(true);
        expect(chromium().renderers.filter((pid) => !hanging.includes(pid))).not.toEqual([]);
      } finally {
        signal(hanging, 'SIGKILL');
      }
    } finally {
      await printer.close();
    }
    expect(chromium().browsers).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 30_000);

  it('every time its page is tried: reported at the notice as PDF_FAILED, an error; the build finishes', async () => {
    const { tmp, files, options } = batch(1, { jobTimeout: 250 });
    const killer = setInterval(() => signal(chromium().renderers, 'SIGKILL'), 10);
    let results;
    try {
      results = await buildNotices(files, options);
    } finally {
      clearInterval(killer);
    }
    const [result] = results;
    expect(result!.written).toEqual([]);
    expect(result!.diagnostics.filter((d) => d.code.startsWith('PDF'))).toEqual([
      expect.objectContaining({
        code: 'PDF_FAILED',
        severity: 'error',
        file: files[0],
        line: 1,
        column: 1,
        value: join(options.out, 'n0.fi.pdf'),
        message: expect.stringMatching(/^Chromium could not print .*n0\.fi\.pdf: .+, (twice|then .+)\.$/),
        hint: expect.stringContaining('Build again'),
      }),
    ]);
    expect(verdictOf(results).exitCode).toBe(1);
    expect(readdirSync(tmp)).toEqual([]);
  }, 30_000);
});

describe('a browser that ends while printing', () => {
  it('mid-batch, after its renderers were killed: is started again once, and the batch finishes', async () => {
    const { tmp, files, options } = batch(4, { concurrency: 1 });
    const renderers: number[] = [];
    const browsers: number[] = [];
    const results = await buildNotices(files, {
      ...options,
      onProgress: ({ pdfs }) => {
        // Renderers killed after the first PDF (their pages crash), the browser itself after the second.
        if (pdfs.done === 1 && renderers.length === 0) {
          renderers.push(...chromium().renderers);
          signal(renderers, 'SIGKILL');
        } else if (pdfs.done === 2 && browsers.length === 0) {
          browsers.push(...chromium().browsers);
          signal(browsers, 'SIGKILL');
        }
      },
    });
    expect(renderers.length).toBeGreaterThan(0);
    expect(browsers).toHaveLength(1);
    expect(results.flatMap((r) => r.diagnostics).filter((d) => d.code === 'PDF_FAILED')).toEqual([]);
    expect(results.flatMap((r) => r.written).filter(isPdf)).toHaveLength(4);
    expect(chromium().browsers).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 30_000);

  it('again after that: printing stops with an error of the environment (exit 2), never "a bug in notice"', async () => {
    const { tmp, options } = batch(0);
    const printer = await openPrinter({ ...options.pdf, concurrency: 1 });
    try {
      await printer.print(job);
      // Killed between two pages: the next page is printed by a browser started in its place.
      const first = chromium().browsers;
      signal(first, 'SIGKILL');
      await printer.print(job);
      const second = chromium().browsers;
      expect(second).toHaveLength(1);
      expect(second).not.toEqual(first);
      signal(second, 'SIGKILL');
      const error = await printer.print(job).catch((error: unknown) => error);
      expect(error).toMatchObject({
        name: 'NoticeError',
        code: 'BROWSER_CRASHED',
        message: expect.stringMatching(/ended while printing, and again after it was started anew/),
        hint: expect.stringContaining('notice doctor'),
      });
      // As the command reports it (and main() exits 2 on it).
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
      const said = describeFailure(error, false, io);
      expect(said).toMatch(/^notice: Chromium .* ended while printing/);
      expect(said).not.toMatch(/internal error|a bug in notice/);
    } finally {
      await printer.close();
    }
    expect(chromium().browsers).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 30_000);
});

describe('a long batch', () => {
  it('renders at most MAX_QUEUED PDFs ahead of the printer, replaces each page after its jobsPerPage PDFs, and keeps no text it does not report', async () => {
    // A page is replaced after `jobsPerPage` PDFs (JOBS_PER_PAGE in a build): three keep the batch short.
    const jobsPerPage = 3;
    const { dir, files, options } = batch(jobsPerPage + 1, { concurrency: 1, jobsPerPage });
    const clean = join(dir, 'notices', 'clean.yaml');
    copyFileSync(join(ROOT, 'examples/complete.yaml'), clean);
    let ahead = 0;
    const renderers: number[][] = [];
    const results = await buildNotices([...files, clean], {
      ...options,
      languages: ['fi'],
      onProgress: ({ notices, pdfs }) => {
        ahead = Math.max(ahead, notices.done - pdfs.done);
        if (renderers.length === pdfs.done) renderers.push(chromium().renderers);
      },
    });
    expect(results.flatMap((r) => r.written).filter(isPdf)).toHaveLength(jobsPerPage + 2);
    // The notice in progress, and those queued.
    expect(ahead).toBeLessThanOrEqual(MAX_QUEUED + 1);
    // The page that printed the first PDFs is gone: its renderer ended.
    const first = renderers[1]!;
    const later = renderers.at(-1)!;
    expect(first.filter((pid) => !later.includes(pid))).not.toEqual([]);
    // A notice without findings keeps no copy of its text in the results (code frames are for findings).
    expect(results.find((r) => r.file === clean)).toMatchObject({ diagnostics: [], text: '' });
  }, 30_000);
});

describe('closing the printer', () => {
  it('is safe at any moment: twice, and while pages print (they end with PRINTER_CLOSED)', async () => {
    const { tmp, options } = batch(0);
    const printer = await openPrinter({ ...options.pdf, concurrency: 2 });
    const printing = [printer.print(job), printer.print(job), printer.print(job)].map((p) =>
      p.then(
        () => 'printed',
        (error: unknown) => (isNoticeError(error) ? error.code : String(error)),
      ),
    );
    await Promise.all([printer.close(), printer.close()]);
    await printer.close();
    for (const outcome of await Promise.all(printing)) expect(['printed', 'PRINTER_CLOSED']).toContain(outcome);
    expect(await printer.print(job).catch((error: unknown) => (error as { code: string }).code)).toBe('PRINTER_CLOSED');
    expect(chromium().browsers).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a build closing its queue while the browser starts leaves no browser and no profile folder', async () => {
    const { tmp, options } = batch(0);
    // At several moments of starting: before the browser runs, while it starts, and once it runs.
    for (const delay of [0, 60, 150]) {
      const queue = new PdfQueue({ pdf: options.pdf! });
      queue.warmUp();
      await new Promise((resolve) => setTimeout(resolve, delay));
      await Promise.all([queue.close(), queue.close()]);
      await expect.poll(() => chromium().browsers, { timeout: 2000 }).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });
});

describe("Chromium's profile folders", () => {
  it('a printer removes those of processes that no longer run, and keeps those of live ones', async () => {
    const tmp = tempDir();
    // A process id that no longer runs: that of a process that has ended.
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    for (const name of [`notice-chromium-${dead}-AbC123`, `notice-chromium-${process.pid}-XyZ789`, 'other-1-abcdef'])
      mkdirSync(join(tmp, name, 'Default'), { recursive: true });
    await removeStaleProfiles(tmp);
    expect(readdirSync(tmp).sort()).toEqual([`notice-chromium-${process.pid}-XyZ789`, 'other-1-abcdef']);
    expect(existsSync(join(tmp, `notice-chromium-${dead}-AbC123`))).toBe(false);
  });
});
