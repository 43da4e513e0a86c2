import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  const path = join(
    out,
    naming.replace(/\{(name|lang|ext)\}/g, (_, field: string) => fields[field]!),
  );
  if (!isInside(path, out)) {
    throw new NoticeError(
      'OUTPUT_NAME_INVALID',
      `The notice ${name} would be built as ${path}, outside the output folder ${out}.`,
      'Rename the notice file, or change the naming so that every output stays in the output folder.',
    );
  }
  return path;
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
    // `...yaml` would be named `..`: with a naming such as {name}/{lang}.{ext}, a path out of the folder.
    if (/^\.*$/.test(name)) {
      throw new NoticeError(
        'OUTPUT_NAME_INVALID',
        `${file} gives no name to build its outputs under.`,
        'Rename the notice file: its outputs are named after it.',
      );
    }
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

function isInside(path: string, folder: string): boolean {
  const inside = relative(resolve(folder), resolve(path));
  return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}
