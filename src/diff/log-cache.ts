import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.js';
import { hashOf } from '../hash.js';
import type { NoticeDiff } from './index.js';

// A commit never changes, and neither does a version of a notice read at it
// (its parts are read at the same commit): what `notice log` worked out for a
// version holds for as long as the code that worked it out is the same. So the
// log keeps each version's result in the repository's git folder, and the next
// log reads only the versions committed since. The cache file is named by the
// code's key and the file as the log was asked for (the changes' positions name
// it); anything unexpected in it, and the log works the versions out afresh.

/** What the log found at one version, by `commit:path`. */
export type CachedVersion =
  | { state: 'absent' }
  | { state: 'unreadable'; message: string }
  /** `previous`: the version the changes are against (`commit:path`), null for the first. */
  | { state: 'read'; previous: string | null; diff: NoticeDiff };

interface CacheFile {
  key: string;
  file: string;
  versions: Record<string, CachedVersion>;
}

export class LogCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly contents: CacheFile,
  ) {}

  /** The cache of `file`'s log in the git folder `gitFolder`; `key` names the code that fills it. */
  static async open(gitFolder: string, file: string, key: string): Promise<LogCache> {
    const path = join(gitFolder, 'notice', 'log', `${hashOf(`${key}\0${file}`).slice(0, 32)}.json`);
    const empty: CacheFile = { key, file, versions: {} };
    let found: unknown;
    try {
      found = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      found = empty; // none yet, or not one this code wrote
    }
    const fits = isObject(found) && found.key === key && found.file === file && isObject(found.versions);
    return new LogCache(path, fits ? (found as unknown as CacheFile) : empty);
  }

  get(version: string): CachedVersion | undefined {
    const found: unknown = Object.hasOwn(this.contents.versions, version) ? this.contents.versions[version] : undefined;
    return isCachedVersion(found) ? found : undefined;
  }

  set(version: string, found: CachedVersion): void {
    this.contents.versions[version] = found;
    this.changed = true;
  }

  /** Writes what was added (whole, or not at all); a git folder that cannot be written to keeps no cache. */
  async save(): Promise<void> {
    if (!this.changed) return;
    try {
      await mkdir(join(this.path, '..'), { recursive: true });
      await writeFileAtomic(this.path, JSON.stringify(this.contents));
      this.changed = false;
    } catch {
      // A read-only repository: the next log works every version out again.
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry as `set` writes it (a file edited by hand is not trusted further than its shape). */
function isCachedVersion(value: unknown): value is CachedVersion {
  if (!isObject(value)) return false;
  if (value['state'] === 'absent') return true;
  if (value['state'] === 'unreadable') return typeof value['message'] === 'string';
  const diff = value['diff'];
  return (
    value['state'] === 'read' &&
    (value['previous'] === null || typeof value['previous'] === 'string') &&
    isObject(diff) &&
    isObject(diff['old']) &&
    isObject(diff['new']) &&
    Array.isArray(diff['changes']) &&
    isObject(diff['counts'])
  );
}
