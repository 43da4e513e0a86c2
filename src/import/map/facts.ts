import type { Basis, Language, Profile } from '../../generated/notice-types.js';
import { checkBusinessId } from '../../finnish/business-id.js';
import { normalisePhone } from '../../finnish/phone.js';
import { EEA_COUNTRIES } from '../../validate/data/eea.js';

// Facts found in the words of a notice: e-mail and web addresses, phone numbers, business IDs, dates, the law
// cited, the language, legal bases, countries and retention periods. Each recogniser is a rule a reviewer can read.

/**
 * A plain e-mail address, as the schema accepts it. The lookbehinds here and in OBFUSCATED let a match start only
 * where a run of address characters starts (as in the L19 rule, src/validate/rules/email-plain.ts): tried at every
 * character of a long run, the leading `[...]+` would rescan the rest of it each time, which is quadratic. The
 * leftmost match starts there anyway, so the matches are the same.
 */
const EMAIL = /(?<![^\s@()<>[\],;:"'])[^\s@()<>[\],;:"']+@[^\s@()<>[\],;:"'.]+(?:\.[^\s@()<>[\],;:"'.]+)+/g;
const EMAIL_EXACT = /^[^\s@()<>[\],;:"]+@[^\s@()<>[\],;:".]*\.[^\s@()<>[\],;:"]+$/;

/** Addresses written to keep them from robots, or as a pattern: kept as written in text, never in `email`. */
const OBFUSCATED =
  /(?<![\p{L}\d._+-])[\p{L}\d._+-]+\s*(?:\(at\)|\[at\]|\{at\}|\(a\)|\[a\]|\(ät\)|\sat\s|\s@\s?|@\s)\s*[\p{L}\d-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\(piste\)|\sdot\s)\s*[\p{L}\d-]+)+/giu;
const PATTERN_LOCAL = /^(etunimi\.sukunimi|förnamn\.efternamn|firstname\.lastname|first\.last|etunimi|förnamn)@/i;

/** A plain e-mail address that is really one (not `etunimi.sukunimi@...`). */
export function isPlainEmail(text: string): boolean {
  const email = text.trim().replace(/[.,;:]$/, '');
  return EMAIL_EXACT.test(email) && !PATTERN_LOCAL.test(email) && !/\.\.\.|…/.test(email);
}

/** The plain e-mail addresses a text gives, in order. */
export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => m[0].replace(/[.,;:]+$/, '')).filter(isPlainEmail);
}

/** The e-mail addresses a text writes in another form: `(at)`, `[at]`, ` @ `, `etunimi.sukunimi@...`. */
export function findObfuscatedEmails(text: string): string[] {
  const found = [...text.matchAll(OBFUSCATED)].map((m) => m[0].trim()).filter((e) => !isPlainEmail(e));
  const patterns = [...text.matchAll(EMAIL)].map((m) => m[0].replace(/[.,;:]+$/, '')).filter((e) => !isPlainEmail(e));
  return [...new Set([...found, ...patterns])];
}

/** Web addresses: with a scheme, or starting with www. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/gi)].map((m) => m[0]);
}

/** A web address in the form the schema takes (https:// added to a bare www. address). */
export function asUrl(text: string): string {
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}

/** A phone number: an international or Finnish trunk prefix, then digits in groups. */
const PHONE = /(?:\+\d{1,3}\s?(?:\(0\)\s?)?|\(0\d{1,3}\)\s?|\b0)\d[\d\s-]{2,14}\d/g;

/** Phone numbers as written, each one that the validator reads as a phone number ("(09) 1911", "019 505 81"). */
export function findPhones(text: string): string[] {
  return [...text.matchAll(PHONE)]
    .map((m) => m[0].trim())
    .filter((p) => !/^\d{7}-\d$/.test(p) && normalisePhone(p) !== undefined);
}

/** Finnish business IDs (Y-tunnus) whose check digit is right. */
export function findBusinessIds(text: string): string[] {
  return [...text.matchAll(/\b(\d{7}-\d)\b/g)].map((m) => m[1]!).filter((id) => checkBusinessId(id) === undefined);
}

// Dates.

const MONTHS: Record<string, number> = {
  tammi: 1,
  helmi: 2,
  maalis: 3,
  huhti: 4,
  touko: 5,
  kesä: 6,
  heinä: 7,
  elo: 8,
  syys: 9,
  loka: 10,
  marras: 11,
  joulu: 12,
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};
const FI_MONTH = '(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ta)?';
const NAMED_MONTH =
  '(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)';

export interface FoundDate {
  iso: string;
  /** What the words before it say the date is. */
  role: 'created' | 'updated' | undefined;
  index: number;
  written: string;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CREATED =
  /(laadittu|luotu|laatimispäivä\w*|laatimis\w*|päiväys|upprättad|upprättat|skapad|created|drawn up|date of (creation|issue)|voimassa)\W*$/i;
const UPDATED =
  /(päivitetty|päivitys|muutettu|viimeisin muutos|viimeksi|tarkistettu|uppdaterad|uppdaterat|senast ändrad|ändrad|updated|last updated|last modified|modified|revised|muokattu)\W*$/i;

const DATE_FI_NUMERIC = /\b(\d{1,2})\s?\.\s?(\d{1,2})\s?\.\s?(\d{4})\b/g;
const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DATE_FI_MONTH = new RegExp(`\\b(\\d{1,2})\\.?\\s+${FI_MONTH}\\s+(\\d{4})`, 'gi');
const DATE_DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${NAMED_MONTH}\\s+(\\d{4})`, 'gi');
const DATE_MONTH_DAY = new RegExp(`\\b${NAMED_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi');

/** The dates a text writes: Finnish 1.3.2024, ISO 2024-03-01, and with month names (fi, sv, en). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form writes a four-digit year: most blocks have none.
  if (!/\d{4}/.test(text)) return found;
  const push = (index: number, written: string, value: string | undefined): void => {
    if (!value) return;
    const before = text.slice(Math.max(0, index - 40), index);
    const role = UPDATED.test(before) ? 'updated' : CREATED.test(before) ? 'created' : undefined;
    found.push({ iso: value, role, index, written });
  };
  for (const m of text.matchAll(DATE_FI_NUMERIC)) push(m.index, m[0], iso(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of text.matchAll(DATE_ISO)) push(m.index, m[0], iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(DATE_FI_MONTH))
    push(m.index, m[0], iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  for (const m of text.matchAll(DATE_DAY_MONTH))
    push(m.index, m[0], iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  for (const m of text.matchAll(DATE_MONTH_DAY))
    push(m.index, m[0], iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])));
  return found.sort((a, b) => a.index - b.index);
}

// The law a notice cites.

interface Citations {
  gdpr?: string;
  hetil?: string;
  dataProtectionAct?: string;
}

const GDPR_CITE =
  /(EU:n\s+)?(yleis\w+\s+)?tietosuoja-?asetu\w*|dataskyddsförordning\w*|general data protection regulation|\bGDPR\b|\(EU\)\s*2016\/679|2016\/679|\bEU-?tietosuoja\w*/i;
const HETIL_CITE = /henkilötietolai?\w*|personuppgiftslag\w*|personal data act|\b523\/(?:19)?99\b/i;
const TSL_CITE = /tietosuojalai?\w*|dataskyddslag\w*|data protection act|1050\/2018/i;

/** The laws a text cites, each with the words it cites it in. */
export function findCitations(text: string): Citations {
  const cites: Citations = {};
  const gdpr = GDPR_CITE.exec(text);
  if (gdpr) cites.gdpr = gdpr[0];
  const hetil = HETIL_CITE.exec(text);
  if (hetil) cites.hetil = hetil[0];
  // The Act on Data Protection in Electronic Communications (516/2004) is not the Data Protection Act.
  const tsl = TSL_CITE.exec(
    text.replace(/sähköisen viestinnän tietosuojala\w*|dataskyddslagen för elektronisk kommunikation/gi, ''),
  );
  if (tsl) cites.dataProtectionAct = tsl[0];
  return cites;
}

/** The profile the cited law and the date point to, with the reason. */
export function inferProfile(
  cites: Citations,
  latestDate: string | undefined,
  callsItselfRegisterDescription: boolean,
): { profile: Profile; because: string } {
  if (cites.gdpr) return { profile: 'gdpr', because: `it cites the GDPR: ${cites.gdpr}` };
  if (cites.dataProtectionAct)
    return { profile: 'gdpr', because: `it cites the Data Protection Act: ${cites.dataProtectionAct}` };
  if (cites.hetil) return { profile: 'hetil', because: `it cites the Personal Data Act: ${cites.hetil}` };
  if (latestDate && latestDate < '2018-05-25')
    return { profile: 'hetil', because: `it is dated ${latestDate}, before the GDPR applied (2018-05-25)` };
  if (!latestDate && callsItselfRegisterDescription)
    return { profile: 'hetil', because: 'it calls itself a register description and cites no law of the GDPR era' };
  return { profile: 'gdpr', because: 'it cites no law; a notice in use today is read under the GDPR' };
}

// Language.

const WORDS: Record<Language, readonly string[]> = {
  fi: [
    'ja',
    'tai',
    'on',
    'ei',
    'että',
    'sekä',
    'tiedot',
    'tietoja',
    'henkilötietoja',
    'henkilötietojen',
    'rekisterin',
    'rekisteriin',
    'käsittely',
    'voidaan',
    'ovat',
    'kuten',
    'mukaan',
    'tietojen',
    'myös',
    'asiakkaan',
  ],
  sv: [
    'och',
    'att',
    'för',
    'av',
    'som',
    'är',
    'inte',
    'uppgifter',
    'den',
    'till',
    'med',
    'de',
    'om',
    'personuppgifter',
    'registret',
    'kan',
    'på',
    'eller',
    'det',
    'behandling',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'data',
    'your',
    'we',
    'is',
    'for',
    'personal',
    'you',
    'are',
    'or',
    'with',
    'our',
    'this',
    'be',
    'in',
    'by',
    'information',
  ],
};

/** The language most of the text's common words belong to, and the counts. */
/** Each common word and the languages it belongs to (built once). */
const WORD_LANGUAGES = new Map<string, Language[]>();
for (const [language, words] of Object.entries(WORDS) as [Language, readonly string[]][])
  for (const word of new Set(words)) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), language]);

export function detectLanguage(text: string): { language: Language; counts: Record<Language, number> } {
  const counts: Record<Language, number> = { fi: 0, sv: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? [])
    for (const language of WORD_LANGUAGES.get(word) ?? []) counts[language]++;
  const language = (['fi', 'sv', 'en'] as const).reduce(
    (best, l) => (counts[l] > counts[best] ? l : best),
    'fi' as Language,
  );
  return { language, counts };
}

// Legal bases named in words.

const BASES: readonly { basis: Basis; pattern: RegExp }[] = [
  { basis: 'consent', pattern: /suostumu|samtyck|\bconsent/i },
  { basis: 'contract', pattern: /sopimu|asiakassuhte|avtal|\bcontract/i },
  {
    basis: 'legitimate_interests',
    pattern: /oikeutettu\w* etu|oikeutetun edun|berättigat? intresse|legitimate interests?/i,
  },
  {
    basis: 'legal_obligation',
    pattern:
      /lakisäätei\w* (velvoit|velvollisuu)|lakiperusteis\w* velvollisuu|laillinen velvoite|lakiin perustuva velvoi|rättslig förpliktelse|legal obligation/i,
  },
  {
    basis: 'public_task',
    pattern:
      /yleisen edun|yleistä etua|julkisen vallan|allmänt intresse|myndighetsutövning|public (task|interest)|official authority/i,
  },
  { basis: 'vital_interests', pattern: /elintärke|vitalt intresse|vital interest/i },
];

/** The legal bases a sentence names in words, in the order of the GDPR's list. */
export function findBases(text: string): Basis[] {
  return BASES.filter((b) => b.pattern.test(text)).map((b) => b.basis);
}

// Countries outside the EU/EEA.

const COUNTRIES: readonly { code: string; pattern: RegExp }[] = [
  { code: 'US', pattern: /\b(yhdysval\w+|usa|u\.s\.a?\.?|united states|förenta staterna)\b/i },
  { code: 'GB', pattern: /\b(iso-britanni\w+|britanni\w+|united kingdom|storbritannien|\buk\b)\b/i },
  { code: 'CH', pattern: /\b(sveitsi\w*|schweiz|switzerland)\b/i },
  { code: 'CA', pattern: /\b(kanada\w*|canada)\b/i },
  { code: 'JP', pattern: /\b(japani\w*|japan)\b/i },
  { code: 'IN', pattern: /\b(intia\w*|indien|india)\b/i },
  { code: 'CN', pattern: /\b(kiina\w*|kina|china)\b/i },
  { code: 'AU', pattern: /\b(australia\w*|australien)\b/i },
  { code: 'RU', pattern: /\b(venäjä\w*|ryssland|russia)\b/i },
];

/** Countries outside the EU/EEA a text names, as ISO 3166 codes. */
export function findThirdCountries(text: string): string[] {
  return COUNTRIES.filter((c) => !EEA_COUNTRIES.has(c.code) && c.pattern.test(text)).map((c) => c.code);
}

// Retention periods.

const UNITS: readonly { unit: 'Y' | 'M' | 'W' | 'D'; pattern: string }[] = [
  { unit: 'Y', pattern: 'vuo(?:si|tta|den|deksi|siksi|sien)|år(?:en)?|years?' },
  { unit: 'M', pattern: 'kuukau(?:si|tta|den|deksi)|kk|månad(?:er)?|months?' },
  { unit: 'W', pattern: 'viik(?:ko|koa|on)|veck(?:a|or)|weeks?' },
  { unit: 'D', pattern: 'päiv(?:ä|ää|än)|dag(?:ar)?|days?' },
];
const NUMBER_WORDS: Record<string, number> = {
  yksi: 1,
  yhden: 1,
  kaksi: 2,
  kahden: 2,
  kolme: 3,
  kolmen: 3,
  neljä: 4,
  neljän: 4,
  viisi: 5,
  viiden: 5,
  kuusi: 6,
  kuuden: 6,
  seitsemän: 7,
  kahdeksan: 8,
  yhdeksän: 9,
  kymmenen: 10,
  ett: 1,
  en: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

/** The periods a text names ("10 vuotta", "6 kuukautta", "two years"), as ISO 8601 durations. */
const PERIOD_PATTERNS = UNITS.map(({ unit, pattern }) => ({
  unit,
  re: new RegExp(
    `(?<![\\p{L}\\d.,])(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:${pattern})(?!\\p{L})`,
    'giu',
  ),
}));

export function findPeriods(text: string): { period: string; written: string }[] {
  const found: { period: string; written: string; index: number }[] = [];
  for (const { unit, re } of PERIOD_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      if (n > 0) found.push({ period: `P${n}${unit}`, written: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ period, written }) => ({ period, written }));
}
