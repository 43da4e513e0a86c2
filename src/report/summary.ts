import { countDiagnostics } from '../diagnostics.js';
import { isBuildResult, type BuildResult, type FileResult } from '../results.js';

/**
 * The one line that ends every run: files, errors, warnings, notes, and for a
 * build the outputs written and already current, then the time taken. For
 * example `✖ 2 errors, 1 warning in 6 files; 4 outputs written, 8 up to date (0.31 s).`
 */
export function summaryLine(
  results: readonly FileResult[],
  durationMs: number | undefined,
  mark: { ok: string; warn: string; fail: string } = { ok: '✔', warn: '!', fail: '✖' },
): string {
  const { errors, warnings, infos } = countDiagnostics(results.flatMap((r) => r.diagnostics));
  const files = plural(results.length, 'file');
  const findings =
    errors + warnings + infos === 0
      ? `${files} checked, no problems`
      : `${[plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].join(', ')} in ${files}`;
  const counts = countOutputs(results);
  let outputs = '';
  if (counts?.stale !== undefined)
    outputs = `; ${plural(counts.stale, 'output')} missing or out of date, ${counts.outputs - counts.stale} up to date`;
  else if (counts)
    outputs = `; ${plural(counts.written, 'output')} written, ${counts.outputs - counts.written} up to date`;
  const time = durationMs === undefined ? '' : ` (${(durationMs / 1000).toFixed(2)} s)`;
  const symbol = errors > 0 ? mark.fail : warnings + infos > 0 ? mark.warn : mark.ok;
  return `${symbol} ${findings}${outputs}${time}.`;
}

/** The outputs of a build, those written, and with --check those stale; undefined for a validation. */
export function countOutputs(
  results: readonly FileResult[],
): { outputs: number; written: number; stale?: number } | undefined {
  const built = results.filter(isBuildResult);
  if (built.length === 0) return undefined;
  const sum = (count: (r: BuildResult) => number) => built.reduce((n, r) => n + count(r), 0);
  const checking = built.some((r) => r.stale !== undefined);
  return {
    outputs: sum((r) => r.outputs.length),
    written: sum((r) => r.written.length),
    ...(checking ? { stale: sum((r) => r.stale?.length ?? 0) } : {}),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
