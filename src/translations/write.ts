import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { formatMark, withMark, type TranslationMark } from './marks.js';

/** A mark to write on the text at a data path. */
export interface MarkToWrite {
  path: readonly (string | number)[];
  mark: TranslationMark;
}

/** What writing marks into one file's text gave: the new text, and the paths that could not be marked. */
export interface MarkedText {
  text: string;
  unmarkable: (readonly (string | number)[])[];
}

const MARK_TEXT = /from (?:fi|sv|en):[0-9a-f]{8}\b/;

/**
 * Writes translation marks into a YAML file's text as comments. The
 * Document gives each text's node and its key, and the mark is spliced into
 * the text at that place: every other byte stays as written. (The
 * Document's own `toString()` would keep comments but re-flow folded
 * scalars and the spacing of flow maps, which is a re-dump of the user's
 * file.) A mark goes on the key's line (`text: # from fi:...`) of a block
 * map, after the closing brace of a flow map, or replaces the mark already
 * there. The result is parsed again, and must give the same data.
 */
export function writeMarks(text: string, marks: readonly MarkToWrite[]): MarkedText {
  const doc = parseDocument(text);
  const edits: { start: number; end: number; insert: string }[] = [];
  const unmarkable: (readonly (string | number)[])[] = [];
  for (const { path, mark } of marks) {
    const edit = editFor(text, doc.contents as Node | null, path, mark);
    if (edit) edits.push(edit);
    else unmarkable.push(path);
  }
  let result = text;
  for (const { start, end, insert } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + insert + result.slice(end);
  }
  if (!isDeepStrictEqual(parseDocument(result).toJS(), doc.toJS())) {
    throw new Error('Writing translation marks would have changed the data of the file; nothing was written.');
  }
  return { text: result, unmarkable };
}

function editFor(
  text: string,
  root: Node | null,
  path: readonly (string | number)[],
  mark: TranslationMark,
): { start: number; end: number; insert: string } | undefined {
  const found = nodeAt(root, path);
  const node = found?.node;
  const range = node?.range;
  if (!isMap(node) || !range) return undefined;
  const pair = found?.pair;
  if (!node.flow && !pair) return listItemEdit(text, range[0], mark);
  // Where a mark of this text may already be written: from the key to the first entry, or after a flow map's brace.
  const from = node.flow ? range[1] - 1 : pair?.key && (pair.key as Node).range ? (pair.key as Node).range![1] : -1;
  if (from < 0) return undefined;
  const lineEnd = endOfLine(text, from);
  const until = node.flow ? lineEnd : Math.max(lineEnd, range[0]);
  const region = text.slice(from, until);
  const existing = MARK_TEXT.exec(region);
  if (existing) {
    const start = from + existing.index;
    return { start, end: start + existing[0].length, insert: formatMark(mark) };
  }
  // After the key (`text:`) or the brace, only a comment may follow on the line.
  const rest = text.slice(node.flow ? range[1] : from, lineEnd);
  const afterColon = node.flow ? rest : rest.replace(/^\s*:/, '');
  const comment = /^(\s*)#(.*)$/.exec(afterColon);
  if (comment) {
    const start = lineEnd - comment[2]!.length;
    return { start, end: lineEnd, insert: ` ${withMark(comment[2]!, mark)}` };
  }
  if (afterColon.trim() !== '') return undefined;
  return { start: lineEnd, end: lineEnd, insert: ` # ${formatMark(mark)}` };
}

/**
 * A text that is itself a list item (`- fi: ...`) takes its mark on the
 * dash's line: `- # from fi:...`, its first entry moved to the next line at
 * the same column, so that the other entries still line up with it.
 */
function listItemEdit(
  text: string,
  start: number,
  mark: TranslationMark,
): { start: number; end: number; insert: string } | undefined {
  const before = text.slice(0, start);
  const dash = /-([ \t]+)(?:#([^\n]*)\n[ \t]*)?$/.exec(before);
  if (!dash) return undefined;
  const comment = dash[2];
  if (comment !== undefined) {
    const from = dash.index + 1 + dash[1]!.length + 1;
    const existing = MARK_TEXT.exec(comment);
    if (existing)
      return {
        start: from + existing.index,
        end: from + existing.index + existing[0].length,
        insert: formatMark(mark),
      };
    return { start: from, end: from + comment.length, insert: ` ${withMark(comment, mark)}` };
  }
  const column = start - (before.lastIndexOf('\n') + 1);
  return { start, end: start, insert: `# ${formatMark(mark)}\n${' '.repeat(column)}` };
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The node at a data path, with the pair whose value it is (none for a list item or the root). */
function nodeAt(root: Node | null, path: readonly (string | number)[]): { node: Node; pair?: Pair } | undefined {
  let node = root;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const entry = node.items.find((p) => isPair(p) && (p.key as { value?: unknown } | null)?.value === segment);
      if (!entry) return undefined;
      pair = entry;
      node = entry.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      node = node.items[segment] as Node | null;
    } else return undefined;
  }
  return node ? { node, ...(pair ? { pair } : {}) } : undefined;
}
