import {
  compareDiagnostics,
  printable,
  QUOTED_LENGTH,
  type Diagnostic,
  type Severity,
  toPointer,
  reachedThrough,
} from '../diagnostics.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { hashOf } from '../hash.js';
import type { LoadedNotice } from '../load/index.js';
import { documentTypeOf, profileOf } from '../profile.js';
import { GDPR_START } from './rules/outdated-references.js';
import { RULES, type Profile, type Rule, type RuleContext } from './rules/index.js';
import type { FoundText } from './rules/types.js';
import { noticeSchema, schemaValidator } from './schema.js';
import { schemaDiagnostics } from './schema-errors.js';
import { walkData, type ResolvedSchema } from './schema-walk.js';

export { RULES } from './rules/index.js';
export type { Rule, Profile, DocumentType } from './rules/index.js';

/** A rule's severity as a project sets it (notice.config.yaml `rules:`): `off` silences the rule. */
export type RuleSetting = Severity | 'off';

export interface ValidateOptions {
  /** Check against this profile instead of the one the file names (the migration report). */
  profile?: Profile;
  /** Today as YYYY-MM-DD; defaults to the real date. */
  today?: string;
  /**
   * Severity per rule id, replacing the profile's for every code the rule
   * reports under that profile (a code the profile does not require stays off).
   */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Checks a loaded notice: the schema first, then, on data that fits it, every
 * legal-completeness rule. Returns all problems, sorted by position.
 */
export async function validateNotice(loaded: LoadedNotice, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  return shown(loaded, findings(loaded, options));
}

/**
 * The format problems of a loaded notice only (reading, YAML, schema), without
 * the legal rules: for a command that needs the data well-formed, not complete
 * (the record of processing makes its own checks).
 */
export function formatFindings(loaded: LoadedNotice): Diagnostic[] {
  return shown(loaded, findings(loaded, undefined));
}

function shown(loaded: LoadedNotice, found: Diagnostic[]): Diagnostic[] {
  return found.map((d) => displayable(reachedThrough(d, loaded.file))).sort(compareDiagnostics);
}

/** Everything found in a notice; without `options`, the format problems only (the rules do not run). */
function findings(loaded: LoadedNotice, options: ValidateOptions | undefined): Diagnostic[] {
  if (loaded.diagnostics.length > 0 || loaded.data === undefined) return loaded.diagnostics;
  if (loaded.part) return fragmentFindings(loaded);
  const foreign = notANotice(loaded);
  if (foreign) return [foreign];
  const validate = schemaValidator();
  if (!validate(loaded.data)) return schemaDiagnostics(validate.errors ?? [], loaded, noticeSchema());
  return options ? runRules(loaded, loaded.data as unknown as Notice, options) : [];
}

/**
 * A shared part named on its own is a fragment of a notice: the same keys and
 * types, none of them required, and no legal rule (those run on each notice
 * that extends it, where the whole is known).
 */
function fragmentFindings(loaded: LoadedNotice): Diagnostic[] {
  const validate = schemaValidator();
  if (validate(loaded.data)) return [];
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'required');
  return errors.length > 0 ? schemaDiagnostics(errors, loaded, noticeSchema()) : [];
}

/** A diagnostic fit to print: text from the file escaped (NUL, ESC...), and a shown value cut short. */
function displayable(d: Diagnostic): Diagnostic {
  return {
    ...d,
    message: printable(d.message),
    ...(d.value !== undefined ? { value: printable(d.value, 2 * QUOTED_LENGTH) } : {}),
    ...(d.hint !== undefined ? { hint: printable(d.hint) } : {}),
  };
}

/**
 * A mapping none of whose keys is a section of a notice is some other file
 * given by mistake (a configuration, a password or secrets file through a
 * symlink): one diagnostic says so, and nothing of the file is quoted, where
 * the schema would show each of its keys, and each line, in the CI log.
 */
function notANotice(loaded: LoadedNotice): Diagnostic | undefined {
  const keys = Object.keys(loaded.data!);
  const sections = noticeSchema().properties ?? {};
  if (keys.length === 0 || keys.some((key) => Object.hasOwn(sections, key))) return undefined;
  return {
    code: 'FILE_NOT_NOTICE',
    severity: 'error',
    message: `This file is not a notice: none of its ${keys.length} top-level ${keys.length === 1 ? 'key is a section' : 'keys is a section'} of a notice.`,
    file: loaded.file,
    line: 1,
    column: 1,
    path: '',
    hint: 'Check the path. A notice starts with `notice:` and has sections such as `controller:` and `purposes:`; `notice init` writes one.',
  };
}

function runRules(loaded: LoadedNotice, notice: Notice, options: ValidateOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = contextFor(notice, options);
  const { texts, strings } = collectStrings(notice);
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const context: RuleContext = {
      ...base,
      texts,
      strings,
      commentAt: (path) => loaded.locate.commentAt?.(path),
      report: reporterFor(rule, base.profile, setting, loaded, diagnostics),
    };
    rule.check(context);
  }
  return diagnostics;
}

function contextFor(notice: Notice, options: ValidateOptions) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ownProfile = profileOf(notice);
  const profile = profileOf(notice, options.profile);
  const documentType = documentTypeOf(notice, profile);
  // A notice speaks for the day it was last changed; checked against another
  // profile (a migration report) it must be right today.
  let referenceDate = profile !== ownProfile ? today : (notice.notice.updated ?? notice.notice.created ?? today);
  if (profile === 'gdpr' && referenceDate < GDPR_START) referenceDate = GDPR_START;
  return {
    notice,
    profile,
    ownProfile,
    documentType,
    languages: notice.notice.languages as Language[],
    today,
    referenceDate,
  };
}

function collectStrings(notice: Notice) {
  const texts: FoundText[] = [];
  const strings: { path: (string | number)[]; value: string; schema: ResolvedSchema | undefined }[] = [];
  walkData(noticeSchema(), notice, (path, value, schema) => {
    if (
      (schema.def === 'Text' || schema.def === 'Name') &&
      (typeof value === 'string' || (value !== null && typeof value === 'object'))
    ) {
      texts.push({ path, value: value as FoundText['value'], kind: schema.def });
    }
    if (typeof value === 'string') strings.push({ path, value, schema });
  });
  return { texts, strings };
}

function reporterFor(
  rule: Rule,
  profile: Profile,
  setting: Severity | undefined,
  loaded: LoadedNotice,
  into: Diagnostic[],
): RuleContext['report'] {
  return (code, path, { message, hint, atKey, value }) => {
    const severities = rule.codes[code];
    if (!severities) throw new Error(`Rule ${rule.id} reported ${code}, which it does not declare.`);
    if (severities[profile] === 'off') return;
    const severity = setting ?? severities[profile];
    // A section or item is pointed at by its key ("rights:"); a scalar by its value.
    const position = atKey || !isScalarAt(loaded.data, path) ? loaded.locate.keyAt(path) : loaded.locate.valueAt(path);
    const shown = value ?? loaded.locate.sourceAt(path);
    into.push({
      code,
      severity,
      message,
      file: loaded.file,
      ...position,
      path: toPointer(path),
      ...(shown !== undefined ? { value: shown } : {}),
      ...(hint ? { hint } : {}),
      rule: rule.id,
      reference: rule.reference,
    });
  };
}

function isScalarAt(data: unknown, path: readonly (string | number)[]): boolean {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node === null || typeof node !== 'object';
}

let fingerprint: string | undefined;

/**
 * A hash of what the rules say they check (ids, names, codes, severities,
 * grounds): a build's cache of findings made under other rules is not used.
 */
export function rulesFingerprint(): string {
  fingerprint ??= hashOf(JSON.stringify(RULES.map(({ id, name, reference, codes }) => [id, name, reference, codes])));
  return fingerprint;
}

/**
 * True when the notice's format is broken (YAML or schema errors: errors no
 * legal rule reported). Such a notice is not rendered, and no rule ran on it.
 */
export function hasFormatErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && d.rule === undefined);
}

/**
 * Whether the findings for this notice could change from one day to the next
 * with the file unchanged: only when "today" stands in for a missing date, the
 * notice is checked against another profile (which is judged as of today), or
 * a date in it still lies ahead. A build's cache of findings keys on the date
 * only then.
 */
export function findingsDependOnToday(
  loaded: LoadedNotice,
  diagnostics: readonly Diagnostic[],
  options: ValidateOptions = {},
): boolean {
  // Format errors stop validation before any rule, and do not depend on the date.
  // A shared part named on its own is checked as a fragment, with no rule that reads the date.
  if (loaded.data === undefined || loaded.part || hasFormatErrors(diagnostics)) return false;
  const meta = (loaded.data as unknown as Notice).notice;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (options.profile !== undefined && options.profile !== profileOf({ notice: meta })) return true;
  if (meta.created === undefined && meta.updated === undefined) return true;
  return [meta.created, meta.updated].some((date) => date !== undefined && date >= today);
}
