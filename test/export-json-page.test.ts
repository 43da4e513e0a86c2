import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// The README's example of reading `--format json` from a web page, run as it is written in real Chromium
// against a built JSON file served over HTTP, with a purpose whose name is markup.
const PAGE = join(ROOT, 'test/fixtures/json-page/index.html');

const HOSTILE = '</script><img src=x onerror="window.pwned = 1">';

const NOTICE = `notice:
  languages: [fi]
controller:
  name: Esimerkki Oy
purposes:
  items:
    - id: customers
      name: Asiakassuhde
      description: Asiakassuhteen hoitaminen.
    - id: newsletter
      name: '${HOSTILE}'
      description: Uutiskirje <b>tilaajille</b>.
`;

describe('the README example of reading the JSON in a page', () => {
  it('is the file the test loads', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('```html\n' + readFileSync(PAGE, 'utf8') + '```');
  });

  it('lists the purposes from the built JSON, the markup in a name shown as text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.yaml'), NOTICE);
    const site = join(dir, 'site');
    const built = await runMain(['build', join(dir, 'customers.yaml'), '--out', site, '--format', 'json', '-q']);
    expect(built.stderr).toBe('');
    copyFileSync(PAGE, join(site, 'index.html'));
    const server: Server = createServer((request, response) => {
      const file = join(site, decodeURIComponent((request.url ?? '/').split('?')[0]!).replace(/^\/+/, ''));
      if (!file.startsWith(site) || !existsSync(file)) return void response.writeHead(404).end();
      response.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
      response.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('#purposes li:nth-child(2)');
      const shown = await page.$$eval('#purposes li', (items) => items.map((item) => item.textContent));
      expect(shown).toEqual(['Asiakassuhde: Asiakassuhteen hoitaminen.', `${HOSTILE}: Uutiskirje <b>tilaajille</b>.`]);
      expect(await page.$$eval('#purposes img, #purposes b', (found) => found.length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.title()).toBe('Tietosuojaseloste');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }, 60_000);
});
