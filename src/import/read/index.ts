import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { NoticeError } from '../../errors.js';
import type { Block, ImportDocument, ImportFormat } from '../types.js';
import { decodeText, looksLikeText } from './decode.js';
import { markdownBlocks } from './markdown.js';
import { pdfText, type PdfOptions } from './pdf.js';
import { textBlocks } from './text.js';

export { pdftotextHint } from './pdf.js';
export type { PdfOptions } from './pdf.js';

/** The largest file `notice import` reads: a notice is a few kilobytes of text, a PDF or a Word file with pictures more. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/**
 * Reads a file of any supported format into its text and blocks (see
 * `readDocumentBytes`). A file that cannot be read is a NoticeError with a
 * code (`PATH_NOT_FOUND`, `FILE_NOT_REGULAR`, `FILE_TOO_LARGE`, `FILE_UNREADABLE`).
 */
export async function readDocument(file: string, options: PdfOptions = {}): Promise<ImportDocument> {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) {
      throw new NoticeError(
        'FILE_NOT_REGULAR',
        `${file}: this is not a regular file (a folder, a pipe or a device).`,
        'Name the notice file to import.',
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new NoticeError('PATH_NOT_FOUND', `${file}: no such file.`, 'Check the path.', { cause: error });
    throw unreadable(file, error);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge(file, size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  return readDocumentBytes(bytes, file, options);
}

/**
 * Reads a document already in memory; `file` names it in messages and in the
 * document, and its extension tells the format (`.txt`, `.md`, `.markdown`,
 * `.html`, `.htm`, `.docx`, `.pdf`); with another extension or none, the
 * content does (`%PDF-`, a ZIP holding a Word document, an HTML start tag,
 * Markdown headings, else text). Reading the same bytes twice gives equal
 * documents.
 *
 * Errors (NoticeError, exit 2): `FILE_EMPTY`, `FILE_TOO_LARGE`,
 * `FILE_FORMAT_UNSUPPORTED` (another kind of file: an image, an old `.doc`, an
 * archive), `FILE_DOCX_UNREADABLE`, `FILE_PDF_UNREADABLE`, `FILE_PDF_NO_TEXT`
 * (a scanned PDF), `IMPORT_PDFTOTEXT_MISSING`, `FILE_NO_TEXT` (nothing to read
 * in it).
 */
export async function readDocumentBytes(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions = {},
): Promise<ImportDocument> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(file, bytes.length);
  // A text file's text, decoded once: for the check below and for reading it.
  const text = looksLikeText(bytes) ? decodeText(bytes) : undefined;
  if (bytes.length === 0 || (text !== undefined && !/\S/u.test(text))) {
    throw new NoticeError(
      'FILE_EMPTY',
      `${file}: the file is empty.`,
      'Check that this is the notice you meant to import.',
    );
  }
  const format = await formatOf(bytes, file, text);
  const document = await readAs(format, bytes, file, options, text);
  if (document.blocks.length === 0) {
    throw new NoticeError(
      format === 'pdf' ? 'FILE_PDF_NO_TEXT' : 'FILE_NO_TEXT',
      format === 'pdf'
        ? `${file}: the PDF has no text to read (a scanned image?).`
        : `${file}: no text was found in the ${format === 'docx' ? 'Word document' : format === 'html' ? 'page' : 'file'}.`,
      format === 'pdf'
        ? 'Run it through text recognition (OCR) first, or copy its text into a .txt file and import that.'
        : 'Check that this is the notice you meant to import.',
    );
  }
  return document;
}

async function readAs(
  format: ImportFormat,
  bytes: Uint8Array,
  file: string,
  options: PdfOptions,
  decoded: string | undefined,
): Promise<ImportDocument> {
  switch (format) {
    case 'text': {
      const text = decoded ?? decodeText(bytes);
      return { file, format, text, blocks: textBlocks(text) };
    }
    case 'markdown': {
      const text = decoded ?? decodeText(bytes);
      const { blocks, title } = markdownBlocks(text);
      return withTitle({ file, format, text, blocks }, title);
    }
    case 'html': {
      // Loaded when needed: the DOM library takes a tenth of a second to load, which text and Markdown need not pay.
      const { readHtml } = await import('./html.js');
      const { text, blocks, title } = readHtml(decoded ?? decodeText(bytes));
      return withTitle({ file, format, text, blocks }, title);
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      const { text, blocks, title } = await readDocx(bytes, file);
      return withTitle({ file, format, text, blocks }, title);
    }
    case 'pdf': {
      const text = await pdfText(bytes, file, options);
      return { file, format, text, blocks: textBlocks(text, { softWraps: true }) };
    }
  }
}

function withTitle(document: ImportDocument, title: string | undefined): ImportDocument {
  return title ? { ...document, title } : document;
}

/**
 * The format the file's extension names, checked against its content; by content alone when the extension says
 * nothing. `text` is the file decoded, when it is text (decoded once, by the caller).
 */
export async function formatOf(
  bytes: Uint8Array,
  file: string,
  text: string | undefined = looksLikeText(bytes) ? decodeText(bytes) : undefined,
): Promise<ImportFormat> {
  const named = BY_EXTENSION[extname(file).toLowerCase()];
  const kind = binaryKind(bytes, text !== undefined);
  if (kind === 'pdf' || kind === 'zip') {
    if (kind === 'pdf') {
      if (named === undefined || named === 'pdf') return 'pdf';
    } else if (isDocx(bytes)) {
      if (named === undefined || named === 'docx') return 'docx';
    }
  }
  if (named === 'pdf' || named === 'docx' || (kind !== undefined && kind !== 'text')) {
    throw unsupported(file, kind, named);
  }
  // What is left is text, or a binary file that no signature named.
  if (kind === undefined) throw unsupported(file, undefined, named);
  if (named) return named;
  const head = (text ?? decodeText(bytes.subarray(0, 65536))).slice(0, 65536);
  if (/^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/iu.test(head)) return 'html';
  if (
    /^\s{0,3}#{1,6}\s+\S/mu.test(head) ||
    /\]\([^)\s]+\)/u.test(head) ||
    /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/mu.test(head)
  )
    return 'markdown';
  return 'text';
}

/**
 * A ZIP archive that holds a Word document's main part: its name is written
 * plainly in the archive's entries, so no ZIP library is needed to tell.
 */
function isDocx(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

type Kind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'text';

/** What the first bytes say the file is. */
function binaryKind(bytes: Uint8Array, isText: boolean): Kind | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || head.startsWith('GIF8')) return 'image';
  return isText ? 'text' : undefined;
}

function unsupported(file: string, kind: Kind | undefined, named: ImportFormat | undefined): NoticeError {
  const what =
    kind === 'ole'
      ? 'an old Word (.doc) or Office file'
      : kind === 'rtf'
        ? 'an RTF document'
        : kind === 'zip'
          ? 'a ZIP archive that is not a Word document (.docx)'
          : kind === 'image'
            ? 'an image'
            : kind === 'pdf'
              ? 'a PDF'
              : kind === 'text'
                ? 'a text file'
                : 'a binary file';
  const expected = named === 'pdf' ? 'a PDF' : named === 'docx' ? 'a Word document (.docx)' : undefined;
  return new NoticeError(
    'FILE_FORMAT_UNSUPPORTED',
    expected
      ? `${file}: the name says ${expected}, but the file is ${what}.`
      : `${file}: this is ${what}; notice imports text, Markdown, HTML, Word (.docx) and PDF files.`,
    kind === 'ole' || kind === 'rtf'
      ? 'Open it in Word or LibreOffice and save it as .docx (or as plain text), then import that.'
      : kind === 'pdf' || kind === 'text'
        ? 'Rename the file so that its extension matches what it is.'
        : 'Import the notice itself: a text, Markdown, HTML, .docx or PDF file.',
  );
}

function tooLarge(file: string, size: number): NoticeError {
  return new NoticeError(
    'FILE_TOO_LARGE',
    `${file}: the file is ${size} bytes; notice imports files of at most ${MAX_IMPORT_BYTES} bytes.`,
    'A notice is a few pages: check that this is the right file.',
  );
}

function unreadable(file: string, error: unknown): NoticeError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ELOOP'
        ? 'its links lead round in a loop'
        : ((error as Error)?.message ?? String(error));
  return new NoticeError(
    'FILE_UNREADABLE',
    `${file}: the file cannot be read: ${why}.`,
    'Check the file and its permissions.',
    {
      cause: error,
    },
  );
}

export type { Block, ImportDocument, ImportFormat };
