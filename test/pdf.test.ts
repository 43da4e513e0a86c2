import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/pdf/browser.js';
import { openPrinter } from '../src/pdf/printer.js';
import { ROOT, runMain, tempDir, type CliRun } from './helpers.js';

// Real Chromium and real poppler-utils (pdfinfo, pdffonts, pdftotext), both
// installed by `npm run setup`; nothing here is skipped when they are missing.
function poppler(tool: string, ...args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${run.stderr || run.error}`);
  return run.stdout;
}

let server: Server;
let hits: string[] = [];
/** Connections opened to the server, also those that send no request (a preconnect). */
let connections = 0;
let origin = '';
let out = '';
let shared = '';
/** The build of the PDFs the first tests read. */
let built: CliRun;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('no');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Kept for the whole file (tempDir() folders are removed after each test).
  shared = mkdtempSync(join(tmpdir(), 'notice-pdf-'));
  out = join(shared, 'pdf');
  built = await runMain(
    ['build', 'examples/complete.yaml', 'examples/lponet-asiakasrekisteri.yaml', '--format', 'pdf', '--out', out],
    { env: { SOURCE_DATE_EPOCH: undefined } },
  );
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe('the printed notice', () => {
  it('is printed without errors; the sandbox is off only as root, and then the build says so', () => {
    expect(built.stderr).not.toMatch(/error/i);
    // As root on Linux the sandbox cannot start: notice runs without it and says so; otherwise it stays on, silently.
    if (process.getuid?.() === 0) expect(built.stderr).toContain('runs without its sandbox (running as root)');
    else expect(built.stderr).not.toContain('sandbox');
  });

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

  it('same input, same bytes; SOURCE_DATE_EPOCH sets the date', async () => {
    const again = join(tempDir(), 'again');
    await runMain(['build', 'examples/complete.yaml', '--format', 'pdf', '--out', again, '--lang', 'fi'], {
      env: { SOURCE_DATE_EPOCH: undefined },
    });
    expect(readFileSync(join(again, 'complete.fi.pdf')).equals(readFileSync(join(out, 'complete.fi.pdf')))).toBe(true);
    const epoch = join(tempDir(), 'epoch');
    await runMain(['build', 'examples/complete.yaml', '--format', 'pdf', '--out', epoch, '--lang', 'fi'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(poppler('pdfinfo', join(epoch, 'complete.fi.pdf'))).toMatch(
      /^CreationDate:\s+Tue Nov 14 22:13:20 2023 UTC$/m,
    );
  });

  it('--paper letter prints on Letter paper', async () => {
    const letter = join(tempDir(), 'letter');
    await runMain(['build', 'examples/iljoja-2015.yaml', '--format', 'pdf', '--paper', 'letter', '--out', letter]);
    expect(poppler('pdfinfo', join(letter, 'iljoja-2015.fi.pdf'))).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });
});

describe('printing is offline and hardened', () => {
  it('a notice whose texts point at a server makes no request to it while printed', async () => {
    const dir = tempDir();
    const lure = `![pic](${origin}/md.png) <img src="${origin}/img.png"> <link rel=stylesheet href="${origin}/css"> [link](${origin}/page)`;
    writeFileSync(
      join(dir, 'lure.yaml'),
      `notice: { languages: [fi] }\nregister_name: '${lure}'\ncontroller: { name: 'Lure Oy', website: '${origin}/site' }\nchanges: { text: '${lure}' }\n`,
    );
    hits = [];
    // In-process, so the server above answers while the build runs (a spawnSync of the bin would block this
    // process's event loop, and a request would be seen only after the check).
    const run = await runMain(['build', 'lure.yaml', '--format', 'pdf', '--out', 'out'], { cwd: dir });
    expect(existsSync(join(dir, 'out', 'lure.fi.pdf'))).toBe(true);
    expect(run.status).toBe(1);
    expect(hits).toEqual([]);
  });

  it('a template that links the server ahead (prefetch, preconnect, dns-prefetch, preload) or loads from it: no connection', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'templates'));
    const links =
      `<link rel="prefetch" href="${origin}/prefetch"><link rel="preconnect" href="${origin}">` +
      `<link rel="dns-prefetch" href="${origin}"><link rel="preload" as="font" type="font/woff2" crossorigin href="${origin}/preload.woff2">` +
      `<link rel="stylesheet" href="${origin}/style.css">` +
      `<style>@font-face{font-family:Lure;src:url(${origin}/font.woff2)} body{font-family:Lure}</style>`;
    const page = readFileSync(join(ROOT, 'templates/page.html.hbs'), 'utf8')
      .replace('</head>', `${links}\n</head>`)
      .replace('<main>', `<main><img src="${origin}/image.png" alt="">`);
    writeFileSync(join(dir, 'templates/page.html.hbs'), page);
    copyFileSync(join(ROOT, 'examples/local-loop-2018.yaml'), join(dir, 'n.yaml'));
    hits = [];
    connections = 0;
    const run = await runMain(['build', 'n.yaml', '--format', 'pdf', '--templates', 'templates', '--out', 'out'], {
      cwd: dir,
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(existsSync(join(dir, 'out', 'n.fi.pdf'))).toBe(true);
    // What Chromium started before it was closed has reached the server by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits).toEqual([]);
    expect(connections).toBe(0);
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

  it('a path given explicitly that does not work is an error, not a fall-back: exit 2', async () => {
    const run = await runMain([
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
    const env = await runMain(['doctor'], { env: { NOTICE_CHROME: '/nonexistent/chrome' } });
    expect(env.status).toBe(2);
    expect(env.stdout).toMatch(/FAIL browser +NOTICE_CHROME names/);
  });

  it('notice doctor finds the browser, reports its version and sandbox mode, and prints a test page', async () => {
    const run = await runMain(['doctor']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok +browser +\/\S+ \(found via /m);
    expect(run.stdout).toMatch(/^ok +browser version +\S*Chrom/m);
    expect(run.stdout).toMatch(/^ok +sandbox +(on|off)/m);
    expect(run.stdout).toMatch(/^ok +test page +printed \d+ bytes of PDF/m);
  });
});
