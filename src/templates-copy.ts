import { cp, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NoticeError } from './errors.js';
import { BUILTIN_TEMPLATES } from './render/index.js';

/**
 * Copies the built-in templates into a folder. Refuses, writing nothing,
 * when any of the files is already there, unless `force` is set.
 */
export async function copyTemplates(target: string, { force }: { force: boolean }): Promise<string[]> {
  const files = await filesUnder(BUILTIN_TEMPLATES);
  const existing: string[] = [];
  for (const file of files) {
    if (
      await stat(join(target, file)).then(
        () => true,
        () => false,
      )
    )
      existing.push(join(target, file));
  }
  if (existing.length > 0 && !force) {
    throw new NoticeError(
      'WOULD_OVERWRITE',
      `${existing.length} of the files already exist in ${target} (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''}); nothing was copied.`,
      'Copy into an empty folder, or add --force to overwrite them.',
    );
  }
  await cp(BUILTIN_TEMPLATES, target, { recursive: true, force: true });
  return files.map((file) => join(target, file));
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(directory, join(e.parentPath ?? e.path, e.name)))
    .sort();
}
