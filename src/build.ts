import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { NoticeError } from './errors.js';
import { writeFileAtomic } from './fs.js';
import type { Language, Notice } from './generated/notice-types.js';
import { loadNotice } from './load/index.js';
import type { PaperFormat, PdfPrinter, PrinterOptions } from './pdf/index.js';
import { createRenderer, type RenderedNotice } from './render/index.js';
import { validateNotice, type Profile } from './validate/index.js';
import { findNoticeFiles } from './validate-paths.js';

export const OUTPUT_FORMATS = ['md', 'html', 'html-fragment', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXTENSION: Record<OutputFormat, string> = { md: 'md', html: 'html', 'html-fragment': 'fragment.html', pdf: 'pdf' };
const TEXT_CONTENT: Record<Exclude<OutputFormat, 'pdf'>, (r: RenderedNotice) => string> = { md: (r) => r.markdown, html: (r) => r.html, 'html-fragment': (r) => r.fragment };

/** What `notice build` tells about the browser it started, so the caller can say so. */
export interface BrowserInfo {
  path: string;
  source: string;
  sandboxOff: boolean;
}

export interface BuildOptions {
  /** Folder for the outputs; created when missing. */
  out: string;
  formats: readonly OutputFormat[];
  /** Languages to build; default: every language each notice declares. */
  languages?: readonly Language[];
  templates?: string;
  profile?: Profile;
  /** Written into generated pages and PDFs. */
  version?: string;
  today?: string;
  /** For PDF output: the browser, sandbox, paper size and pages printing at once. */
  pdf?: PrinterOptions & { paper?: PaperFormat };
  /** SOURCE_DATE_EPOCH is read from here (default process.env). */
  env?: Record<string, string | undefined>;
  /** Called once the browser is running (PDF output only). */
  onBrowserStart?: (info: BrowserInfo) => void;
  /** Called after each PDF is written: done of total so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
  /** Paths written, in order. */
  outputs: string[];
  /** True when the notice was not built because of format errors. */
  skipped: boolean;
}

/**
 * Validates and renders every notice the paths name. A notice with format
 * (schema or YAML) errors is not built; legal-completeness findings do not
 * stop it, like a compiler that still emits code on type errors.
 */
export async function buildNotices(paths: readonly string[], options: BuildOptions): Promise<BuildResult[]> {
  const files = await findNoticeFiles(paths);
  const names = outputNames(files);
  const renderer = createRenderer({ ...(options.templates ? { templates: options.templates } : {}), ...(options.version ? { version: options.version } : {}) });
  // The browser takes a moment to start: it starts now, while the notices are read and rendered.
  const printing = options.formats.includes('pdf') ? new PdfQueue(options) : undefined;
  const results: BuildResult[] = [];
  try {
    await mkdir(options.out, { recursive: true });
    await removeStaleTemporaries(options.out);
    for (const file of files) {
      const loaded = await loadNotice(file);
      const diagnostics = await validateNotice(loaded, { ...(options.profile ? { profile: options.profile } : {}), ...(options.today ? { today: options.today } : {}) });
      const blocked = diagnostics.some((d) => d.severity === 'error' && d.rule === undefined);
      const result: BuildResult = { file, text: loaded.text, diagnostics, outputs: [], skipped: blocked };
      results.push(result);
      if (blocked || !loaded.data) continue;
      const notice = loaded.data as unknown as Notice;
      for (const language of languagesFor(notice, options, result)) {
        const rendered = renderer.render(notice, language, options.profile);
        for (const format of options.formats) {
          const target = join(options.out, `${names.get(file)}.${language}.${EXTENSION[format]}`);
          result.outputs.push(target);
          if (format === 'pdf') printing!.add(target, rendered);
          else await writeFileAtomic(target, TEXT_CONTENT[format](rendered));
        }
      }
    }
    await printing?.finish();
  } finally {
    await printing?.close();
  }
  return results;
}

/**
 * PDFs print in parallel on the printer's page pool while the next notices are
 * rendered; the browser starts with the first PDF and is closed on every way out.
 */
class PdfQueue {
  private printer: Promise<PdfPrinter> | undefined;
  private readonly pending: Promise<void>[] = [];
  private done = 0;

  constructor(private readonly options: BuildOptions) {
    // Started at once; a failure to start is reported by the first PDF (and finish()).
    this.start().catch(() => undefined);
  }

  add(target: string, rendered: RenderedNotice): void {
    const job = this.start().then(async (printer) => {
      const { pdfDate } = await import('./pdf/index.js');
      const { meta } = rendered;
      const date = pdfDate(meta.date, this.options.env ?? process.env);
      const bytes = await printer.print({
        html: rendered.html,
        paper: this.options.pdf?.paper ?? 'a4',
        meta: { title: meta.title, subject: meta.subject, keywords: meta.keywords, language: meta.language, pageLabel: meta.pageLabel, producer: `notice ${this.options.version ?? ''}`.trim(), ...(meta.author ? { author: meta.author } : {}), ...(date ? { date } : {}) },
      });
      await writeFileAtomic(target, bytes);
      this.options.onProgress?.(++this.done, this.pending.length);
    });
    // A failure is reported by finish(); until then it must not count as unhandled.
    job.catch(() => undefined);
    this.pending.push(job);
  }

  async finish(): Promise<void> {
    await Promise.all(this.pending);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.pending);
    if (this.printer) await (await this.printer.catch(() => undefined))?.close();
  }

  private start(): Promise<PdfPrinter> {
    this.printer ??= import('./pdf/index.js').then(async ({ openPrinter }) => {
      const printer = await openPrinter(this.options.pdf ?? {});
      this.options.onBrowserStart?.({ path: printer.browser.path, source: printer.browser.source, sandboxOff: printer.sandboxOff });
      return printer;
    });
    return this.printer;
  }
}

/** Temporary files a killed build left behind (.name.pdf.PID.RANDOM.tmp). */
async function removeStaleTemporaries(out: string): Promise<void> {
  for (const name of await readdir(out)) {
    if (/^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name)) await unlink(join(out, name)).catch(() => undefined);
  }
}

function languagesFor(notice: Notice, options: BuildOptions, result: BuildResult): Language[] {
  const declared = notice.notice.languages;
  if (!options.languages) return declared;
  for (const language of options.languages.filter((l) => !declared.includes(l))) {
    result.diagnostics.push({
      code: 'BUILD_LANGUAGE_NOT_DECLARED', severity: 'warning', file: result.file, line: 1, column: 1, path: '/notice/languages',
      message: `The notice is not published in ${language}, so no ${language} version was built.`,
      hint: `Add ${language} to \`notice.languages\` and the texts in it, or leave it out of --lang.`,
    });
  }
  return declared.filter((l) => options.languages!.includes(l));
}

/** Output base names (the file name without .yaml); two notices may not share one. */
function outputNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const file of files) {
    const name = basename(file, extname(file));
    const other = owner.get(name);
    if (other) {
      throw new NoticeError('OUTPUT_NAME_CLASH', `${other} and ${file} would both be built as ${name}.<lang>.*.`, 'Rename one of them, or build them into different --out folders.');
    }
    owner.set(name, file);
    names.set(file, name);
  }
  return names;
}
