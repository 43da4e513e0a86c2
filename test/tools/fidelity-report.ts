/**
 * Measures how faithfully notice carries each real notice (test/tools/carried.ts: the five seeds and the real
 * notices of other organisations): the share of the original's headings and sentences found in the built
 * Markdown and HTML (test/tools/fidelity.ts), every difference counted (the deliberate ones are listed, with
 * their reasons, in test/carried.test.ts, which asserts). Not a test: it prints numbers.
 *
 *   npx tsx test/tools/fidelity-report.ts            # shares
 *   npx tsx test/tools/fidelity-report.ts --missing  # also list what is not found
 *   npx tsx test/tools/fidelity-report.ts --browser  # the HTML's text as Chromium renders it, not parsed
 */
import { basename } from 'node:path';
import { launchBrowser } from '../browser.js';
import { build, CARRIED, originalText } from './carried.js';
import { checkFidelity, htmlTextInBrowser, type FidelityResult } from './fidelity.js';

const showMissing = process.argv.includes('--missing');
const browser = process.argv.includes('--browser') ? await launchBrowser() : undefined;

const percent = (x: number) => `${(x * 100).toFixed(0).padStart(3)} %`;

function counts(result: FidelityResult, kind: 'heading' | 'sentence', output: 'markdown' | 'html'): string {
  const all = result.units.filter((u) => u.kind === kind).length;
  const missing = result.missing[output].filter((u) => u.kind === kind).length;
  return `${all - missing}/${all}`;
}

const rows: string[] = [];
for (const carried of CARRIED) {
  const rendered = await build(carried);
  const result = checkFidelity(
    originalText(carried),
    browser === undefined
      ? { markdown: rendered.markdown, html: rendered.html }
      : { markdown: rendered.markdown, htmlText: await htmlTextInBrowser(browser, rendered.html) },
  );
  const original = basename(carried.original);
  rows.push(
    `${`${basename(carried.yaml)} (${carried.language})`.padEnd(50)} md ${percent(result.share.markdown)} (headings ${counts(result, 'heading', 'markdown')}, sentences ${counts(result, 'sentence', 'markdown')})  html ${percent(result.share.html)} (headings ${counts(result, 'heading', 'html')}, sentences ${counts(result, 'sentence', 'html')})`,
  );
  if (showMissing) {
    for (const unit of result.missing.markdown)
      rows.push(`    not in md:   ${original}:${unit.line} ${unit.kind}: ${unit.text}`);
    for (const unit of result.missing.html.filter((u) => !result.missing.markdown.includes(u)))
      rows.push(`    not in html: ${original}:${unit.line} ${unit.kind}: ${unit.text}`);
  }
}
await browser?.close();
console.log(rows.join('\n'));
