import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs.js';
import { hashOf } from '../hash.js';
import type { NoticeDiff } from './index.js';

// A commit never changes, and neither does a version of a notice read at it
// (its parts are read at the same commit): what `notice log` worked out for a
// version holds for as long as the code that worked it out is the same. So the
// log keeps each version's result in the repository's git folder, and the next
// log reads only the versions committed since: .git/notice/log/BUILD/FILE.json,
// BUILD named by the code's key, FILE by the notice's name as the log was asked
// for (the changes' positions name it). Anything unexpected in a file, and the
// log works those versions out afresh.

/** What the log found at one version (worked out now, or kept), by `commit:path`. */
export type VersionResult =
  | { state: 'absent' }
  | { state: 'unreadable'; message: string }
  /** `previous`: the version the changes are against (`commit:path`), null for the first. */
  | { state: 'read'; previous: string | null; diff: NoticeDiff };

interface CacheFile {
  key: string;
  file: string;
  versions: Record<string, VersionResult>;
}

/** How a build's folder is named: by the first 16 hex digits of its key's hash. */
const BUILD_FOLDER = /^[0-9a-f]{16}$/;

export class LogCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly contents: CacheFile,
  ) {}

  /** The cache of `file`'s log in the git folder `gitFolder`; `key` names the code that fills it. */
  static async open(gitFolder: string, file: string, key: string): Promise<LogCache> {
    const path = join(gitFolder, 'notice', 'log', hashOf(key).slice(0, 16), `${hashOf(file).slice(0, 32)}.json`);
    const empty: CacheFile = { key, file, versions: {} };
    let found: unknown;
    try {
      found = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      found = empty; // none yet, or not one this code wrote
    }
    const fits = isObject(found) && found['key'] === key && found['file'] === file && isObject(found['versions']);
    return new LogCache(path, fits ? (found as unknown as CacheFile) : empty);
  }

  get(version: string): VersionResult | undefined {
    const found: unknown = Object.hasOwn(this.contents.versions, version) ? this.contents.versions[version] : undefined;
    return isVersionResult(found) ? found : undefined;
  }

  set(version: string, found: VersionResult): void {
    this.contents.versions[version] = found;
    this.changed = true;
  }

  /**
   * Writes what was added (whole, or not at all), and removes what other builds kept: a new version of notice
   * would never read it. A git folder that cannot be written to keeps no cache.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const build = dirname(this.path);
    try {
      await mkdir(build, { recursive: true });
      await writeFileAtomic(this.path, JSON.stringify(this.contents));
      this.changed = false;
      for (const folder of await readdir(dirname(build))) {
        if (BUILD_FOLDER.test(folder) && folder !== basename(build))
          await rm(join(dirname(build), folder), { recursive: true, force: true });
      }
    } catch {
      // A read-only repository: the next log works every version out again.
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A result as `set` writes it: a file edited by hand is not trusted further than the shape the log reads. */
function isVersionResult(value: unknown): value is VersionResult {
  if (!isObject(value)) return false;
  if (value['state'] === 'absent') return true;
  if (value['state'] === 'unreadable') return typeof value['message'] === 'string';
  const diff = value['diff'];
  return (
    value['state'] === 'read' &&
    (value['previous'] === null || typeof value['previous'] === 'string') &&
    isObject(diff) &&
    isFacts(diff['old']) &&
    isFacts(diff['new']) &&
    Array.isArray(diff['changes']) &&
    diff['changes'].every(isChange) &&
    isObject(diff['counts']) &&
    ['material', 'informative', 'editorial'].every((name) => typeof (diff['counts'] as never)[name] === 'number') &&
    typeof diff['material'] === 'boolean'
  );
}

function isFacts(value: unknown): boolean {
  return isObject(value) && typeof value['file'] === 'string' && typeof value['exists'] === 'boolean';
}

function isChange(value: unknown): boolean {
  return (
    isObject(value) &&
    ['code', 'class', 'kind', 'path', 'description', 'reason'].every((field) => typeof value[field] === 'string')
  );
}
