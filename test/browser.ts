import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

const require = createRequire(import.meta.url);

/**
 * The Chromium the tests use: CHROME_PATH / PUPPETEER_EXECUTABLE_PATH when set,
 * else Debian's /usr/bin/chromium (installed by .ci/run). No test is skipped
 * when it is missing: the launch fails and says so.
 */
export function chromiumPath(): string {
  return (
    process.env['NOTICE_CHROME'] ??
    process.env['PUPPETEER_EXECUTABLE_PATH'] ??
    process.env['CHROME_PATH'] ??
    '/usr/bin/chromium'
  );
}

export async function launchBrowser(): Promise<Browser> {
  const root = process.platform === 'linux' && process.getuid?.() === 0;
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The sandbox cannot start as root; background networking would try to reach Google's servers.
    args: [
      ...(root ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** One browser for the tests of a file: started before the first, closed after the last. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page tried to load, other than the page itself and data: URLs. */
  requests: string[];
}

/** Opens HTML in a fresh page with JavaScript as a browser has it, recording (and blocking) every request. */
export async function openHtml(browser: Browser, html: string): Promise<OpenedPage> {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') return void request.continue();
    requests.push(url);
    void request.abort('blockedbyclient');
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context?: unknown,
            options?: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}
