import { NoticeError } from '../errors.js';
import { hashOf } from '../hash.js';

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
