import type { Language, Notice, Profile } from '../generated/notice-types.js';

// The stages of `notice import`, and what passes between them:
//
//   read (src/import/read/)   a file of any supported format → ImportDocument (blocks in reading order)
//   map  (src/import/map/)    ImportDocument → ImportedNotice (the notice's data, and where each block went)
//   emit (src/import/emit.ts) ImportedNotice → YAML text (schema modeline, comments where values were inferred)
//
// Each stage is a pure function of its input (no clock, no network), so the same file gives the same bytes.

/** The formats `notice import` reads. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/**
 * One block of a document in reading order: a heading, a paragraph, a list
 * item or a table row. Text is plain (no markup), with the lines of a
 * paragraph that the source wrapped by hand joined again.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  /** The block's text, as written; for a row, its cells joined by " | ". */
  text: string;
  /** The cells of a table row, as written. */
  cells?: string[];
  /** A heading's level when the markup gives one (Markdown `#`, HTML `h1`-`h6`, Word heading styles). */
  level?: number;
  /** A list item of a numbered list. */
  ordered?: boolean;
  /** First and last line of the block in `ImportDocument.text`, counted from 1. */
  line: number;
  endLine: number;
}

/** A document as read: its plain text, and that text cut into blocks. */
export interface ImportDocument {
  /** The file as the user named it. */
  file: string;
  format: ImportFormat;
  /**
   * The text the blocks' line numbers refer to: the file itself for text and
   * Markdown; the text extracted from it for HTML, Word and PDF (what a
   * reader of the page or document sees, in reading order).
   */
  text: string;
  blocks: Block[];
  /** A title the file carries apart from its text (HTML `<title>`, a Word document's title), if any. */
  title?: string;
}

/** A path into the notice's data, as in a JSON Pointer: `['purposes', 'items', 0, 'description']`. */
export type DataPath = readonly (string | number)[];

/** Where one block of the document went. */
export interface Placement {
  /** Index into `ImportDocument.blocks`. */
  block: number;
  /** The field that holds the block's text (or the heading override, for a heading). */
  path: DataPath;
  /**
   * `recognised`: the block was understood as what the field means (a heading, a list item of a known
   * section, a fact); `free-text`: it was kept as text in the nearest section because it could not be placed.
   */
  how: 'recognised' | 'free-text';
}

/** A value the import inferred rather than read as written, shown as a comment beside it in the YAML. */
export interface Inference {
  path: DataPath;
  /** One plain sentence, for example "profile inferred from the cited law: Henkilötietolaki 523/1999 10 §". */
  note: string;
}

/** The notice an import made of a document. */
export interface ImportedNotice {
  document: ImportDocument;
  /** The notice's data; it passes the schema (zero format errors). */
  notice: Notice;
  /** Where every block went: every block has at least one placement, so nothing is dropped. */
  placements: Placement[];
  inferences: Inference[];
}

/** What the user may fix on the command line; anything left out is inferred from the document. */
export interface ImportOptions {
  language?: Language;
  profile?: Profile;
}
