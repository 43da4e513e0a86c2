import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chromium's profile folders of notice: `notice-chromium-<pid>-<random>` in the temporary folder. */
const PREFIX = 'notice-chromium-';
const NAME = /^notice-chromium-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * The temporary folder profiles go in: TMPDIR of the environment notice was
 * given (as the operating system's own temporary folder is found), else the
 * system's.
 */
export function temporaryFolder(env: Record<string, string | undefined> = process.env): string {
  const given = process.platform === 'win32' ? undefined : env['TMPDIR'];
  return given ? given.replace(/(.)\/+$/, '$1') : tmpdir();
}

/**
 * Makes a profile folder of this process's own, after removing those that
 * processes no longer running left behind (a build killed outright, or
 * stopped by Ctrl-C before it could clean up): Chromium writes a profile
 * of several megabytes, and the temporary folder would fill up with them.
 */
export async function createProfile(folder: string): Promise<string> {
  await removeStaleProfiles(folder);
  await mkdir(folder, { recursive: true });
  return mkdtemp(join(folder, `${PREFIX}${process.pid}-`));
}

/** Removes the profile folders of processes that no longer run; those of live processes stay. */
export async function removeStaleProfiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const owner = NAME.exec(name)?.[1];
    if (owner && !isRunning(Number(owner))) await removeProfile(join(folder, name));
  }
}

/** Removes a profile folder; Chromium may still be writing to it for a moment after it was stopped. */
export async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => undefined);
}

/** The same, synchronously: on the process's way out ('exit'), where nothing asynchronous runs any more. */
export function removeProfileSync(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // Left for the next printer to remove.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
