import { isNoticeError } from '../errors.js';
import { formatReport } from '../report/index.js';
import { useColor, type CliIo } from './io.js';

/**
 * A failure as the user reads it: a NoticeError as its message and hint (with
 * the problems of a bad configuration file at their lines), anything else as
 * a bug; a stack trace only with --debug.
 */
export function describeFailure(error: unknown, debug: boolean, io: CliIo): string {
  let text = '';
  if (isNoticeError(error)) {
    if (error.problems) {
      text += formatReport('stylish', [error.problems], { color: useColor(io.stderr, io.env, true) });
    }
    text += `notice: ${error.message}\n${error.hint ? `${error.hintLabel ?? 'hint'}: ${error.hint}\n` : ''}`;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const details = debug ? '' : ' (run again with --debug for details)';
    text += `notice: internal error: ${message}\nThis is a bug in notice; please report it${details}.\n`;
  }
  if (debug && error instanceof Error && error.stack) text += `${error.stack}\n`;
  return text;
}
