import type { Language } from '../../generated/notice-types.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import type { Strings } from './types.js';

export type { Strings } from './types.js';

const STRINGS: Record<Language, Strings> = { fi, sv, en };

/** notice's own texts in a language. */
export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}
