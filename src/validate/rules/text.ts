import type { Language } from '../../generated/notice-types.js';
import type { FoundText } from './types.js';

/** The languages' names in the findings' own language (English). */
export const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/** The strings of a Text or Name in every language it gives. */
export function textStrings(value: FoundText['value'] | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).filter((s): s is string => typeof s === 'string');
}

/** True when a Text or Name is given and not blank. */
export function hasText(value: FoundText['value'] | undefined): boolean {
  return textStrings(value).some((s) => s.trim() !== '');
}

/** The kinds of a source, whether written as one kind or a list. */
export function sourceKinds(from: string | readonly string[]): readonly string[] {
  return typeof from === 'string' ? [from] : from;
}

/** True when a list section is absent or says nothing: no items, and no text before or after them. */
export function isSectionEmpty(
  section: { text?: FoundText['value']; items?: readonly unknown[]; text_after?: FoundText['value'] } | undefined,
): boolean {
  return !section || ((section.items ?? []).length === 0 && !hasText(section.text) && !hasText(section.text_after));
}
