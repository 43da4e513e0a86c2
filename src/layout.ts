import type { Notice, Profile, SectionName } from './generated/notice-types.js';
import { SECTION_NAMES } from './generated/notice-enums.js';
import { objectionApart } from './rights.js';

// `layout.order` in one place, for the renderer (which arranges the sections) and the validator (which
// reports tokens that name nothing, sections named twice and sections left out).

/** A section that can be placed: a section of the standard list, or an extra section (with its id, if any). */
export interface Placeable {
  /** The section name, or the extra section's id. */
  name?: string;
  extra: boolean;
  /** An extra section's `after`. */
  after?: string;
}

/** One heading of the notice: the token of `layout.order` that made it (none in the standard order), and its sections. */
export interface Unit<T extends Placeable> {
  token?: string;
  members: T[];
}

const SECTION_SET = new Set<string>(SECTION_NAMES);

export function isSectionName(name: string): name is SectionName {
  return SECTION_SET.has(name);
}

/** The names a token joins: `recipients+transfers` → recipients, transfers. */
export function tokenNames(token: string): string[] {
  return token.split('+');
}

/**
 * The sections in the notice's order. Without `order`: the standard order, each extra section after the
 * section its `after` names (after any extra sections already there) or at the end. With `order`: one
 * unit per token, holding the sections it names that exist (a token that names none is left out), then
 * every section the order does not name, each on its own, in the standard arrangement.
 */
export function arrange<T extends Placeable>(standard: T[], extras: T[], order?: readonly string[]): Unit<T>[] {
  const arranged: T[] = [...standard];
  for (const extra of extras) {
    const after = extra.after ? arranged.findIndex((s) => !s.extra && s.name === extra.after) : -1;
    if (after < 0) {
      arranged.push(extra);
      continue;
    }
    let at = after + 1;
    while (arranged[at]?.extra) at++;
    arranged.splice(at, 0, extra);
  }
  if (!order) return arranged.map((section) => ({ members: [section] }));
  const used = new Set<T>();
  const units: Unit<T>[] = [];
  for (const token of order) {
    const members: T[] = [];
    for (const name of tokenNames(token)) {
      for (const section of arranged) {
        if (section.name !== name || used.has(section)) continue;
        // A section name never means an extra section that took it as its id (the validator reports that id).
        if (section.extra && isSectionName(name)) continue;
        used.add(section);
        members.push(section);
      }
    }
    if (members.length > 0) units.push({ token, members });
  }
  for (const section of arranged) if (!used.has(section)) units.push({ members: [section] });
  return units;
}

/**
 * The sections of the standard list that a notice has content for, as far as the data shows it: its own
 * key, and for `objection` and `complaint` the built-in texts that `rights: { standard: true }` brings.
 */
export function sectionsWithContent(notice: Notice, profile: Profile): SectionName[] {
  return SECTION_NAMES.filter((name) => {
    switch (name) {
      case 'objection': {
        const { own, builtIn } = objectionApart(notice, profile);
        return own.length > 0 || builtIn.length > 0;
      }
      case 'complaint':
        return notice.complaint !== undefined || (profile === 'gdpr' && !!notice.rights?.standard);
      default:
        return notice[name] !== undefined;
    }
  });
}
