import { countDiagnostics } from '../diagnostics.js';
import type { FileResult } from '../validate-paths.js';

/**
 * The one line that ends every run: files, errors, warnings, notes, and for a
 * build the outputs written and already current, then the time taken. For
 * example `✖ 2 errors, 1 warning in 6 files; 4 outputs written, 8 up to date (0.31 s).`
 */
export function summaryLine(results: readonly FileResult[], durationMs: number | undefined, mark: { ok: string; warn: string; fail: string } = { ok: '✔', warn: '!', fail: '✖' }): string {
  const { errors, warnings, infos } = countDiagnostics(results.flatMap((r) => r.diagnostics));
  const files = plural(results.length, 'file');
  const findings = errors + warnings + infos === 0 ? `${files} checked, no problems` : `${[plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].join(', ')} in ${files}`;
  const built = results.filter((r) => r.outputs !== undefined);
  let outputs = '';
  if (built.length > 0) {
    const all = built.reduce((n, r) => n + (r.outputs?.length ?? 0), 0);
    const written = built.reduce((n, r) => n + (r.written?.length ?? 0), 0);
    const stale = built.reduce((n, r) => n + (r.stale?.length ?? 0), 0);
    const checking = built.some((r) => r.stale !== undefined);
    outputs = checking ? `; ${plural(stale, 'output')} missing or out of date, ${all - stale} up to date` : `; ${plural(written, 'output')} written, ${all - written} up to date`;
  }
  const time = durationMs === undefined ? '' : ` (${(durationMs / 1000).toFixed(2)} s)`;
  const symbol = errors > 0 ? mark.fail : warnings + infos > 0 ? mark.warn : mark.ok;
  return `${symbol} ${findings}${outputs}${time}.`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
