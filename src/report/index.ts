import { printable } from '../diagnostics.js';
import type { FileResult } from '../results.js';
import { formatGithub } from './github.js';
import { formatJson, jsonReportData } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const REPORT_FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  color: boolean;
  /** notice's version, for reports that name the tool that made them. */
  version?: string;
  /** How long the run took, for the summary line. */
  durationMs?: number | undefined;
  /** List errors only (--quiet); the counts still cover warnings and notes. */
  errorsOnly?: boolean | undefined;
}

/** The report of a validation run as text, ready to print (ends with a newline unless empty). */
export function formatReport(format: ReportFormat, results: readonly FileResult[], options: ReportOptions): string {
  const shown = results.map(printableResult);
  const listed = options.errorsOnly ? shown.map(withErrorsOnly) : shown;
  if (format === 'json') return formatJson(listed, shown);
  if (format === 'github') return formatGithub(listed);
  if (format === 'junit') return formatJunit(listed);
  if (format === 'sarif') return formatSarif(listed, { version: options.version });
  return formatStylish(listed, shown, options);
}

/** The JSON report of a validation run as data (what `formatReport('json', …)` writes out). */
export function jsonReport(results: readonly FileResult[], { errorsOnly }: Pick<ReportOptions, 'errorsOnly'>) {
  const shown = results.map(printableResult);
  return jsonReportData(errorsOnly ? shown.map(withErrorsOnly) : shown, shown);
}

/**
 * Every text of the report as it may be printed: a file name, message, value or
 * hint that holds control characters (a NUL, an ESC that would colour or move the
 * terminal) shows them escaped, in every format; diagnostics made anywhere (a
 * build's, a configuration's) pass here. Code frames are escaped in stylish.ts.
 */
function printableResult<T extends FileResult>(result: T): T {
  return {
    ...result,
    file: printable(result.file),
    diagnostics: result.diagnostics.map((d) => ({
      ...d,
      file: printable(d.file),
      message: printable(d.message),
      path: printable(d.path),
      ...(d.value !== undefined ? { value: printable(d.value) } : {}),
      ...(d.hint !== undefined ? { hint: printable(d.hint) } : {}),
    })),
  };
}

function withErrorsOnly<T extends FileResult>(result: T): T {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
}
