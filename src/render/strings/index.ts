import type { Language, Voice } from '../../generated/notice-types.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import type { StringCatalog, Strings, Voiced } from './types.js';

export type { Strings, Voiced } from './types.js';

/** Each language's name in that language, for a switcher read by someone who does not read the page's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

const CATALOGS: Record<Language, StringCatalog> = { fi, sv, en };
const resolved = new Map<string, Strings>();

/** notice's own texts in a language, each Voiced text in the notice's voice (`notice.voice`; default `reader`). */
export function stringsFor(language: Language, voice: Voice = 'reader'): Strings {
  const key = `${language}:${voice}`;
  let strings = resolved.get(key);
  if (!strings) {
    strings = resolveVoice(CATALOGS[language], voice) as Strings;
    resolved.set(key, strings);
  }
  return strings;
}

function isVoiced(value: object): value is Voiced {
  const keys = Object.keys(value);
  return keys.length === 2 && 'reader' in value && 'neutral' in value;
}

// Walks the catalog once per language and voice; arrays (the units) and strings are kept as they are.
function resolveVoice(value: unknown, voice: Voice): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (isVoiced(value)) return value[voice];
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolveVoice(inner, voice)]));
}
