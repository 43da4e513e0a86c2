import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openHtml } from './browser.js';
import { ROOT, runMain } from './helpers.js';

// The layered notice's first layer in real Chromium: the same accessibility bar as the full notice's page,
// nothing run or loaded, and a link that leads to the full notice the same build wrote.

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
let out: string;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'notice-summary-'));
  const files = [join(ROOT, 'examples/complete.yaml'), join(ROOT, 'examples/iljoja-2015.yaml')];
  const built = await runMain(['build', ...files, '--format', 'html,summary', '--out', out, '-q'], { env: ENV });
  expect(built.stderr).not.toMatch(/error|fail/i);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const serious = (violations: { impact: string | null }[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('the summary in Chromium', () => {
  for (const [name, language] of [
    ['complete', 'fi'],
    ['complete', 'sv'],
    ['complete', 'en'],
    ['iljoja-2015', 'fi'],
  ] as const) {
    it(`${name}.${language}: page and fragment have no serious or critical axe violations, load and run nothing`, async () => {
      const page = readFileSync(join(out, `${name}.${language}.summary.html`), 'utf8');
      const fragment = readFileSync(join(out, `${name}.${language}.summary.fragment.html`), 'utf8');
      // The fragment as a site would hold it: in a page with a language and a title of its own.
      const host = `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>Site</title></head><body><main>${fragment}</main></body></html>`;
      for (const html of [page, host]) {
        const opened = await openHtml(browser, html);
        const violations = await axeViolations(opened.page);
        const scripts = await opened.page.$$eval('script', (s) => s.length);
        await opened.page.close();
        expect(serious(violations)).toEqual([]);
        expect(opened.requests).toEqual([]);
        expect(scripts).toBe(0);
      }
    });
  }

  it('the link on the page leads to the full notice of the same build', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'complete.sv.summary.html')).href);
    const link = await page.$eval('.notice-full a', (a) => ({ text: a.textContent, href: a.getAttribute('href') }));
    expect(link).toEqual({ text: 'Läs hela dataskyddsbeskrivningen', href: 'complete.sv.html' });
    await Promise.all([page.waitForNavigation(), page.click('.notice-full a')]);
    expect(page.url()).toBe(pathToFileURL(join(out, 'complete.sv.html')).href);
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/Dataskyddsbeskrivning/);
    await page.close();
  });
});
