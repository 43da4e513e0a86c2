import type { Language, Name, Notice, Profile, Text } from '../../generated/notice-types.js';
import { escapeMarkdown, keepLineBreaks, sanitizeMarkdown, sanitizeMarkdownLine } from '../markdown-safe.js';
import { nameFromDescription } from '../../purpose-name.js';
import type { Strings } from '../strings/types.js';
import { textIn } from '../../text.js';

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

export { NAME_LENGTH, nameFromDescription } from '../../purpose-name.js';

export function createContext(notice: Notice, language: Language, profile: Profile, strings: Strings): ViewContext {
  const declared = notice.notice.languages;
  // A text missing this language is an error the validator reports; the build
  // still shows the text in another declared language rather than nothing.
  const pick = (value: Text | Name): string | undefined => textIn(value, language, declared);
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
