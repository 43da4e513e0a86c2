import { loadNotice } from './load/index.js';
import { findNoticeFiles } from './notice-files.js';
import type { FileResult } from './results.js';
import { validateNotice, type ValidateOptions } from './validate/index.js';

/** Loads and validates every notice file the paths name. */
export async function validatePaths(paths: readonly string[], options: ValidateOptions = {}): Promise<FileResult[]> {
  const files = await findNoticeFiles(paths);
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadNotice(file);
    results.push({ file, text: loaded.text, diagnostics: await validateNotice(loaded, options) });
  }
  return results;
}
