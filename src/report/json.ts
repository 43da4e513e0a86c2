import { countDiagnostics } from '../diagnostics.js';
import { isBuildResult, type BuildResult, type FileResult } from '../results.js';
import { countOutputs } from './summary.js';

/** Version of the JSON report's shape; raised only when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

/**
 * The machine-readable report, documented in the README ("JSON report"). It
 * lists the diagnostics of `listed` (errors only with --quiet) and counts
 * those of `found`, everything the run found.
 */
export function formatJson(listed: readonly FileResult[], found: readonly FileResult[] = listed): string {
  return JSON.stringify(jsonReportData(listed, found), null, 2) + '\n';
}

/** The JSON report as data, before it is written out. */
export function jsonReportData(listed: readonly FileResult[], found: readonly FileResult[] = listed) {
  const files = listed.map((result, index) => ({
    file: result.file,
    ...countDiagnostics(found[index]!.diagnostics),
    diagnostics: result.diagnostics,
    ...(isBuildResult(result) ? buildFields(result) : {}),
  }));
  const summary = {
    files: files.length,
    ...countDiagnostics(found.flatMap((r) => r.diagnostics)),
    ...countOutputs(found),
  };
  return { tool: 'notice' as const, reportVersion: JSON_REPORT_VERSION, summary, files };
}

function buildFields({ built, outputs, written, stale }: BuildResult) {
  return { built, outputs, written, ...(stale ? { stale } : {}) };
}
