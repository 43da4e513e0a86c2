import { NoticeError } from '../errors.js';
import type { FoundBrowser } from './browser.js';
import { TimeLimitError } from './pages.js';

/** One page that Chromium could not print, twice: the notice's own failure, not the build's. */
export class PrintFailedError extends NoticeError {
  constructor(
    /** What happened, in words: "the page crashed (...), twice". */
    readonly reason: string,
  ) {
    super(
      'PDF_FAILED',
      `Chromium could not print the page: ${reason}.`,
      'Build again: only the outputs that are missing are printed. If the same page fails again, check that the ' +
        'machine has memory free and that `notice doctor` passes.',
    );
  }
}

export function reasonOf(error: unknown): string {
  if (error instanceof TimeLimitError) return error.message;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return `Chromium reported: ${message}`;
}

export function closedError(): NoticeError {
  return new NoticeError(
    'PRINTER_CLOSED',
    'The PDF printer was closed before this page was printed.',
    'The build was stopped or failed before it finished; run it again.',
  );
}

export function browserFailed(found: FoundBrowser, reason: string, again = false): NoticeError {
  return new NoticeError(
    'BROWSER_CRASHED',
    again
      ? `Chromium (${found.path}) ended while printing, and again after it was started anew: ${reason}.`
      : `Chromium (${found.path}) stopped answering: ${reason}.`,
    'Check that the machine has memory free (the kernel ends the largest process when memory runs out: `dmesg` ' +
      'says so) and that `notice doctor` passes, then build again.',
  );
}

export function launchFailed(found: FoundBrowser, sandboxOff: boolean, error: unknown): NoticeError {
  return new NoticeError(
    'BROWSER_LAUNCH_FAILED',
    `Could not start ${found.path} (found via ${found.source}): ${(error as Error).message.split('\n')[0]}`,
    sandboxOff
      ? 'Check that the browser runs: `' + found.path + ' --headless --no-sandbox --dump-dom about:blank`.'
      : 'If the sandbox cannot start here (containers), try --no-sandbox.',
    { cause: error },
  );
}

export function profileFailed(folder: string, error: unknown): NoticeError {
  return new NoticeError(
    'BROWSER_LAUNCH_FAILED',
    `Could not make a profile folder for Chromium in ${folder}: ${(error as Error).message}`,
    'Set TMPDIR to a folder that can be written to.',
    { cause: error },
  );
}
