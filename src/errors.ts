import type { Diagnostic } from './diagnostics.js';

/** Problems found in one file, with the text they point into. */
export interface PositionedProblems {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

/** The process exit codes of the `notice` command. */
export const ExitCode = {
  /** Everything is fine (warnings allowed). */
  Ok: 0,
  /** The input has problems: errors, or more warnings than --max-warnings allows. */
  ProblemsFound: 1,
  /** The command could not do its work: bad usage, unreadable path, missing tool, or a bug. */
  UsageOrEnvironment: 2,
} as const;

/**
 * A failure the user can fix (a missing file, a bad option): printed as its
 * message and hint, without a stack trace. Anything else thrown is a bug.
 */
export class NoticeError extends Error {
  override name = 'NoticeError';
  constructor(
    /** Stable code, for example `PATH_NOT_FOUND`. */
    readonly code: string,
    message: string,
    /** What to do about it. */
    readonly hint?: string,
    options?: { cause?: unknown; problems?: PositionedProblems; hintLabel?: string },
  ) {
    super(message, { cause: options?.cause });
    if (options?.problems) this.problems = options.problems;
    if (options?.hintLabel) this.hintLabel = options.hintLabel;
  }

  /**
   * The word before the hint, in the language of the run that failed (`notice
   * init` after questions in Finnish: "vihje"); "hint" when not given.
   */
  readonly hintLabel?: string;

  /** Problems at places in a file (an invalid configuration file), for a report with code frames. */
  readonly problems?: PositionedProblems;
}

/**
 * True for a NoticeError, also one thrown by a second copy of this module
 * (the bundled command loads the build step as a separate file).
 */
export function isNoticeError(error: unknown): error is NoticeError {
  return error instanceof Error && error.name === 'NoticeError' && typeof (error as NoticeError).code === 'string';
}
