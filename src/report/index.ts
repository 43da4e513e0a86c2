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
  durationMs?: number;
}

/** The report of a validation run as text, ready to print (ends with a newline unless empty). */
export function formatReport(format: ReportFormat, results: readonly FileResult[], options: ReportOptions): string {
  if (format === 'json') return formatJson(results);
  if (format === 'github') return formatGithub(results);
  if (format === 'junit') return formatJunit(results);
  if (format === 'sarif') return formatSarif(results, { version: options.version });
  return formatStylish(results, options);
}
