import type { Language } from '../generated/notice-types.js';
import { parseMark, sourceHash, type TranslationMark } from './marks.js';

/**
 * Where one language of a text stands: the `source` it is translated from, a translation made
 * from the source text as it is now (`current`) or from an older one (`stale`), one with no
 * mark (`unmarked`: made from what, notice cannot tell), or `missing`.
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'unmarked' | 'missing';

/** The languages of one text, as its mark and its source text say. */
export interface TextTranslations {
  /** The language the text's translations are made from: the mark's, else the default source. */
  source: Language;
  mark?: TranslationMark;
  /** The hash of the source text as it is now; undefined when the text has no source-language version. */
  hash?: string;
  states: Record<Language, TranslationState>;
}

/**
 * How each language of `languages` stands in a text (a plain string or a map
 * by language), given the comment written with it. A text in a notice of one
 * language has nothing to translate: undefined.
 */
export function translationsOf(
  value: string | Partial<Record<Language, string>>,
  languages: readonly Language[],
  defaultSource: Language,
  comment: string | undefined,
): TextTranslations | undefined {
  if (languages.length < 2) return undefined;
  if (typeof value === 'string') {
    const states = Object.fromEntries(languages.map((l) => [l, l === defaultSource ? 'source' : 'missing'])) as Record<
      Language,
      TranslationState
    >;
    return { source: defaultSource, states };
  }
  const mark = parseMark(comment);
  const source = mark?.source ?? defaultSource;
  const sourceText = value[source];
  const hash = sourceText === undefined ? undefined : sourceHash(sourceText);
  const stateOf = (language: Language): TranslationState => {
    if (value[language] === undefined) return 'missing';
    if (language === source) return 'source';
    if (!mark) return 'unmarked';
    return mark.hash === hash ? 'current' : 'stale';
  };
  const states = Object.fromEntries(languages.map((l) => [l, stateOf(l)])) as Record<Language, TranslationState>;
  return { source, ...(mark ? { mark } : {}), ...(hash ? { hash } : {}), states };
}
