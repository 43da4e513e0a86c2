import type { Diagnostic } from '../diagnostics.js';
import { isNoticeError, NoticeError } from '../errors.js';
import type { PaperFormat, PdfPrinter, PrinterOptions, PrintFailedError } from '../pdf/index.js';
import type { DocumentMeta } from '../render/index.js';

/** What `notice build` tells about the browser it started, so the caller can say so. */
export interface BrowserInfo {
  path: string;
  source: string;
  sandboxOff: boolean;
}

export interface PdfQueueOptions {
  pdf?: PrinterOptions & { paper?: PaperFormat };
  version?: string;
  env?: Record<string, string | undefined>;
  onBrowserStart?: (info: BrowserInfo) => void;
  /** After each PDF: printed so far, of those queued so far. */
  onProgress?: (done: number, queued: number) => void;
  /**
   * A printer the caller opened and keeps open after the build (`notice preview`'s warm browser); without one,
   * the queue opens its own with the first PDF and closes it at the end.
   */
  printer?: PdfPrinter;
}

/** One notice's page to print, and where its PDF goes. */
export interface PdfPage {
  html: string;
  meta: DocumentMeta;
  /** The notice file, where a failure to print is reported. */
  file: string;
  /** The PDF's path. */
  target: string;
}

/**
 * PDFs waiting or printing at once. The build renders the next notice while
 * they print, and waits when this many are queued: memory stays the same
 * however many notices a batch has (the pages print at most 4 at a time).
 */
export const MAX_QUEUED = 8;

/**
 * PDFs print in parallel on the printer's page pool while the next notices are
 * rendered; the browser starts with the first PDF and is closed on every way out.
 * A page Chromium cannot print is reported at its notice (`PDF_FAILED`) and the
 * batch goes on; anything else (no browser, one that keeps ending, an output
 * that cannot be written) stops the build.
 */
export class PdfQueue {
  private printer: Promise<PdfPrinter> | undefined;
  private readonly stop = new AbortController();
  private readonly running = new Set<Promise<void>>();
  /** Builds waiting for room in the queue. */
  private readonly waiting: (() => void)[] = [];
  /** The first failure that stops the build. */
  private failure: { error: unknown } | undefined;
  private queued = 0;
  private done = 0;

  constructor(private readonly options: PdfQueueOptions) {}

  /** Starts the browser now, so that it is ready when the first PDF is due. */
  warmUp(): void {
    // A failure to start is reported by the first PDF (and finish()).
    this.start().catch(() => undefined);
  }

  /**
   * Queues one notice's page; `use` receives the finished bytes (to write them, or compare them), and `report` a
   * diagnostic when the page could not be printed. Waits while the queue is full; rejects once the build is to stop.
   */
  async add(page: PdfPage, use: (bytes: Uint8Array) => Promise<void>, report: (d: Diagnostic) => void): Promise<void> {
    while (!this.failure && this.running.size >= MAX_QUEUED) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) throw this.failure.error;
    if (this.stop.signal.aborted) throw stopped();
    this.queued++;
    const job: Promise<void> = this.print(page, use, report)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.running.delete(job);
        // On a failure every waiting build goes on, to stop.
        for (const next of this.failure ? this.waiting.splice(0) : this.waiting.splice(0, 1)) next();
      });
    this.running.add(job);
  }

  /** Waits for every PDF queued; rejects with the first failure that stops the build. */
  async finish(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
    if (this.failure) throw this.failure.error;
  }

  /** Stops at once (Ctrl-C): nothing more is queued, the browser closes now, and PDFs still printing end unprinted. */
  abort(): Promise<void> {
    return this.close();
  }

  /** Closes the browser at once, also while it starts or PDFs print (those then end unprinted); safe to call again. */
  async close(): Promise<void> {
    this.stop.abort();
    if (!this.options.printer) await (await this.printer?.catch(() => undefined))?.close();
    await Promise.all(this.running);
  }

  private async print(page: PdfPage, use: (bytes: Uint8Array) => Promise<void>, report: (d: Diagnostic) => void) {
    const printer = await this.start();
    const { pdfDate } = await import('../pdf/index.js');
    const { meta } = page;
    const date = pdfDate(meta.date, this.options.env ?? process.env);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await printer.print({
        html: page.html,
        paper: this.options.pdf?.paper ?? 'a4',
        meta: {
          title: meta.title,
          subject: meta.subject,
          keywords: meta.keywords,
          language: meta.language,
          pageLabel: meta.pageLabel,
          producer: `notice ${this.options.version ?? ''}`.trim(),
          ...(meta.author ? { author: meta.author } : {}),
          ...(date ? { date } : {}),
        },
      });
    } catch (error) {
      if (!isNoticeError(error) || error.code !== 'PDF_FAILED') throw error;
      report(printFailure(page, error as PrintFailedError));
    }
    if (bytes) await use(bytes);
    this.options.onProgress?.(++this.done, this.queued);
  }

  private start(): Promise<PdfPrinter> {
    if (this.options.printer) return (this.printer ??= Promise.resolve(this.options.printer));
    this.printer ??= import('../pdf/index.js').then(async ({ openPrinter }) => {
      const printer = await openPrinter({ ...this.options.pdf, signal: this.stop.signal });
      this.options.onBrowserStart?.({
        path: printer.browser.path,
        source: printer.browser.source,
        sandboxOff: printer.sandboxOff,
      });
      return printer;
    });
    return this.printer;
  }
}

function stopped(): NoticeError {
  return new NoticeError('PRINTER_CLOSED', 'The build was stopped before this PDF was queued.');
}

/** A PDF that was not printed: an error at the top of its notice, which the rest of the build does not wait for. */
function printFailure(page: PdfPage, error: PrintFailedError): Diagnostic {
  return {
    code: 'PDF_FAILED',
    severity: 'error',
    file: page.file,
    line: 1,
    column: 1,
    path: '',
    value: page.target,
    message: `Chromium could not print ${page.target}: ${error.reason ?? error.message}.`,
    ...(error.hint ? { hint: error.hint } : {}),
  };
}
