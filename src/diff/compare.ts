// The comparison by meaning: walks two notices' merged data side by side and
// records what was added, removed or changed. Lists are matched by their
// items' ids or natural keys (LIST_KEYS), so that a reordered list is no
// change; what each change means is decided in classify.ts.

import { canonicalJson } from '../hash.js';

export type DataPath = (string | number)[];

/** One difference found, before it is classed. */
export interface RawChange {
  kind: 'added' | 'removed' | 'changed';
  /** The path with list positions as `[]`: `purposes.items[].name`, what the classifier matches on. */
  shape: string;
  oldPath?: DataPath;
  newPath?: DataPath;
  old?: unknown;
  new?: unknown;
  /** For what was removed: where it was in the new file's terms (its section or list), for annotations. */
  anchorPath?: DataPath;
  /** True for a whole list item added or removed (not a value inside one). */
  item?: true;
}

interface ListKey {
  /** Items with equal keys are the same thing in both versions. */
  key: (item: Record<string, unknown>) => string | undefined;
  /** Items left unmatched are paired when these agree: the same thing renamed. */
  rename?: (item: Record<string, unknown>) => string | undefined;
}

const byText = (field: string) => (item: Record<string, unknown>) => canonicalText(item[field]);

/** The natural key of each list of things; a list not named here is matched by equal items, then by position. */
const LIST_KEYS: Record<string, ListKey> = {
  'purposes.items[]': { key: (item) => idOr(item, 'name'), rename: byText('name') },
  'data_subjects.items[]': { key: (item) => idOr(item, 'description') },
  'data_categories.items[]': { key: (item) => idOr(item, 'description') },
  'legal_basis.items[]': { key: (item) => stringOf(item['basis']) },
  'sources.items[]': { key: (item) => `${sortedList(item['from'])}|${canonicalText(item['name']) ?? ''}` },
  'recipients.items[]': {
    key: (item) => canonicalText(item['name']) ?? canonicalText(item['category']),
    // A named recipient whose name changed but whose kind did not: a processor renamed.
    rename: (item) =>
      item['name'] === undefined ? undefined : `${canonicalText(item['category'])}|${String(item['processor'])}`,
  },
  'transfers.items[]': {
    key: (item) => (stringOf(item['country']) ?? stringOf(item['international_organisation']))?.toUpperCase(),
  },
  'retention.items[]': { key: (item) => sortedList(item['applies_to']) ?? canonicalText(item['trigger']) },
  'cookies.items[]': { key: (item) => stringOf(item['name']) },
  'rights.items[]': { key: (item) => sortedList(item['covers']) },
  'extra_sections[]': { key: byText('title') },
  'joint_controllers[]': {
    key: (item) => stringOf(item['business_id']) ?? canonicalText(item['name']),
  },
  'dpo.officers[]': { key: byText('name') },
  'controller.addresses[]': { key: (item) => stringOf(item['kind']) },
  'contact_person.addresses[]': { key: (item) => stringOf(item['kind']) },
  'dpo.addresses[]': { key: (item) => stringOf(item['kind']) },
};

const LANGUAGE_KEYS = new Set(['fi', 'sv', 'en']);

/** The differences between two notices' data, in the order of the new file. */
export function compareData(oldData: Record<string, unknown>, newData: Record<string, unknown>): RawChange[] {
  const out: RawChange[] = [];
  walk(oldData, newData, [], [], '', out);
  return out;
}

function walk(
  oldValue: unknown,
  newValue: unknown,
  oldPath: DataPath,
  newPath: DataPath,
  shape: string,
  out: RawChange[],
): void {
  if (deepEqual(oldValue, newValue)) return;
  // A section or list that appears or goes as a whole is compared with an
  // empty one, so that each purpose in it is reported as a purpose.
  if (oldValue === undefined && isContainer(newValue)) oldValue = Array.isArray(newValue) ? [] : {};
  if (newValue === undefined && isContainer(oldValue)) newValue = Array.isArray(oldValue) ? [] : {};
  if (Array.isArray(oldValue) && Array.isArray(newValue)) {
    compareLists(oldValue, newValue, oldPath, newPath, shape, out);
  } else if (isMapping(oldValue) && isMapping(newValue) && !isText(oldValue) && !isText(newValue)) {
    const keys = [...Object.keys(newValue), ...Object.keys(oldValue).filter((key) => !Object.hasOwn(newValue, key))];
    for (const key of keys) {
      const child = shape === '' ? key : `${shape}.${key}`;
      walk(oldValue[key], newValue[key], [...oldPath, key], [...newPath, key], child, out);
    }
  } else if (oldValue === undefined) {
    out.push({ kind: 'added', shape, newPath, new: newValue });
  } else if (newValue === undefined) {
    out.push({ kind: 'removed', shape, oldPath, anchorPath: newPath, old: oldValue });
  } else {
    out.push({ kind: 'changed', shape, oldPath, newPath, old: oldValue, new: newValue });
  }
}

function compareLists(
  oldList: unknown[],
  newList: unknown[],
  oldPath: DataPath,
  newPath: DataPath,
  listShape: string,
  out: RawChange[],
): void {
  const shape = `${listShape}[]`;
  const spec = LIST_KEYS[shape];
  const keyOf = (item: unknown): string =>
    (spec && isMapping(item) ? spec.key(item) : undefined) ?? (isContainer(item) ? '' : canonicalJson(item));
  // Old items by key, each list of candidates in order.
  const candidates = new Map<string, number[]>();
  oldList.forEach((item, index) => {
    const key = keyOf(item);
    candidates.set(key, [...(candidates.get(key) ?? []), index]);
  });
  const pairOf = new Map<number, number>(); // new index → old index
  const used = new Set<number>();
  // Equal items first, so that reordering two items with one key is no change.
  newList.forEach((item, index) => {
    const match = (candidates.get(keyOf(item)) ?? []).find((old) => !used.has(old) && deepEqual(oldList[old], item));
    if (match !== undefined) {
      pairOf.set(index, match);
      used.add(match);
    }
  });
  newList.forEach((item, index) => {
    if (pairOf.has(index)) return;
    const key = keyOf(item);
    // Scalars (ids, countries) match only themselves; things of one key pair in order.
    if (!isContainer(item) && key !== '') return;
    const match = (candidates.get(key) ?? []).find((old) => !used.has(old));
    if (match !== undefined && (key !== '' || spec === undefined)) {
      pairOf.set(index, match);
      used.add(match);
    }
  });
  if (spec?.rename) {
    const renamed = new Map<string, number[]>();
    oldList.forEach((item, index) => {
      const key = !used.has(index) && isMapping(item) ? spec.rename!(item) : undefined;
      if (key !== undefined) renamed.set(key, [...(renamed.get(key) ?? []), index]);
    });
    newList.forEach((item, index) => {
      if (pairOf.has(index) || !isMapping(item)) return;
      const key = spec.rename!(item);
      const match = key === undefined ? undefined : renamed.get(key)?.find((old) => !used.has(old));
      if (match !== undefined) {
        pairOf.set(index, match);
        used.add(match);
      }
    });
  }
  newList.forEach((item, index) => {
    const old = pairOf.get(index);
    if (old !== undefined) walk(oldList[old], item, [...oldPath, old], [...newPath, index], shape, out);
    else out.push({ kind: 'added', shape, newPath: [...newPath, index], new: item, item: true });
  });
  oldList.forEach((item, index) => {
    if (!used.has(index))
      out.push({ kind: 'removed', shape, oldPath: [...oldPath, index], anchorPath: newPath, old: item, item: true });
  });
}

/** A text in one or more languages (`{ fi: ..., en: ... }`) is one value, not a mapping to walk into. */
export function isText(value: unknown): value is Record<string, string> {
  return (
    isMapping(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([key, text]) => LANGUAGE_KEYS.has(key) && typeof text === 'string')
  );
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !isText(value);
}

function idOr(item: Record<string, unknown>, field: string): string | undefined {
  const id = stringOf(item['id']);
  return id !== undefined ? `id:${id}` : canonicalText(item[field]);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function sortedList(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  return value
    .map((entry) => String(entry))
    .sort()
    .join(',');
}

/** A text's identity whatever its form: "x", or each language's text in a fixed order. */
function canonicalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (!isText(value)) return undefined;
  return canonicalJson(value);
}

/** Equal data; the order of a mapping's keys does not matter, the order of a list does (lists are matched above). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // Lists of plain values (ids, languages) are sets to a reader.
    if (a.every((entry) => !isContainer(entry)) && b.every((entry) => !isContainer(entry)))
      return canonicalJson([...a].map(canonicalJson).sort()) === canonicalJson([...b].map(canonicalJson).sort());
    return a.every((entry, index) => deepEqual(entry, b[index]));
  }
  if (isMapping(a) && isMapping(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
