import type { Block } from '../types.js';

// What the plain-text, Markdown, HTML, Word and PDF readers share: how list
// markers look, when a line break is a hard wrap in the middle of a sentence,
// and how the lines of a block are joined again.

/**
 * A list item's marker at the start of a line: a bullet (`-`, `*`, `+`, `•`
 * and its kin) or a number or letter followed by `.` or `)` (`1.`, `1)`,
 * `a)`), then white space. Group 1 is the indentation, 2 the marker, 3 the rest.
 */
const ITEM = /^(\s*)([-*+•◦▪▫●○■□‣⁃·–—]|\d{1,3}[.)]|[a-zåäö]\)|[a-zåäö]\.(?=\s))\s+(\S.*)$/u;

export interface ItemStart {
  /** The marker as written: `-`, `•`, `1.`, `a)`. */
  marker: string;
  ordered: boolean;
  /** The line after the marker. */
  rest: string;
  indent: number;
}

export function itemStart(line: string): ItemStart | undefined {
  const match = ITEM.exec(line);
  if (!match) return undefined;
  const marker = match[2]!;
  return { marker, ordered: /^[\dA-Za-zåäö]/u.test(marker), rest: match[3]!, indent: match[1]!.length };
}

/**
 * A list item's text: without the bullet of an unordered item, which is
 * markup; with the number or letter of an ordered one ("1. Rekisterinpitäjä"),
 * which a reader sees and which a numbered section heading needs.
 */
export function itemText(start: ItemStart): string {
  return start.ordered ? `${start.marker} ${start.rest}` : start.rest;
}

/** A line that ends a sentence or introduces what follows: `.`, `!`, `?`, `:`, `;`, maybe inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*$/u;
/** An abbreviation's full stop does not end a sentence: "(ml." + "sähköinen ...". */
const ABBREVIATION =
  /(?:^|[\s(])(ml|mm|esim|ns|yms|tms|ym|ko|ts|vrt|ks|em|t\.ex|bl\.a|m\.m|s\.k|d\.v\.s|dvs|e\.g|i\.e|incl|approx|etc)\.$/iu;
/** Lines shorter than this are labels ("Rekisterin nimi", "Y-tunnus 1234567-8"), never wrapped sentences. */
const SHORT_LINE = 40;
/** Words that follow a hyphenated word's hyphen after a space: "etu- ja sukunimi", "för- och efternamn". */
const CONJUNCTION = /^(ja|tai|sekä|eli|että|and|or|och|eller|samt|to)\b/u;

/** A line's last word that no sentence or heading ends with: a conjunction or a preposition (fi, sv, en). */
const OPEN_END =
  /\s(?:ja|tai|sekä|eli|että|och|eller|samt|av|för|på|till|med|från|and|or|of|the|to|for|with|by|from)$/u;

/**
 * Whether the line after `previous` continues its sentence, wrapped by hand
 * (text pasted from a PDF or an e-mail): `previous` is long, does not end a
 * sentence, and `next` starts with a lower-case letter; or `previous` ends in
 * a conjunction or a preposition ("ja", "eller", "of"). A line that ends a
 * sentence, a short label line, or a next line that starts with a capital
 * (a label's value, a new sentence) is not joined otherwise.
 */
export function continues(previous: string, next: string): boolean {
  const before = previous.trimEnd();
  // A line that ends in "ja", "och", "and" or a preposition has its sentence or heading go on.
  if (OPEN_END.test(before) && /^[\p{L}\p{N}(]/u.test(next.trimStart())) return true;
  if (before.length < SHORT_LINE) return false;
  if (ENDS_SENTENCE.test(before) && !ABBREVIATION.test(before)) return false;
  return /^\(?\p{Ll}/u.test(next.trimStart());
}

/**
 * Whether a line of a PDF's text was broken only because the next word did
 * not fit (a soft wrap): the line is nearly as long as the page's full lines
 * (`width`: the longest lines' length), does not end a sentence, and the next
 * line's first word would have made it longer than those. A short line (an
 * address, a label, a heading) is never taken for one.
 */
export function wrapsAt(width: number, previous: string, next: string): boolean {
  const before = previous.trimEnd();
  if (before.length < 0.85 * width || (ENDS_SENTENCE.test(before) && !ABBREVIATION.test(before))) return false;
  const word = /^\S+/u.exec(next.trimStart())?.[0] ?? '';
  return word !== '' && before.length + 1 + word.length > 0.95 * width;
}

/**
 * Whether a numbered heading of a PDF goes on on the next line: set in a larger type, it wraps at a shorter width
 * ("4. Oikeusperuste ja henkilötietojen" + "käsittelyn tarkoitus"). The next line is short, ends no sentence and
 * starts in lower case or with an inflected abbreviation ("EU:n tai ETA:n ulkopuolelle"), which a value of its own
 * (a name, "Teekkarispeksi ry") or a new sentence does not.
 */
export function headingWrapsAt(previous: string, next: string): boolean {
  const after = next.trim();
  return (
    !ENDS_SENTENCE.test(previous.trimEnd()) &&
    after.length < SHORT_LINE &&
    !ENDS_SENTENCE.test(after) &&
    /^(\p{Ll}|\p{Lu}{2,}:\p{Ll}+\s)/u.test(after)
  );
}

/** The length of a text's full lines: the longest but a few (a twentieth), so that one overlong line does not set it. */
export function fullWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((length) => length >= SHORT_LINE)
    .sort((a, b) => b - a);
  return lengths[Math.floor(lengths.length / 20)] ?? 0;
}

/**
 * Two lines joined into one: with a space; a word broken at a hyphen
 * ("laskutus-" + "ja") keeps its hyphen and no space is added unless a
 * conjunction follows ("etu- ja"); a soft hyphen at the break is dropped.
 */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) text = line;
    else if (text.endsWith('\u00AD')) text = text.slice(0, -1) + line;
    else if (/\p{L}-$/u.test(text) && !CONJUNCTION.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

/** Collapses runs of white space (no-break spaces included) to one space. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/gu, ' ').trim();
}

/** A block under construction: its kind and source lines (numbers counted from 1). */
export interface Draft {
  kind: Block['kind'];
  lines: { text: string; line: number }[];
  level?: number;
  ordered?: boolean;
  cells?: string[];
}

/** A finished block from a draft; `plain` turns the joined source text into the block's text (Markdown inline markup). */
export function finish(draft: Draft, plain: (text: string) => string = (text) => text): Block | undefined {
  const text = squeeze(plain(joinLines(draft.lines.map((l) => l.text))));
  const cells = draft.cells?.map((cell) => squeeze(plain(cell)));
  if (!text && !(cells && cells.some(Boolean))) return undefined;
  const block: Block = {
    kind: draft.kind,
    text: cells ? cells.join(' | ') : text,
    line: draft.lines[0]!.line,
    endLine: draft.lines[draft.lines.length - 1]!.line,
  };
  if (cells) block.cells = cells;
  if (draft.level !== undefined) block.level = draft.level;
  if (draft.ordered !== undefined) block.ordered = draft.ordered;
  return block;
}
