import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { NoticeError } from '../errors.js';
import type { Language } from '../generated/notice-types.js';
import { outputFormat, type OutputFormat } from './formats.js';

/** How output files are named inside OUT unless the configuration says otherwise. */
export const DEFAULT_NAMING = '{name}.{lang}.{ext}';

/**
 * The output path (inside `out`) of one notice in one language and format.
 * `file` is the notice's own path, for {dir}: the name of the folder it is in,
 * so that an organisation's folder (clients/acme/customers.yaml) can name its
 * outputs' folder (acme/customers.fi.html) where registers of several
 * organisations share file names.
 */
export function outputPath(
  out: string,
  naming: string,
  name: string,
  language: Language,
  format: OutputFormat,
  file = '',
): string {
  const fields: Record<string, string> = {
    name,
    dir: folderNameOf(file),
    lang: language,
    ext: outputFormat(format).extension,
  };
  const path = join(
    out,
    naming.replace(/\{(name|dir|lang|ext)\}/g, (_, field: string) => fields[field]!),
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
      'Use {name}, {lang} and {ext} (and {dir} if you like), with / for folders inside the output folder; for example {lang}/{name}.{ext}.',
    );
  }
}

/** The name of the folder a notice file is in: {dir} in a naming. */
export function folderNameOf(file: string): string {
  return basename(dirname(resolve(file)));
}

/**
 * Output base names (the file name without .yaml); two notices may not share
 * one, not even in another case (Privacy and privacy are one file on macOS and
 * Windows), unless the naming has {dir} and they lie in folders of different names.
 */
export function outputNames(files: readonly string[], naming = DEFAULT_NAMING): Map<string, string> {
  const byFolder = naming.includes('{dir}');
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
    const key = (byFolder ? `${folderNameOf(file)}/${name}` : name).toLowerCase();
    const other = owner.get(key);
    if (other) {
      const apart = folderNameOf(other) !== folderNameOf(file);
      throw new NoticeError(
        'OUTPUT_NAME_CLASH',
        `${other} and ${file} would both be built as ${byFolder ? `${folderNameOf(file)}/` : ''}${name}.<lang>.*.`,
        apart && !byFolder
          ? 'Name outputs by folder too (naming: {dir}/{name}.{lang}.{ext} in notice.config.yaml), build a site (--site), or build each folder into its own output folder.'
          : 'Rename one of them, or build them into different output folders.',
      );
    }
    owner.set(key, file);
    names.set(file, name);
  }
  return names;
}

function isInside(path: string, folder: string): boolean {
  const inside = relative(resolve(folder), resolve(path));
  return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}
