import type { Block, ImportDocument } from '../../src/import/types.js';

// A simple reader of plain text for the map stage's tests (the real one is src/import/read/): the fixtures'
// `#` header lines are left out; each group of lines between blank lines is a paragraph, except that a line
// starting with a list marker is a list item (its continuation lines joined to it) and a line with a tab is a
// two-column table row.
const ITEM = /^\s*(?:[-•*–]|\d{1,2}[.)](?=\s+\S.*[^:]$))\s*/;

export function textDocument(file: string, source: string): ImportDocument {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  let paragraph: { lines: string[]; line: number } | undefined;
  const flush = (end: number): void => {
    if (paragraph)
      blocks.push({ kind: 'paragraph', text: paragraph.lines.join('\n'), line: paragraph.line, endLine: end });
    paragraph = undefined;
  };
  let header = true;
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (header && raw.startsWith('#')) return;
    header = false;
    const line = raw.trim();
    if (line === '') return flush(n - 1);
    if (raw.includes('\t')) {
      flush(n - 1);
      const cells = raw
        .split('\t')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      if (cells.length === 2) {
        blocks.push({ kind: 'row', text: cells.join(' | '), cells, line: n, endLine: n });
        return;
      }
    }
    if (/^\s*[-•*–]\s*\S/.test(raw) && !/^\s*-{2,}/.test(raw)) {
      flush(n - 1);
      blocks.push({ kind: 'item', text: line.replace(ITEM, ''), line: n, endLine: n });
      return;
    }
    if (paragraph) paragraph.lines.push(line);
    else paragraph = { lines: [line], line: n };
  });
  flush(lines.length);
  return { file, format: 'text', text: source, blocks };
}
