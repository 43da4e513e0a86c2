import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNoticeFiles } from '../src/notice-files.js';
import { loadNotice } from '../src/load/index.js';
import { recordOfProcessing, renderRecord } from '../src/ropa/index.js';
import { axeViolations, openHtml, useBrowser } from './browser.js';
import { ROOT } from './helpers.js';

// The HTML record in real Chromium: the same accessibility bar as the notice pages.
const browser = useBrowser();

async function pages(folder: string): Promise<{ name: string; html: string }[]> {
  const notices = await Promise.all((await findNoticeFiles([folder])).map((file) => loadNotice(file)));
  const { records } = await recordOfProcessing(notices, { version: 'test' });
  return Promise.all(
    records.map(async (record) => ({
      name: record.name,
      html: new TextDecoder().decode(await renderRecord(record, 'html')),
    })),
  );
}

describe('the record as an HTML page in Chromium', () => {
  it('has no serious or critical axe violations, no script, and loads nothing', async () => {
    const all = [...(await pages(join(ROOT, 'examples'))), ...(await pages(join(ROOT, 'test/fixtures/ropa')))];
    expect(all.length).toBeGreaterThan(5);
    for (const { name, html } of all) {
      expect(html, name).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
      const { page, requests } = await openHtml(browser(), html);
      const violations = await axeViolations(page);
      await page.close();
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        name,
      ).toEqual([]);
      expect(requests, name).toEqual([]);
    }
  }, 60_000);

  it('shows a row per register with its name as the row header, and a missing fact as a marked cell', async () => {
    const [alpha] = await pages(join(ROOT, 'test/fixtures/ropa'));
    const { page } = await openHtml(browser(), alpha!.html);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      rowHeaders: [...document.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent),
      columns: document.querySelectorAll('thead th[scope=col]').length,
      missing: [...document.querySelectorAll('td.missing')].map((td) => td.textContent),
      purposeItems: [...document.querySelectorAll('tbody tr:nth-child(2) td ul li')].length,
    }));
    await page.close();
    expect(facts.lang).toBe('en');
    expect(facts.title).toBe('Record of processing activities: Alpha Limited');
    expect(facts.rowHeaders).toEqual(['Job applicants', 'Customer register']);
    expect(facts.columns).toBe(14);
    expect(facts.missing).toContain('MISSING: the register does not say this');
  });

  it('escapes what a notice holds', async () => {
    const { loadNoticeBytes } = await import('../src/load/index.js');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(ROOT, 'test/fixtures/ropa/b-members.yaml'), 'utf8').replace(
      'register_name: Member register',
      'register_name: "<img src=x onerror=alert(1)><script>alert(2)</script>"',
    );
    const { records } = await recordOfProcessing([loadNoticeBytes(text, 'x.yaml')]);
    const html = new TextDecoder().decode(await renderRecord(records[0]!, 'html'));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
  });
});
