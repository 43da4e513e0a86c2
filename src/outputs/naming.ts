import { basename, extname, join } from 'node:path';
import { NoticeError } from '../errors.js';
import type { Language } from '../generated/notice-types.js';
import { outputFormat, type OutputFormat } from './formats.js';

/** How output files are named inside OUT unless the configuration says otherwise. */
export const DEFAULT_NAMING = '{name}.{lang}.{ext}';

/** The output path (inside `out`) of one notice in one language and format. */
export function outputPath(
  out: string,
  naming: string,
  name: string,
  language: Language,
  format: OutputFormat,
): string {
  const fields: Record<string, string> = { name, lang: language, ext: outputFormat(format).extension };
  return join(
    out,
    naming.replace(/\{(name|lang|ext)\}/g, (_, field: string) => fields[field]!),
  );
}

/** Checks a naming pattern given outside the configuration file (the library, --naming): same rule as the schema. */
export function checkNaming(naming: string): void {
  const missing = ['{name}', '{lang}', '{ext}'].filter((field) => !naming.includes(field));
  const escapes = naming.startsWith('/') || naming.split(/[\\/]/).includes('..');
  if (missing.length > 0 || escapes) {
    throw new NoticeError(
      'BAD_NAMING',
      `The output naming ${naming} ${escapes ? 'leads outside the output folder' : `lacks ${missing.join(', ')}`}.`,
      'Use {name}, {lang} and {ext}, with / for folders inside the output folder; for example {lang}/{name}.{ext}.',
    );
  }
}

/**
 * Output base names (the file name without .yaml); two notices may not share
 * one, not even in another case (Privacy and privacy are one file on macOS and Windows).
 */
export function outputNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const file of files) {
    const name = basename(file, extname(file));
    const other = owner.get(name.toLowerCase());
    if (other) {
      throw new NoticeError(
        'OUTPUT_NAME_CLASH',
        `${other} and ${file} would both be built as ${name}.<lang>.*.`,
        'Rename one of them, or build them into different output folders.',
      );
    }
    owner.set(name.toLowerCase(), file);
    names.set(file, name);
  }
  return names;
}
