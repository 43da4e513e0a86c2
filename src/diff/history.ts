import { loadNotice, type LoadedNotice } from '../load/index.js';
import {
  fileHistory,
  loadRevisions,
  pathInRepository,
  repositoryFolders,
  repositoryOf,
  resolveRevision,
  type FileCommit,
} from './git.js';
import { diffNotices, type NoticeDiff } from './index.js';
import { LogCache, type VersionResult } from './log-cache.js';
import { sectionCachingLoader } from './section-cache.js';

/**
 * The changes to a notice since a git revision: the old version (and its
 * parts) read from the repository at that revision, the new one from the disk.
 * A file that did not exist then is new: everything in it is added. `now` is
 * the new version when the caller has loaded it already.
 */
export async function diffSince(file: string, revision: string, now?: LoadedNotice): Promise<NoticeDiff> {
  const root = await repositoryOf(file);
  const commit = await resolveRevision(root, revision);
  const path = pathInRepository(root, file);
  const [old] = await loadRevisions(root, [{ revision: commit, path, file }]);
  return diffNotices(old, now ?? (await loadNotice(file)), { oldRevision: revision });
}

/** One version of a notice in its history. */
export interface LoggedVersion {
  commit: string;
  date: string;
  subject: string;
  /** The file's path in the repository at that commit. */
  path: string;
  /** The changes against the version before (the first version: everything added); absent when unreadable. */
  diff?: NoticeDiff;
  /** Why this version could not be read (a YAML error committed): the next is compared with the one before it. */
  unreadable?: string;
}

export interface NoticeLog {
  file: string;
  /** Newest first, like `git log`. */
  versions: LoggedVersion[];
}

/** How `noticeLog` reads a history. */
export interface NoticeLogOptions {
  /** The commit to start from (default: HEAD). */
  revision?: string;
  /**
   * Keep what each version was found to be in the repository's git folder (`.git/notice/log/`), so that
   * the next log works out only the versions committed since. The key names the code that works them out
   * (the command's build): what other code kept is not read. Without a key, nothing is kept.
   */
  cacheKey?: string;
}

/**
 * A notice's life from git: the commits that changed the file (following
 * renames), each with its changes against the version before. Parts are read
 * at each commit; a commit that changed only a part is not a version of its own
 * (its effect shows in the notice's next commit).
 */
export async function noticeLog(file: string, options: NoticeLogOptions = {}): Promise<NoticeLog> {
  const { root, gitFolder } = await repositoryFolders(file);
  const start = options.revision === undefined ? 'HEAD' : await resolveRevision(root, options.revision);
  const commits = await fileHistory(root, pathInRepository(root, file), start);
  const cache = options.cacheKey === undefined ? undefined : await LogCache.open(gitFolder, file, options.cacheKey);
  const found = await versionsFound(root, file, commits, cache);
  await cache?.save();
  const versions: LoggedVersion[] = [];
  commits.forEach((commit, index) => {
    const version = found[index]!;
    if (version.state === 'read') versions.push({ ...commit, diff: version.diff });
    else if (version.state === 'unreadable') versions.push({ ...commit, unreadable: version.message });
    // The commit that deleted the file is no version: a later one starts anew.
  });
  return { file, versions };
}

/**
 * What each commit's version is, and its changes against the version before:
 * from the cache where it has them, else read from git. A version that cannot
 * be read is listed, and the next is compared with the last one that could.
 */
async function versionsFound(
  root: string,
  file: string,
  commits: readonly FileCommit[],
  cache: LogCache | undefined,
): Promise<VersionResult[]> {
  const keys = commits.map(({ commit, path }) => `${commit}:${path}`);
  const cached = keys.map((key) => cache?.get(key));
  const loader = sectionCachingLoader();
  const loaded = new Map<number, LoadedNotice | undefined>();
  const load = async (indices: readonly number[]) => {
    const wanted = [...new Set(indices)].filter((index) => !loaded.has(index));
    const read = await loadRevisions(
      root,
      wanted.map((index) => ({ revision: commits[index]!.commit, path: commits[index]!.path, file })),
      loader,
    );
    wanted.forEach((index, at) => loaded.set(index, read[at]));
  };

  // First, what each version is: every one the cache does not know is read, with the cached version it will
  // most likely be compared with, the nearest before it (read together, their pieces are parsed together).
  const cachedBefore: (number | undefined)[] = [];
  let nearest: number | undefined;
  for (let index = commits.length - 1; index >= 0; index--) {
    cachedBefore[index] = nearest;
    const state = cached[index]?.state;
    if (state === 'read') nearest = index;
    else if (state === 'absent') nearest = undefined;
  }
  await load(
    commits.flatMap((_, index) => {
      if (cached[index]) return [];
      const before = cachedBefore[index];
      return before === undefined ? [index] : [index, before];
    }),
  );
  const stateOf = (index: number): VersionResult['state'] => {
    if (cached[index]) return cached[index].state;
    const now = loaded.get(index);
    return now === undefined ? 'absent' : now.data === undefined ? 'unreadable' : 'read';
  };
  // Oldest first: each readable version is compared with the last readable one since the file last did not exist.
  const previous = new Map<number, number | undefined>();
  let last: number | undefined;
  for (let index = commits.length - 1; index >= 0; index--) {
    const state = stateOf(index);
    if (state === 'absent') last = undefined;
    if (state !== 'read') continue;
    previous.set(index, last);
    last = index;
  }
  const keyBefore = (index: number) => {
    const before = previous.get(index);
    return before === undefined ? null : keys[before]!;
  };
  // The cache holds a version when it has its result and, for its changes, against the same version before
  // (a merge can put another version before it).
  const cacheHolds = (index: number) => {
    const found = cached[index];
    return found !== undefined && (found.state !== 'read' || found.previous === keyBefore(index));
  };
  // Then the versions whose changes are to be worked out, and those they are compared with.
  const toCompare = [...previous.keys()].filter((index) => !cacheHolds(index));
  await load(toCompare.flatMap((index) => [index, previous.get(index) ?? index]));

  return commits.map((commit, index) => {
    if (cacheHolds(index)) return cached[index]!;
    const now = loaded.get(index);
    const before = previous.get(index);
    const found: VersionResult =
      now === undefined
        ? { state: 'absent' }
        : now.data === undefined
          ? { state: 'unreadable', message: now.diagnostics[0]?.message ?? 'The file cannot be read.' }
          : {
              state: 'read',
              previous: keyBefore(index),
              diff: diffNotices(before === undefined ? undefined : loaded.get(before), now, {
                ...(before !== undefined ? { oldRevision: commits[before]!.commit } : {}),
                newRevision: commit.commit,
              }),
            };
    cache?.set(keys[index]!, found);
    return found;
  });
}
