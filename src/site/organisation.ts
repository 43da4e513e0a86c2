import { basename, extname } from 'node:path';
import { NoticeError } from '../errors.js';
import { organisationOf } from '../organisation.js';

/** Where a notice's pages go: its organisation's folder (src/organisation.ts), then its register's. */
export interface Placement {
  /** The organisation's folder: its business ID, else a slug of its name, else `no-controller`. */
  organisation: string;
  /** The register's folder inside it: the notice file's name without .yaml. */
  register: string;
  /** Whether the organisation is known by its business ID. */
  byBusinessId: boolean;
}

/** The folder of notices whose controller has neither a business ID nor a name. */
export const NO_CONTROLLER = 'no-controller';

/** Where a notice's pages go; `data` is the notice as loaded (undefined when it could not be read). */
export function placementOf(file: string, data: unknown): Placement {
  const register = basename(file, extname(file));
  const organisation = organisationOf(data);
  return {
    organisation: organisation?.id ?? NO_CONTROLLER,
    register,
    byBusinessId: organisation?.byBusinessId ?? false,
  };
}

/**
 * Checks that no two notices of one organisation share a register name (the
 * file name, compared without case, as macOS and Windows compare it).
 */
export function checkPlacements(placements: ReadonlyMap<string, Placement>): void {
  const owner = new Map<string, string>();
  for (const [file, { organisation, register }] of placements) {
    if (/^\.*$/.test(register)) {
      throw new NoticeError(
        'OUTPUT_NAME_INVALID',
        `${file} gives no name to build its pages under.`,
        'Rename the notice file: its pages are named after it.',
      );
    }
    const key = `${organisation}/${register}`.toLowerCase();
    const other = owner.get(key);
    if (other) {
      throw new NoticeError(
        'OUTPUT_NAME_CLASH',
        `${other} and ${file} are registers of one organisation (${organisation}) with one name, ${register}.`,
        'Rename one of the files: a register’s pages are named after its file.',
      );
    }
    owner.set(key, file);
  }
}
