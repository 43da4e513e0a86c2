import { basename, extname } from 'node:path';
import { NoticeError } from '../errors.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { LANGUAGES } from '../generated/notice-enums.js';

/**
 * Which organisation a notice belongs to, and where its pages go. The
 * organisation is the notice's controller: known by its business ID when the
 * notice gives one (a business ID survives a change of name, and two companies
 * may share a name), else by its name. The folder is named by the same thing,
 * so that a page's address does not change when the wording of a notice does.
 */
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

const BUSINESS_ID = /^\d{7}-\d$/;

/** Where a notice's pages go; `data` is the notice as loaded (undefined when it could not be read). */
export function placementOf(file: string, data: unknown): Placement {
  const register = basename(file, extname(file));
  const notice = (data ?? {}) as Partial<Notice>;
  const controller = isObject(notice.controller) ? notice.controller : {};
  const id = typeof controller.business_id === 'string' ? controller.business_id.trim() : '';
  if (BUSINESS_ID.test(id)) return { organisation: id, register, byBusinessId: true };
  const name = nameIn(controller.name, firstLanguage(notice));
  const slug = name === undefined ? '' : slugOf(name);
  return { organisation: slug || NO_CONTROLLER, register, byBusinessId: false };
}

/**
 * A folder name from a name: lower case, ASCII letters and digits joined by
 * hyphens ("Esimerkki Oy, Åbo" → "esimerkki-oy-abo"), so that an address
 * needs no escaping and reads the same on every system.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
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

/** A name (a string, or one per language) in a language, else in the first language it has. */
export function nameIn(name: unknown, language: Language): string | undefined {
  if (typeof name === 'string') return name.trim() || undefined;
  if (!isObject(name)) return undefined;
  const names = name as Partial<Record<Language, unknown>>;
  const found = [language, ...LANGUAGES].map((l) => names[l]).find((n) => typeof n === 'string' && n.trim());
  return (found as string | undefined)?.trim();
}

/** The first language a notice declares (fi when it declares none it can be read in). */
export function firstLanguage(notice: Partial<Notice>): Language {
  const declared = isObject(notice.notice) ? notice.notice.languages : undefined;
  const first = Array.isArray(declared) ? declared.find((l) => LANGUAGES.includes(l)) : undefined;
  return first ?? 'fi';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
