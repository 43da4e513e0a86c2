import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser.js';
import { ROOT, runMain } from './helpers.js';
import { filesUnder, pagesOf, writeNotice } from './site-helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

// A privacy site of the examples (five controllers and a notice that names none) and two organisations of
// our own (one with two registers named like another organisation's), with PDFs, read in real Chromium:
// from the disk (file://) and from a static host under a prefix.

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
let root: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'notice-site-'));
  writeNotice(join(root, 'notices/acme/customers.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
  writeNotice(join(root, 'notices/acme/staff.yaml'), { name: 'Acme Oy', businessId: '1234567-1' }, '[sv, fi]');
  writeNotice(join(root, 'notices/kahvila/complete.yaml'), { name: 'Kahvila Åkerö ry' });
  site = join(root, 'site');
  const args = ['build', join(ROOT, 'examples'), join(root, 'notices'), '--format', 'html,pdf', '-q'];
  const built = await runMain([...args, '--site', site], { env: ENV });
  expect(built.stderr).not.toMatch(/error|fail/i);
  const again = await runMain([...args, '--site', join(root, 'again')], { env: ENV });
  expect(again.stderr).not.toMatch(/error|fail/i);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a page, recording every request it makes beside the page itself. */
async function open(url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
    void request.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

const fileUrl = (path: string) => pathToFileURL(join(site, path)).href;

describe('a privacy site in Chromium', () => {
  it('is the same bytes when built twice, PDFs included', () => {
    const files = filesUnder(site);
    expect(filesUnder(join(root, 'again'))).toEqual(files);
    expect(files.filter((path) => path.endsWith('.pdf')).length).toBeGreaterThan(10);
    for (const path of files) {
      expect(readFileSync(join(root, 'again', path)).equals(readFileSync(join(site, path))), path).toBe(true);
    }
  });

  for (const path of [
    'index.html',
    '9184372-3/index.html',
    ...['fi', 'sv', 'en'].map((l) => `9184372-3/complete/${l}.html`),
  ]) {
    it(`${path}: no serious or critical accessibility violations (axe-core)`, async () => {
      const { page } = await open(fileUrl(path));
      const violations = await axeViolations(page);
      await page.close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  }

  it('opened from the disk: every link of every page leads to a file of the site, and no page has a script or loads anything but the stylesheet', async () => {
    const pages = pagesOf(site);
    expect(pages.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const path of pages) {
      const url = fileUrl(path);
      const { page, requests } = await open(url);
      const found = await page.evaluate(() => ({
        scripts: document.scripts.length,
        links: [...document.querySelectorAll('[href], [src]')].map(
          (element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src,
        ),
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      }));
      await page.close();
      expect(found.scripts, path).toBe(0);
      expect(readFileSync(join(site, path), 'utf8'), path).not.toMatch(/<script/i);
      expect(requests, path).toEqual([pathToFileURL(join(site, 'style.css')).href]);
      for (const link of found.links) {
        if (!link.startsWith('file:')) continue; // mailto: and the notices' own https: links
        const target = new URL(link);
        const file = fileURLToPath(new URL(target.pathname, target));
        const inPage = target.hash && file === join(site, path);
        if (!file.startsWith(resolve(site)) || !existsSync(file)) broken.push(`${path} → ${link}`);
        else if (inPage && !found.ids.includes(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${path} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  }, 120_000);

  it('the language switcher leads to the same register in the other language, and says which one it is', async () => {
    for (const register of ['9184372-3/complete', '1234567-1/staff', 'kahvila-akero-ry/complete']) {
      const languages = filesUnder(join(site, register)).filter((f) => f.endsWith('.html'));
      for (const file of languages) {
        const { page } = await open(fileUrl(`${register}/${file}`));
        const switcher = await page.evaluate(() =>
          [...document.querySelectorAll('.site-languages a[hreflang]')].map((a) => ({
            href: (a as HTMLAnchorElement).href,
            hreflang: a.getAttribute('hreflang'),
            lang: a.getAttribute('lang'),
            current: a.getAttribute('aria-current'),
          })),
        );
        const alternates = await page.evaluate(() =>
          [...document.querySelectorAll('link[rel=alternate]')].map((l) => l.getAttribute('hreflang')),
        );
        const own = file.slice(0, 2);
        expect(switcher.map((s) => s.hreflang).sort()).toEqual(languages.map((f) => f.slice(0, 2)).sort());
        expect(alternates.sort()).toEqual(languages.map((f) => f.slice(0, 2)).sort());
        expect(switcher.filter((s) => s.current === 'page').map((s) => s.hreflang)).toEqual([own]);
        for (const link of switcher) {
          expect(link.lang).toBe(link.hreflang);
          await page.goto(link.href);
          const shown = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            author: document.querySelector('meta[name=author]')?.getAttribute('content'),
            path: location.pathname,
          }));
          expect(shown.lang).toBe(link.hreflang);
          expect(shown.path).toBe(new URL(`${link.hreflang}.html`, fileUrl(`${register}/${file}`)).pathname);
        }
        await page.close();
      }
    }
  }, 60_000);

  it('behind a static host, under a prefix, makes no request but for its own files', async () => {
    const hits: string[] = [];
    const prefix = '/some/prefix/';
    const server: Server = createServer((request, response) => {
      const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
      hits.push(path);
      const file = path.startsWith(prefix) ? join(site, path.slice(prefix.length)) : '';
      if (!file || !existsSync(file)) return void response.writeHead(404).end();
      response.setHeader('content-type', file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8');
      response.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['index.html', '9184372-3/index.html', '9184372-3/complete/sv.html']) {
        hits.length = 0;
        const { page, requests } = await open(`${origin}${prefix}${path}`);
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth);
        await page.close();
        expect(requests).toEqual([`${origin}${prefix}style.css`]);
        expect(hits).toEqual([`${prefix}${path}`, `${prefix}style.css`]);
        expect(styled).not.toBe('none');
      }
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }, 60_000);
});
