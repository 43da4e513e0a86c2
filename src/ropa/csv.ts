import type { RopaRecord } from './index.js';
import { COLUMNS } from './strings.js';

/**
 * The record as CSV (RFC 4180): a heading row, then one row per processing;
 * every field quoted, quotes doubled, rows ended by CRLF. UTF-8 with a BOM,
 * because Excel reads a CSV without one in the machine's legacy code page and
 * shows "Ã¤" for "ä"; LibreOffice and csv parsers that know UTF-8 skip it.
 * Separated by commas: Excel set to Finnish expects semicolons when opening
 * a file by double-click, but "Data → From Text/CSV" and every other program
 * read commas, and RFC 4180 names them.
 */
export function recordToCsv(record: RopaRecord): string {
  const rows = [
    COLUMNS.map((column) => record.strings.headings[column]),
    ...record.processings.map((p) => COLUMNS.map((column) => p.cells[column].text)),
  ];
  return '\uFEFF' + rows.map((row) => row.map(quote).join(',') + '\r\n').join('');
}

function quote(field: string): string {
  // A text from a notice that starts like a formula (=, +, -, @) would be run
  // as one by a spreadsheet that opens the file: an apostrophe before it keeps
  // it text (OWASP's advice on CSV injection). A line break inside a cell stays
  // LF, as Excel writes it; only rows end in CRLF.
  const safe = /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
  return `"${safe.replace(/"/g, '""')}"`;
}
