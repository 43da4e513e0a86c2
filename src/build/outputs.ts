import { basename, extname, join } from 'node:path';
import { NoticeError } from '../errors.js';
import type { Language } from '../generated/notice-types.js';
import { hashOf } from '../hash.js';

export const OUTPUT_FORMATS = ['md', 'html', 'html-fragment', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** How output files are named inside OUT unless the configuration says otherwise. */
export const DEFAULT_NAMING = '{name}.{lang}.{ext}';

const EXTENSION: Record<OutputFormat, string> = {
  md: 'md',
  html: 'html',
  'html-fragment': 'fragment.html',
  pdf: 'pdf',
};

/** The output path (inside `out`) of one notice in one language and format. */
export function outputPath(
  out: string,
  naming: string,
  name: string,
  language: Language,
  format: OutputFormat,
): string {
  const fields: Record<string, string> = { name, lang: language, ext: EXTENSION[format] };
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

/** One part of a batch split across CI runners: `--shard 2/4` is index 2 of count 4. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 <= i <= n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new NoticeError(
      'BAD_OPTION',
      `--shard ${text}: give it as i/n, with 1 <= i <= n.`,
      'For example --shard 1/4 on the first of four CI runners, --shard 4/4 on the last.',
    );
  }
  return { index, count };
}

/**
 * The files of one shard. A notice's shard follows from a hash of its output
 * name (unique among the notices, and the same whatever the working folder or
 * however the path was written), not its place in the list: adding or
 * removing a notice moves no other notice to another shard, so each runner's
 * earlier outputs stay useful. Every runner computes the same split; the
 * shards are disjoint and together hold every file.
 */
export function filesOfShard(files: readonly string[], names: ReadonlyMap<string, string>, shard: Shard): string[] {
  return files.filter((file) => shardOf(names.get(file)!.toLowerCase(), shard.count) === shard.index);
}

function shardOf(path: string, count: number): number {
  return (Number.parseInt(hashOf(path).slice(0, 8), 16) % count) + 1;
}
