import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openHtml, useBrowser } from './browser.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// The change notice as HTML (notice diff --notice --notice-format html / html-fragment) in real Chromium:
// the accessibility bar of the notice's own page, nothing run or loaded, markup from the YAML shown as text.

const browser = useBrowser();

describe('the change notice in Chromium', () => {
  it('the page in each language, and the fragment: no serious or critical axe violations, nothing loaded or run', async () => {
    const dir = tempDir();
    const complete = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    writeFileSync(join(dir, 'old.yaml'), complete);
    // A new US transfer (material), and a controller name with markup in it.
    writeFileSync(
      join(dir, 'customers.yaml'),
      complete
        .replace('  updated: "2025-09-15"', '  updated: "2026-11-01"')
        .replace('    - country: US\n', '    - country: IN\n      mechanism: scc\n    - country: US\n')
        .replace(/^(controller:\n  name: ).*$/m, '$1"Esimerkkiverkko <b onclick=alert(1)>Oy</b>"'),
    );
    const out = join(dir, 'announce');
    for (const form of ['html', 'html-fragment']) {
      const run = await runMain(
        ['diff', 'old.yaml', 'customers.yaml', '--notice', '--notice-format', form, '--out', out],
        {
          cwd: dir,
        },
      );
      expect(run.stderr).toBe('');
    }
    for (const language of ['fi', 'sv', 'en']) {
      const page = readFileSync(join(out, `customers.changes.${language}.html`), 'utf8');
      const fragment = readFileSync(join(out, `customers.changes.${language}.fragment.html`), 'utf8');
      const host = `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>Site</title></head><body><main>${fragment}</main></body></html>`;
      // The fragment is the page's article: one language of it is enough for axe.
      for (const html of language === 'fi' ? [page, host] : [page]) {
        const opened = await openHtml(browser(), html);
        const violations = await axeViolations(opened.page);
        const seen = await opened.page.$eval('article', (a) => ({
          text: (a as HTMLElement).innerText,
          bold: a.querySelectorAll('b').length,
          lang: a.getAttribute('lang'),
        }));
        await opened.page.close();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        expect(opened.requests).toEqual([]);
        expect(seen.lang).toBe(language);
        expect(seen.bold).toBe(0);
        expect(seen.text).toContain('Esimerkkiverkko <b onclick=alert(1)>Oy</b>');
        expect(seen.text).toMatch(/Intia|Indien|India/);
      }
    }
  });
});
