/** How serious a problem is. Only errors make `notice validate` exit 1 (unless --max-warnings). */
export type Severity = 'error' | 'warning' | 'info';

/** A position in a source file; line and column start at 1. */
export interface SourcePosition {
  line: number;
  column: number;
  /** The file the position is in, when it is not the notice's own (a shared part). */
  file?: string;
}

/**
 * One problem found in a notice: a value, never an exception. Codes are stable
 * (documented in the README); messages may be reworded at any time.
 */
export interface Diagnostic extends SourcePosition {
  /** Stable UPPER_SNAKE code, for example `RETENTION_MISSING`. */
  code: string;
  severity: Severity;
  /** One plain sentence saying what is wrong. */
  message: string;
  /** The file as the user named it, or the shared part (`extends:`) where the value is written. */
  file: string;
  /** The notice through which a shared part's problem was reached, when `file` is that part. */
  via?: string;
  /** JSON Pointer into the data, for example `/retention/items/0/period`; `` for the whole file. */
  path: string;
  /** The offending value as written in the file, when there is one. */
  value?: string;
  /** How to fix it. */
  hint?: string;
  /** The legal-completeness rule that reported it, for example `L09`. */
  rule?: string;
  /** The law the rule rests on, for example `GDPR 13(2)(a)`. */
  reference?: string;
}

/** A problem written in a shared part says which notice it was reached through. */
export function reachedThrough(d: Diagnostic, notice: string): Diagnostic {
  return d.file !== notice && d.via === undefined ? { ...d, via: notice } : d;
}

/** Characters that act on a terminal or hide text when printed: controls, bidirectional marks, line separators. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE.source);
const NAMED_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** How many characters of a value from a file a message quotes (a value of a diagnostic shows twice as many). */
export const QUOTED_LENGTH = 60;

/**
 * Text from a file made fit to print in a message, a value or a code frame:
 * control characters (NUL, ESC, line breaks...) written as escapes (`\x00`,
 * `\x1b`, `\n`, `\u202e`), so that a file can neither colour nor move a
 * terminal's cursor nor break a report's lines; cut to `max` characters, with
 * `…`, when longer.
 */
export function printable(text: string, max = Infinity): string {
  if (text.length <= max && !HAS_UNPRINTABLE.test(text)) return text;
  let shown = text;
  if (text.length > max) {
    // Never cut a character written as two UTF-16 units in half.
    const last = text.charCodeAt(max - 1);
    const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
    shown = text.slice(0, end) + '…';
  }
  return shown.replace(UNPRINTABLE, escapeCharacter);
}

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return (
    NAMED_ESCAPES[character] ??
    (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by position, then severity, then code: stable output for the same input. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    // A notice's own problems first, then those of its parts, each by position.
    (a.via === undefined ? 0 : 1) - (b.via === undefined ? 0 : 1) ||
    (a.via === undefined || a.file === b.file ? 0 : a.file < b.file ? -1 : 1) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 says. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Where a diagnostic about the value at a data path points: the value's position (or its nearest ancestor's),
 * in the shared part it is written in, else in `file`; and the path as a JSON Pointer. Without a locator, the
 * start of `file`.
 */
export function atDataPath(
  locate: { valueAt(path: readonly (string | number)[]): SourcePosition } | undefined,
  path: readonly (string | number)[],
  file: string,
): Pick<Diagnostic, 'file' | 'line' | 'column' | 'path'> {
  const position = locate?.valueAt(path) ?? { line: 1, column: 1 };
  return { file: position.file ?? file, line: position.line, column: position.column, path: toPointer(path) };
}

/** Splits a JSON Pointer into segments; digit-only segments become array indices. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** `/retention/items/0/period` → `retention.items[0].period`, the form people read. */
export function pointerToDotted(pointer: string): string {
  let out = '';
  for (const segment of fromPointer(pointer)) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}
