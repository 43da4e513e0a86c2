/** How serious a problem is. Only errors make `notice validate` exit 1 (unless --max-warnings). */
export type Severity = 'error' | 'warning' | 'info';

/** A position in a source file; line and column start at 1. */
export interface SourcePosition {
  line: number;
  column: number;
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
  /** The file as the user named it. */
  file: string;
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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by position, then severity, then code: stable output for the same input. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
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
