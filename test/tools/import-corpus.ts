/**
 * The corpus of real notices that `notice import` is measured on, with their reviewed expectations: every
 * `<name>.expected.yaml` under test/fixtures/seeds/, test/fixtures/real/ and test/fixtures/import/ (the format is
 * described in test/fixtures/import/README.md). Shared by the corpus's own checks (test/import-corpus-fixtures.test.ts)
 * and the measuring test of the importer (test/import-corpus.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DocumentType, Language, Profile } from '../../src/generated/notice-types.js';
import { normalise } from './fidelity.js';
import { SECTION_NAMES } from '../../src/generated/notice-enums.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const CORPUS_DIRS = ['test/fixtures/seeds', 'test/fixtures/real', 'test/fixtures/import'];

/** The section names of `schemas/notice.schema.json` `$defs/SectionName`, `objection` among them. */
export { SECTION_NAMES };

/**
 * Besides section names and joined tokens (`recipients+transfers`): `extra`, a section the format has no field for
 * (an extra section of the notice), and `notice`, a heading that is the document's own (its title, or an opening
 * that is the law line, introduction or dates): it belongs to the notice's `notice` block, not to a section.
 */
export const OTHER_FIELDS = ['extra', 'notice'] as const;

export interface ExpectedSection {
  /** The heading as the original writes it (as a reader sees it: a list's number included). */
  heading: string;
  /** A section name, sections joined by `+`, `extra` or `notice`. */
  field: string;
}

export interface ExpectedFacts {
  controller?: string;
  business_id?: string;
  created?: string;
  updated?: string;
}

export interface Expected {
  /** The expectation file, relative to the repository. */
  file: string;
  /** The original the import reads, relative to the repository. */
  original: string;
  /**
   * The plain text the original's sentences and headings are taken from (test/tools/fidelity.ts): the original
   * itself when it is text, otherwise a `.text.txt` beside it (what a reader of the page or document sees).
   */
  text: string;
  /** The original starts with a header of `#` lines (its source), which is not part of the notice. */
  header: boolean;
  language: Language;
  profile: Profile;
  documentType?: DocumentType;
  facts: ExpectedFacts;
  sections: ExpectedSection[];
  /** Where the original was found, or how it was made from another fixture. */
  source?: Record<string, unknown>;
  /** The expectation file this one inherits from (a DOCX or PDF made from another fixture). */
  inherit?: string;
}

interface RawExpected {
  original?: string;
  text?: string;
  header?: boolean;
  inherit?: string;
  source?: Record<string, unknown>;
  language?: Language;
  profile?: Profile;
  document_type?: DocumentType;
  facts?: ExpectedFacts;
  sections?: ExpectedSection[];
}

function readRaw(file: string): RawExpected {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as RawExpected;
}

/** One expectation, with what it inherits resolved; paths relative to the repository. */
export function loadExpected(file: string): Expected {
  const dir = dirname(file);
  const own = readRaw(file);
  const base: RawExpected = own.inherit ? readRaw(join(dir, own.inherit)) : {};
  const original = join(dir, own.original ?? '');
  const textName = own.inherit ? (base.text ?? base.original) : (own.text ?? own.original);
  return {
    file,
    original,
    text: join(dir, textName ?? ''),
    header: own.header ?? base.header ?? false,
    language: (own.language ?? base.language)!,
    profile: (own.profile ?? base.profile)!,
    documentType: own.document_type ?? base.document_type,
    facts: own.facts ?? base.facts ?? {},
    sections: own.sections ?? base.sections ?? [],
    source: own.source,
    inherit: own.inherit ? join(dir, own.inherit) : undefined,
  };
}

/** Every expectation of the corpus, in a stable order. */
export function loadCorpus(): Expected[] {
  return CORPUS_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.expected.yaml'))
      .sort()
      .map((f) => loadExpected(relative(ROOT, join(ROOT, dir, f)))),
  );
}

/** The format of an original, by its extension. */
export function formatOf(file: string): 'text' | 'markdown' | 'html' | 'docx' | 'pdf' {
  const ext = extname(file).toLowerCase();
  if (ext === '.md') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  return 'text';
}

/** The original's text without its `#` header lines (for a file with `header: true`). */
export function withoutHeader(text: string): string {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.startsWith('#')) start++;
  return lines.slice(start).join('\n');
}

/**
 * A heading compared with a block's text: normalised (test/tools/fidelity.ts), a leading list marker or
 * section number ("1.", "2)", "10 .", "6\ .") and a trailing colon dropped, case folded. A notice may number its
 * headings or not, and a list may carry the number outside the text.
 */
export function headingKey(text: string): string {
  return normalise(text)
    .replace(/^(?:[-*•·▪◦–]|\d{1,3}\s*\\?\s*[.)])\s*/, '')
    .replace(/\s*:$/, '')
    .toLowerCase();
}

/** The parts of a field token, sorted: `transfers+recipients` and `recipients+transfers` are the same. */
export function fieldParts(field: string): string {
  return field.split('+').sort().join('+');
}

/** Whether a field of an expectation is one the corpus may use. */
export function isField(field: string): boolean {
  if ((OTHER_FIELDS as readonly string[]).includes(field)) return true;
  const parts = field.split('+');
  return parts.every((p) => (SECTION_NAMES as readonly string[]).includes(p)) && new Set(parts).size === parts.length;
}

/**
 * The field a placement's data path belongs to, in the expectations' terms: a layout heading's token (an extra
 * section's id is `extra`), an extra section, the `notice` block, or the top-level section the path starts in.
 */
export function fieldOfPath(path: readonly (string | number)[]): string | undefined {
  const [first, second, third] = path;
  if (first === 'layout' && second === 'headings' && typeof third === 'string')
    return isField(third) && third !== 'extra' && third !== 'notice' ? fieldParts(third) : 'extra';
  if (first === 'extra_sections') return 'extra';
  if (first === 'notice') return 'notice';
  if (first === 'joint_controllers' || first === 'joint_arrangement') return 'controller';
  if (typeof first === 'string' && (SECTION_NAMES as readonly string[]).includes(first)) return first;
  return undefined;
}

/**
 * Whether a placement's field answers an expected field: the same token, joined parts in any order. A joined
 * section's heading must head the joined section (`recipients+transfers`), not one of its parts.
 */
export function fieldMatches(expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return fieldParts(expected) === fieldParts(actual);
}
