import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/pdf/browser.js';
import { openPrinter } from '../src/pdf/printer.js';
import { ROOT, runCli, tempDir } from './helpers.js';

// Real Chromium and real poppler-utils (pdfinfo, pdffonts, pdftotext), both
// installed by `npm run setup`; nothing here is skipped when they are missing.
function poppler(tool: string, ...args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${run.stderr || run.error}`);
  return run.stdout;
}

let server: Server;
let hits: string[] = [];
let origin = '';
let out = '';
let shared = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Kept for the whole file (tempDir() folders are removed after each test).
  shared = mkdtempSync(join(tmpdir(), 'notice-pdf-'));
  out = join(shared, 'pdf');
  const run = runCli(
    ['build', 'examples/complete.yaml', 'examples/lponet-asiakasrekisteri.yaml', '--format', 'pdf', '--out', out],
    { env: { SOURCE_DATE_EPOCH: undefined } },
  );
  expect(run.stderr).not.toMatch(/error/i);
  // As root on Linux the sandbox cannot start: notice runs without it and says so; otherwise it stays on, silently.
  if (process.getuid?.() === 0) expect(run.stderr).toContain('runs without its sandbox (running as root)');
  else expect(run.stderr).not.toContain('sandbox');
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe('the printed notice', () => {
  it("is A4, tagged, with the notice's metadata and dates from the notice", () => {
    const info = poppler('pdfinfo', join(out, 'complete.fi.pdf'));
    expect(info).toMatch(/^Page size:\s+595\.92 x 841\.92 pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Tietosuojaseloste – Esimerkkiverkko Oy$/m);
    expect(info).toMatch(/^Author:\s+Esimerkkiverkko Oy$/m);
    expect(info).toMatch(/^Subject:\s+EU:n yleinen tietosuoja-asetus/m);
    expect(info).toMatch(/^Keywords:\s+.*Internetliittymien asiakasrekisteri/m);
    expect(info).toMatch(/^Producer:\s+notice \d/m);
    expect(info).toMatch(/^CreationDate:\s+Mon Sep 15 00:00:00 2025 UTC$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThan(3);
  });

  it('embeds only the bundled font, in body, header and footer alike', () => {
    const fonts = poppler('pdffonts', join(out, 'complete.sv.pdf')).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s/);
      expect(line).toMatch(/ yes yes yes /);
    }
  });

  it('has the notice\'s text, and "page X / Y" in the notice\'s language', () => {
    const fi = poppler('pdftotext', '-layout', join(out, 'complete.fi.pdf'), '-');
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', join(out, 'complete.fi.pdf')))![1]);
    expect(fi).toContain('Internetliittymien asiakasrekisteri');
    expect(fi).toContain('Lintulahdenkuja 4, 00530 Helsinki');
    for (let page = 1; page <= pages; page++) expect(fi).toContain(`Sivu ${page} / ${pages}`);
    expect(poppler('pdftotext', join(out, 'complete.en.pdf'), '-')).toMatch(/Page 1 \/ \d+/);
    expect(poppler('pdftotext', join(out, 'complete.sv.pdf'), '-')).toMatch(/Sida 1 \/ \d+/);
  });

  it('has an outline (bookmarks) of the sections and the document language', () => {
    const bytes = readFileSync(join(out, 'complete.fi.pdf')).toString('latin1');
    expect(bytes).toMatch(/\/Outlines \d+ 0 R/);
    expect(bytes).toMatch(/\/Lang \(fi\)/);
    expect(bytes).toContain('/StructTreeRoot');
  });

  it('a notice without a date carries no date at all', () => {
    expect(poppler('pdfinfo', join(out, 'lponet-asiakasrekisteri.fi.pdf'))).not.toMatch(/CreationDate|ModDate/);
  });

  it('same input, same bytes; SOURCE_DATE_EPOCH sets the date', () => {
    const again = join(tempDir(), 'again');
    runCli(['build', 'examples/complete.yaml', '--format', 'pdf', '--out', again, '--lang', 'fi'], {
      env: { SOURCE_DATE_EPOCH: undefined },
    });
    expect(readFileSync(join(again, 'complete.fi.pdf')).equals(readFileSync(join(out, 'complete.fi.pdf')))).toBe(true);
    const epoch = join(tempDir(), 'epoch');
    runCli(['build', 'examples/complete.yaml', '--format', 'pdf', '--out', epoch, '--lang', 'fi'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(poppler('pdfinfo', join(epoch, 'complete.fi.pdf'))).toMatch(
      /^CreationDate:\s+Tue Nov 14 22:13:20 2023 UTC$/m,
    );
  });

  it('--paper letter prints on Letter paper', () => {
    const letter = join(tempDir(), 'letter');
    runCli(['build', 'examples/iljoja-2015.yaml', '--format', 'pdf', '--paper', 'letter', '--out', letter]);
    expect(poppler('pdfinfo', join(letter, 'iljoja-2015.fi.pdf'))).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });
});

describe('printing is offline and hardened', () => {
  it('a notice whose texts point at a server makes no request to it while printed', () => {
    const dir = tempDir();
    const lure = `![pic](${origin}/md.png) <img src="${origin}/img.png"> <link rel=stylesheet href="${origin}/css"> [link](${origin}/page)`;
    writeFileSync(
      join(dir, 'lure.yaml'),
      `notice: { languages: [fi] }\nregister_name: '${lure}'\ncontroller: { name: 'Lure Oy', website: '${origin}/site' }\nchanges: { text: '${lure}' }\n`,
    );
    hits = [];
    const run = runCli(['build', 'lure.yaml', '--format', 'pdf', '--out', 'out'], { cwd: dir });
    expect(existsSync(join(dir, 'out', 'lure.fi.pdf'))).toBe(true);
    expect(run.status).toBe(1);
    expect(hits).toEqual([]);
  });

  it('the printer itself blocks every request and runs no script, whatever HTML it gets', async () => {
    hits = [];
    const printer = await openPrinter({ concurrency: 1 });
    try {
      const bytes = await printer.print({
        html: `<html><head><link rel="stylesheet" href="${origin}/a.css"></head><body style="background:url(${origin}/bg.png)"><img src="${origin}/i.png"><iframe src="${origin}/f"></iframe><script>document.body.textContent = 'SCRIPT RAN'</script><p>Hei</p></body></html>`,
        paper: 'a4',
        meta: { title: 't', subject: 's', keywords: [], language: 'fi', pageLabel: 'Sivu', producer: 'test' },
      });
      const file = join(tempDir(), 'x.pdf');
      writeFileSync(file, bytes);
      const text = poppler('pdftotext', file, '-');
      expect(text).toContain('Hei');
      expect(text).not.toContain('SCRIPT RAN');
    } finally {
      await printer.close();
    }
    expect(hits).toEqual([]);
  });
});

describe('the browser', () => {
  it('none found: exit 2, saying how to install one', () => {
    expect(() => findBrowser({ env: {}, platform: 'linux', isExecutable: () => false })).toThrow(
      expect.objectContaining({
        code: 'BROWSER_NOT_FOUND',
        hint: expect.stringContaining('sudo apt-get install chromium'),
      }),
    );
    expect(() => findBrowser({ env: {}, platform: 'darwin', isExecutable: () => false })).toThrow(
      /No Chromium or Chrome found/,
    );
  });

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

  it('the discovery order: --chrome, NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, config, known paths', () => {
    const all = { NOTICE_CHROME: '/b', PUPPETEER_EXECUTABLE_PATH: '/c', CHROME_PATH: '/d' };
    const ok = () => true;
    expect(findBrowser({ flag: '/a', env: all, isExecutable: ok }).source).toBe('--chrome');
    expect(findBrowser({ env: all, isExecutable: ok }).path).toBe('/b');
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/c', CHROME_PATH: '/d' }, isExecutable: ok }).path).toBe(
      '/c',
    );
    expect(findBrowser({ env: { CHROME_PATH: '/d' }, isExecutable: ok }).path).toBe('/d');
    expect(findBrowser({ env: {}, config: '/e', isExecutable: ok }).source).toBe('config');
    expect(findBrowser({ env: {}, platform: 'linux', isExecutable: (p) => p === '/usr/bin/chromium' })).toMatchObject({
      path: '/usr/bin/chromium',
      source: 'auto',
    });
  });

  it('a path given explicitly that does not work is an error, not a fall-back: exit 2', () => {
    const run = runCli([
      'build',
      'examples/iljoja-2015.yaml',
      '--format',
      'pdf',
      '--out',
      join(tempDir(), 'o'),
      '--chrome',
      '/nonexistent/chrome',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--chrome names /nonexistent/chrome, which is not a program that can be run.');
    const env = runCli(['doctor'], { env: { NOTICE_CHROME: '/nonexistent/chrome' } });
    expect(env.status).toBe(2);
    expect(env.stdout).toMatch(/FAIL browser +NOTICE_CHROME names/);
  });

  it('notice doctor finds the browser, reports its version and sandbox mode, and prints a test page', () => {
    const run = runCli(['doctor']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok +browser +\/\S+ \(found via /m);
    expect(run.stdout).toMatch(/^ok +browser version +\S*Chrom/m);
    expect(run.stdout).toMatch(/^ok +sandbox +(on|off)/m);
    expect(run.stdout).toMatch(/^ok +test page +printed \d+ bytes of PDF/m);
  });
});

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

describe('interrupted builds', () => {
  it('Ctrl-C stops the build with exit 130 and closes the browser', async () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, `n${i}.yaml`));
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/notice.js'), 'build', '.', '--format', 'pdf', '--out', 'out', '-q'],
      { cwd: dir, stdio: 'ignore' },
    );
    const browser = await browserOf(child.pid!);
    // The status as a shell reports it: puppeteer's handler exits 130 once the browser is up; a
    // Ctrl-C while it is still starting ends the process by the signal, which the shell also shows as 130.
    const exited = new Promise<number | null>((r) =>
      child.once('exit', (code, signal) => r(code ?? (signal === 'SIGINT' ? 130 : null))),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await gone(browser)).toBe(true);
  }, 60_000);

  it('killing a build at any moment leaves no truncated PDF; the next build clears its temporary files', async () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, `n${i}.yaml`));
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/notice.js'), 'build', '.', '--format', 'pdf', '--out', 'out', '-q'],
      { cwd: dir, stdio: 'ignore' },
    );
    const browser = await browserOf(child.pid!);
    const pdfs = () =>
      existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf')) : [];
    for (let waited = 0; pdfs().length < 2 && waited < 60_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    // Chromium talks to notice over a pipe: killed outright, notice takes no browser with it left running.
    expect(await gone(browser)).toBe(true);
    expect(pdfs().length).toBeGreaterThan(0);
    for (const pdf of pdfs()) expect(poppler('pdfinfo', join(dir, 'out', pdf))).toMatch(/^Pages:\s+\d+/m);
    runCli(['build', 'n0.yaml', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
