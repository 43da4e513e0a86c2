import type { Language } from '../generated/notice-types.js';
import type { PaperFormat, PdfPrinter, PrinterOptions } from '../pdf/index.js';
import type { Profile, RuleSetting } from '../validate/index.js';
import type { OutputFormat } from './formats.js';
import type { BrowserInfo } from './pdf-queue.js';
import type { Shard } from './shards.js';

/** What `buildNotices` is asked to do: where, in which formats and languages, and how. */
export interface BuildOptions {
  /** Folder for the outputs; created when missing. Holds the build manifest. */
  out: string;
  formats: readonly OutputFormat[];
  /** Languages to build; default: every language each notice declares. */
  languages?: readonly Language[];
  templates?: string;
  profile?: Profile;
  /** Severity per rule id (notice.config.yaml `rules:`). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Output file names inside `out`; default {name}.{lang}.{ext}. */
  naming?: string;
  /**
   * The layered notice (summary formats): `fullUrl` is where it links to the full notice, with {name} {lang}
   * {dir} replaced per notice; without it, the HTML notice of the same build, relative to the summary.
   */
  summary?: { fullUrl?: string };
  /** Written into generated pages and PDFs; a new version builds everything again. */
  version?: string;
  today?: string;
  /** For PDF output: the browser, sandbox, paper size and pages printing at once. */
  pdf?: PrinterOptions & { paper?: PaperFormat };
  /** SOURCE_DATE_EPOCH is read from here (default process.env). */
  env?: Record<string, string | undefined>;
  /** Build every output, also those the manifest shows to be current. */
  force?: boolean;
  /** Write nothing: report each output that is missing or differs from what a build would write now. */
  check?: boolean;
  /** Build only this part of the notices (see filesOfShard). */
  shard?: Shard;
  /** A browser kept open by the caller to print with (see PdfQueueOptions.printer); it stays open after the build. */
  printer?: PdfPrinter;
  /**
   * Build a privacy site into `out` (src/site): each notice's pages at
   * ORG/REGISTER/LANG.html with a language switcher, the formats beside them
   * (ORG/REGISTER/LANG.pdf), an index per organisation, a front page and one
   * stylesheet. `naming` does not apply; `shard` cannot go with it (the
   * indexes list every notice); what earlier builds wrote and this one does
   * not is removed. The html format is required.
   */
  site?: boolean;
  /**
   * Also keep this version of each notice in an archive folder (src/outputs/archive.ts):
   * ARCHIVE/NAME/DATE_VERSION/LANG.EXT, written once and never again, and
   * ARCHIVE/NAME/index.html listing every version and when it was in force.
   * Not with `check`; not the output folder itself.
   */
  archive?: string;
  /** Called once the browser is running (PDF output only). */
  onBrowserStart?: (info: BrowserInfo) => void;
  /** Called after each notice and each PDF: how far the build is, for a progress line. */
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Stops the build when aborted (Ctrl-C): no new notice is started, the
   * browser is closed, what was finished is recorded in the manifest, and the
   * build rejects with a NoticeError of code INTERRUPTED.
   */
  signal?: AbortSignal;
}

/** How far a build is: notices done of all, and PDFs printed of those queued so far. */
export interface BuildProgress {
  notices: { done: number; total: number };
  pdfs: { done: number; queued: number };
}
