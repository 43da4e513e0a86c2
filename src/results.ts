import { countDiagnostics, type Diagnostic } from './diagnostics.js';
import { ExitCode } from './errors.js';

/** What checking one notice file found, with the text its positions point into. */
export interface FileResult {
  file: string;
  /** The text as read (for code frames); empty when the file could not be read as text. */
  text: string;
  diagnostics: Diagnostic[];
}

/** What building one notice did, beside what checking it found. */
export interface BuildResult extends FileResult {
  /** False when format errors kept the notice from being built. */
  built: boolean;
  /** Every output of the notice, in order, whether written now or already current. */
  outputs: string[];
  /** The outputs written by this build (none with `check`). */
  written: string[];
  /** Only with `check`: the outputs that are missing or differ from what a build would write. */
  stale?: string[];
  /** The shared parts (`extends:`) the notice was made from, when it extends any: `--watch` watches them too. */
  parts?: string[];
}

export function isBuildResult(result: FileResult): result is BuildResult {
  return 'outputs' in result;
}

/** How a run ends: its exit code, and when warnings alone failed it, how many there were. */
export interface Verdict {
  exitCode: (typeof ExitCode)[keyof typeof ExitCode];
  tooManyWarnings?: { warnings: number; allowed: number };
}

/**
 * The exit-code policy of `notice validate` and `notice build`: 1 when any
 * error was found, or more warnings than `maxWarnings`; else 0. (Exit code 2,
 * usage and environment, never comes from findings.)
 */
export function verdictOf(results: readonly FileResult[], maxWarnings?: number): Verdict {
  const { errors, warnings } = countDiagnostics(results.flatMap((r) => r.diagnostics));
  if (errors > 0) return { exitCode: ExitCode.ProblemsFound };
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    return { exitCode: ExitCode.ProblemsFound, tooManyWarnings: { warnings, allowed: maxWarnings } };
  }
  return { exitCode: ExitCode.Ok };
}
