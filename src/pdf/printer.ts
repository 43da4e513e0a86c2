import { availableParallelism } from 'node:os';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import { NoticeError } from '../errors.js';
import { findBrowser, type FindBrowserOptions, type FoundBrowser } from './browser.js';
import { finalizePdf, type PdfMetadata } from './finalize.js';
import { FONT_FAMILY, fontFaceCss } from './font.js';

import type { PaperFormat } from './paper.js';

export type { PaperFormat } from './paper.js';

export interface PrinterOptions extends FindBrowserOptions {
  /** Run Chromium without its sandbox even when not root. */
  noSandbox?: boolean;
  /** Pages printing at once; default: the machine's cores, at most 4. */
  concurrency?: number;
}

export interface PrintJob {
  html: string;
  meta: PdfMetadata & { pageLabel: string };
  paper: PaperFormat;
}

/** A browser open for a whole build, with a small pool of hardened pages. */
export interface PdfPrinter {
  browser: FoundBrowser;
  /** True when Chromium runs without its sandbox (as root, or when asked). */
  sandboxOff: boolean;
  version(): Promise<string>;
  print(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Starts Chromium once. Its pages run no JavaScript, load nothing but data:
 * URLs, and get their content set directly (never through a file:// URL);
 * the browser itself resolves no host name and goes through no proxy that
 * exists, so not even a prefetch or preconnect reaches the network.
 */
export async function openPrinter(options: PrinterOptions = {}): Promise<PdfPrinter> {
  const found = findBrowser(options);
  const { default: puppeteer } = await import('puppeteer-core');
  // The sandbox cannot start as root on Linux; anywhere else it stays on unless asked.
  const sandboxOff = options.noSandbox === true || (process.platform === 'linux' && process.getuid?.() === 0);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: found.path,
      headless: found.headlessShell ? 'shell' : true,
      // Over a pipe, Chromium ends by itself when notice ends, even when notice is killed outright.
      pipe: true,
      // Signals are the caller's: a build stopped by Ctrl-C closes the printer itself and
      // records what it finished, where puppeteer's own handlers would exit the process at once.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 30_000,
      args: [
        ...(sandboxOff ? ['--no-sandbox'] : []),
        // Every host name, and every address written as a number, fails to resolve; and every request that still
        // goes out is sent to a proxy whose name does not resolve (also for localhost). Request interception blocks
        // what a page loads, but not what Chromium fetches ahead for it (<link rel=prefetch>, preconnect).
        '--host-resolver-rules=MAP * ~NOTFOUND',
        '--proxy-server=http://notice.invalid:1',
        '--proxy-bypass-list=<-loopback>',
        // No connections of Chromium's own (updates, sync, field trials).
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
  } catch (error) {
    throw new NoticeError(
      'BROWSER_LAUNCH_FAILED',
      `Could not start ${found.path} (found via ${found.source}): ${(error as Error).message.split('\n')[0]}`,
      sandboxOff
        ? 'Check that the browser runs: `' + found.path + ' --headless --no-sandbox --dump-dom about:blank`.'
        : 'If the sandbox cannot start here (containers), try --no-sandbox.',
      { cause: error },
    );
  }
  const size = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), 4));
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let created = 0;

  const acquire = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (created < size) {
      created++;
      return hardenedPage(browser);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  return {
    browser: found,
    sandboxOff,
    version: () => browser.version(),
    async print(job) {
      const page = await acquire();
      try {
        return await printOn(page, job);
      } finally {
        release(page);
      }
    },
    close: () => browser.close(),
  };
}

async function hardenedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

async function printOn(page: Page, job: PrintJob): Promise<Uint8Array> {
  await page.setContent(printableHtml(job.html), { waitUntil: 'load', timeout: 60_000 });
  if (page.url() !== 'about:blank') throw new Error(`the page navigated away to ${page.url()}`);
  const raw = await page.pdf(pdfOptions(job));
  return finalizePdf(raw, job.meta);
}

/** The options notice prints with (exported for the benchmark's bare-puppeteer floor). */
export function pdfOptions(job: Pick<PrintJob, 'paper' | 'meta'>): PDFOptions {
  return {
    format: job.paper === 'letter' ? 'letter' : 'a4',
    printBackground: true,
    margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
    displayHeaderFooter: true,
    headerTemplate: headerFooter(`<span>${escapeHtml(job.meta.title)}</span>`, 'left'),
    footerTemplate: headerFooter(
      `${escapeHtml(job.meta.pageLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span>`,
      'center',
    ),
    outline: true,
    tagged: true,
    timeout: 60_000,
  };
}

// The page's stylesheet does not reach Chromium's header and footer: they get
// the font and the sizes inline. Only the regular weight: Chromium lays out
// header and footer anew on every page, and they use no bold.
function headerFooter(content: string, align: 'left' | 'center'): string {
  return `<style>${fontFaceCss([400])}</style><div style="font-family:'${FONT_FAMILY}';font-size:8pt;color:#555;width:100%;padding:0 20mm;text-align:${align};">${content}</div>`;
}

/** The page as printed: the bundled font in front of every other. */
export function printableHtml(html: string): string {
  const style = `<style>${fontFaceCss()}\nbody,.notice,.notice code{font-family:'${FONT_FAMILY}',sans-serif !important;}</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}\n</head>`) : style + html;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
