import type { Language, Notice } from '../../generated/notice-types.js';
import type { WordList } from '../data/sensitive-words.js';
import { NEGATION_WORDS } from '../data/sensitive-words.js';
import type { DataPath, FoundText } from './types.js';

/** A word of a list found in a text: the whole word as written, and where. */
export interface WordFound {
  word: string;
  path: DataPath;
}

const LETTER = String.raw`[\p{L}\p{N}]`;

/** The regular expression of one term of a word list (see the notation in data/sensitive-words.ts). */
function termSource(term: string): string {
  const open = term.startsWith('*');
  const more = term.endsWith('*');
  const body = term
    .slice(open ? 1 : 0, more ? -1 : undefined)
    .split('{age}')
    .map((part) =>
      part
        .split(/[ -]/)
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s-]'),
    )
    .join('\\d{1,2}');
  // Only literal text between the edges: no quantifier can rescan what another has read.
  return `${open ? '' : `(?<!${LETTER})`}${body}${more ? '' : `(?!${LETTER})`}`;
}

/** One search per language for a word list, compiled once. */
export function compileWords(list: WordList): Record<Language, RegExp> {
  const compile = (terms: readonly string[]) => new RegExp(terms.map(termSource).join('|'), 'giu');
  return { fi: compile(list.fi), sv: compile(list.sv), en: compile(list.en) };
}

const NEGATION = compileWords(NEGATION_WORDS);
// A sentence: a run up to a full stop, question or exclamation mark, semicolon or line break.
const SENTENCE = /[^.!?;\n]+/g;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
// A quoted word is cut here, so that a text of one long run of letters stays linear.
const WORD_LIMIT = 40;

/** The whole word around a match, for quoting: "terveystiedot" for a match of "terveys". */
function wholeWord(sentence: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < WORD_LIMIT && WORD_CHAR.test(sentence[from - 1]!)) from--;
  let to = end;
  while (to < sentence.length && to - end < WORD_LIMIT && WORD_CHAR.test(sentence[to]!)) to++;
  return sentence.slice(from, to);
}

/**
 * The first word of `search` in `text` that no earlier word of its sentence denies ("Emme käsittele
 * terveystietoja" says the data is not there). Each sentence is read once for a denial and once for words.
 */
export function firstWord(text: string, search: RegExp, language: Language): string | undefined {
  for (const sentence of text.matchAll(SENTENCE)) {
    const words = sentence[0];
    search.lastIndex = 0;
    const match = search.exec(words);
    if (!match) continue;
    const negation = NEGATION[language];
    negation.lastIndex = 0;
    const denied = negation.exec(words);
    // A denial before the first word covers every word after it in the sentence.
    if (denied && denied.index < match.index) continue;
    return wholeWord(words, match.index, match.index + match[0].length);
  }
  return undefined;
}

/** The languages of a Text or Name with their strings; a plain string is in the notice's first language. */
export function stringsByLanguage(
  value: FoundText['value'] | undefined,
  languages: readonly Language[],
): { language: Language; text: string; key?: Language }[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ language: languages[0] ?? 'fi', text: value }];
  return (['fi', 'sv', 'en'] as const)
    .filter((language) => typeof value[language] === 'string')
    .map((language) => ({ language, text: value[language]!, key: language }));
}

/** The first word of a list in the given texts (path and value), with the path of the string it is in. */
export function findWord(
  texts: readonly { path: DataPath; value: FoundText['value'] | undefined }[],
  searches: Record<Language, RegExp>,
  languages: readonly Language[],
): WordFound | undefined {
  for (const { path, value } of texts) {
    for (const { language, text, key } of stringsByLanguage(value, languages)) {
      const word = firstWord(text, searches[language], language);
      if (word !== undefined) return { word, path: key ? [...path, key] : path };
    }
  }
  return undefined;
}

type Listed = { text?: FoundText['value']; items?: readonly object[]; text_after?: FoundText['value'] } | undefined;

/** The texts of a list section, in file order, with their paths; `fields` are the item texts read. */
function sectionTexts(name: string, section: Listed, fields: readonly string[]) {
  const found: { path: DataPath; value: FoundText['value'] | undefined }[] = [
    { path: [name, 'text'], value: section?.text },
  ];
  (section?.items ?? []).forEach((item, index) => {
    for (const field of fields)
      found.push({ path: [name, 'items', index, field], value: (item as Record<string, FoundText['value']>)[field] });
  });
  found.push({ path: [name, 'text_after'], value: section?.text_after });
  return found;
}

/** Where a notice describes its data: the register's name, the purposes, the groups of people and the data. */
export function dataDescriptionTexts(notice: Notice) {
  return [
    { path: ['register_name'], value: notice.register_name },
    ...sectionTexts('purposes', notice.purposes, ['name', 'description']),
    ...sectionTexts('data_subjects', notice.data_subjects, ['description']),
    ...sectionTexts('data_categories', notice.data_categories, ['description']),
  ];
}
