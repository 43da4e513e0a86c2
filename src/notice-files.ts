import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from './config/names.js';
import { NoticeError } from './errors.js';
import { isPartFileName } from './load/extends.js';

const NOTICE_FILE = /\.ya?ml$/i;
/** Found in a folder of notices, but not a notice. */
const NOT_NOTICES = new Set<string>(CONFIG_FILE_NAMES);

/** Whether a folder search goes into a folder of this name: not hidden ones, nor node_modules. */
export function searchesFolder(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

/**
 * Whether a folder search takes a file of this name for a notice: *.yaml and
 * *.yml, but not notice.config.yaml, nor hidden files, which are a tool's
 * settings (.gitlab-ci.yml, .pre-commit-config.yaml), nor shared parts
 * (`_organisation.yaml`), which are read through the notices that extend them.
 */
export function isNoticeFileName(name: string): boolean {
  return NOTICE_FILE.test(name) && !name.startsWith('.') && !NOT_NOTICES.has(name) && !isPartFileName(name);
}

/**
 * The notice files named by the paths: files as given, directories searched
 * for *.yaml and *.yml (hidden files and folders, node_modules,
 * notice.config.yaml and shared parts `_*.yaml` skipped), sorted.
 */
export async function findNoticeFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new NoticeError(
        'PATH_NOT_FOUND',
        `${path}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}.`,
        'Check the path.',
        { cause: error },
      );
    });
    if (info.isDirectory()) {
      const inside = await filesUnder(path, await realpath(path));
      if (inside.length === 0) {
        throw new NoticeError(
          'NO_NOTICE_FILES',
          `${path} holds no .yaml or .yml files.`,
          'Name a notice file or a folder of them.',
        );
      }
      found.push(...inside);
    } else found.push(path);
  }
  // The same file named twice (once relative, once absolute) is one notice.
  const seen = new Set<string>();
  return found.filter((file) => !seen.has(resolve(file)) && seen.add(resolve(file)));
}

/**
 * The notice files in a folder and its subfolders. Links are not followed out
 * of the folder that was named (a link to /etc/passwd or a secrets file is not
 * a notice of this tree), nor into folders (no loops); a link to a file inside
 * the tree is taken. A pipe, a device or a link to nothing with a notice's name
 * is taken too, and the loader reports it as that file's problem.
 */
async function filesUnder(directory: string, root: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (searchesFolder(entry.name)) files.push(...(await filesUnder(path, root)));
    } else if (isNoticeFileName(entry.name) && (!entry.isSymbolicLink() || (await linksToFileInside(path, root)))) {
      files.push(path);
    }
  }
  return files;
}

/** A link to a file inside `root` is followed; one that leads outside, or to a folder, is not; a broken one is kept, to be reported. */
async function linksToFileInside(link: string, root: string): Promise<boolean> {
  let target: string;
  try {
    target = await realpath(link);
  } catch {
    return true;
  }
  const inside = relative(root, target);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return false;
  return (await stat(target)).isFile();
}
