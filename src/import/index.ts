import { emitYaml, defaultOutput, type EmitOptions } from './emit.js';
import { mapDocument } from './map/index.js';
import { readDocument } from './read/index.js';
import type { ImportedNotice, ImportOptions } from './types.js';

export { emitYaml, defaultOutput, type EmitOptions } from './emit.js';
export type * from './types.js';

/** What `importFile` gives: the notice made of the file, and its YAML text. */
export interface ImportResult {
  imported: ImportedNotice;
  yaml: string;
}

/**
 * `notice import` of one file without writing anything: read the file (text,
 * Markdown, HTML, Word, PDF), map it to the notice's fields, and emit the YAML.
 * `options.file` is where the YAML is to be written (for its schema modeline;
 * default: beside the input). No clock, no network: the same file gives the same bytes.
 */
export async function importFile(file: string, options: ImportOptions & EmitOptions = {}): Promise<ImportResult> {
  const document = await readDocument(file);
  const imported = mapDocument(document, {
    ...(options.language ? { language: options.language } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
  });
  return { imported, yaml: emitYaml(imported, { file: options.file ?? defaultOutput(file) }) };
}
