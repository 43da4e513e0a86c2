import type { Controller, Language, Notice } from './generated/notice-types.js';
import { LANGUAGES } from './generated/notice-enums.js';

/**
 * Which organisation a notice belongs to: its controller (the first joint
 * controller when it names no single one), known by its business ID when it
 * gives one in the Finnish form (a business ID survives a change of name, and
 * two companies may share a name), else by its name. The privacy site files
 * its pages by it and `notice ropa` writes one record per organisation, so
 * that both group a consultant's registers alike.
 */
export interface Organisation {
  /** The business ID (1234567-8), else a slug of the name: a folder or file name that needs no escaping. */
  id: string;
  byBusinessId: boolean;
}

const BUSINESS_ID = /^\d{7}-\d$/;

/** The controller a notice's organisation is: its controller, else its first joint controller. */
export function organisationController(data: unknown): Partial<Controller> | undefined {
  const notice = (isObject(data) ? data : {}) as Partial<Notice>;
  const joint = Array.isArray(notice.joint_controllers) ? notice.joint_controllers[0] : undefined;
  return isObject(notice.controller) ? notice.controller : isObject(joint) ? joint : undefined;
}

/** The notice's organisation; undefined when its controller has neither a business ID nor a name. */
export function organisationOf(data: unknown): Organisation | undefined {
  const notice = (isObject(data) ? data : {}) as Partial<Notice>;
  const controller = organisationController(notice) ?? {};
  const businessId = typeof controller.business_id === 'string' ? controller.business_id.replace(/\s+/g, '') : '';
  if (BUSINESS_ID.test(businessId)) return { id: businessId, byBusinessId: true };
  const name = nameIn(controller.name, firstLanguage(notice));
  const slug = name === undefined ? '' : slugOf(name);
  return slug ? { id: slug, byBusinessId: false } : undefined;
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
