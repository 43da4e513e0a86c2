import type { Diagnostic } from '../diagnostics.js';
import type { Language, Notice } from '../generated/notice-types.js';
import type { Locator } from '../load/locate.js';
import type { RenderedNotice } from '../render/index.js';
import type { Profile } from '../render/view/context.js';
import type { TemplateSet } from '../render/templates.js';

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
    id: 'summary-md',
    extension: 'summary.md',
    summary: 'the first layer of a layered notice, in Markdown (`summary` names all three)',
    produce: { export: 'summary-md' },
  },
  {
    id: 'summary-html',
    extension: 'summary.html',
    summary: 'the first layer as a standalone HTML page',
    produce: { export: 'summary-html' },
  },
  {
    id: 'summary-fragment',
    extension: 'summary.fragment.html',
    summary: 'the first layer as HTML content alone',
    produce: { export: 'summary-fragment' },
  },
  {
    id: 'json',
    extension: 'json',
    summary: 'the notice as resolved data (schemas/notice-export.schema.json)',
    produce: { export: 'json' },
  },
  {
    id: 'dpv',
    extension: 'dpv.jsonld',
    summary: 'JSON-LD in the W3C Data Privacy Vocabulary, every language in one document',
    produce: { export: 'dpv' },
  },
  {
    id: 'tilt',
    extension: 'tilt.json',
    summary: 'the notice as TILT transparency information, JSON for tools that read privacy notices',
    produce: { export: 'tilt' },
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
    // The exporters are named, not imported: they are read with the build (src/outputs/exporters.ts), not by
    // every command that lists the formats.
    | { export: ExporterName };
}

/** The exporters of src/outputs/exporters.ts. */
export type ExporterName = 'summary-md' | 'summary-html' | 'summary-fragment' | 'json' | 'dpv' | 'tilt';

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
  /** The build's templates (a user's replace the built-in ones); the built-in set when not given. */
  templates?: TemplateSet;
  /**
   * The link to the full notice in this language: the configured URL (`summary.full_url`, --full-url) with its
   * tokens replaced, else the path of the HTML notice the same build writes, relative to this output.
   */
  fullNotice?: string;
}

export interface ExportOutput {
  text: string;
  /** What the export could not carry, each at the value's position; the build reports them and keeps them for the next build. */
  diagnostics: Diagnostic[];
}

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]['id'];

export const OUTPUT_FORMAT_IDS: readonly OutputFormat[] = OUTPUT_FORMATS.map((format) => format.id);

/** Names for several formats at once, accepted wherever formats are listed and expanded where the list is read. */
export const FORMAT_GROUPS = { summary: ['summary-md', 'summary-html', 'summary-fragment'] } as const satisfies Record<
  string,
  readonly OutputFormat[]
>;

/** What --format and `formats:` accept: every format, and the names of groups. */
export const FORMAT_CHOICES: readonly string[] = [...OUTPUT_FORMAT_IDS, ...Object.keys(FORMAT_GROUPS)];

/** A list of formats with each group name replaced by its formats, in place, each format once. */
export function expandFormats(list: readonly string[]): OutputFormat[] {
  const groups: Record<string, readonly OutputFormat[]> = FORMAT_GROUPS;
  return [...new Set(list.flatMap((id) => groups[id] ?? [id as OutputFormat]))];
}

/** The formats a build writes unless told otherwise. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['md', 'html'];

export function outputFormat(id: OutputFormat): OutputFormatSpec {
  return OUTPUT_FORMATS.find((format) => format.id === id)!;
}
