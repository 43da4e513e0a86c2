import type { FileResult } from '../results.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
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
  const listed = options.errorsOnly ? results.map(withErrorsOnly) : results;
  if (format === 'json') return formatJson(listed, results);
  if (format === 'github') return formatGithub(listed);
  if (format === 'junit') return formatJunit(listed);
  if (format === 'sarif') return formatSarif(listed, { version: options.version });
  return formatStylish(listed, results, options);
}

function withErrorsOnly<T extends FileResult>(result: T): T {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
}
