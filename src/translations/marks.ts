import type { Language } from '../generated/notice-types.js';
import { hashOf } from '../hash.js';

// A translation mark is a YAML comment with the text it is about: `# from fi:3f2a1b9c` says that
// the other languages of this text were translated from the Finnish text whose hash starts so.
// README: "Translations that cannot drift" (`notice translations`).

/** What a text's translations were made from: the source language and the short hash of its text then. */
export interface TranslationMark {
  source: Language;
  hash: string;
}

const MARK = /(?:^|[\s;,])from (fi|sv|en):([0-9a-f]{8})\b/;

/** Hex digits of the hash a mark keeps: 32 bits tell an edited text from the one marked. */
const HASH_LENGTH = 8;

/**
 * The short hash of a source text. Runs of white space count as one space,
 * as in Markdown, so that re-wrapping a paragraph does not make its
 * translations stale; every other change does.
 */
export function sourceHash(text: string): string {
  return hashOf(text.replace(/\s+/g, ' ').trim()).slice(0, HASH_LENGTH);
}

/** The mark in a node's comments, if any. */
export function parseMark(comment: string | undefined): TranslationMark | undefined {
  const match = comment === undefined ? null : MARK.exec(comment);
  return match ? { source: match[1] as Language, hash: match[2]! } : undefined;
}

/** A mark as written in a comment (without the `#`). */
export function formatMark(mark: TranslationMark): string {
  return `from ${mark.source}:${mark.hash}`;
}

/** A comment's text with its mark replaced by `mark`, or the mark added after what the comment says. */
export function withMark(comment: string, mark: TranslationMark): string {
  if (MARK.test(comment)) return comment.replace(/from (fi|sv|en):[0-9a-f]{8}\b/, formatMark(mark));
  const said = comment.trim();
  return said === '' ? formatMark(mark) : `${said}; ${formatMark(mark)}`;
}
