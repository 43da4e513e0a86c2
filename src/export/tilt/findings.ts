import { atDataPath, toPointer, type Diagnostic, type Severity } from '../../diagnostics.js';
import type { ExportInput } from '../../outputs/formats.js';

/**
 * What a TILT export reports, each at the YAML position of the value concerned:
 *
 * - `TILT_MISSING` (warning): TILT requires a value the notice ought to give and does not; the export wrote a
 *   stand-in, named in the message.
 * - `TILT_FILLED` (info): TILT requires a value the notice's format has no place for (the notice's web
 *   address, a source's web address) or holds in another shape (a version "2.0"); the message says what was
 *   written instead.
 * - `TILT_NOT_HELD` (info): the notice says something TILT has no field for (the right to object, Art. 9
 *   conditions as such, a recipient's description); it is not in the TILT document.
 */
export type TiltCode = 'TILT_MISSING' | 'TILT_FILLED' | 'TILT_NOT_HELD';

const SEVERITY: Record<TiltCode, Severity> = {
  TILT_MISSING: 'warning',
  TILT_FILLED: 'info',
  TILT_NOT_HELD: 'info',
};

export interface Findings {
  /** Reports a finding once, should the export meet the same gap again. */
  report(code: TiltCode, path: readonly (string | number)[], message: string, hint?: string): void;
  list(): Diagnostic[];
}

export function findingsFor(input: ExportInput): Findings {
  const found = new Map<string, Diagnostic>();
  return {
    report(code, path, message, hint) {
      const key = `${code} ${toPointer(path)} ${message}`;
      if (found.has(key)) return;
      // A value that is there is reported at the value; a missing one at its nearest key that exists.
      found.set(key, {
        code,
        severity: SEVERITY[code],
        message,
        ...atDataPath(input.locate, path, input.file),
        ...(hint === undefined ? {} : { hint }),
      });
    },
    list: () => [...found.values()],
  };
}
