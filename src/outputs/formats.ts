import type { Diagnostic } from '../diagnostics.js';
import { exportDpv } from '../export/dpv/index.js';
import { jsonFormat } from '../export/json/index.js';
import { exportTilt } from '../export/tilt/index.js';
import type { Language, Notice } from '../generated/notice-types.js';
import type { Locator } from '../load/locate.js';
import type { RenderedNotice } from '../render/index.js';
import type { Profile } from '../render/view/context.js';

/**
 * The outputs `notice build` can write: the one list every other place takes
 * them from (the command's --format choices and help, the configuration
 * schema's enum, file names, the build). Adding a format means adding it here
 * with its producer; the tests name every place that must then follow.
 */
export const OUTPUT_FORMATS = [
  {
    id: 'md',
    extension: 'md',
    summary: 'GitHub-flavoured Markdown',
    produce: { text: (rendered: RenderedNotice) => rendered.markdown },
  },
  {
    id: 'html',
    extension: 'html',
    summary: 'a standalone HTML page',
    produce: { text: (rendered: RenderedNotice) => rendered.html },
  },
  {
    id: 'html-fragment',
    extension: 'fragment.html',
    summary: 'the HTML content alone, to paste into a site',
    produce: { text: (rendered: RenderedNotice) => rendered.fragment },
  },
  {
    id: 'pdf',
    extension: 'pdf',
    summary: 'the HTML page printed by Chromium',
    // Printing needs a browser, started once per build: the build's PDF queue does it.
    produce: { print: (rendered: RenderedNotice) => rendered.html },
  },
  {
    id: 'json',
    extension: 'json',
    summary: 'the notice as resolved data (schemas/notice-export.schema.json)',
    produce: { export: jsonFormat },
  },
  {
    id: 'dpv',
    extension: 'dpv.jsonld',
    summary: 'JSON-LD in the W3C Data Privacy Vocabulary, every language in one document',
    produce: { export: exportDpv },
  },
  {
    id: 'tilt',
    extension: 'tilt.json',
    summary: 'the notice as TILT transparency information, JSON for tools that read privacy notices',
    produce: { export: exportTilt },
  },
] as const satisfies readonly OutputFormatSpec[];

export interface OutputFormatSpec {
  /** What --format and the configuration's `formats` call it. */
  id: string;
  /** The end of the file name after the language: customers.fi.<extension>. */
  extension: string;
  /** A few words for --help and the README. */
  summary: string;
  /**
   * How it is made: text of a rendered notice written as it is, an HTML page printed to PDF, or an export
   * made from the notice's data, which also says what it could not carry (diagnostics at their positions).
   */
  produce:
    | { text: (rendered: RenderedNotice) => string }
    | { print: (rendered: RenderedNotice) => string }
    | { export: (input: ExportInput) => ExportOutput };
}

/** What an export is made from: one notice in one language. */
export interface ExportInput {
  /** The notice's data as validated: shared parts merged in, valid against the schema. */
  notice: Notice;
  language: Language;
  /** Where a data path is written; a value from a shared part has the part's file in its position. */
  locate: Locator;
  /** The notice file as the user named it. */
  file: string;
  /** The notice rendered in this language (rendered once per build and language, shared with the other formats). */
  rendered: () => RenderedNotice;
  profile?: Profile;
  /** notice's own version, for a generator field. */
  version: string;
}

export interface ExportOutput {
  text: string;
  /** What the export could not carry, each at the value's position; the build reports them and keeps them for the next build. */
  diagnostics: Diagnostic[];
}

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]['id'];

export const OUTPUT_FORMAT_IDS: readonly OutputFormat[] = OUTPUT_FORMATS.map((format) => format.id);

/** The formats a build writes unless told otherwise. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['md', 'html'];

export function outputFormat(id: OutputFormat): OutputFormatSpec {
  return OUTPUT_FORMATS.find((format) => format.id === id)!;
}
