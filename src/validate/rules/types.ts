import type { Severity } from '../../diagnostics.js';
import type { DocumentType, Language, Notice, Profile } from '../../generated/notice-types.js';
import type { ResolvedSchema } from '../schema-walk.js';

export type { Profile, DocumentType };
export type DataPath = (string | number)[];

/**
 * One diagnostic code of a rule: its severity under each profile (`off`: the
 * profile does not require it), its ground, the law or format rule it rests on
 * in a few words, and two examples. The README's table of codes, docs/rules.md
 * and `notice explain` are all written from these.
 */
export interface CodeSeverity extends Record<Profile, Severity | 'off'> {
  ground: string;
  /**
   * YAML that reports this code: a fragment merged into EXAMPLE_NOTICE (example-notice.ts), written as a
   * template literal that starts on a new line, indented like the code around it. test/explain.test.ts
   * checks that it reports the code.
   */
  fails: string;
  /** The same fragment put right: merged the same way, it reports no diagnostic with this code. */
  passes: string;
}

/** One legal-completeness rule: a small named check with its legal ground. */
export interface Rule {
  /** Stable id, for example `L09`. */
  id: string;
  /** What the rule asserts, kebab-case, for example `retention-stated`. */
  name: string;
  /** The law it rests on. */
  reference: string;
  /** What the rule checks, one plain sentence. */
  checks: string;
  /** Why the law asks for it: the article, the Finnish law where it differs, and what a reader loses without it. */
  why: string;
  /** Every code the rule can report, with its severity per profile. */
  codes: Record<string, CodeSeverity>;
  check(context: RuleContext): void;
}

export interface ReportOptions {
  message: string;
  hint?: string;
  /** Point at the key of the entry rather than its value (for unknown or misplaced entries). */
  atKey?: boolean;
  /** The offending value; defaults to the scalar at the path as written in the file. */
  value?: string;
}

/** A Text or Name found in the notice, with where it is. */
export interface FoundText {
  path: DataPath;
  value: string | { fi?: string; sv?: string; en?: string };
  /** `Text` (prose, translated) or `Name` (a name or address line). */
  kind: 'Text' | 'Name';
}

/** Everything a rule may read, and the one way it may report. */
export interface RuleContext {
  notice: Notice;
  /** The profile the notice is checked against. */
  profile: Profile;
  /** The profile the notice names itself (or the default); differs from `profile` in a migration report. */
  ownProfile: Profile;
  documentType: DocumentType;
  languages: Language[];
  /** Today, YYYY-MM-DD, for "not in the future". */
  today: string;
  /** The date the notice speaks for: its updated or created date, or today when migrating or undated. */
  referenceDate: string;
  /** Every Text and Name in file order. */
  texts: readonly FoundText[];
  /** Every string value in the data (texts, names, codes), in file order. */
  strings: readonly { path: DataPath; value: string; schema: ResolvedSchema | undefined }[];
  /** The YAML comments written with the value at a path (translation marks are read from them). */
  commentAt(path: DataPath): string | undefined;
  report(code: string, path: DataPath, options: ReportOptions): void;
}
