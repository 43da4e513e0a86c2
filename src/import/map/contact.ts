import type {
  Address,
  AddressKind,
  AddressOfKind,
  Contact,
  ControllerLabels,
  Language,
  PhoneEntry,
} from '../../generated/notice-types.js';
import { stringsFor } from '../../render/strings/index.js';
import { asUrl, findBusinessIds, findObfuscatedEmails, findPhones, findUrls, isPlainEmail } from './facts.js';

// A contact block (controller, contact person, data protection officer) read line by line: "Label: value"
// lines by their label, unlabelled lines by their shape. A line that is not understood whole stays in `text`.

export interface ParsedContact extends Contact {
  business_id?: string;
  labels?: ControllerLabels;
}

/** What each line of the block became: the field it filled, or 'text'. */
export type LineUse =
  'name' | 'role' | 'business_id' | 'address' | 'addresses' | 'phone' | 'email' | 'website' | 'text';

const LABELS: readonly { use: Exclude<LineUse, 'text' | 'role' | 'addresses'>; pattern: RegExp }[] = [
  {
    use: 'name',
    pattern:
      /^((yrityksen|yhdistyksen|yhteisön|organisaation|företagets|föreningens|organisationens) )?(nimi|namn)$|^(name|company)$/i,
  },
  {
    use: 'business_id',
    pattern: /^(y-?tunnus|yritystunnus|business id|fo-nummer|org\.? ?nr|företags- och organisationsnummer)$/i,
  },
  {
    use: 'address',
    pattern:
      /^(\p{L}+ )?(osoite|postiosoite|käyntiosoite|laskutusosoite|address|postal address|visiting address|billing address|postadress|besöksadress|faktureringsadress|adress)$/iu,
  },
  { use: 'phone', pattern: /^(puhelin|puh|puhelinnumero|tel|tfn|telefon|phone|telephone|vaihde|växel|gsm)\.?$/i },
  { use: 'email', pattern: /^(sähköposti|sähköpostiosoite|s-posti|e-post|e-postadress|e-mail|email)$/i },
  {
    use: 'website',
    pattern: /^(www|verkkosivut|verkkosivu|kotisivu|kotisivut|internet|website|webbplats|hemsida|web)$/i,
  },
];

const POSTAL = /\b(\d{5})\s+([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*)/u;
const STREET = /([\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+)?\s\d+(?:\s?[A-Za-z])?(?:\s?[A-Za-z]?\d*)?)/u;
const PO_BOX = /^(?:PL|PB|P\.?O\.? ?Box)\s*(\d+)$/i;

const POSTAL_WHOLE = new RegExp(`^${POSTAL.source}$`, 'u');
const STREET_WHOLE = new RegExp(`^${STREET.source}$`, 'u');

/**
 * An address written on one line: street or PO box, postal code and city ("PL 29, 00023 VALTIONEUVOSTO"), a
 * street and a city ("Ritarikatu 2 b, Helsinki"); with `addressee`, a name before it ("Opetus- ja
 * kulttuuriministeriö, PL 29, ..."), kept as written. Undefined when any part is not understood.
 */
function parseAddress(text: string, withAddressee = false): (Address & { addressee?: string }) | undefined {
  const parts = text.split(/\s*,\s*/);
  const address: Address & { addressee?: string } = {};
  for (const [i, part] of parts.entries()) {
    const postal = POSTAL_WHOLE.exec(part);
    const box = PO_BOX.exec(part);
    if (postal) {
      address.postal_code = postal[1]!;
      address.city = postal[2]!;
    } else if (box) address.po_box = box[1]!;
    else if (!address.street && !address.postal_code && /\d/.test(part)) address.street = part;
    else if (withAddressee && i === 0 && parts.length > 1 && !/\d/.test(part)) address.addressee = part;
    else if (address.street && !address.city && i === parts.length - 1 && /^\p{Lu}[\p{L}-]+$/u.test(part))
      address.city = part;
    else return undefined;
  }
  if (!address.street && !address.po_box && !address.postal_code) return undefined;
  return address;
}

/** The kind of an address by its label's word; undefined for a plain "Osoite" / "Address". */
function addressKind(label: string): AddressKind | undefined {
  if (/postiosoite|postadress|postal address/i.test(label)) return 'postal';
  if (/käyntiosoite|besöksadress|visiting address/i.test(label)) return 'visiting';
  if (/laskutusosoite|faktureringsadress|billing address/i.test(label)) return 'billing';
  return undefined;
}

/** The labels the notice shows for each kind of address, in every language (a label written so is not kept). */
const KIND_LABELS: Record<AddressKind, string[]> = {
  postal: ['Postiosoite', 'Postadress', 'Postal address'],
  visiting: ['Käyntiosoite', 'Besöksadress', 'Visiting address'],
  billing: ['Laskutusosoite', 'Faktureringsadress', 'Billing address'],
};

/** The uses of a line that have a label of their own in `labels` (an address of a kind has its own). */
const LABEL_OF_USE: Record<keyof ControllerLabels, true> = {
  name: true,
  business_id: true,
  address: true,
  phone: true,
  email: true,
  website: true,
};

/**
 * The label notice shows for a kind of line in a language; none for the name, which it shows in bold. A line
 * labelled otherwise keeps its label in `labels`.
 */
function builtInLabel(use: keyof ControllerLabels, language: Language): string | undefined {
  const { labels } = stringsFor(language);
  switch (use) {
    case 'name':
      return undefined;
    case 'business_id':
      return labels.businessId;
    default:
      return labels[use];
  }
}

/**
 * Reads a contact block; `lines` are its lines as written (headings already taken off). With the notice's
 * `language`, a line's label that is not notice's own for that kind of line ("Sähköpostiosoite", "Puh.", "Nimi")
 * is kept in `labels`, so that the line reads as written.
 */
export function parseContact(
  lines: readonly string[],
  language?: Language,
): { contact: ParsedContact; uses: LineUse[]; text: string[] } {
  const contact: ParsedContact = {};
  const labels: ControllerLabels = {};
  /** Keeps the label a line of a kind was written with, the first one of each kind. */
  const labelAs = (use: LineUse, written: string): void => {
    if (!language || !(use in LABEL_OF_USE)) return;
    const kind = use as keyof ControllerLabels;
    if (labels[kind] === undefined && written !== builtInLabel(kind, language)) labels[kind] = written;
  };
  const phones: PhoneEntry[] = [];
  const emails: string[] = [];
  const addresses: AddressOfKind[] = [];
  const text: string[] = [];
  const uses: LineUse[] = [];
  let pendingStreet: { line: number; street: string } | undefined;

  const keep = (line: string): LineUse => {
    text.push(line);
    return 'text';
  };

  const nameAt = nameLine(lines);
  // After a sentence of prose ("Företrädare för den personuppgiftsansvarige är"), the lines speak of someone
  // else: they are kept as text, so that another person's e-mail address is not taken for this contact's.
  let prose = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (prose) {
      uses.push(keep(line));
      return;
    }
    const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(line);
    const label = labelled ? LABELS.find((l) => l.pattern.test(labelled[1]!.trim())) : undefined;
    if (labelled && label) {
      const value = labelled[2]!.trim();
      const use = readValue(label.use, value, line);
      labelAs(use, labelled[1]!.trim());
      uses.push(use);
      return;
    }
    // Unlabelled lines, by shape.
    const unlabelled = /^(puh\.?|tel\.?|tfn\.?|puhelin|gsm)\s+(.+)$/i.exec(line);
    if (unlabelled) {
      const use = readValue('phone', unlabelled[2]!, line);
      labelAs(use, unlabelled[1]!);
      uses.push(use);
      return;
    }
    const bid = /^(?:y-tunnus|y-tunnus:)\s*(\d{7}-\d)$/i.exec(line);
    if (bid) {
      uses.push(readValue('business_id', bid[1]!, line));
      return;
    }
    if (isPlainEmail(line)) {
      emails.push(line.replace(/[.,;:]$/, ''));
      uses.push('email');
      return;
    }
    if (/^(https?:\/\/|www\.)\S+$/i.test(line) && !contact.website) {
      contact.website = asUrl(line);
      uses.push('website');
      return;
    }
    const postal = POSTAL_WHOLE.exec(line);
    if (postal && !contact.address) {
      const address: Address = { postal_code: postal[1]!, city: postal[2]! };
      if (pendingStreet && pendingStreet.line === i - 1) {
        const box = PO_BOX.exec(pendingStreet.street);
        if (box) address.po_box = box[1]!;
        else address.street = pendingStreet.street;
        text.pop();
        uses[i - 1] = 'address';
      }
      contact.address = address;
      uses.push('address');
      return;
    }
    // "Löneboställsporten 1, 00240 Helsingfors": a street and a postal code with its city on one line.
    const streetAndCity = /,\s*\d{5}\s/.test(line) && !contact.address ? parseAddress(line) : undefined;
    if (streetAndCity?.street && streetAndCity.postal_code) {
      contact.address = streetAndCity;
      uses.push('address');
      return;
    }
    // A phone number alone on its line.
    if (findPhones(line)[0] === line) {
      phones.push(line);
      uses.push('phone');
      return;
    }
    if (STREET_WHOLE.test(line)) pendingStreet = { line: i, street: line };
    if (/^PL \d+|^PB \d+|^P\.?O\.? ?Box/i.test(line)) pendingStreet = { line: i, street: line };
    const whole = wholeLine(line);
    if (whole && !contact.name && !contact.business_id) {
      Object.assign(contact, whole.contact);
      phones.push(...whole.phones);
      uses.push('name');
      return;
    }
    // A first line of words only is the name; "Name, role" gives both.
    const remark = /^([\p{L}][\p{L}\s.&'’-]*?)\s+(\([^()]+\))$/u.exec(line);
    if (!contact.name && i === nameAt && remark && !/\d/.test(remark[1]!)) {
      contact.name = remark[1]!;
      contact.name_note = remark[2]!;
      uses.push('name');
      return;
    }
    if (
      !contact.name &&
      i === nameAt &&
      /^[\p{L}][\p{L}\s.&'’()-]*(,\s*[\p{L}][\p{L}\s-]*)?$/u.test(line) &&
      line.length <= 80
    ) {
      // "Jani Alho, tietosuojavastaava": a name and its role; "Helsingin yliopisto, Tietojenkäsittelytieteen
      // osasto": a capitalised part is part of the name.
      const [name, role] = line.split(/\s*,\s*/);
      if (role && /^\p{Ll}/u.test(role)) {
        contact.name = name!;
        contact.role = role;
        uses.push('role');
      } else {
        contact.name = line;
        uses.push('name');
      }
      return;
    }
    prose = i > nameAt && nameAt >= 0 && /^\p{Lu}\S*(\s+\p{Ll}\S*){3,}/u.test(line);
    uses.push(keep(line));
  });

  function readValue(use: Exclude<LineUse, 'text' | 'role' | 'addresses'>, value: string, line: string): LineUse {
    switch (use) {
      case 'name': {
        if (contact.name) return keep(line);
        // "LamisNET (www.ytj.fi)", "Oskillaatio ry (myöhemmin yhdistys)": the remark after the name is its note.
        const remark = /^(.+?)\s+(\([^()]+\))$/.exec(value);
        contact.name = remark ? remark[1]! : value;
        if (remark) contact.name_note = remark[2]!;
        return 'name';
      }
      case 'business_id': {
        const ids = findBusinessIds(value);
        if (ids.length !== 1 || ids[0] !== value || contact.business_id) return keep(line);
        contact.business_id = value;
        return 'business_id';
      }
      case 'address': {
        // "Postiosoite: PL 29, 00023 VALTIONEUVOSTO", "Kirjaamon käyntiosoite: Ritarikatu 2 b, Helsinki": an
        // address of its kind, with the label as written when the notice's own label would differ.
        const written = /^([^:]+):/.exec(line)![1]!.trim();
        const kind = addressKind(written);
        const address = parseAddress(value, kind !== undefined);
        if (!address) return keep(line);
        if (kind) {
          const { addressee, ...rest } = address;
          const entry: AddressOfKind = {
            kind,
            ...(KIND_LABELS[kind].includes(written) ? {} : { label: written }),
            ...(addressee ? { addressee } : {}),
            ...rest,
          };
          addresses.push(entry);
          return 'addresses';
        }
        if (contact.address || address.addressee) return keep(line);
        contact.address = address;
        return 'address';
      }
      case 'phone': {
        const found = findPhones(value);
        if (found.length !== 1 || found[0] !== value.trim()) {
          // "0295 16001 (keskus)": the number and a label.
          const labelled = /^(.+?)\s*\(([^)]+)\)$/.exec(value);
          if (labelled && findPhones(labelled[1]!)[0] === labelled[1]!.trim()) {
            phones.push({ number: labelled[1]!.trim(), label: labelled[2]! });
            return 'phone';
          }
          return keep(line);
        }
        phones.push(value.trim());
        return 'phone';
      }
      case 'email':
        if (!isPlainEmail(value) || findObfuscatedEmails(value).length > 0) return keep(line);
        emails.push(value.replace(/[.,;:]$/, ''));
        return 'email';
      case 'website': {
        const urls = findUrls(value);
        if (urls.length !== 1 || urls[0] !== value || contact.website) return keep(line);
        contact.website = asUrl(value);
        return 'website';
      }
    }
  }

  if (addresses.length > 0) contact.addresses = addresses as [AddressOfKind, ...AddressOfKind[]];
  if (phones.length > 0) contact.phone = phones.length === 1 ? phones[0]! : (phones as [PhoneEntry, ...PhoneEntry[]]);
  if (emails.length > 0) contact.email = emails.length === 1 ? emails[0]! : (emails as [string, ...string[]]);
  if (text.length > 0) contact.text = text.join('\n\n');
  if (Object.keys(labels).length > 0) contact.labels = labels;
  return { contact, uses, text };
}

function firstUnlabelled(lines: readonly string[]): number {
  return lines.findIndex((l) => !/^[^:]{2,40}:\s/.test(l.trim()));
}

/** A name line of words only: no digits, no label, short. */
const WORDS_ONLY = /^[\p{L}][\p{L}\s.&'’()-]*$/u;
/** The last word of a unit's name, not of an organisation's: "Kirjastoverkkopalvelut", "Biblioteksnättjänster". */
const UNIT_NAME = /(palvelut|osasto|yksikkö|tiimi|tjänster|avdelning(en)?|enhet(en)?|services|department|unit|team)$/i;

/**
 * The line that holds the name: the first unlabelled one, or the next when the first names a unit and the
 * next, words only, the organisation it belongs to ("Kirjastoverkkopalvelut / Kansalliskirjasto"); the unit's
 * line is then kept as text.
 */
function nameLine(lines: readonly string[]): number {
  const first = firstUnlabelled(lines);
  const line = lines[first]?.trim() ?? '';
  const next = lines[first + 1]?.trim() ?? '';
  const isName = (l: string) => l.length <= 80 && WORDS_ONLY.test(l);
  return isName(line) && UNIT_NAME.test(line) && isName(next) && !UNIT_NAME.test(next) ? first + 1 : first;
}

/**
 * A line that gives name, business ID, address and phone at once ("LPOnet Oy, 0354505-7 Linnunrata 6, 07900
 * Loviisa 019 505 81"): read only when every part of it is understood.
 */
function wholeLine(line: string): { contact: ParsedContact; phones: string[] } | undefined {
  let rest = line;
  const contact: ParsedContact = {};
  const take = (re: RegExp): RegExpExecArray | undefined => {
    const m = re.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(0, m.index) + ' , ' + rest.slice(m.index + m[0].length);
    return m;
  };
  const bid = take(/\b\d{7}-\d\b/);
  if (bid && findBusinessIds(bid[0]).length === 1) contact.business_id = bid[0];
  const postal = take(/\b(\d{5})\s+([\p{Lu}][\p{L}-]+)/u);
  if (!postal) return undefined;
  const street = take(/([\p{Lu}][\p{L}-]+(?:\s[\p{Ll}-]+)?\s\d+\s?[a-zA-Z]?)(?=\s*,)/u);
  const phones = findPhones(rest);
  for (const phone of phones) rest = rest.replace(phone, ' , ');
  const left = rest
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (left.length !== 1 || /\d/.test(left[0]!)) return undefined;
  contact.name = left[0]!;
  contact.address = { ...(street ? { street: street[1]!.trim() } : {}), postal_code: postal[1]!, city: postal[2]! };
  if (!contact.business_id && bid) return undefined;
  return { contact, phones };
}
