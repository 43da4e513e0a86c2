import { loadNotice, type LoadedNotice } from '../load/index.js';
import { fileHistory, loadRevisions, pathInRepository, repositoryOf, resolveRevision } from './git.js';
import { diffNotices, type NoticeDiff } from './index.js';
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

/**
 * A notice's life from git: the commits that changed the file (following
 * renames), each with its changes against the version before. Parts are read
 * at each commit; a commit that changed only a part is not a version of its own
 * (its effect shows in the notice's next commit).
 */
export async function noticeLog(file: string, options: { revision?: string } = {}): Promise<NoticeLog> {
  const root = await repositoryOf(file);
  const start = options.revision === undefined ? 'HEAD' : await resolveRevision(root, options.revision);
  const commits = await fileHistory(root, pathInRepository(root, file), start);
  const loaded = await loadRevisions(
    root,
    commits.map(({ commit, path }) => ({ revision: commit, path, file })),
    sectionCachingLoader(),
  );
  const versions: LoggedVersion[] = [];
  // Oldest first, so that each version is compared with the one before; a
  // version that cannot be read is listed, and the next is compared with the
  // last one that could.
  let previous: { loaded: LoadedNotice; commit: string } | undefined;
  for (let index = commits.length - 1; index >= 0; index--) {
    const commit = commits[index]!;
    const now = loaded[index];
    if (now === undefined) {
      previous = undefined; // the commit that deleted the file: a later one starts anew
      continue;
    }
    if (now.data === undefined) {
      versions.unshift({ ...commit, unreadable: now.diagnostics[0]?.message ?? 'The file cannot be read.' });
      continue;
    }
    const diff = diffNotices(previous?.loaded, now, {
      ...(previous ? { oldRevision: previous.commit } : {}),
      newRevision: commit.commit,
    });
    versions.unshift({ ...commit, diff });
    previous = { loaded: now, commit: commit.commit };
  }
  return { file, versions };
}
