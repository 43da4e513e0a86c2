import { countDiagnostics } from '../diagnostics.js';
import { isBuildResult, type BuildResult, type FileResult } from '../results.js';
import { countOutputs } from './summary.js';

/** Version of the JSON report's shape; raised only when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

/** The machine-readable report, documented in the README ("JSON report"). */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => ({
    file: result.file,
    ...countDiagnostics(result.diagnostics),
    diagnostics: result.diagnostics,
    ...(isBuildResult(result) ? buildFields(result) : {}),
  }));
  const summary = {
    files: files.length,
    ...countDiagnostics(results.flatMap((r) => r.diagnostics)),
    ...countOutputs(results),
  };
  return JSON.stringify({ tool: 'notice', reportVersion: JSON_REPORT_VERSION, summary, files }, null, 2) + '\n';
}

function buildFields({ built, outputs, written, stale }: BuildResult) {
  return { built, outputs, written, ...(stale ? { stale } : {}) };
}
