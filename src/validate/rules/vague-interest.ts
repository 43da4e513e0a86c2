import { textStrings } from './text.js';
import type { FoundText } from './types.js';

/**
 * Words that only restate that there is an interest: "Oikeutettu etu.", "Rekisterinpitäjän oikeutettu
 * etu", "Vårt berättigade intresse", "Our legitimate business interests", "Business needs". An `interest:`
 * made of these words and nothing else names no interest, and GDPR 13(1)(d) / 14(2)(b) ask for the interest
 * itself. Whatever else a text says ("verkon turvallisuus", "fraud prevention") makes it concrete enough
 * for this check.
 *
 * Where the words come from: the phrases of Art. 6(1)(f) in the Finnish, Swedish and English texts of the
 * GDPR ("oikeutettujen etujen", "berättigade intressen", "legitimate interests"), the words around them in
 * the seed notices and imported notices ("rekisterinpitäjän", "liiketoiminnan tarpeet", "affärsbehov",
 * "business needs"), and the article references that often stand in for the interest.
 *
 * A stem never covers a word that could carry content: "tieto" is listed by its forms, since a stem would
 * also take "tietoturva".
 *
 * Each entry is a word as it is written (lower case); an entry ending in `*` is a stem that covers its
 * inflected forms ("oikeutet*": oikeutettu, oikeutetun, oikeutettuun).
 */
const FINNISH = [
  ...['oikeutet*', 'oikeutettu', 'etu', 'edun', 'etua', 'etuun', 'edut', 'etuja', 'etujen', 'etumme', 'etuamme'],
  ...['etuihin', 'etuna', 'etunsa', 'edusta', 'edussa', 'liiketoimin*', 'liiketaloudelli*', 'tarve', 'tarpee*'],
  ...['tarpeet', 'rekisterinpitäj*', 'yhtiö*', 'yrityks*', 'yritys', 'organisaatio*', 'meidän', 'meillä', 'me'],
  ...['meitä', 'omat', 'oma', 'omaan', 'oman', 'on', 'ovat', 'ja', 'sekä', 'tai', 'perustu*', 'perusteella'],
  ...['peruste*', 'käsittel*', 'käsitellä', 'tietosuoja*', 'asetuks*', 'artikla*'],
  ...['tieto', 'tiedot', 'tietoja', 'tietojen', 'henkilötiedot', 'henkilötietoja', 'henkilötietojen'],
  ...['kohda*', 'kohta', 'alakohd*', 'alakohta', 'mukaan', 'mukainen', 'mukaisesti', 'eu', 'n', 'f', 'gdpr'],
];

const SWEDISH = [
  ...['berättiga*', 'intresse', 'intressen', 'intresset', 'intressena', 'affärs*', 'verksamhet*', 'behov*'],
  ...['personuppgiftsansvarig*', 'företag*', 'bolag*', 'organisation*', 'vårt', 'våra', 'vår', 'vi', 'har'],
  ...['ett', 'en', 'av', 'för', 'i', 'och', 'eller', 'är', 'den', 'det', 'de', 'enligt', 'artikel', 'grundar'],
  ...['grundas', 'sig', 'på', 'baseras', 'behandling*', 'uppgift*', 'personuppgift*', 'dataskydd*', 'punkt*'],
];

const ENGLISH = [
  ...['legitimate', 'interest', 'interests', 'business*', 'commercial', 'need', 'needs', 'reasons', 'purposes'],
  ...['controller*', 'company*', 'organisation*', 'organization*', 'our', 'we', 'us', 'have', 'has', 'a', 'an'],
  ...['the', 'of', 'in', 'for', 'and', 'or', 'is', 'are', 'based', 'on', 'under', 'according', 'to', 'as'],
  ...['article', 'art', 'gdpr', 'processing', 'process', 'personal', 'data', 'pursued', 'by', 's', 'f'],
];

const WORDS = new Set<string>();
const STEMS: string[] = [];
for (const entry of [...FINNISH, ...SWEDISH, ...ENGLISH]) {
  if (entry.endsWith('*')) STEMS.push(entry.slice(0, -1));
  else WORDS.add(entry);
}

function isRestatement(word: string): boolean {
  return WORDS.has(word) || STEMS.some((stem) => word.startsWith(stem));
}

/** True when a text has words and every one of them only restates that there is an interest (numbers aside). */
function saysNothing(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every(isRestatement);
}

/** The strings of an `interest:` that name no interest, as written, in every language it gives. */
export function emptyInterests(value: FoundText['value'] | undefined): string[] {
  return textStrings(value).filter(saysNothing);
}
