import type { PaperFormat, PdfPrinter, PrinterOptions } from '../pdf/index.js';
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
}

/**
 * PDFs print in parallel on the printer's page pool while the next notices are
 * rendered; the browser starts with the first PDF and is closed on every way out.
 */
export class PdfQueue {
  private printer: Promise<PdfPrinter> | undefined;
  private readonly pending: Promise<void>[] = [];
  private done = 0;
  private aborted = false;

  constructor(private readonly options: PdfQueueOptions) {}

  /** Starts the browser now, so that it is ready when the first PDF is due. */
  warmUp(): void {
    // A failure to start is reported by the first PDF (and finish()).
    this.start().catch(() => undefined);
  }

  /** Prints one notice's page; `use` receives the finished bytes (to write them, or compare them). */
  add(html: string, meta: DocumentMeta, use: (bytes: Uint8Array) => Promise<void>): void {
    const job = this.start().then(async (printer) => {
      if (this.aborted) throw new Error('the build was stopped');
      const { pdfDate } = await import('../pdf/index.js');
      const date = pdfDate(meta.date, this.options.env ?? process.env);
      const bytes = await printer.print({
        html,
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
      await use(bytes);
      this.options.onProgress?.(++this.done, this.pending.length);
    });
    // A failure is reported by finish(); until then it must not count as unhandled.
    job.catch(() => undefined);
    this.pending.push(job);
  }

  /** Stops at once (Ctrl-C): the browser is closed now, and the jobs still printing fail. */
  async abort(): Promise<void> {
    this.aborted = true;
    if (this.printer) await (await this.printer.catch(() => undefined))?.close().catch(() => undefined);
  }

  async finish(): Promise<void> {
    await Promise.all(this.pending);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.pending);
    if (this.printer) await (await this.printer.catch(() => undefined))?.close().catch(() => undefined);
  }

  private start(): Promise<PdfPrinter> {
    this.printer ??= import('../pdf/index.js').then(async ({ openPrinter }) => {
      const printer = await openPrinter(this.options.pdf ?? {});
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
