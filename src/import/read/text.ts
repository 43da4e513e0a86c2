import type { Block } from '../types.js';
import { continues, finish, fullWidth, headingWrapsAt, itemStart, itemText, wrapsAt, type Draft } from './lines.js';

/**
 * Blocks of plain text, from its lines (numbered as in the file):
 *
 * - A blank line ends a block. In a "double-spaced" file, where nearly every
 *   line is followed by one blank line (text copied out of a PDF or a Word
 *   file often is), one blank line is only a line break and it takes two to
 *   end a block.
 * - A line that starts with a list marker (`-`, `*`, `•`, `1.`, `1)`, `a)`)
 *   starts an item (see `itemText` for what its text keeps).
 * - A line with tabs between its parts (a two-column table copied from Word:
 *   label, tab, content) is a row, its cells split at the tabs.
 * - Any other line continues the block before it only when it is that block's
 *   sentence wrapped by hand (`continues`), or, in a PDF's text
 *   (`softWraps`), when it was wrapped because the next word did not fit
 *   (`wrapsAt`) or is a numbered heading's second line (`headingWrapsAt`); else it starts a paragraph of its own. Every short standalone line is thus its own block: telling headings
 *   from labels and values is the map stage's work.
 */
export function textBlocks(text: string, options: { softWraps?: boolean } = {}): Block[] {
  const lines = text.split('\n');
  // A PDF's lines end where the page did: a full line whose sentence goes on is joined to the next (`wrapsAt`).
  const width = options.softWraps ? fullWidth(lines) : 0;
  const blank = lines.map((line) => !/\S/u.test(line.replace(/\u00A0/g, ' ')));
  const doubleSpaced = isDoubleSpaced(blank);
  const blocks: Block[] = [];
  let draft: Draft | undefined;
  const close = () => {
    const block = draft && finish(draft);
    if (block) blocks.push(block);
    draft = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = i + 1;
    if (blank[i]) {
      // In a double-spaced file, a single blank line between two lines is only a line break.
      if (!(doubleSpaced && i > 0 && !blank[i - 1] && i + 1 < lines.length && !blank[i + 1])) close();
      continue;
    }
    const cells = rowCells(line);
    if (cells) {
      close();
      draft = { kind: 'row', lines: [{ text: line, line: number }], cells };
      close();
      continue;
    }
    const item = itemStart(line);
    if (item) {
      close();
      draft = { kind: 'item', ordered: item.ordered, lines: [{ text: itemText(item), line: number }] };
      continue;
    }
    const last = draft?.lines[draft.lines.length - 1];
    if (
      draft &&
      draft.kind !== 'row' &&
      last &&
      (continues(last.text, line) ||
        (width > 0 && wrapsAt(width, last.text, line)) ||
        (width > 0 &&
          draft.kind === 'item' &&
          draft.ordered === true &&
          draft.lines.length === 1 &&
          headingWrapsAt(last.text, line)))
    ) {
      draft.lines.push({ text: line, line: number });
      continue;
    }
    close();
    draft = { kind: 'paragraph', lines: [{ text: line, line: number }] };
  }
  close();
  return blocks;
}

/** The cells of a line with tabs between its parts; undefined for a line without (a leading tab is indentation). */
function rowCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.includes('\t')) return undefined;
  // "1.<tab>Rekisterinpitäjä": a list number followed by a tab is a numbered line, not a row.
  const cells = trimmed.split(/\t+/u).map((cell) => cell.trim());
  if (cells.length < 2 || /^(\d{1,3}[.)]?|[a-zåäö]\)|[-*•])$/u.test(cells[0]!)) {
    return cells.length > 2 && /^(\d{1,3}[.)]?|[a-zåäö]\))$/u.test(cells[0]!)
      ? [`${cells[0]} ${cells[1]}`, ...cells.slice(2)]
      : undefined;
  }
  return cells;
}

/** Nearly no two non-blank lines are next to each other: every line is followed by a blank one. */
function isDoubleSpaced(blank: readonly boolean[]): boolean {
  let lines = 0;
  let adjacent = 0;
  for (let i = 0; i < blank.length; i++) {
    if (blank[i]) continue;
    lines++;
    if (i + 1 < blank.length && !blank[i + 1]) adjacent++;
  }
  return lines >= 8 && adjacent <= 0.05 * lines;
}
