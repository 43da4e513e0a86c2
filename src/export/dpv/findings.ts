import { atDataPath, type Diagnostic } from '../../diagnostics.js';
import type { ExportInput } from '../../outputs/formats.js';

/** What DPV, or the export's mapping, cannot say about a notice: notes at the values' positions. */
export interface Findings {
  /** A value kept as a label because DPV has no term for it. */
  noTerm(path: readonly (string | number)[], message: string, hint: string): void;
  /** A section, or a statement, the export leaves out because DPV cannot say it. */
  notSaid(path: readonly (string | number)[], message: string, hint: string): void;
  readonly diagnostics: Diagnostic[];
}

export function createFindings(input: ExportInput): Findings {
  const diagnostics: Diagnostic[] = [];
  const add = (code: string, path: readonly (string | number)[], message: string, hint: string) => {
    const value = input.locate.sourceAt(path);
    diagnostics.push({
      code,
      severity: 'info',
      message,
      ...atDataPath(input.locate, path, input.file),
      ...(value !== undefined ? { value } : {}),
      hint,
    });
  };
  return {
    diagnostics,
    noTerm: (path, message, hint) => add('DPV_NO_TERM', path, message, hint),
    notSaid: (path, message, hint) => add('DPV_NOT_SAID', path, message, hint),
  };
}
