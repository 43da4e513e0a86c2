import type { Language, Name, Text } from '../generated/notice-types.js';

/**
 * A Text or Name of a notice in one language as plain text for a spreadsheet
 * cell: the language asked for, else the first declared language that gives
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
  const picked =
    typeof value === 'string'
      ? value
      : (value[language] ?? declared.map((l) => value[l]).find((v) => v !== undefined) ?? Object.values(value)[0]);
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

/**
 * Several values of one cell, one per line: "• a\n• b"; one value is shown as
 * it is. A bullet, not "- ": Excel reads a cell that starts with "-" as a formula.
 */
export function lines(values: readonly (string | undefined)[]): string | undefined {
  const given = values.filter((v): v is string => v !== undefined && v.trim() !== '');
  if (given.length === 0) return undefined;
  if (given.length === 1) return given[0];
  return given.map((v) => `${BULLET}${v.replace(/\n/g, '\n  ')}`).join('\n');
}

export const BULLET = '• ';
