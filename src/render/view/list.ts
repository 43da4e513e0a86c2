import type { Text } from '../../generated/notice-types.js';
import type { ViewContext } from './context.js';

/** One entry of a list section: an optional bold lead, its text, and labelled detail lines. */
export interface ItemView {
  /** A line of the notice's own before this item that starts a new part of the list (`lead`). */
  lead?: string;
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
  const text = parts.filter(Boolean).join('\n\n');
  const view: ListSectionView = { ordered: options.ordered ?? false, items };
  if (text) view.text = text;
  const after = context.text(section?.text_after);
  if (after !== undefined) view.textAfter = after;
  return view;
}

/** An item from its parts, leaving out what is not there. */
export function item(
  title: string | undefined,
  text: string | undefined,
  details: (string | undefined | false)[] = [],
  lead?: string,
): ItemView {
  // Built field by field, not with spreads: this runs for every list item of every notice.
  const view: ItemView = { details: [] };
  if (lead !== undefined) view.lead = lead;
  if (title !== undefined) view.title = title;
  if (text !== undefined) view.text = text;
  for (const detail of details) if (typeof detail === 'string' && detail !== '') view.details.push(detail);
  return view;
}

/** "Label: value" when the value is there. */
export function labelled(label: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : `${label}: ${value}`;
}

/** True when a list section view has nothing to show. */
export function isEmpty(view: ListSectionView): boolean {
  return view.items.length === 0 && view.text === undefined && view.textAfter === undefined;
}
