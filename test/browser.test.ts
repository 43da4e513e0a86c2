import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNotice } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { noticeSchema } from '../src/validate/schema.js';
import { walkData } from '../src/validate/schema-walk.js';
import { axeViolations, launchBrowser, openHtml } from './browser.js';
import { ROOT } from './helpers.js';

// Real Chromium (Debian's, installed by .ci/run): the HTML is checked where it
// will be read. No test here is skipped when the browser is missing; they fail.
let browser: Browser;
let server: Server;
let hits: string[] = [];
let origin = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // A local server that records any request a page makes: it must receive none.
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const renderer = createRenderer({ version: 'test' });

async function complete(): Promise<Notice> {
  return (await loadNotice(join(ROOT, 'examples/complete.yaml'))).data as unknown as Notice;
}

describe('the HTML page in Chromium', () => {
  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`${language}: no serious or critical accessibility violations (axe-core)`, async () => {
      const { page } = await openHtml(browser, renderer.render(await complete(), language).html);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  }

  it('has a language, a title, one h1, numbered h2 sections and a working table of contents', async () => {
    const { page } = await openHtml(browser, renderer.render(await complete(), 'sv').html);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelectorAll('h1').length,
      h2: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
      brokenLinks: [...document.querySelectorAll('nav a')].filter(
        (a) => !document.getElementById(a.getAttribute('href')!.slice(1)),
      ).length,
      scripts: document.scripts.length,
    }));
    await page.close();
    expect(facts).toMatchObject({
      lang: 'sv',
      title: 'Dataskyddsbeskrivning – Esimerkkiverkko Oy',
      h1: 1,
      brokenLinks: 0,
      scripts: 0,
    });
    expect(facts.h2[0]).toBe('Innehåll');
    expect(facts.h2[1]).toBe('1. Personuppgiftsansvarig');
  });
});

describe('hostile text in every text field stays inert', () => {
  const hostile = (where: string) =>
    `<script>window.__owned = "${where}"</script><img src="${origin}/img-${where}.png" onerror="window.__owned='${where}'">` +
    `[click](javascript:window.__owned='${where}') ![pic](${origin}/pic-${where}.png) <a href="${origin}/a">a</a> ` +
    `<style>body{background:url(${origin}/css-${where}.png)}</style> {{constructor}} {{> evil}} <iframe src="${origin}/frame"></iframe>`;

  async function poisoned(): Promise<{ notice: Notice; fields: number }> {
    const notice = await complete();
    let fields = 0;
    // Every Text and Name the schema describes gets the hostile string, in every language.
    walkData(noticeSchema(), notice, (path, value, schema) => {
      if (schema.def !== 'Text' && schema.def !== 'Name') return;
      const parent = path
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>(
          (node, key) => node[key] as Record<string | number, unknown>,
          notice as unknown as Record<string, unknown>,
        );
      const key = path[path.length - 1]!;
      const where = path.join('.');
      parent[key] =
        typeof value === 'string'
          ? hostile(where)
          : Object.fromEntries(Object.keys(value as object).map((l) => [l, hostile(`${where}.${l}`)]));
      fields++;
    });
    return { notice, fields };
  }

  it('renders as text, runs no script and sends no request (page opened with JavaScript on)', async () => {
    const { notice, fields } = await poisoned();
    expect(fields).toBeGreaterThan(60);
    hits = [];
    for (const language of ['fi', 'en'] as const) {
      const { html, fragment, markdown } = renderer.render(notice, language);
      for (const source of [html, fragment]) {
        expect(source).not.toMatch(/<(script|img|iframe|style)[\s>](?![^<]*notice)/i);
        expect(source).not.toMatch(/href="javascript:|src="http/i);
      }
      // In the Markdown, hostile text may stay visible as text, but never as markup: no raw tags, no link or image syntax.
      expect(markdown).not.toMatch(/<script|<img|<iframe|(?<!\\)\]\(javascript:|(?<!\\)!\[pic/);
      const { page, requests } = await openHtml(browser, html);
      const state = await page.evaluate(() => ({
        owned: (window as unknown as { __owned?: string }).__owned ?? null,
        images: document.images.length,
        frames: document.querySelectorAll('iframe').length,
        scripts: document.scripts.length,
        hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        text: document.body.innerText,
      }));
      await page.close();
      expect(state).toMatchObject({ owned: null, images: 0, frames: 0, scripts: 0 });
      expect(state.hrefs.filter((h) => !/^(https?:|mailto:|#)/.test(h))).toEqual([]);
      expect(state.text).toContain('<script>window.__owned');
      expect(state.text).toContain('{{constructor}} {{> evil}}');
      expect(requests).toEqual([]);
    }
    expect(hits).toEqual([]);
  });
});
