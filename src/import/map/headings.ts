import type { SectionName } from '../../generated/notice-types.js';
import type { Block } from '../types.js';

// Section headings as found in real notices, in Finnish, Swedish and English: a dictionary of word patterns a
// reviewer can read, and the shapes a heading takes in plain text (numbered, a label ending in ':', a question,
// capitals, a short line of its own).

/** A field of the notice a heading can name (the section names of `layout.order`, without `objection`). */
export type SectionField = Exclude<SectionName, 'objection'>;

/**
 * The dictionary, most specific first: the first rule whose pattern is found in a heading (lower-case, its number
 * and closing ':' or '?' taken off) names its section. Patterns match word stems, so that inflected forms
 * ("rekisterinpitäjän yhteystiedot", "tietolähteet", "luovutukset") are found too.
 */
const HEADING_RULES: readonly { field: SectionField; pattern: RegExp }[] = [
  // Specific phrases that would otherwise be caught by a more general rule below.
  {
    field: 'transfers',
    pattern:
      /\b(eu|eta|euroopan talousalue\w*|ees|eea|european economic area)\b\S*\s+ulkopuol|utanför (eu|ees)|outside (the )?(eu|eea)|kolmansiin maihin|kolmas maa|tredje ?länder|third countr|kansainvälis\w+ järjestö|internationella organisationer|international organi[sz]ation|(tietojen|uppgifter\w*|data) siir|överför\w* av|transfers? of (personal )?data|data transfers?|international transfers?|^siirr|^siirto|^siirtä/,
  },
  {
    field: 'complaint',
    pattern:
      /valitu|valvontaviranomai|tietosuojavaltuut|klagom|tillsynsmyndighet|dataombudsm|complain|supervisory authority/,
  },
  {
    field: 'provision_requirement',
    pattern:
      /antamise\w* (pakollisuus|edellytys)|antaminen on|pakollisuus|skyldighet att lämna|obligat\w+ to provide|must (you )?provide|required to provide|do you have to/,
  },
  { field: 'automated_decisions', pattern: /automaatti|automatis|automated|profilo|profilering|profiling/ },
  {
    field: 'further_processing',
    pattern:
      /käyttötarkoituksen muuto|tarkoituksen muuttu|muuhun tarkoitukseen|andra ändamål|other purposes|further processing/,
  },
  { field: 'cookies', pattern: /eväste|cookie|kakor/ },
  {
    field: 'changes',
    pattern:
      /(selosteen|ilmoituksen) (muut|päivit)|muutokset tähän|ändringar i|changes to (this|the|our)|updates to (this|the|our)|(tietosuojaselosteen|rekisteriselosteen|selosteen) muutt|(time of )?validity of (this|the|our)|voimassaolo|giltighet/,
  },
  { field: 'dpo', pattern: /tietosuojavastaa|dataskyddsombud|data protection officer|\bdpo\b/ },
  {
    field: 'register_name',
    pattern: /rekisterin nimi|registrets namn|name of the (register|file|processing)|register name/,
  },
  {
    field: 'retention',
    pattern: /säilyt|säilyy|lagrings|förvar|hur länge|retention|how long|storage period|kept for/,
  },
  {
    field: 'security',
    pattern:
      /suoja(us|aminen|uksen|ukse|taan)|suojausperiaat|tietoturva|dataskyddsprincip|skydd (av|för)|säkerhet|security|protect\w* (the |your )?(data|information)|luottamuksellisuus|konfidentialitet|data breach|tietoturvaloukk|personuppgiftsincident/,
  },
  {
    field: 'sources',
    pattern:
      /tietoläht|lähde|lähtee|lähteet|informationskäll|uppgiftskäll|källa|källor|sources?\b|where (do|does) .* come from|receive (your )?(data|information) from|mistä (saamme|keräämme|tiedot)/,
  },
  {
    field: 'recipients',
    pattern:
      /luovut|vastaanottaj|käsittelijä|mottagare|utlämna|överlåt|biträd|underleverantör|alihankkij|recipient|disclos(?!ure requirement)|processors?\b|sub-?processors?|subcontractors?|share (your )?(data|information)|send (your )?(data|information)|who (do we|receives)/,
  },
  {
    field: 'legal_basis',
    pattern:
      /oikeusperust|(käsittelyn|rekisterin pitämisen|keräämisen|käsittelemisen) peruste|^peruste|perusteet|rättslig grund|grund för|legal (basis|ground)|lawful basis|legal grounds?|basis for (the )?processing|suostumuksen (antaminen|peruutt)/,
  },
  {
    field: 'data_subjects',
    pattern:
      /rekisteröityjen ryhm|rekisteröidyt\b|keitä|kenen tiet|grupper av registrerade|kategorier av registrerade|categories of data subjects|data subjects\b|whose (personal )?data/,
  },
  {
    field: 'data_categories',
    pattern:
      /tietosisältö|tietotyyp|tallennettav\w* tiedot|(sisältä\w*|sisällään) (seuraavat )?tiedot|käsiteltävät (henkilö)?tiedot|henkilötietoryhm|mitä (henkilö)?tietoja|datainnehåll|typ av uppgifter|uppgifter i registret|vilka (person)?uppgifter|kategorier av personuppgifter|personuppgifter som behandlas|behandlade personuppgifter|^(personuppgifter|henkilötiedot|personal data|the data)$|categories of (personal )?data|(personal )?data (we )?(collect|process)|what (personal )?(data|information)|content of the register|information we collect/,
  },
  {
    field: 'rights',
    pattern:
      /oikeud|oikeus|tarkastus|tarkistus|rättighet|rätt (till|att)|insyn|rättelse|(tietojen|henkilötietojen) (poist|oikeellisuu|korjaami)|kiellot|^peruutt|återkall|radering|rights?\b|access to (your )?data|erasure|deletion of (your )?data/,
  },
  {
    field: 'purposes',
    pattern: /tarkoitu|käyttötarkoi|ändamål|syfte|syften|purpose|why (do )?we|miksi|mihin käytämme/,
  },
  {
    field: 'controller',
    pattern:
      /rekisterinpitäjä|rekisterin (yl[lä]+pitäjä|pitäjä|omistaja)|henkilörekisterin pitäjä|registeransvarig|personuppgiftsansvarig|registerförare|controller|registrar|who we are|vem vi är|keitä olemme|tietojen hallinta/,
  },
  {
    field: 'contact_person',
    pattern:
      /yhteyshenkilö|yhteystiedot rekisteri|yhteydenot|rekisteriasio|vastaava henkilö|kontaktperson|ansvarsperson|registerärenden|contact person|contact us|yhteyttä/,
  },
  // "Yhteystiedot" alone is a heading; in a longer line it is more often data ("Henkilön yhteystiedot (osittain pakollinen)").
  { field: 'contact_person', pattern: /^(\S+ )?(yhteystiedot|kontaktuppgifter|contact details|contact information)$/ },
];

/** Generic "contact details" parts, left out when a heading joins them to another section ("Rekisterinpitäjä ja yhteystiedot"). */
const GENERIC =
  /^(sen |rekisterinpitäjän |hänen )?(yhteystiedot|kontaktuppgifter|contact details|contact information)$/;

/** A heading's text without its number, closing punctuation and extra spaces, lower-case. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(§\s*)?\d{1,2}(\.\d{1,2})*\s*[.):]?\s+/, '')
    .replace(/^[a-z]\)\s+/i, '')
    .replace(/^[-•*–]\s*/, '')
    .replace(/[\s:?*.]+$/, '')
    .toLowerCase();
}

/** The number a heading is written with ("6. Säännönmukaiset tietolähteet" → 6), if any. */
export function headingNumber(text: string): number | undefined {
  const match = /^\s*(?:§\s*)?(\d{1,2})\s*[.)]\s+\S/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function fieldOf(part: string): SectionField | undefined {
  return HEADING_RULES.find((rule) => rule.pattern.test(part))?.field;
}

/**
 * The sections a heading names, in the order written: one field, or several for a heading that joins them
 * ("Säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle" → recipients, transfers).
 * Undefined when the dictionary knows none.
 */
export function sectionsOfHeading(text: string): SectionField[] | undefined {
  // The same line is asked about several times while a document is cut (its numbering, its shape, its section).
  const cached = SECTIONS_CACHE.get(text);
  if (cached !== undefined || SECTIONS_CACHE.has(text)) return cached?.slice();
  const fields = sectionsOf(text);
  if (SECTIONS_CACHE.size >= 10_000) SECTIONS_CACHE.clear();
  SECTIONS_CACHE.set(text, fields);
  return fields?.slice();
}

const SECTIONS_CACHE = new Map<string, SectionField[] | undefined>();

function sectionsOf(text: string): SectionField[] | undefined {
  const heading = normaliseHeading(text);
  if (heading === '' || heading.length > 140) return undefined;
  const whole = fieldOf(heading);
  const parts = heading
    .split(/\s+(?:ja|sekä|tai|och|samt|and|&)\s+|\s*[/,;]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const fields: SectionField[] = [];
  if (parts.length > 1) {
    for (const part of parts) {
      if (GENERIC.test(part) && parts.length > 1 && fields.length > 0) continue;
      const field = fieldOf(part);
      if (field && !fields.includes(field)) fields.push(field);
    }
  }
  if (fields.length > 1) return fields;
  return whole ? [whole] : fields.length === 1 ? fields : undefined;
}

/** Whether a line is shaped like a heading: short, on its own, and numbered, a label, a question or capitals. */
export function headingShape(text: string): { numbered: boolean; marked: boolean } | undefined {
  const line = text.trim();
  if (line === '' || line.includes('\n') || line.length > 140) return undefined;
  const numbered = headingNumber(line) !== undefined;
  // Capitals: only a line equal to its upper case can be one, so the letters are counted only then.
  const capitals = line === line.toUpperCase() && line.replace(/[^\p{L}]/gu, '').length >= 4;
  const marked = numbered || /[:?]$/.test(line) || capitals;
  // A sentence (ends with '.', or reads as several clauses) is not a heading unless numbered.
  if (!numbered && (/[.!;]$/.test(line) || line.length > 100)) return undefined;
  return { numbered, marked };
}

/** A heading written as "Label: content" on one line ("Rekisterinpitäjä: Maija-Leena Lehtimäki"). */
export function inlineHeading(text: string): { label: string; rest: string; fields: SectionField[] } | undefined {
  const match = /^([^:\n]{3,60}):\s+(\S.*)$/s.exec(text.trim());
  if (!match) return undefined;
  const fields = sectionsOfHeading(match[1]!);
  if (!fields) return undefined;
  // Only the sections whose content is a name or a short value are written this way.
  if (!fields.every((f) => ['controller', 'contact_person', 'dpo', 'register_name'].includes(f))) return undefined;
  return { label: `${match[1]!}:`, rest: match[2]!, fields };
}

/** A block that is a heading by its markup, or by its shape and the dictionary. */
export function blockHeading(
  block: Block,
  numberedDocument: boolean,
  context: { afterSentence: boolean; beforeContinuation: boolean } = { afterSentence: true, beforeContinuation: false },
): { fields: SectionField[] | undefined; text: string } | undefined {
  const text = block.text.trim();
  if (block.kind === 'heading') return { fields: sectionsOfHeading(text), text };
  if (block.kind === 'row' || inlineHeading(text)) return undefined;
  const shape = headingShape(text);
  if (!shape) return undefined;
  const fields = sectionsOfHeading(text);
  if (numberedDocument) {
    // In a document whose headings are numbered, an unnumbered line is a heading only in markup.
    if (!shape.numbered) return undefined;
    return { fields, text };
  }
  if (!fields && !EXTRA_HEADING.test(normaliseHeading(text))) return undefined;
  if (block.kind === 'item' && !shape.marked && !exactHeading(text)) return undefined;
  // A line with no mark of a heading must stand on its own: a capital first, a sentence ended before it, no
  // sentence running on after it, and few words (a line wrapped by hand in the middle of a sentence is not one).
  if (!shape.marked && !exactHeading(text)) {
    if (!/^\p{Lu}/u.test(text) || !context.afterSentence || context.beforeContinuation) return undefined;
    if (text.length > 90 || text.split(/\s+/).length > 12) return undefined;
  }
  return { fields, text };
}

/** Headings of sections the format has no field for, found often enough to know them as headings (extra sections). */
const EXTRA_HEADING =
  /^(lisätiedot|lisätietoja|yleistä|muut tiedot|övrigt|allmänt|ytterligare information|mer information|more information|further information|additional information|general)$/;

const EXACT = new Set(
  [
    'rekisterinpitäjä',
    'rekisterin nimi',
    'rekisterin tietosisältö',
    'säännönmukaiset tietolähteet',
    'rekisterin suojauksen periaatteet',
    'rekisteröidyn oikeudet',
    'tietosuojavastaava',
    'yhteyshenkilö',
    'registeransvarig',
    'personuppgiftsansvarig',
    'registrets namn',
    'den registrerades rättigheter',
    'controller',
    'data protection officer',
    'your rights',
  ].map((h) => h.toLowerCase()),
);

function exactHeading(text: string): boolean {
  return EXACT.has(normaliseHeading(text));
}
