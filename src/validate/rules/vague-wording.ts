/**
 * Wording that says nothing: the words a notice uses where an answer belongs, in fi, sv and en.
 *
 * Where the words come from: the WP29/EDPB transparency guidelines (WP260 rev.01, Annex) say that a
 * retention of "as long as necessary" is not enough and that recipients are to be named, or their
 * categories given as specifically as possible (type, sector, location); the phrases themselves are
 * those of Finnish notices read for this project (the seeds and the real notices under
 * test/fixtures/real/) and their usual Swedish and English counterparts.
 *
 * A text is *empty* when nothing is left of it once its empty phrases and filler words are taken out:
 * "Tietoja säilytetään toistaiseksi." is empty, "Toistaiseksi, kuitenkin enintään viisi vuotta." is not.
 * Matching works on whole words, so "muut" does not match "muutokset".
 */

/** Phrases that stand for a period without giving one. */
const EMPTY_RETENTION_PHRASES: readonly string[] = [
  // fi
  'toistaiseksi',
  'pysyvästi',
  'ikuisesti',
  'määräämättömän ajan',
  'rajoittamattoman ajan',
  'niin kauan kuin on tarpeen',
  'niin kauan kuin se on tarpeen',
  'niin kauan kuin tarpeen',
  'niin kauan kuin on tarpeellista',
  'niin kauan kuin tarvitaan',
  'niin kauan kuin on välttämätöntä',
  'tarpeen mukaan',
  'tarvittaessa',
  'lain mukaisen ajan',
  'lain mukainen aika',
  'lain edellyttämän ajan',
  // sv
  'tills vidare',
  'för alltid',
  'permanent',
  'på obestämd tid',
  'så länge det behövs',
  'så länge som det behövs',
  'så länge som behövs',
  'så länge det är nödvändigt',
  'vid behov',
  'inom lagens gränser',
  'i den utsträckning lagen tillåter',
  'den tid lagen kräver',
  // en
  'until further notice',
  'permanently',
  'indefinitely',
  'forever',
  'as long as needed',
  'as long as necessary',
  'as long as required',
  'as long as it is needed',
  'as long as it is necessary',
  'as long as is necessary',
  'as needed',
  'as required by law',
  // The heading restated: "Säilytysaika." under the heading of the retention section.
  'säilytysaika',
  'henkilötietojen säilytysaika',
  'lagringstid',
  'retention period',
  'retention',
];

/** Words that may surround an empty retention phrase without adding to it ("Tietoja säilytetään …"). */
const RETENTION_FILLER = words(`
  tietoja tiedot tietoa henkilötietoja henkilötiedot säilytetään säilytämme säilyttää säilytettävä rekisterissä
  on ovat ja sekä tai
  uppgifterna uppgifter personuppgifterna personuppgifter sparas lagras bevaras vi sparar lagrar i registret
  är och eller
  the data personal is are kept stored retained we keep store retain it in register and or
`);

/** Lines that name nobody: no recipient and no category of recipient. */
const EMPTY_RECIPIENT_PHRASES: readonly string[] = [
  // fi
  'kumppanit',
  'kumppaneille',
  'yhteistyökumppanit',
  'yhteistyökumppaneille',
  'kolmannet osapuolet',
  'kolmansille osapuolille',
  'ulkopuoliset tahot',
  'ulkopuolisille tahoille',
  'muut tahot',
  'muille tahoille',
  'muut',
  'muille',
  'sidosryhmät',
  'sidosryhmille',
  'tarvittaessa',
  'tarpeen mukaan',
  // Disclosure "within the limits of the law" names nobody either (ILJOJA 2015: "Henkilötietoja voidaan
  // luovuttaa Suomen lain edellyttämässä ja sallimissa rajoissa.").
  'lain sallimissa rajoissa',
  'lain edellyttämissä rajoissa',
  'lain edellyttämässä ja sallimissa rajoissa',
  'lain edellyttämissä ja sallimissa rajoissa',
  'lainsäädännön sallimissa rajoissa',
  'lainsäädännön sallimissa ja velvoittavissa rajoissa',
  // sv
  'partner',
  'partners',
  'samarbetspartner',
  'samarbetspartners',
  'tredje part',
  'tredje parter',
  'andra',
  'övriga',
  'vid behov',
  // en
  'partners',
  'our partners',
  'business partners',
  'third parties',
  'third party',
  'other parties',
  'others',
  'as needed',
  'where necessary',
  'if necessary',
  'within the limits of the law',
  'as permitted by law',
  'as required or permitted by law',
  // The heading restated: "Vastaanottajat." under the heading of the recipients section.
  'vastaanottajat',
  'tietojen vastaanottajat',
  'luovutukset',
  'säännönmukaiset luovutukset',
  'mottagare',
  'mottagarna',
  'recipients',
  'disclosures',
];

/** Words that may surround an empty recipient phrase without naming anyone ("Tietoja voidaan luovuttaa …"). */
const RECIPIENT_FILLER = words(`
  tietoja tiedot henkilötietoja henkilötiedot voidaan luovuttaa luovutetaan annetaan siirtää meidän ja sekä tai
  suomen voimassa olevan voimassaolevan kulloinkin
  uppgifter uppgifterna personuppgifter kan lämnas ut till delas med våra och eller finsk gällande
  data personal may be disclosed shared with to our the and or finnish applicable
`);

// A line longer than this says something (or is prose the other checks read); it also keeps the work per text small.
const LONGEST_EMPTY_TEXT = 200;

/** The retention text when it is nothing but wording that gives no period ("toistaiseksi"), else undefined. */
export function emptyRetention(text: string): string | undefined {
  return isOnly(text, EMPTY_RETENTION_PHRASES, RETENTION_FILLER) ? text.trim() : undefined;
}

/** The recipient line when it names no recipient and no category ("Kumppanit", "third parties"), else undefined. */
export function emptyRecipient(text: string): string | undefined {
  return isOnly(text, EMPTY_RECIPIENT_PHRASES, RECIPIENT_FILLER) ? text.trim() : undefined;
}

/**
 * True when every word of the text belongs to one of the phrases or is filler, and at least one
 * phrase is there (a text of filler words alone, "Tietoja säilytetään.", is not judged here).
 */
function isOnly(text: string, phrases: readonly string[], filler: ReadonlySet<string>): boolean {
  if (text.length > LONGEST_EMPTY_TEXT) return false;
  let line = ` ${tokens(text).join(' ')} `;
  let found = false;
  // Longest first, so that "muut tahot" is taken out whole before "muut".
  for (const phrase of phrasesLongestFirst(phrases)) {
    const needle = ` ${phrase} `;
    while (line.includes(needle)) {
      line = line.replace(needle, ' ');
      found = true;
    }
  }
  return found && line.split(' ').every((word) => word === '' || filler.has(word));
}

const sortedPhrases = new WeakMap<readonly string[], string[]>();

function phrasesLongestFirst(phrases: readonly string[]): string[] {
  let sorted = sortedPhrases.get(phrases);
  if (!sorted) {
    sorted = phrases.map((p) => tokens(p).join(' ')).sort((a, b) => b.length - a.length);
    sortedPhrases.set(phrases, sorted);
  }
  return sorted;
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function words(list: string): ReadonlySet<string> {
  return new Set(tokens(list));
}

/**
 * What makes a retention concrete even when a clause of it is general: a number of years, months,
 * weeks or days ("5 vuotta", "fem år", "six months"), a named term that ends on a known day (the
 * contract, the warranty, the customer relationship) or a named law of periods (the accounting act).
 * "Sopimuksen voimassaoloaika ja takuuaika, varmuuskopioissa viisi vuotta, kirjanpitoaineisto
 * kirjanpitolain mukaisen ajan" says how long, though "lain mukaisen ajan" alone would not.
 */
const CONCRETE_RETENTION = new RegExp(
  [
    // A count and a unit of time.
    String.raw`(?<![\p{L}\p{N}])(?:\d+|yksi|yhden|kaksi|kahden|kolme|kolmen|neljä|neljän|viisi|viiden|kuusi|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:vuo|kuukau|viiko|viikk|päiv|år|månad|vecka|veckor|dag|year|month|week|day)`,
    // A term with a known end.
    String.raw`sopimuksen (?:voimassa|kesto|päätty)|sopimussuhte|takuu|asiakassuhteen (?:päätty|loppu)|asiakkuuden (?:päätty|loppu)|jäsenyyden (?:päätty|loppu)|työsuhteen (?:päätty|loppu)`,
    String.raw`avtalets (?:löptid|giltighet|upphörande|slut)|avtalsperiod|garanti|kundförhållandets (?:upphörande|slut)|medlemskapets (?:upphörande|slut)|anställningens (?:upphörande|slut)`,
    String.raw`(?:term|duration|end) of the (?:contract|agreement|customer relationship|membership|employment)|warranty|guarantee period`,
    // A named law that sets periods.
    String.raw`kirjanpitolai|kirjanpitolaki|arkistolai|arkistolaki|bokföringslag|arkivlag|accounting act|archives act|(?<!\d)\d+/(?:19|20)\d\d`,
  ].join('|'),
  'iu',
);

/** True when the retention text names a period or a criterion a reader can count from. */
export function namesConcreteRetention(text: string): boolean {
  return CONCRETE_RETENTION.test(text);
}
