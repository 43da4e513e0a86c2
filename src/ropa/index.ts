import type { Diagnostic } from '../diagnostics.js';
import type { Language, Notice } from '../generated/notice-types.js';
import type { LoadedNotice } from '../load/index.js';
import { organisationOf, slugOf } from '../organisation.js';
import type { FileResult } from '../results.js';
import { formatFindings } from '../validate/index.js';
import { recordToCsv } from './csv.js';
import type { RopaFormat } from './formats.js';
import { controllerOf, processingOf, type Processing } from './gather.js';
import { recordToHtml } from './html.js';
import { ropaStrings, type RopaStrings } from './strings.js';
import { plainText } from '../text.js';
import { recordToXlsx } from './xlsx.js';

export { GAPS, type Cell, type GapCode, type Processing } from './gather.js';
export { COLUMNS, type Column, type RopaStrings } from './strings.js';

export { ROPA_FORMATS, type RopaFormat } from './formats.js';

/** One controller's record of processing activities (GDPR Art. 30(1)): a processing per register. */
export interface RopaRecord {
  /** What groups the registers: `id:<business ID>` or `name:<name in lower case>`. */
  key: string;
  /** The file name of the record's outputs, without the extension: `ropa-<business ID or name>`. */
  name: string;
  controllerName: string;
  language: Language;
  strings: RopaStrings;
  /** The date written into the documents: SOURCE_DATE_EPOCH, else the latest date of the registers. */
  date: Date;
  version: string;
  processings: Processing[];
}

export interface RopaOptions {
  /** The record's language; default: the first language of the controller's first register. */
  language?: Language;
  /** SOURCE_DATE_EPOCH (seconds), for the documents' dates. */
  sourceDateEpoch?: string;
  /** notice's version, written into the documents. */
  version?: string;
}

export interface RopaResult {
  records: RopaRecord[];
  /** Per notice: its format errors (the notice is then left out), or the gaps the record found in it. */
  results: FileResult[];
}

const FORMAT_CODE = /^(FILE|YAML|SCHEMA)_/;

/**
 * The records of processing activities of the controllers whose registers
 * (notices) are given: the notices are grouped by controller, and each
 * becomes a row. A notice with format errors is left out, with those errors;
 * a register that lacks something Art. 30(1) asks for gets a diagnostic,
 * and its cell says that it is missing. Legal findings of the notice itself
 * are `notice validate`'s, not reported here.
 */
export async function recordOfProcessing(
  notices: readonly LoadedNotice[],
  options: RopaOptions = {},
): Promise<RopaResult> {
  const results: FileResult[] = [];
  const groups = new Map<string, { name: string; members: LoadedNotice[] }>();
  for (const loaded of notices) {
    // The notice's own legal findings are validate's, not the record's: only its format is checked here.
    const found = formatFindings(loaded);
    const formatErrors = found.filter((d) => FORMAT_CODE.test(d.code) && d.severity === 'error');
    if (loaded.data === undefined || formatErrors.length > 0) {
      results.push({ file: loaded.file, text: loaded.text, diagnostics: formatErrors });
      continue;
    }
    // Grouped as the privacy site groups them; a notice that names no controller is a record of its own
    // (its controller cell says so).
    const organisation = organisationOf(loaded.data);
    const key = organisation
      ? `${organisation.byBusinessId ? 'id' : 'name'}:${organisation.id}`
      : `file:${loaded.file}`;
    // The organisation's folder name on the privacy site: its business ID, else a slug of its name (no
    // controller: of the notice's file name).
    const file = loaded.file.split(/[\\/]/).pop() ?? loaded.file;
    const name = organisation?.id ?? slugOf(file.replace(/\.ya?ml$/i, ''));
    groups.set(key, { name, members: [...(groups.get(key)?.members ?? []), loaded] });
  }
  const records: RopaRecord[] = [];
  const used = new Set<string>();
  for (const [key, { name, members }] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = members[0]!.data as unknown as Notice;
    const language = options.language ?? first.notice.languages[0];
    const strings = ropaStrings(language);
    const processings: Processing[] = [];
    for (const loaded of members) {
      const { processing, diagnostics } = processingOf(loaded, language, strings);
      processings.push(processing);
      results.push({ file: loaded.file, text: loaded.text, diagnostics });
    }
    const controller = controllerOf(first);
    const controllerName = plainText(controller?.name, language, first.notice.languages) ?? strings.unknownController;
    records.push({
      key,
      name: uniqueName(`ropa-${name}`, used),
      controllerName,
      language,
      strings,
      date: recordDate(members, options.sourceDateEpoch),
      version: options.version ?? '',
      processings,
    });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { records, results };
}

/** A record in one format: the file's bytes. */
export async function renderRecord(record: RopaRecord, format: RopaFormat): Promise<Uint8Array> {
  if (format === 'xlsx') return recordToXlsx(record);
  return new TextEncoder().encode(format === 'csv' ? recordToCsv(record) : recordToHtml(record));
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name}-${n}`;
  used.add(candidate);
  return candidate;
}

/**
 * The date in the documents: SOURCE_DATE_EPOCH when set, else the latest
 * `updated` or `created` date of the registers, else 1 January 1980 (the
 * earliest date a zip entry can hold): never the time of the build.
 */
function recordDate(members: readonly LoadedNotice[], sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  const dates = members
    .map((m) => (m.data as unknown as Notice).notice)
    .flatMap((meta) => [meta.updated, meta.created])
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return new Date(`${dates.at(-1) ?? '1980-01-01'}T00:00:00Z`);
}

export type { Diagnostic };
