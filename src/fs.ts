import { randomBytes } from 'node:crypto';
import { constants, readFileSync } from 'node:fs';
import { link, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isNoticeError, NoticeError } from './errors.js';

/**
 * A temporary file's name says whose it is: `.<name>.<pid>.<random>.tmp`, the
 * name cut to fit (a file name is at most 255 bytes), so that a build can tell
 * its own and those of processes that no longer run from another live build's.
 */
const TEMPORARY = /^\..*\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const NAME_BYTES = 120;

function temporaryName(target: string): string {
  let name = basename(target);
  while (Buffer.byteLength(name) > NAME_BYTES) name = name.slice(0, -1);
  return join(dirname(target), `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so that it is never seen half-written: the data goes to a
 * temporary file in the same folder, is flushed to disk, renamed over the
 * target in one step, and the folder is flushed too, so that the new name
 * survives a crash. Interrupted, the old file stays as it was. A file that is
 * replaced keeps its permissions.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await (await prepareFileAtomic(target, data)).commit();
  await syncFolder(dirname(target));
}

/** A file written in full beside its target, not yet in its place: `commit` renames it there, `discard` removes it. */
export interface PreparedFile {
  target: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * The first half of `writeFileAtomic`: the data in a temporary file beside
 * the target, flushed to disk, with the target's permissions. Until `commit`,
 * the target is as it was; `commit` does not flush the folder (`syncFolder`
 * once after the last file of a batch does).
 */
export async function prepareFileAtomic(target: string, data: string | Uint8Array): Promise<PreparedFile> {
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => 0o644,
  );
  const temporary = temporaryName(target);
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(data);
    // The mode given to open() is reduced by the umask; a replaced file keeps exactly its own.
    await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  const discard = () => unlink(temporary).catch(() => undefined);
  return {
    target,
    commit: async () => {
      try {
        await rename(temporary, target);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/** Flushes a folder's entries (a rename in it) to disk; where folders cannot be opened for that (Windows), nothing. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename has still happened.
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temporary files that interrupted writes left in a folder: this
 * process's own, and those of processes that no longer run. Those of another
 * live process (a build running at the same time) are left alone.
 */
export async function removeStaleTemporaryFiles(folder: string): Promise<void> {
  for (const name of await readdir(folder).catch(() => [])) {
    const owner = TEMPORARY.exec(name)?.[1];
    if (owner !== undefined && !isOtherLiveProcess(Number(owner))) {
      await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

/** True when `pid` is a process other than this one that is still running. */
export function isOtherLiveProcess(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of an output folder for one build: a file holding the
 * process id, created only if it does not exist. A lock left by a process
 * that no longer runs (killed) is taken over; one held by a live process is
 * a usage error, so that two builds never write into one folder at once.
 * Returns the function that releases it.
 */
export async function lockFolder(folder: string, lockName: string): Promise<() => Promise<void>> {
  const lock = resolve(folder, lockName);
  const shown = join(folder, lockName);
  // Two builds of one process (a program using the library) share its process id: they are told apart here,
  // and the claim is made before the first await, so that two calls started together cannot both pass.
  if (heldHere.has(lock)) throw lockedBy(process.pid, folder, shown);
  heldHere.add(lock);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createWithPid(lock)) {
        return async () => {
          heldHere.delete(lock);
          await unlink(lock).catch(() => undefined);
        };
      }
      const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && isOtherLiveProcess(holder)) throw lockedBy(holder, folder, shown);
      await unlink(lock).catch(() => undefined);
    }
    throw new NoticeError('OUTPUT_LOCKED', `Cannot take the lock ${shown}.`, `Delete ${shown} if no build runs.`);
  } catch (error) {
    heldHere.delete(lock);
    throw error;
  }
}

/**
 * Creates `lock` holding this process's id, or returns false if it exists.
 * The file is written under a temporary name and linked into place, so that
 * another process never reads a lock that exists but is still empty (and
 * would take it for one left behind). Where the file system has no hard
 * links, it is created in place instead.
 */
async function createWithPid(lock: string): Promise<boolean> {
  const temporary = temporaryName(lock);
  await writeFile(temporary, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
  try {
    await link(temporary, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    return createInPlace(lock);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function createInPlace(lock: string): Promise<boolean> {
  try {
    await writeFile(lock, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The locks this process holds, by absolute path. */
const heldHere = new Set<string>();

function lockedBy(holder: number, folder: string, lock: string): NoticeError {
  return new NoticeError(
    'OUTPUT_LOCKED',
    `Another notice build (process ${holder}) is writing to ${folder}.`,
    `Wait for it to finish, or build into another folder (--out). If no build runs, delete ${lock}.`,
  );
}

/**
 * A file or folder notice cannot write, as the user's to fix (a file where a
 * folder should be, no permission, a full disk): OUTPUT_UNWRITABLE, exit 2.
 */
export function cannotWrite(path: string, error: unknown, hint: string): NoticeError {
  if (isNoticeError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file is in the way of a folder'
        : code === 'EISDIR'
          ? 'a folder is in the way'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'no permission'
            : code === 'ENOSPC' || code === 'EDQUOT'
              ? 'the disk is full'
              : code === 'ENAMETOOLONG'
                ? 'the name is too long for the file system'
                : (error as Error).message;
  return new NoticeError('OUTPUT_UNWRITABLE', `Cannot write ${path}: ${why}.`, hint, { cause: error });
}

/** Whether a file holds exactly this text (false when it cannot be read): a write that would change nothing is skipped. */
export function fileHolds(path: string, text: string): boolean {
  try {
    return readFileSync(path).equals(Buffer.from(text));
  } catch {
    return false;
  }
}

/** How a text file is written: with a byte order mark or not, and its line ends. */
export interface TextFileForm {
  bom: boolean;
  crlf: boolean;
}

/**
 * A text file as the loader reads it (no byte order mark, `\n` line ends), and its form: an edit made on the
 * text is written back with `writeTextFile` in the file's own form, so that a file saved by a Windows editor
 * does not end up with mixed line ends. A file that has both takes the ends most of its lines have.
 */
export async function readTextFile(path: string): Promise<{ text: string; form: TextFileForm }> {
  const raw = await readFile(path, 'utf8');
  const bom = raw.startsWith('\uFEFF');
  const crlfs = raw.split('\r\n').length - 1;
  const lineEnds = raw.split('\n').length - 1;
  return {
    text: raw.slice(bom ? 1 : 0).replace(/\r\n?/g, '\n'),
    form: { bom, crlf: crlfs > lineEnds - crlfs },
  };
}

/** Writes a text read by `readTextFile` (atomically) in the form it was read in. */
export async function writeTextFile(path: string, text: string, form: TextFileForm): Promise<void> {
  await writeFileAtomic(path, (form.bom ? '\uFEFF' : '') + (form.crlf ? text.replace(/\n/g, '\r\n') : text));
}
