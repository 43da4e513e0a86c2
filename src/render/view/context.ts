import type { Language, Name, Notice, Profile, Text } from '../../generated/notice-types.js';
import { escapeMarkdown, keepLineBreaks, sanitizeMarkdown, sanitizeMarkdownLine } from '../markdown-safe.js';
import type { Strings } from '../strings/types.js';

export type { Profile };

/** What every section builder needs: the notice, the language and its strings, and safe text access. */
export interface ViewContext {
  notice: Notice;
  language: Language;
  profile: Profile;
  strings: Strings;
  /** A Text in this language as safe Markdown, its single line breaks kept; undefined when not given. */
  text(value: Text | undefined): string | undefined;
  /** A Text in this language as safe Markdown on one line, for a title or a label; undefined when not given. */
  line(value: Text | undefined): string | undefined;
  /** A Name or any plain value in this language, escaped for Markdown. */
  plain(value: Name | string | undefined): string | undefined;
  /**
   * Purpose ids → the purposes' names as safe Markdown on one line, in the
   * order of the purposes list: what other sections show when they refer to a
   * purpose, so that a reader never counts list items (see `purposeName`).
   */
  purposeNames: Map<string, string>;
}

/** A purpose's description counts as its name when it is at most this long. */
export const NAME_LENGTH = 80;

/**
 * The name of a purpose that has no `name`: its description when that is short
 * (its first paragraph, on one line, at most NAME_LENGTH characters), else its
 * first sentence when that is short, else what comes before a colon ("Laskutus:
 * ...") when that is short, else its opening words up to NAME_LENGTH
 * characters, marked as cut with "…". A final full stop is left out.
 */
export function nameFromDescription(description: string): string {
  // A blank line ends the first paragraph; `[^\S\n]*` keeps the search linear on long runs of spaces.
  const text = description.trim();
  const blank = /\n[^\S\n]*\n/.exec(text);
  const paragraph = (blank ? text.slice(0, blank.index) : text).replace(/\s+/g, ' ');
  const bare = (s: string) => s.replace(/(?<!\.)\.$/, '');
  if (paragraph.length <= NAME_LENGTH) return bare(paragraph);
  const sentence = /^(.+?[.!?])(?=\s)/.exec(paragraph)?.[1];
  if (sentence !== undefined && sentence.length <= NAME_LENGTH) return bare(sentence);
  const lead = /^([^:]{3,}?):\s/.exec(paragraph)?.[1];
  if (lead !== undefined && lead.length <= NAME_LENGTH) return lead;
  const cut = paragraph.slice(0, NAME_LENGTH);
  // Cut between words: at the last space, unless the cut already ends a word.
  const space = /\s/.test(paragraph[NAME_LENGTH] ?? '') ? NAME_LENGTH : cut.lastIndexOf(' ');
  return `${(space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function createContext(notice: Notice, language: Language, profile: Profile, strings: Strings): ViewContext {
  const declared = notice.notice.languages;
  // A text missing this language is an error the validator reports; the build
  // still shows the text in another declared language rather than nothing.
  const pick = (value: Text | Name): string | undefined => {
    if (typeof value === 'string') return value;
    return value[language] ?? declared.map((l) => value[l]).find((v) => v !== undefined) ?? Object.values(value)[0];
  };
  const purposeNames = new Map<string, string>();
  for (const purpose of notice.purposes?.items ?? []) {
    if (!purpose.id || purposeNames.has(purpose.id)) continue;
    const name = purpose.name !== undefined ? pick(purpose.name) : undefined;
    const raw = name ?? nameFromDescription(pick(purpose.description) ?? '');
    purposeNames.set(purpose.id, sanitizeMarkdownLine(raw));
  }
  return {
    notice,
    language,
    profile,
    strings,
    purposeNames,
    text: (value) => {
      if (value === undefined) return undefined;
      const picked = pick(value);
      return picked === undefined ? undefined : keepLineBreaks(sanitizeMarkdown(picked));
    },
    line: (value) => {
      if (value === undefined) return undefined;
      const picked = pick(value);
      return picked === undefined ? undefined : sanitizeMarkdownLine(picked);
    },
    plain: (value) => {
      if (value === undefined) return undefined;
      const picked = pick(value);
      return picked === undefined ? undefined : escapeMarkdown(picked);
    },
  };
}
