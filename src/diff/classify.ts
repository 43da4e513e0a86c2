import { isMapping, isText, type RawChange } from './compare.js';
import type { ChangeCode } from './registry.js';

// Which kind of change (registry.ts) each difference is. The rules go from
// the particular to the general; what no rule names is a wording change when
// it is text and an informative detail otherwise.

/** What the classifier needs to know of both versions as a whole. */
export interface Context {
  oldPurposes: Set<string>;
  newPurposes: Set<string>;
  /** The longest retention period of each purpose in the old version, in days. */
  oldRetention: Map<string, number>;
}

type Rule = (change: RawChange, context: Context) => ChangeCode | undefined | null;

const CONTACT_SECTIONS = /^(controller|contact_person|dpo|joint_controllers\[\])(\.|$)/;
/** Fields holding texts to read (a Text or Name, which may also be written as a plain string). */
const TEXT_FIELDS = new Set([
  'text',
  'text_after',
  'description',
  'name',
  'title',
  'lead',
  'interest',
  'law_reference',
  'trigger',
  'criteria',
  'logic',
  'significance',
  'purpose',
  'duration',
  'safeguard_copy',
  'safeguards',
  'recipient',
  'guardian_consent',
  'identity_code_basis',
  'introduction',
  'legal_reference',
  'register_name',
  'joint_arrangement',
  'category',
  'role',
  'name_note',
  'label',
]);
const TEXT_LISTS = new Set(['security.items[]', 'further_processing.items[]']);

const RULES: Rule[] = [
  // What is left out: null means "already said by another change".
  ({ shape, kind, old, new: now }, { oldPurposes, newPurposes }) => {
    if (shape !== 'legal_basis.items[].purposes[]') return undefined;
    if (kind === 'added') return newPurposes.has(String(now)) && !oldPurposes.has(String(now)) ? null : 'NEW_BASIS';
    if (kind === 'removed')
      return oldPurposes.has(String(old)) && !newPurposes.has(String(old)) ? null : 'BASIS_REMOVED';
    return undefined;
  },
  ({ shape }) => (/^notice\.(created|updated|version|effective)$/.test(shape) ? 'VERSION_CHANGED' : undefined),
  ({ shape, item }) => (item === undefined && /(^|\.)id$/.test(shape) ? 'ID_CHANGED' : undefined),
  byItem('purposes.items[]', 'NEW_PURPOSE', 'PURPOSE_REMOVED'),
  ({ shape, new: now }) =>
    shape === 'purposes.items[].direct_marketing'
      ? now === true
        ? 'PURPOSE_DIRECT_MARKETING'
        : 'DETAIL_CHANGED'
      : undefined,
  byItem('legal_basis.items[]', 'NEW_BASIS', 'BASIS_REMOVED'),
  ({ shape, kind, new: now }) => {
    if (shape !== 'data_categories.items[]') return undefined;
    if (kind === 'removed') return 'DATA_CATEGORY_REMOVED';
    return isMapping(now) && now['special_category'] !== undefined ? 'NEW_SPECIAL_CATEGORY' : 'NEW_DATA_CATEGORY';
  },
  ({ shape, kind }) =>
    shape === 'data_categories.items[].special_category' && kind !== 'removed' ? 'NEW_SPECIAL_CATEGORY' : undefined,
  ({ shape, new: now }) =>
    /^data_categories\.items\[\]\.(criminal|personal_identity_code)$/.test(shape) && now === true
      ? 'NEW_DATA_CATEGORY'
      : undefined,
  byItem('data_subjects.items[]', 'NEW_DATA_SUBJECTS', 'ITEM_REMOVED'),
  byItem('sources.items[]', 'NEW_SOURCE', 'SOURCE_REMOVED'),
  ({ shape, kind }) => (shape === 'sources.items[].from[]' && kind === 'added' ? 'NEW_SOURCE' : undefined),
  byItem('recipients.items[]', 'NEW_RECIPIENT', 'RECIPIENT_REMOVED'),
  ({ shape }) => (shape === 'recipients.items[].name' ? 'RECIPIENT_RENAMED' : undefined),
  ({ shape, old, new: now }) =>
    shape === 'recipients.none' ? (old === true && now !== true ? 'NEW_RECIPIENT' : 'RECIPIENT_REMOVED') : undefined,
  byItem('transfers.items[]', 'NEW_TRANSFER_COUNTRY', 'TRANSFER_REMOVED'),
  ({ shape }) =>
    /^transfers\.items\[\]\.(mechanism|dpf_certified|safeguards|safeguard_copy)$/.test(shape)
      ? 'TRANSFER_SAFEGUARD_CHANGED'
      : undefined,
  ({ shape, kind, old, new: now }) => {
    if (shape !== 'retention.items[].period') return undefined;
    const before = days(old);
    const after = days(now);
    if (kind === 'added') return 'DETAIL_CHANGED';
    if (before === undefined || after === undefined || kind === 'removed') return 'DETAIL_CHANGED';
    return after > before ? 'RETENTION_LONGER' : after < before ? 'RETENTION_SHORTER' : 'WORDING_CHANGED';
  },
  ({ shape, kind, new: now }, { oldPurposes, oldRetention }) => {
    if (shape !== 'retention.items[]' || !isMapping(now))
      return kind === 'removed' && shape === 'retention.items[]' ? 'ITEM_REMOVED' : undefined;
    // A new period for a purpose readers knew of is longer when it exceeds the longest they were told.
    const period = days(now['period']);
    const purposes = Array.isArray(now['applies_to']) ? now['applies_to'].map(String) : [];
    const longer = purposes.some(
      (id) => oldPurposes.has(id) && (period === undefined || period > (oldRetention.get(id) ?? -1)),
    );
    return longer ? 'RETENTION_LONGER' : 'ITEM_ADDED';
  },
  ({ shape, old, new: now }) =>
    shape === 'automated_decisions.used'
      ? now === true
        ? 'NEW_AUTOMATED_DECISIONS'
        : old === true
          ? 'AUTOMATED_DECISIONS_ENDED'
          : 'DETAIL_CHANGED'
      : undefined,
  ({ shape, kind }) =>
    /^automated_decisions\.(logic|significance)$/.test(shape) && kind === 'added'
      ? 'NEW_AUTOMATED_DECISIONS'
      : undefined,
  byItem('joint_controllers[]', 'NEW_CONTROLLER', 'ITEM_REMOVED'),
  ({ shape, kind }) => (shape === 'controller.business_id' && kind === 'changed' ? 'NEW_CONTROLLER' : undefined),
  // The texts around contact details are wording; the details themselves are contacts.
  ({ shape }) =>
    CONTACT_SECTIONS.test(shape) && !/(^|\.)(text|name_note|labels)(\.|$)/.test(shape) ? 'CONTACT_CHANGED' : undefined,
  ({ shape }) => (/^(rights|complaint)(\.|$)/.test(shape) ? 'RIGHTS_CHANGED' : undefined),
  ({ shape }) =>
    /^(layout|changes|extra_sections)(\.|\[|$)/.test(shape) || /(^|\.)labels(\.|$)/.test(shape)
      ? 'WORDING_CHANGED'
      : undefined,
];

export function classify(change: RawChange, context: Context): ChangeCode | null {
  for (const rule of RULES) {
    const code = rule(change, context);
    if (code !== undefined) return code;
  }
  if (isTextValue(change)) return 'WORDING_CHANGED';
  if (change.item) return change.kind === 'added' ? 'ITEM_ADDED' : 'ITEM_REMOVED';
  return 'DETAIL_CHANGED';
}

function byItem(shape: string, added: ChangeCode, removed: ChangeCode): Rule {
  return (change) => (change.shape === shape && change.item ? (change.kind === 'added' ? added : removed) : undefined);
}

function isTextValue({ shape, old, new: now }: RawChange): boolean {
  if (TEXT_LISTS.has(shape)) return true;
  const field = shape.slice(shape.lastIndexOf('.') + 1);
  const textual = (value: unknown) => value === undefined || typeof value === 'string' || isText(value);
  return TEXT_FIELDS.has(field) && textual(old) && textual(now);
}

/**
 * An ISO 8601 duration in days, roughly (a year 365 days, a month 30): enough
 * to tell which of two periods is longer. undefined when it is not one.
 */
export function days(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match =
    /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(
      value.trim(),
    );
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
  return y! * 365 + mo! * 30 + w! * 7 + d! + h! / 24 + mi! / 1440 + s! / 86400;
}
