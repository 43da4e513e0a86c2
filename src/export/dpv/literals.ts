import type { Address, Emails, Language, Name, Phones, Text } from '../../generated/notice-types.js';

/** A literal in one language: JSON-LD's value object, so that text stays text whatever it holds. */
export interface TaggedLiteral {
  '@value': string;
  '@language': Language;
}

/**
 * A text in every language of the notice, each tagged with its language. A text written once for all
 * languages (a plain string) is the same text in each, and is tagged with each.
 */
export function tagged(text: Text | undefined, languages: readonly Language[]): TaggedLiteral[] | undefined {
  if (text === undefined) return undefined;
  const values = languages.flatMap((language) => {
    const value = typeof text === 'string' ? text : text[language];
    return value === undefined ? [] : [{ '@value': value, '@language': language }];
  });
  return values.length > 0 ? values : undefined;
}

/** A name: one plain literal when it is the same in every language, else tagged per language. */
export function nameLiteral(
  name: Name | undefined,
  languages: readonly Language[],
): string | TaggedLiteral[] | undefined {
  return typeof name === 'string' ? name : tagged(name, languages);
}

/** An address on one line per language, as DPV's `hasAddress` takes it: street, box, postal code and city, country. */
export function addressLiteral(
  address: Address | undefined,
  languages: readonly Language[],
): TaggedLiteral[] | undefined {
  if (address === undefined) return undefined;
  const pick = (value: Name | undefined, language: Language) => (typeof value === 'string' ? value : value?.[language]);
  const lines = languages.map((language) => {
    const place = [address.postal_code, pick(address.city, language)].filter(Boolean).join(' ');
    const parts = [pick(address.street, language), address.po_box, place, address.country];
    return { '@value': parts.filter(Boolean).join(', '), '@language': language };
  });
  return lines.some((line) => line['@value'] !== '') ? lines : undefined;
}

/** E-mail addresses, phone numbers and a website, as written, for DPV's `hasContact`. */
export function contactLiterals(contact: { email?: Emails; phone?: Phones; website?: string }): string[] | undefined {
  const emails = contact.email === undefined ? [] : ([] as string[]).concat(contact.email);
  const phones = contact.phone === undefined ? [] : ([] as (string | { number: string })[]).concat(contact.phone);
  const values = [
    ...emails,
    ...phones.map((phone) => (typeof phone === 'string' ? phone : phone.number)),
    ...(contact.website === undefined ? [] : [contact.website]),
  ];
  return values.length > 0 ? values : undefined;
}

/** Leaves out the keys whose value is undefined, so that a node lists only what the notice says. */
export function node(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** One item or several as JSON-LD writes them: the item alone, a list, or nothing for none. */
export function oneOrMany<T>(items: readonly T[]): T | T[] | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : [...items];
}

/** A reference to a term or node by its (compact) IRI. */
export function ref(id: string): { '@id': string } {
  return { '@id': id };
}
