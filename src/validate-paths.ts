import { loadNotice } from './load/index.js';
import { findNoticeFiles } from './notice-files.js';
import { compareDiagnostics } from './diagnostics.js';
import type { FileResult } from './results.js';
import { validateNotice, type ValidateOptions } from './validate/index.js';

export interface ValidatePathsOptions extends ValidateOptions {
  /**
   * A git revision: each notice is also compared with its version there, and
   * a material change without a new date and version is an error
   * (CHANGE_NOT_DATED), one that takes effect today or earlier a warning
   * (CHANGE_EFFECTIVE_PAST).
   */
  since?: string;
}

/** Loads and validates every notice file the paths name. */
export async function validatePaths(
  paths: readonly string[],
  options: ValidatePathsOptions = {},
): Promise<FileResult[]> {
  const { since, ...validateOptions } = options;
  const files = await findNoticeFiles(paths);
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadNotice(file);
    const diagnostics = await validateNotice(loaded, validateOptions);
    if (
      since !== undefined &&
      loaded.data !== undefined &&
      !loaded.part &&
      !diagnostics.some((d) => d.severity === 'error' && /^(FILE|YAML|SCHEMA|EXTENDS)_/.test(d.code))
    )
      diagnostics.push(...(await changeFindings(file, since, validateOptions.today)));
    results.push({ file, text: loaded.text, diagnostics: diagnostics.sort(compareDiagnostics) });
  }
  return results;
}

async function changeFindings(file: string, since: string, today = new Date().toISOString().slice(0, 10)) {
  // Loaded only with --since: a plain validate need not know of git.
  const { diffSince } = await import('./diff/history.js');
  const { changeDiagnostics } = await import('./diff/check.js');
  const { loadNotice } = await import('./load/index.js');
  const diff = await diffSince(file, since);
  return changeDiagnostics(diff, await loadNotice(file), today);
}
