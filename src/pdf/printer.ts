import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, PuppeteerNode } from 'puppeteer-core';
import { findBrowser, type FindBrowserOptions, type FoundBrowser } from './browser.js';
import { chromiumArgs, closeBrowser, killTree } from './chromium.js';
import { browserFailed, closedError, launchFailed, PrintFailedError, profileFailed, reasonOf } from './failures.js';
import { finalizePdf } from './finalize.js';
import { pdfOptions, printableHtml, type PageLayout } from './layout.js';
import { Alarm, guarded, PagePool, type Tab } from './pages.js';
import { createProfile, removeProfile, removeProfileSync, temporaryFolder } from './profile.js';

export type { PaperFormat } from './paper.js';
export { pdfOptions, printableHtml } from './layout.js';
export { chromiumArgs } from './chromium.js';
export { PrintFailedError } from './failures.js';

export interface PrinterOptions extends FindBrowserOptions {
  /** Run Chromium without its sandbox even when not root. */
  noSandbox?: boolean;
  /** Pages printing at once; default: the machine's cores, at most 4. */
  concurrency?: number;
  /**
   * The longest one page may take to print, in milliseconds (default 120 000). A page that takes longer is
   * closed, and its job is tried once more on a new page.
   */
  jobTimeout?: number;
  /**
   * How many PDFs one page prints before a new page takes its place (default JOBS_PER_PAGE): a page's memory
   * grows with each job, and a new page starts from none.
   */
  jobsPerPage?: number;
  /** Aborting it closes the printer, also while its browser is still starting. */
  signal?: AbortSignal;
}

export interface PrintJob extends PageLayout {
  html: string;
}

/** A browser open for a whole build, with a small pool of hardened pages. */
export interface PdfPrinter {
  browser: FoundBrowser;
  /** True when Chromium runs without its sandbox (as root, or when asked). */
  sandboxOff: boolean;
  version(): Promise<string>;
  /**
   * Prints one page. A page that crashes or hangs is replaced and the job tried once more on a new page; then it
   * fails with a NoticeError `PDF_FAILED` (a PrintFailedError). A browser that ends is started again, once; when it
   * ends again, or cannot start, every job fails with a NoticeError of the environment (`BROWSER_CRASHED`,
   * `BROWSER_LAUNCH_FAILED`).
   */
  print(job: PrintJob): Promise<Uint8Array>;
  /**
   * Stops the browser and removes its profile folder. Safe at any moment, also twice and while jobs print (they
   * fail with `PRINTER_CLOSED`).
   */
  close(): Promise<void>;
}

const JOB_TIME_LIMIT = 120_000;

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
  const printer = new Printer(puppeteer, found, sandboxOff, options);
  await printer.start();
  return printer;
}

/** One running browser and its pages. */
interface Session {
  browser: Browser;
  pool: PagePool;
  /** Rings when the browser ends (killed, crashed) other than by close(). */
  ended: Alarm;
  /** 1 for the first browser, 2 for the one started after it ended. */
  launch: number;
}

class Printer implements PdfPrinter {
  private session: Promise<Session> | undefined;
  private launches = 0;
  private starting: AbortController | undefined;
  private process: ChildProcess | undefined;
  private profile: string | undefined;
  private creatingProfile: Promise<string> | undefined;
  private readonly closing = new Alarm();
  private closed: Promise<void> | undefined;
  private readonly pages: number;
  private readonly limitMs: number;

  constructor(
    private readonly puppeteer: Pick<PuppeteerNode, 'launch'>,
    readonly browser: FoundBrowser,
    readonly sandboxOff: boolean,
    private readonly options: PrinterOptions,
  ) {
    this.pages = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), 4));
    this.limitMs = options.jobTimeout ?? JOB_TIME_LIMIT;
  }

  async start(): Promise<void> {
    const { signal } = this.options;
    signal?.addEventListener('abort', this.abort, { once: true });
    try {
      if (signal?.aborted) throw closedError();
      const folder = temporaryFolder(this.options.env);
      this.creatingProfile = createProfile(folder);
      this.profile = await this.creatingProfile.catch((error: unknown) => {
        throw profileFailed(folder, error);
      });
      if (this.closing.reason) throw this.closing.reason;
      process.on('exit', this.onExit);
      await this.live();
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async version(): Promise<string> {
    const session = await this.live();
    return guarded(session.browser.version(), this.limitMs, [session.ended, this.closing], 'asking its version').catch(
      (error: unknown) => {
        throw this.closing.reason ?? browserFailed(this.browser, reasonOf(error));
      },
    );
  }

  async print(job: PrintJob): Promise<Uint8Array> {
    const problems: string[] = [];
    const failed = (problem: string): PrintFailedError | undefined => {
      problems.push(problem);
      if (problems.length < 2) return undefined;
      return new PrintFailedError(problems[0] === problems[1] ? `${problem}, twice` : problems.join(', then '));
    };
    for (;;) {
      const session = await this.live();
      let tab: Tab | undefined;
      try {
        tab = await session.pool.acquire();
        for (;;) {
          try {
            const bytes = await guarded(
              printOn(tab.page, job, this.limitMs),
              this.limitMs,
              [tab.lost, session.ended, this.closing],
              'printing',
            );
            session.pool.release(tab);
            return bytes;
          } catch (error) {
            if (this.closing.reason || session.ended.reason || !session.browser.connected) throw error;
            const failure = failed(tab.lost.reason?.message ?? reasonOf(error));
            if (failure) throw failure;
            // Tried once more, on a new page.
            const old = tab;
            tab = undefined;
            tab = await session.pool.renew(old);
          }
        }
      } catch (error) {
        if (tab) session.pool.discard(tab);
        if (this.closing.reason) throw this.closing.reason;
        if (error instanceof PrintFailedError) throw error;
        if (!session.browser.connected) endSession(session, new Error('the connection to it closed'));
        // The browser ended: not this page's doing. It is started again (once), and the page printed there.
        if (session.ended.reason) continue;
        // No page could be opened for it.
        const failure = failed(reasonOf(error));
        if (failure) throw failure;
      }
    }
  }

  close(): Promise<void> {
    return (this.closed ??= this.shutdown());
  }

  private async shutdown(): Promise<void> {
    this.closing.ring(closedError());
    this.options.signal?.removeEventListener('abort', this.abort);
    // A browser still starting is stopped outright (puppeteer may take its whole launch time limit to notice).
    const starting = this.starting;
    starting?.abort();
    const session = starting ? undefined : await this.session?.catch(() => undefined);
    if (session) {
      session.pool.fail(this.closing.reason!);
      await session.pool.settle(2_000);
      await closeBrowser(session.browser);
    }
    process.off('exit', this.onExit);
    // Also a profile folder still being made when the printer closed.
    const profile = this.profile ?? (await this.creatingProfile?.catch(() => undefined));
    if (profile) await removeProfile(profile);
  }

  /** The browser to print with: the one running, or a new one when it ended; when that ends too, an error. */
  private async live(): Promise<Session> {
    for (;;) {
      if (this.closing.reason) throw this.closing.reason;
      const pending = (this.session ??= this.launch());
      const session = await guarded(pending, undefined, [this.closing]);
      if (!session.ended.reason) return session;
      if (session.launch >= 2) throw browserFailed(this.browser, session.ended.reason.message, true);
      if (this.session === pending) this.session = undefined;
    }
  }

  private async launch(): Promise<Session> {
    const launch = ++this.launches;
    const starting = (this.starting = new AbortController());
    let browser: Browser;
    try {
      browser = await this.puppeteer.launch({
        executablePath: this.browser.path,
        headless: this.browser.headlessShell ? 'shell' : true,
        // Over a pipe, Chromium ends by itself when notice ends, even when notice is killed outright.
        pipe: true,
        // Signals are the caller's: a build stopped by Ctrl-C closes the printer itself and
        // records what it finished, where puppeteer's own handlers would exit the process at once.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 30_000,
        // Pages are notice's own (PagePool, each opened within a time limit): the launch does not wait for the
        // browser's first page, whose renderer may crash or hang like any other.
        waitForInitialPage: false,
        // A profile folder of notice's own (each launch its own): removed on close, or by the next printer when
        // this process is killed before it can.
        userDataDir: join(this.profile!, `launch-${launch}`),
        signal: starting.signal,
        args: chromiumArgs(this.sandboxOff),
      });
    } catch (error) {
      if (this.closing.reason) throw this.closing.reason;
      throw launchFailed(this.browser, this.sandboxOff, error);
    } finally {
      if (this.starting === starting) this.starting = undefined;
    }
    if (this.closing.reason) {
      void closeBrowser(browser);
      throw this.closing.reason;
    }
    this.process = browser.process() ?? undefined;
    // puppeteer stops listening to the pipes once it has closed the connection; an error that arrives after
    // that (ECONNRESET from a browser that was killed with commands unread) would end notice itself.
    for (const stream of this.process?.stdio ?? []) stream?.on('error', () => undefined);
    const ended = new Alarm();
    const session: Session = {
      browser,
      ended,
      launch,
      pool: new PagePool(browser, this.pages, this.limitMs, [ended, this.closing], this.options.jobsPerPage),
    };
    browser.once('disconnected', () => {
      if (!this.closing.reason) endSession(session, new Error('its process ended (killed, or crashed)'));
    });
    return session;
  }

  private readonly abort = () => void this.close();

  /** On the way out of the process (an exit while printing): the browser is stopped and its profile removed at once. */
  private readonly onExit = () => {
    killTree(this.process);
    if (this.profile) removeProfileSync(this.profile);
  };
}

function endSession(session: Session, reason: Error): void {
  if (session.ended.reason) return;
  session.ended.ring(reason);
  session.pool.fail(reason);
  // What may be left of it (a renderer, the process group) is stopped.
  void closeBrowser(session.browser);
}

async function printOn(page: Page, job: PrintJob, limitMs: number): Promise<Uint8Array> {
  await page.setContent(printableHtml(job.html), { waitUntil: 'load', timeout: limitMs });
  if (page.url() !== 'about:blank') throw new Error(`the page navigated away to ${page.url()}`);
  const raw = await page.pdf({ ...pdfOptions(job), timeout: limitMs });
  return finalizePdf(raw, job.meta);
}
