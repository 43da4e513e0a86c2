import { readFile } from 'node:fs/promises';
import type { BuildResult } from '../results.js';

// `notice build --check`: an output is compared with what the build would write now, and a difference is an
// error at the top of the notice it comes from.

/** Compares the output at `target` with the bytes the build would write, and reports it when it differs. */
export async function compareWithFile(
  target: string,
  expected: string | Uint8Array,
  result: BuildResult,
): Promise<void> {
  const current = await readFile(target).catch(() => undefined);
  if (current === undefined) reportStale(result, 'OUTPUT_MISSING', target);
  else if (!current.equals(typeof expected === 'string' ? Buffer.from(expected) : expected))
    reportStale(result, 'OUTPUT_STALE', target);
}

/** An output that `--check` finds missing or out of date: an error at the top of the notice it comes from. */
export function reportStale(result: BuildResult, code: 'OUTPUT_MISSING' | 'OUTPUT_STALE', target: string): void {
  result.stale?.push(target);
  result.diagnostics.push({
    code,
    severity: 'error',
    file: result.file,
    line: 1,
    column: 1,
    path: '',
    value: target,
    message:
      code === 'OUTPUT_MISSING' ? `${target} is missing.` : `${target} differs from what notice build would write now.`,
    hint: 'Run notice build with the same options and configuration, and commit what it writes.',
  });
}
