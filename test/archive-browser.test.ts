import { describe, expect, it } from 'vitest';
import { archiveIndexPage, type ArchivedVersion } from '../src/outputs/archive-index.js';
import { axeViolations, openHtml, useBrowser } from './browser.js';

// The archive's index page in real Chromium: the same accessibility bar as the notice pages.
const browser = useBrowser();

function version(date: string, version: string, title: string): ArchivedVersion {
  return { folder: `${date}_${version}`, date, version, languages: ['sv', 'fi'], titles: { sv: title }, content: '' };
}

describe('the archive index page in Chromium', () => {
  it('has no serious or critical axe violations, runs nothing, loads nothing, escapes what the notice says, and links its languages', async () => {
    const hostile = '<img src=x onerror=alert(1)> Ab "Exempel" & Co';
    const html = archiveIndexPage([
      { record: version('2025-01-15', '1.0', 'Dataskyddsbeskrivning – Ab'), files: ['sv.html', 'fi.pdf'] },
      { record: version('2025-06-15', '<b>2.0</b>', hostile), files: ['sv.html', 'sv.pdf', 'fi.html'] },
    ]);
    expect(html).not.toMatch(/<script|<[^>]*\son[a-z]+=|javascript:|<img|<b>/i);
    expect(html).toContain('<html lang="sv">');
    const { page, requests } = await openHtml(browser(), html);
    const violations = await axeViolations(page);
    const heading = await page.$eval('h1', (h) => h.textContent);
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim()));
    const languages = await page.$$eval('nav a', (links) =>
      links.map(
        (a) => `${a.textContent} ${a.getAttribute('href')}${a.hasAttribute('aria-current') ? ' (current)' : ''}`,
      ),
    );
    await page.close();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(requests).toEqual([]);
    expect(heading).toBe(`${hostile}: publicerade versioner`);
    expect(rows[0]).toMatch(/^<b>2\.0<\/b> 15\.6\.2025 – nu /);
    expect(rows[1]).toMatch(/^1\.0 15\.1\.2025 – 14\.6\.2025 /);
    expect(languages).toEqual(['svenska index.sv.html (current)', 'suomi index.fi.html']);
  });
});
