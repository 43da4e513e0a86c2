import { textStrings } from './text.js';
import type { FoundText } from './types.js';

/**
 * Words that tell what a processing is, whatever the notice's flags say: direct marketing, profiling,
 * analytics, developing the customer relationship, credit scoring, and consent asked for or recorded. The
 * rules that infer a basis, a right to object, automated decisions or the withdrawal of consent from a
 * notice's own words (L27, L28, L06) read them here.
 *
 * Where the words come from: the terms of GDPR Art. 4(4), 21(2) and 22 in the Finnish, Swedish and English
 * texts of the Regulation (suoramarkkinointi / direktmarknadsföring / direct marketing, profilointi /
 * profilering / profiling), and the wording of the seed notices and the Finnish notices gathered for
 * `notice import` ("asiakassuhteen kehittäminen", "analytiikka", "luottopisteytys").
 *
 * A term is one or more stems that follow each other, at most `gap` words apart, in either order. A stem
 * starting with `*` may stand inside a compound word ("sähköposti*markkinoi*nti"); any other stem must
 * begin the word. Matching is by word, never by a regular expression over the text, so it stays linear.
 */
export type WordFamily =
  'direct_marketing' | 'profiling' | 'analytics' | 'relationship_development' | 'credit_scoring' | 'consent';

interface Term {
  family: WordFamily;
  stems: readonly string[];
  /** How many other words may stand between the stems of a term of several. */
  gap?: number;
}

const FINNISH: readonly Term[] = [
  { family: 'direct_marketing', stems: ['*markkinoi'] }, // suoramarkkinointi, markkinointiin, markkinoimme
  { family: 'profiling', stems: ['*profiloi'] }, // profilointi, asiakasprofilointi, profiloimme
  { family: 'analytics', stems: ['*analytiik'] }, // analytiikka, verkkoanalytiikan
  { family: 'analytics', stems: ['*kävijäseuran'] }, // kävijäseuranta
  { family: 'analytics', stems: ['analysoi'] }, // analysointiin (LPOnet's "tarjonnan kohdistamiseen, analysointiin")
  { family: 'relationship_development', stems: ['asiakassuh', 'kehit'], gap: 1 }, // asiakassuhteen kehittäminen
  { family: 'relationship_development', stems: ['asiakkuu', 'kehit'], gap: 1 }, // asiakkuuden kehittäminen
  { family: 'credit_scoring', stems: ['*pisteyt'] }, // luottopisteytys, pisteytämme
  { family: 'credit_scoring', stems: ['*luottoluokit'] }, // luottoluokitus
  { family: 'consent', stems: ['*suostumu'] }, // suostumus, suostumuksella, markkinointisuostumus
  { family: 'consent', stems: ['*markkinointilup'] }, // markkinointilupa
  { family: 'consent', stems: ['*markkinointiluv'] }, // suoramarkkinointiluvat (LPOnet's data list)
];

const SWEDISH: readonly Term[] = [
  { family: 'direct_marketing', stems: ['*marknadsför'] }, // direktmarknadsföring, marknadsföra
  { family: 'profiling', stems: ['profiler'] }, // profilering, profilerar
  { family: 'analytics', stems: ['*analytik'] }, // analytik, webbanalytik
  { family: 'analytics', stems: ['*webbanalys'] },
  { family: 'analytics', stems: ['analyser'] }, // analysera, analyserar
  { family: 'relationship_development', stems: ['kundrelation', 'utveckl'], gap: 2 }, // utveckling av kundrelationen
  { family: 'relationship_development', stems: ['kundförhålland', 'utveckl'], gap: 2 },
  { family: 'credit_scoring', stems: ['*kreditpoäng'] },
  { family: 'credit_scoring', stems: ['*poängsätt'] }, // poängsättning
  { family: 'consent', stems: ['*samtyck'] }, // samtycke, marknadsföringssamtycke
];

const ENGLISH: readonly Term[] = [
  { family: 'direct_marketing', stems: ['marketing'] }, // direct marketing, e-mail marketing
  { family: 'profiling', stems: ['profiling'] },
  { family: 'analytics', stems: ['analytics'] },
  { family: 'analytics', stems: ['analysing'] },
  { family: 'analytics', stems: ['analyzing'] },
  { family: 'relationship_development', stems: ['relationship', 'develop'], gap: 3 }, // developing our customer relationship
  { family: 'credit_scoring', stems: ['credit', 'scor'], gap: 1 }, // credit scoring, credit score
  { family: 'credit_scoring', stems: ['scoring'] },
  { family: 'consent', stems: ['consent'] }, // consent, consents
];

/**
 * Words that, before a term in the same sentence, say the processing is not done ("Emme käytä tietoja
 * markkinointiin", "We do not use it for profiling"). Finnish "en" and "et" are left out: "jos et halua
 * suoramarkkinointia" describes marketing that is done, and Swedish "en" is an article.
 */
const NEGATIONS: ReadonlySet<string> = new Set([
  ...['ei', 'emme', 'eivät', 'ette', 'älä'],
  ...['inte', 'ej', 'aldrig', 'inga', 'ingen', 'inget'],
  ...['not', 'never', 'no', 'don', 'doesn', 'won', 'cannot'],
]);

/** A stem made ready for matching: its letters, and whether it may stand inside a compound. */
interface Stem {
  letters: string;
  inside: boolean;
}

interface CompiledTerm {
  family: WordFamily;
  first: Stem;
  second: Stem | undefined;
  gap: number;
}

function compileStem(stem: string): Stem {
  return stem.startsWith('*') ? { letters: stem.slice(1), inside: true } : { letters: stem, inside: false };
}

const TERMS: readonly CompiledTerm[] = [...FINNISH, ...SWEDISH, ...ENGLISH].map((term) => ({
  family: term.family,
  first: compileStem(term.stems[0]!),
  second: term.stems[1] === undefined ? undefined : compileStem(term.stems[1]),
  gap: term.gap ?? 0,
}));

/** One term found: its family and the words as written ("suoramarkkinointiin", "credit scoring"). */
export interface FoundWord {
  family: WordFamily;
  words: string;
}

interface Word {
  text: string;
  lower: string;
}

function stemMatches(stem: Stem, word: string): boolean {
  if (word.length < stem.letters.length) return false;
  return stem.inside ? word.includes(stem.letters) : word.startsWith(stem.letters);
}

/** Where a term stands among `words`, as the first and last index, or undefined. */
function locate(term: CompiledTerm, words: readonly Word[]): [number, number] | undefined {
  const { first, second, gap } = term;
  for (let i = 0; i < words.length; i++) {
    if (!stemMatches(first, words[i]!.lower)) continue;
    if (second === undefined) return [i, i];
    for (let j = Math.max(0, i - gap - 1); j <= Math.min(words.length - 1, i + gap + 1); j++) {
      if (j !== i && stemMatches(second, words[j]!.lower)) return [Math.min(i, j), Math.max(i, j)];
    }
  }
  return undefined;
}

/** The terms of one sentence, unless a negation stands before them (or with them, when `negated`). */
function sentenceTerms(sentence: string, negated: boolean): FoundWord[] {
  const words: Word[] = (sentence.match(/\p{L}+/gu) ?? []).map((text) => ({ text, lower: text.toLowerCase() }));
  const negation = negated ? -1 : words.findIndex((w) => NEGATIONS.has(w.lower));
  const found: FoundWord[] = [];
  for (const term of TERMS) {
    const at = locate(term, words);
    if (!at || (negation >= 0 && negation < at[0])) continue;
    found.push({
      family: term.family,
      words: words
        .slice(at[0], at[1] + 1)
        .map((w) => w.text)
        .join(' '),
    });
  }
  return found;
}

/**
 * Every term of the families asked for in a Text or Name, in every language it gives, once per family and
 * words; with `negated`, also those a negation denies ("emme profiloi": the text speaks of profiling).
 */
export function findWords(
  value: FoundText['value'] | undefined,
  families?: readonly WordFamily[],
  negated = false,
): FoundWord[] {
  const found = new Map<string, FoundWord>();
  for (const text of textStrings(value)) {
    for (const sentence of text.split(/[.!?;\n]/)) {
      for (const word of sentenceTerms(sentence, negated)) {
        if (families && !families.includes(word.family)) continue;
        found.set(`${word.family} ${word.words.toLowerCase()}`, word);
      }
    }
  }
  return [...found.values()];
}

/** The words found, quoted for a message: "suoramarkkinointi", "profiling" (a field named, as code). */
export function quoteWords(found: readonly FoundWord[]): string {
  const quoted = [...new Set(found.map((f) => (f.words.startsWith('`') ? f.words : `"${f.words}"`)))];
  // A long list says no more than its first few; the rest are counted.
  return quoted.length <= 4 ? quoted.join(', ') : `${quoted.slice(0, 4).join(', ')} and ${quoted.length - 4} more`;
}

/** Stems of the words for credit (luottotiedot, kreditupplysning, credit check): what a credit score is about. */
const CREDIT_STEMS = ['luott', 'kredit', 'credit'];

/** True when a Text or Name speaks of credit or a credit check in any of its languages. */
export function speaksOfCredit(value: FoundText['value'] | undefined): boolean {
  return textStrings(value).some((text) =>
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => CREDIT_STEMS.some((stem) => word.startsWith(stem))),
  );
}
