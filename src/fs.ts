import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isNoticeError, NoticeError } from './errors.js';

/**
 * Writes a file so that it is never seen half-written: the data goes to a
 * temporary file in the same folder, is flushed to disk, and then renamed
 * over the target in one step. Interrupted, the old file stays as it was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
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
          : code === 'EACCES' || code === 'EPERM'
            ? 'no permission'
            : code === 'ENOSPC'
              ? 'the disk is full'
              : (error as Error).message;
  return new NoticeError('OUTPUT_UNWRITABLE', `Cannot write ${path}: ${why}.`, hint, { cause: error });
}
