// The floor for bench/pdf-batch.mjs: a bare puppeteer-core script that starts
// the same browser once and prints the same HTML with the same options, on the
// same number of pages at once; no validation, rendering or post-processing.
//   node bench/pdf-floor.mjs HTML_DIR OUT_DIR PAGES
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

// The same browser notice would use, found the same way.
const { findBrowser } = await import(fileURLToPath(new URL('../dist/pdf/browser.js', import.meta.url)));
const found = findBrowser();

const [htmlDir, outDir, pages = String(Math.min(availableParallelism(), 4))] = process.argv.slice(2);
const jobs = readdirSync(htmlDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(htmlDir, f), 'utf8')));
mkdirSync(outDir, { recursive: true });
const root = process.getuid?.() === 0;
const browser = await puppeteer.launch({
  executablePath: found.path,
  headless: found.headlessShell ? 'shell' : true,
  pipe: true,
  args: [
    ...(root ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ],
});
try {
  let next = 0;
  await Promise.all(
    Array.from({ length: Number(pages) }, async () => {
      const page = await browser.newPage();
      while (next < jobs.length) {
        const job = jobs[next++];
        await page.setContent(job.html, { waitUntil: 'load' });
        writeFileSync(join(outDir, job.name), await page.pdf(job.options));
      }
    }),
  );
} finally {
  await browser.close();
}
