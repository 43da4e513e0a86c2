import type { Text } from '../../generated/notice-types.js';
import type { ViewContext } from './context.js';
import { optional } from './contact.js';

/** One entry of a list section: an optional bold lead, its text, and labelled detail lines. */
export interface ItemView {
  title?: string;
  text?: string;
  details: string[];
}

/** The common shape of a section: text, a list, text after it; every string is safe Markdown. */
export interface ListSectionView {
  text?: string;
  ordered: boolean;
  items: ItemView[];
  textAfter?: string;
}

export function listSection(
  context: ViewContext,
  section: { text?: Text; text_after?: Text } | undefined,
  items: ItemView[],
  options: { ordered?: boolean; lead?: string; leadBeforeList?: boolean } = {},
): ListSectionView {
  // A lead is notice's own sentence: before the notice's text, or (leadBeforeList) right before the list.
  const own = context.text(section?.text);
  const parts = options.leadBeforeList ? [own, options.lead] : [options.lead, own];
  const text = parts.filter(Boolean).join('\n\n') || undefined;
  return {
    ...optional('text', text),
    ordered: options.ordered ?? false,
    items,
    ...optional('textAfter', context.text(section?.text_after)),
  };
}

/** An item from its parts, leaving out what is not there. */
export function item(title: string | undefined, text: string | undefined, details: (string | undefined | false)[] = []): ItemView {
  return { ...optional('title', title), ...optional('text', text), details: details.filter((d): d is string => typeof d === 'string' && d !== '') };
}

/** "Label: value" when the value is there. */
export function labelled(label: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : `${label}: ${value}`;
}

/** True when a list section view has nothing to show. */
export function isEmpty(view: ListSectionView): boolean {
  return view.items.length === 0 && view.text === undefined && view.textAfter === undefined;
}
