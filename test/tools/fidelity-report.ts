/**
 * Measures how faithfully each seed example carries its original: the share of the original's headings and
 * sentences found in the built Markdown and HTML today (test/tools/fidelity.ts, no exemptions). Not a test: it
 * prints numbers, to follow as the format learns to carry real notices.
 *
 *   npx tsx test/tools/fidelity-report.ts            # the five seed examples
 *   npx tsx test/tools/fidelity-report.ts --missing  # also list what is not found
 *   npx tsx test/tools/fidelity-report.ts --browser  # the HTML's text as Chromium renders it, not parsed
 *
 * Each example names its seed in its header ("# Source: shared/seeds/<file>"); the seeds are read from their
 * copies in test/fixtures/seeds/, so this runs in any clone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Notice } from '../../src/generated/notice-types.js';
import { loadNotice } from '../../src/load/index.js';
import { createRenderer } from '../../src/render/index.js';
import { launchBrowser } from '../browser.js';
import { checkFidelity, htmlTextInBrowser, type FidelityResult } from './fidelity.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const showMissing = process.argv.includes('--missing');
const browser = process.argv.includes('--browser') ? await launchBrowser() : undefined;

const percent = (x: number) => `${(x * 100).toFixed(0).padStart(3)} %`;

function counts(result: FidelityResult, kind: 'heading' | 'sentence', output: 'markdown' | 'html'): string {
  const all = result.units.filter((u) => u.kind === kind).length;
  const missing = result.missing[output].filter((u) => u.kind === kind).length;
  return `${all - missing}/${all}`;
}

const renderer = createRenderer({ version: 'fidelity-report' });
const rows: string[] = [];
for (const file of readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const yaml = readFileSync(join(ROOT, 'examples', file), 'utf8');
  const seed = /^# Source: shared\/seeds\/(\S+\.txt)/m.exec(yaml)?.[1];
  if (seed === undefined) continue;
  const original = readFileSync(join(ROOT, 'test/fixtures/seeds', seed), 'utf8');
  const notice = (await loadNotice(join(ROOT, 'examples', file))).data as unknown as Notice;
  const rendered = renderer.render(notice, 'fi');
  const result = checkFidelity(
    original,
    browser === undefined
      ? { markdown: rendered.markdown, html: rendered.html }
      : { markdown: rendered.markdown, htmlText: await htmlTextInBrowser(browser, rendered.html) },
  );
  rows.push(
    `${file.padEnd(30)} ${seed}  md ${percent(result.share.markdown)} (headings ${counts(result, 'heading', 'markdown')}, sentences ${counts(result, 'sentence', 'markdown')})  html ${percent(result.share.html)} (headings ${counts(result, 'heading', 'html')}, sentences ${counts(result, 'sentence', 'html')})`,
  );
  if (showMissing) {
    for (const unit of result.missing.markdown)
      rows.push(`    not in md:   ${seed}:${unit.line} ${unit.kind}: ${unit.text}`);
    for (const unit of result.missing.html.filter((u) => !result.missing.markdown.includes(u)))
      rows.push(`    not in html: ${seed}:${unit.line} ${unit.kind}: ${unit.text}`);
  }
}
await browser?.close();
console.log(rows.join('\n'));
