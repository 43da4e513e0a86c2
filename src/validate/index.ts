import { compareDiagnostics, type Diagnostic, toPointer } from '../diagnostics.js';
import type { Language, Notice } from '../generated/notice-types.js';
import type { LoadedNotice } from '../load/index.js';
import { GDPR_START } from './rules/outdated-references.js';
import { RULES, type DocumentType, type Profile, type Rule, type RuleContext } from './rules/index.js';
import type { FoundText } from './rules/types.js';
import { noticeSchema, schemaValidator } from './schema.js';
import { schemaDiagnostics } from './schema-errors.js';
import { walkData, type ResolvedSchema } from './schema-walk.js';

export { RULES } from './rules/index.js';
export type { Rule, Profile, DocumentType } from './rules/index.js';

export interface ValidateOptions {
  /** Check against this profile instead of the one the file names (the migration report). */
  profile?: Profile;
  /** Today as YYYY-MM-DD; defaults to the real date. */
  today?: string;
}

/**
 * Checks a loaded notice: the schema first, then, on data that fits it, every
 * legal-completeness rule. Returns all problems, sorted by position.
 */
export async function validateNotice(loaded: LoadedNotice, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  if (loaded.diagnostics.length > 0 || loaded.data === undefined) return [...loaded.diagnostics].sort(compareDiagnostics);
  const validate = schemaValidator();
  if (!validate(loaded.data)) {
    return schemaDiagnostics(validate.errors ?? [], loaded, noticeSchema()).sort(compareDiagnostics);
  }
  return runRules(loaded, loaded.data as unknown as Notice, options).sort(compareDiagnostics);
}

function runRules(loaded: LoadedNotice, notice: Notice, options: ValidateOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = contextFor(notice, options);
  const { texts, strings } = collectStrings(notice);
  for (const rule of RULES) {
    const context: RuleContext = { ...base, texts, strings, report: reporterFor(rule, base.profile, loaded, diagnostics) };
    rule.check(context);
  }
  return diagnostics;
}

function contextFor(notice: Notice, options: ValidateOptions) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ownProfile = notice.notice.profile ?? 'gdpr';
  const profile = options.profile ?? ownProfile;
  const documentType: DocumentType = profile === 'gdpr' ? 'tietosuojaseloste' : (notice.notice.document_type ?? 'rekisteriseloste');
  // A notice speaks for the day it was last changed; checked against another
  // profile (a migration report) it must be right today.
  let referenceDate = profile !== ownProfile ? today : (notice.notice.updated ?? notice.notice.created ?? today);
  if (profile === 'gdpr' && referenceDate < GDPR_START) referenceDate = GDPR_START;
  return { notice, profile, documentType, languages: notice.notice.languages as Language[], today, referenceDate };
}

function collectStrings(notice: Notice) {
  const texts: FoundText[] = [];
  const strings: { path: (string | number)[]; value: string; schema: ResolvedSchema | undefined }[] = [];
  walkData(noticeSchema(), notice, (path, value, schema) => {
    if ((schema.def === 'Text' || schema.def === 'Name') && (typeof value === 'string' || (value !== null && typeof value === 'object'))) {
      texts.push({ path, value: value as FoundText['value'], kind: schema.def });
    }
    if (typeof value === 'string') strings.push({ path, value, schema });
  });
  return { texts, strings };
}

function reporterFor(rule: Rule, profile: Profile, loaded: LoadedNotice, into: Diagnostic[]): RuleContext['report'] {
  return (code, path, { message, hint, atKey, value }) => {
    const severities = rule.codes[code];
    if (!severities) throw new Error(`Rule ${rule.id} reported ${code}, which it does not declare.`);
    const severity = severities[profile];
    if (severity === 'off') return;
    // A section or item is pointed at by its key ("rights:"); a scalar by its value.
    const position = atKey || !isScalarAt(loaded.data, path) ? loaded.locate.keyAt(path) : loaded.locate.valueAt(path);
    const shown = value ?? loaded.locate.sourceAt(path);
    into.push({
      code, severity, message, file: loaded.file, ...position, path: toPointer(path),
      ...(shown !== undefined ? { value: shown } : {}),
      ...(hint ? { hint } : {}),
      rule: rule.id, reference: rule.reference,
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
