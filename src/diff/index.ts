import { toPointer } from '../diagnostics.js';
import type { LoadedNotice } from '../load/index.js';
import { NoticeError } from '../errors.js';
import { days, classify, type Context } from './classify.js';
import { compareData, isMapping, isText, type DataPath, type RawChange } from './compare.js';
import { changeKind, type ChangeClass, type ChangeCode, type ChangeKind } from './registry.js';

export { CHANGE_KINDS, changeKind, type ChangeClass, type ChangeCode, type ChangeKind } from './registry.js';

/** Where a value stands in a file (a part's values carry the part's file). */
export interface ChangePosition {
  file: string;
  line: number;
  column: number;
}

/** One classed change between two versions of a notice: data a report or a change notice is made from. */
export interface NoticeChange {
  code: ChangeCode;
  class: ChangeClass;
  kind: 'added' | 'removed' | 'changed';
  /** JSON pointer of the value in the new version (in the old one when it was removed). */
  path: string;
  oldPath?: string;
  newPath?: string;
  old?: unknown;
  new?: unknown;
  oldPosition?: ChangePosition;
  /** In the new file; for what was removed, the position of the section or list it was removed from. */
  newPosition?: ChangePosition;
  /** A plain sentence: what changed. */
  description: string;
  /** Why the change has its class (from the registry). */
  reason: string;
  gdpr?: string;
}

/** The facts of one version: what readers see at the top of the notice. */
export interface VersionFacts {
  file: string;
  /** The git revision it was read from, when it was. */
  revision?: string;
  /** False when the file did not exist (at the revision): everything in the new version is added. */
  exists: boolean;
  version?: string;
  updated?: string;
  effective?: string;
}

export interface NoticeDiff {
  old: VersionFacts;
  new: VersionFacts;
  changes: NoticeChange[];
  counts: Record<ChangeClass, number>;
  /** True when some change is material: people must be told before it applies. */
  material: boolean;
}

export interface DiffOptions {
  /** The revision the old version was read from, recorded in the result. */
  oldRevision?: string;
  newRevision?: string;
}

/**
 * The changes between two versions of a notice, by meaning and classed. Both
 * are compared as merged (with their parts). `old` undefined: the notice is
 * new, and everything in it is added.
 */
export function diffNotices(old: LoadedNotice | undefined, now: LoadedNotice, options: DiffOptions = {}): NoticeDiff {
  const oldData = old === undefined ? {} : readable(old);
  const newData = readable(now);
  const context = contextOf(oldData, newData);
  const language = firstLanguage(newData) ?? firstLanguage(oldData);
  const changes: NoticeChange[] = [];
  for (const raw of compareData(oldData, newData)) {
    const code = classify(raw, context);
    if (code === null) continue;
    changes.push(describe(raw, changeKind(code), old, now, language));
  }
  const counts = { material: 0, informative: 0, editorial: 0 };
  for (const change of changes) counts[change.class]++;
  return {
    old: facts(old, oldData, options.oldRevision, now.file),
    new: facts(now, newData, options.newRevision, now.file),
    changes,
    counts,
    material: counts.material > 0,
  };
}

function readable(loaded: LoadedNotice): Record<string, unknown> {
  if (loaded.data !== undefined) return withoutExtends(loaded.data);
  const first = loaded.diagnostics[0];
  throw new NoticeError(
    'DIFF_UNREADABLE',
    `${loaded.file} cannot be read as a notice${first ? `: ${first.message}` : ''}.`,
    'Fix the file (`notice validate` shows where), then compare again.',
    { problems: { file: loaded.file, text: loaded.text, diagnostics: loaded.diagnostics } },
  );
}

/** `extends:` names where the data came from; the merged data is what readers see. */
function withoutExtends(data: Record<string, unknown>): Record<string, unknown> {
  const { extends: _extends, ...rest } = data;
  return rest;
}

function facts(
  loaded: LoadedNotice | undefined,
  data: Record<string, unknown>,
  revision: string | undefined,
  file: string,
): VersionFacts {
  const meta = isMapping(data['notice']) ? data['notice'] : {};
  const text = (key: string) => (typeof meta[key] === 'string' ? { [key]: meta[key] as string } : {});
  return {
    file: loaded?.file ?? file,
    ...(revision !== undefined ? { revision } : {}),
    exists: loaded !== undefined,
    ...text('version'),
    ...text('updated'),
    ...text('effective'),
  };
}

function contextOf(oldData: Record<string, unknown>, newData: Record<string, unknown>): Context {
  const oldRetention = new Map<string, number>();
  for (const item of itemsOf(oldData, 'retention')) {
    const period = days(item['period']) ?? Infinity;
    for (const id of Array.isArray(item['applies_to']) ? item['applies_to'] : [])
      oldRetention.set(String(id), Math.max(oldRetention.get(String(id)) ?? 0, period));
  }
  return { oldPurposes: purposeIds(oldData), newPurposes: purposeIds(newData), oldRetention };
}

function itemsOf(data: Record<string, unknown>, section: string): Record<string, unknown>[] {
  const value = data[section];
  const items = isMapping(value) && Array.isArray(value['items']) ? value['items'] : [];
  return items.filter(isMapping);
}

function purposeIds(data: Record<string, unknown>): Set<string> {
  return new Set(
    itemsOf(data, 'purposes')
      .map((item) => item['id'])
      .filter((id): id is string => typeof id === 'string'),
  );
}

function firstLanguage(data: Record<string, unknown>): string | undefined {
  const meta = data['notice'];
  const languages = isMapping(meta) ? meta['languages'] : undefined;
  return Array.isArray(languages) && typeof languages[0] === 'string' ? languages[0] : undefined;
}

function describe(
  raw: RawChange,
  kind: ChangeKind,
  old: LoadedNotice | undefined,
  now: LoadedNotice,
  language: string | undefined,
): NoticeChange {
  const at = (loaded: LoadedNotice, path: DataPath): ChangePosition => {
    const { file, line, column } = loaded.locate.valueAt(path);
    return { file: file ?? loaded.file, line, column };
  };
  const where = dotted(raw.newPath ?? raw.oldPath ?? []);
  const shown = (value: unknown) => short(value, language);
  let description: string;
  if (raw.item) description = `${kind.title}: ${label(raw.new ?? raw.old, language)} (${where})`;
  else if (raw.kind === 'added') description = `${kind.title}: ${where} is now ${shown(raw.new)}`;
  else if (raw.kind === 'removed') description = `${kind.title}: ${where} (was ${shown(raw.old)}) is removed`;
  else description = `${kind.title}: ${where} ${shown(raw.old)} → ${shown(raw.new)}`;
  return {
    code: kind.code as ChangeCode,
    class: kind.class,
    kind: raw.kind,
    path: toPointer(raw.newPath ?? raw.oldPath ?? []),
    ...(raw.oldPath ? { oldPath: toPointer(raw.oldPath) } : {}),
    ...(raw.newPath ? { newPath: toPointer(raw.newPath) } : {}),
    ...(raw.old !== undefined ? { old: raw.old } : {}),
    ...(raw.new !== undefined ? { new: raw.new } : {}),
    ...(raw.oldPath && old ? { oldPosition: at(old, raw.oldPath) } : {}),
    ...(raw.newPath ? { newPosition: at(now, raw.newPath) } : {}),
    // What was removed is placed where it was removed from (its section or list in the new file).
    ...(!raw.newPath && raw.anchorPath ? { newPosition: at(now, raw.anchorPath) } : {}),
    description,
    reason: kind.reason,
    ...(kind.gdpr !== undefined ? { gdpr: kind.gdpr } : {}),
  };
}

/** What a list item is called: its name, id, country or period, in the notice's first language. */
function label(item: unknown, language: string | undefined): string {
  if (!isMapping(item)) return short(item, language);
  for (const field of ['name', 'title', 'category', 'country', 'international_organisation', 'basis', 'id']) {
    if (item[field] !== undefined) return short(item[field], language);
  }
  if (item['applies_to'] !== undefined)
    return `${short(item['period'], language)} for ${[item['applies_to']].flat().join(', ')}`;
  if (item['from'] !== undefined) return [item['from']].flat().join(', ');
  return short(item['description'] ?? item, language);
}

const SHORT = 70;

function short(value: unknown, language: string | undefined): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (isText(value)) text = (language !== undefined ? value[language] : undefined) ?? Object.values(value)[0]!;
  else text = JSON.stringify(value) ?? String(value);
  text = text.replace(/\s+/g, ' ').trim();
  const clipped = text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
  return typeof value === 'string' || isText(value) ? `"${clipped}"` : clipped;
}

function dotted(path: DataPath): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
