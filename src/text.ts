import type { Language, Name, Text } from './generated/notice-types.js';

/**
 * A text or name of the notice in a language: as written when it is one string for all languages, else in
 * that language, else in the first declared language that has it, else in any. A text missing a language is
 * a finding of its own (TEXT_LANGUAGE_MISSING); what is shown meanwhile is the text in another language.
 */
export function textIn(value: Text | Name, language: Language, declared: readonly Language[]): string | undefined {
  return textFrom(value, language, declared)?.text;
}

/**
 * textIn, with the language the text was taken from when it is not `language` (`from`): a text that lacks the
 * language is shown in another one.
 */
export function textFrom(
  value: Text | Name,
  language: Language,
  declared: readonly Language[],
): { text: string; from?: Language } | undefined {
  if (typeof value === 'string') return { text: value };
  const own = value[language];
  if (own !== undefined) return { text: own };
  const from = declared.find((l) => value[l] !== undefined) ?? (Object.keys(value)[0] as Language | undefined);
  const text = from === undefined ? undefined : value[from];
  return text === undefined ? undefined : { text, from };
}

/**
 * A Text or Name of a notice in one language as plain text (a spreadsheet
 * cell, a change notice): the language asked for, else the first declared language that gives
 * it (as the renderer does). Markdown links become "text (address)", emphasis
 * marks go, and runs of spaces and single line breaks inside a paragraph
 * (folded YAML) become one space; paragraphs stay apart.
 */
export function plainText(
  value: Text | Name | undefined,
  language: Language,
  declared: readonly Language[],
): string | undefined {
  if (value === undefined) return undefined;
  const picked = textIn(value, language, declared);
  if (picked === undefined) return undefined;
  const text = picked
    .replace(/\[([^\]]*)\]\(<?([^)\s>]*)>?\)/g, (_all, label: string, href: string) => {
      const target = href.replace(/^mailto:/i, '');
      return label === target || label === href || target === '' ? label : `${label} (${target})`;
    })
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return text === '' ? undefined : text;
}
