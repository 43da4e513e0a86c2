import { execFile, spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { NoticeError } from '../errors.js';
import { loadNoticeBytes, type LoadedNotice } from '../load/index.js';
import type { VersionLoader } from './section-cache.js';

// Old versions of a notice read from git: `git show`-like reads through one
// `git cat-file --batch` process, never a shell, never a checkout.

const run = promisify(execFile);
/** Large enough for the log of a long history; a notice is a few kilobytes. */
const MAX_BUFFER = 256 * 1024 * 1024;

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT')
      throw new NoticeError(
        'GIT_NOT_FOUND',
        'git is not installed (or not on PATH).',
        'Install git, or compare two files: notice diff OLD.yaml NEW.yaml.',
      );
    throw Object.assign(new Error(failure.stderr?.trim() || failure.message), { gitFailed: true });
  }
}

/** The repository a file is in: its top folder. Not in one is a usage error (exit 2). */
export async function repositoryOf(file: string): Promise<string> {
  return (await repositoryFolders(file)).root;
}

/** The repository a file is in: its top folder and its git folder (shared by its worktrees). */
export async function repositoryFolders(file: string): Promise<{ root: string; gitFolder: string }> {
  const folder = existingFolder(dirname(resolve(file)));
  try {
    // --git-common-dir may be relative to the folder asked from (git before 2.31 has no --path-format).
    const [root = '', gitFolder = ''] = (await git(['rev-parse', '--show-toplevel', '--git-common-dir'], folder)).split(
      '\n',
    );
    return { root, gitFolder: resolve(folder, gitFolder) };
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    throw new NoticeError(
      'NOT_A_GIT_REPOSITORY',
      `${file} is not in a git repository, so there is no earlier version to read.`,
      'Run it inside the repository that holds the notice, or compare two files: notice diff OLD.yaml NEW.yaml.',
    );
  }
}

/** A revision (a branch, tag, HEAD~1, a commit) as a commit hash; one that names nothing is a usage error. */
export async function resolveRevision(root: string, revision: string): Promise<string> {
  try {
    if (revision.startsWith('-')) throw new Error('an option, not a revision');
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root)).trim();
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    throw new NoticeError(
      'BAD_REVISION',
      `${revision} is not a commit of this repository.`,
      'Name a branch, a tag or a commit: --since main, --since v2.0, --since HEAD~1.',
    );
  }
}

/** A file's path inside the repository, with `/` (what `git cat-file REV:path` takes). */
export function pathInRepository(root: string, file: string): string {
  const absolute = resolve(file);
  const real = resolve(
    existingFolder(dirname(absolute)),
    relative(existingFolderPart(dirname(absolute)), dirname(absolute)),
    basename(absolute),
  );
  const inside = relative(root, real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new NoticeError(
      'OUTSIDE_REPOSITORY',
      `${file} is outside the git repository at ${root}.`,
      'Name a notice inside the repository.',
    );
  }
  return inside.split(sep).join('/');
}

/** The nearest folder that exists, with links resolved as git resolves them. */
function existingFolder(folder: string): string {
  return realpathSync(existingFolderPart(folder));
}

function existingFolderPart(folder: string): string {
  let current = folder;
  for (;;) {
    try {
      realpathSync(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/** Reads many blobs (`REV:path`) through one `git cat-file --batch`; a missing one is undefined. */
async function readBlobs(root: string, specs: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const found = new Map<string, Buffer | undefined>();
  if (specs.length === 0) return found;
  const output = await new Promise<Buffer>((done, fail) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(Buffer.concat(chunks)) : fail(new Error(`git cat-file ended with code ${code}`)),
    );
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
  });
  let at = 0;
  for (const spec of specs) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    at = end + 1;
    const parts = header.split(' ');
    if (parts.length === 3 && parts[1] === 'blob') {
      const size = Number(parts[2]);
      found.set(spec, output.subarray(at, at + size));
      at += size + 1;
    } else if (parts.length === 3) {
      at += Number(parts[2]) + 1; // a tree or commit: not a file
      found.set(spec, undefined);
    } else found.set(spec, undefined); // "<spec> missing"
  }
  return found;
}

/**
 * Loads several versions of a notice from the repository, each with its parts
 * as they were in the same revision. A version whose file did not exist is
 * undefined. Parts are fetched in rounds: each round asks git for what the
 * last one found missing.
 */
export async function loadRevisions(
  root: string,
  versions: readonly { revision: string; path: string; file: string }[],
  load: VersionLoader = loadNoticeBytes,
): Promise<(LoadedNotice | undefined)[]> {
  const blobs = await readBlobs(
    root,
    versions.map(({ revision, path }) => `${revision}:${path}`),
  );
  if (load.prepare && versions.length > 0) {
    const read = versions.map(({ revision, path }) => blobs.get(`${revision}:${path}`));
    load.prepare(
      read.filter((bytes) => bytes !== undefined),
      versions[0]!.file,
    );
  }
  const results: (LoadedNotice | undefined)[] = [];
  for (const { revision, path, file } of versions) {
    const bytes = blobs.get(`${revision}:${path}`);
    if (bytes === undefined) {
      results.push(undefined);
      continue;
    }
    for (;;) {
      const wanted = new Set<string>();
      const readFile = (part: string): Uint8Array | undefined => {
        const spec = `${revision}:${partPath(file, path, part)}`;
        if (blobs.has(spec)) return blobs.get(spec);
        wanted.add(spec);
        return undefined;
      };
      const loaded = load(bytes, file, readFile);
      if (wanted.size === 0) {
        results.push(loaded);
        break;
      }
      for (const [spec, blob] of await readBlobs(root, [...wanted])) blobs.set(spec, blob);
    }
  }
  return results;
}

/** A part's path in the repository: the loader names it as it named the notice (`file`), whose path there is `path`. */
function partPath(file: string, path: string, part: string): string {
  const fromNotice = relative(dirname(resolve(file)), resolve(part));
  return resolve('/', dirname(path), fromNotice).slice(1).split(sep).join('/');
}

/** One commit in a file's history. */
export interface FileCommit {
  commit: string;
  /** The committer's date, ISO 8601. */
  date: string;
  subject: string;
  /** The file's path in that commit (it may have been renamed since). */
  path: string;
}

/** The commits that changed a file, newest first, following renames (`git log --follow`). */
export async function fileHistory(root: string, path: string, revision = 'HEAD'): Promise<FileCommit[]> {
  const text = await git(
    ['log', '--follow', '--format=%x1e%H%x09%cI%x09%s', '--name-only', '--end-of-options', revision, '--', path],
    root,
  ).catch((error: unknown) => {
    if (error instanceof NoticeError) throw error;
    return ''; // no commits yet
  });
  const commits: FileCommit[] = [];
  for (const block of text.split('\x1e').slice(1)) {
    const [head = '', ...rest] = block.split('\n');
    const [commit = '', date = '', subject = ''] = head.split('\t');
    const changed = rest.find((line) => line.trim() !== '') ?? path;
    commits.push({ commit, date, subject, path: changed });
  }
  return commits;
}
