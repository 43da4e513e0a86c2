import type { Browser, Page } from 'puppeteer-core';

/**
 * Jobs a page prints before it is closed and replaced: Chromium's renderer
 * keeps some memory of every page it was given (a few MiB for a trilingual
 * notice), and a page that printed a whole batch grew to gigabytes.
 */
export const JOBS_PER_PAGE = 40;

/**
 * The longest opening a page may take. It takes some 50 ms; a renderer that
 * crashes while its page is being opened leaves puppeteer waiting for an
 * answer that never comes, with no event to tell it.
 */
const OPEN_LIMIT = 15_000;

/**
 * Something that can stop the jobs in progress: a page's renderer crashing,
 * the browser ending, the printer closing. Jobs listen while they run and stop
 * listening when done, so nothing a job holds (its PDF) stays referenced by a
 * long-lived promise.
 */
export class Alarm {
  private readonly listeners = new Set<(error: Error) => void>();
  reason: Error | undefined;

  ring(reason: Error): void {
    if (this.reason) return;
    this.reason = reason;
    for (const listener of this.listeners) listener(reason);
    this.listeners.clear();
  }

  /** Calls `listener` when the alarm rings (at once if it has); returns what stops listening. */
  listen(listener: (error: Error) => void): () => void {
    if (this.reason) {
      const reason = this.reason;
      queueMicrotask(() => listener(reason));
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A job that took longer than its time limit. */
export class TimeLimitError extends Error {
  constructor(
    readonly limitMs: number,
    what: string,
  ) {
    super(`${what} did not finish within ${limitMs >= 1000 ? `${Math.round(limitMs / 100) / 10} s` : `${limitMs} ms`}`);
  }
}

/**
 * Settles as `work` does, or rejects when the time limit (if any) passes or an
 * alarm rings first. Work given up on is left to fail on its own, unobserved.
 */
export function guarded<T>(
  work: Promise<T>,
  limitMs: number | undefined,
  alarms: readonly Alarm[],
  what = 'it',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = (error: unknown) => {
      clearTimeout(timer);
      for (const off of offs) off();
      reject(error);
    };
    const timer =
      limitMs === undefined ? undefined : setTimeout(() => stop(new TimeLimitError(limitMs, what)), limitMs);
    const offs = alarms.map((alarm) => alarm.listen(stop));
    work.then((value) => {
      clearTimeout(timer);
      for (const off of offs) off();
      resolve(value);
    }, stop);
  });
}

/** One page of the pool: hardened, and watched for its renderer crashing or its closing. */
export class Tab {
  /** Rings when the page's renderer crashes or the page closes. */
  readonly lost = new Alarm();
  jobs = 0;

  constructor(readonly page: Page) {
    page.once('error', () => this.lost.ring(new Error("the page crashed (Chromium's renderer process ended)")));
    page.once('close', () => this.lost.ring(new Error('the page was closed')));
  }

  get usable(): boolean {
    return !this.lost.reason && !this.page.isClosed();
  }

  /** Closes the page without waiting: a crashed or hung page may never answer. */
  close(): void {
    this.lost.ring(new Error('the page was closed'));
    void this.page.close().catch(() => undefined);
  }
}

/**
 * At most `size` pages of one browser, each used by one job at a time. A page
 * that crashed, hung or printed `jobsPerPage` jobs (JOBS_PER_PAGE unless given) is closed, and the next job
 * gets a new one in its place.
 */
export class PagePool {
  private readonly idle: Tab[] = [];
  private readonly waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  /** Pages open or being opened, idle or in use. */
  private open = 0;
  private failure: Error | undefined;
  private readonly opening = new Set<Promise<Page>>();

  constructor(
    private readonly browser: Browser,
    private readonly size: number,
    private readonly limitMs: number,
    /** What else stops a page from being opened (the browser ending, the printer closing). */
    private readonly alarms: readonly Alarm[],
    private readonly jobsPerPage: number = JOBS_PER_PAGE,
  ) {}

  /** A page for one job: an idle one, or a new one while there is room, else the next one given back. */
  async acquire(): Promise<Tab> {
    for (;;) {
      if (this.failure) throw this.failure;
      const idle = this.idle.pop();
      if (idle?.usable) return idle;
      if (idle) this.drop(idle);
      if (this.open < this.size) {
        this.open++;
        try {
          return await this.openTab();
        } catch (error) {
          this.open--;
          this.wake();
          throw error;
        }
      }
      await new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    }
  }

  /**
   * A new page in place of one that failed, for the same job, which so never waits behind others to be tried
   * again. The new page is opened before the old one closes, so that Chromium cannot hand it the old page's
   * renderer process. When opening fails, the place is given up.
   */
  async renew(tab: Tab): Promise<Tab> {
    try {
      if (this.failure) throw this.failure;
      return await this.openTab();
    } catch (error) {
      this.drop(tab);
      this.wake();
      throw error;
    } finally {
      tab.close();
    }
  }

  /** A page back from a job that went well: kept for the next job, or replaced when it has printed enough. */
  release(tab: Tab): void {
    tab.jobs++;
    if (tab.usable && tab.jobs < this.jobsPerPage && !this.failure) {
      this.idle.push(tab);
      this.wake();
    } else if (tab.usable && !this.failure) {
      // Its place is taken until it has closed: the next page's renderer does not start beside the old one.
      tab.lost.ring(new Error('the page was closed'));
      void guarded(tab.page.close(), OPEN_LIMIT, this.alarms)
        .catch(() => undefined)
        .finally(() => {
          this.open--;
          this.wake();
        });
    } else {
      this.drop(tab);
      this.wake();
    }
  }

  /** A page that failed: closed, never used again. */
  discard(tab: Tab): void {
    this.drop(tab);
    this.wake();
  }

  /** The browser is gone: every job waiting for a page gets `error`, and no page is given out any more. */
  fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    for (const tab of this.idle.splice(0)) tab.close();
  }

  private drop(tab: Tab): void {
    this.open--;
    tab.close();
  }

  /**
   * Waits (at most `ms`) for the pages being opened. A browser closed while puppeteer opens a page leaves
   * puppeteer waiting for the page to appear, with a timer that keeps the process alive for 30 seconds.
   */
  async settle(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    await Promise.race([Promise.allSettled(this.opening), late]);
    clearTimeout(timer);
  }

  private async openTab(): Promise<Tab> {
    const opening = hardenedPage(this.browser);
    this.opening.add(opening);
    void opening.catch(() => undefined).finally(() => this.opening.delete(opening));
    try {
      return new Tab(await guarded(opening, Math.min(this.limitMs, OPEN_LIMIT), this.alarms, 'opening a page'));
    } catch (error) {
      // A page that opens after its job gave up on it is closed at once; until then, close() does not wait for it.
      this.opening.delete(opening);
      opening.then(
        (page) => page.close().catch(() => undefined),
        () => undefined,
      );
      throw error;
    }
  }

  private wake(): void {
    this.waiting.shift()?.resolve();
  }
}

/** A page that runs no JavaScript and loads nothing but data: URLs. */
async function hardenedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const answer = request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient');
      answer.catch(() => undefined);
    });
    return page;
  } catch (error) {
    void page.close().catch(() => undefined);
    throw error;
  }
}
