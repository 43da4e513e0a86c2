import type {
  Address,
  AddressKind,
  Contact,
  ControllerLabels,
  PhoneEntry,
  Phones,
  Emails,
} from '../../generated/notice-types.js';
import type { Strings } from '../strings/types.js';
import { countryName, formatPhone } from '../format.js';
import { escapeMarkdown } from '../markdown-safe.js';
import type { ViewContext } from './context.js';

/** A person or organisation as lines: a name, then labelled contact details. */
export interface ContactView {
  /** What the contact is, shown before the name: "Edustaja" / "Företrädare" / "Representative". */
  label?: string;
  name?: string;
  /** Words after the name on its line, as the notice writes them: "(jäljempänä Yhdistys)". */
  nameNote?: string;
  role?: string;
  /** "Label: value" lines, safe Markdown. */
  lines: string[];
  text?: string;
}

export function contactView(
  context: ViewContext,
  contact: Partial<Contact> & { business_id?: string; labels?: ControllerLabels },
): ContactView {
  const { strings, language, plain, text, line } = context;
  const { labels } = strings;
  // The notice's own label for a kind of line (`labels`), else notice's.
  const own: ControllerLabels = contact.labels ?? {};
  const label = (kind: keyof ControllerLabels, builtin: string, value: string): string =>
    labelled(line(own[kind]) ?? builtin, value);
  const lines: string[] = [];
  if (contact.business_id) lines.push(label('business_id', labels.businessId, escapeMarkdown(contact.business_id)));
  if (contact.address) lines.push(label('address', labels.address, formatAddress(context, contact.address)));
  for (const address of contact.addresses ?? []) {
    const addressLabel = line(address.label) ?? kindLabel(labels, address.kind);
    const addressee = plain(address.addressee);
    lines.push(labelled(addressLabel, [addressee, formatAddress(context, address)].filter(Boolean).join(', ')));
  }
  for (const phone of phoneList(contact.phone)) {
    const remark = typeof phone === 'string' ? undefined : line(phone.label);
    const number = escapeMarkdown(formatPhone(typeof phone === 'string' ? phone : phone.number, language));
    lines.push(label('phone', labels.phone, `${number}${remark ? ` (${remark})` : ''}`));
  }
  for (const email of list(contact.email)) lines.push(label('email', labels.email, autolink(email)));
  if (contact.website) lines.push(label('website', labels.website, autolink(contact.website)));
  const view: ContactView = { lines };
  const name = plain(contact.name);
  const nameLabel = line(own.name);
  const nameNote = line(contact.name_note);
  // "Nimi: ILJOJA Networks": a name the notice labels is one of its lines, not the bold name line.
  if (name !== undefined && nameLabel !== undefined)
    lines.unshift(labelled(nameLabel, nameNote === undefined ? name : `${name} ${nameNote}`));
  else if (name !== undefined) {
    view.name = name;
    if (nameNote !== undefined) view.nameNote = nameNote;
  }
  const role = line(contact.role);
  if (role !== undefined) view.role = role;
  const ownText = text(contact.text);
  if (ownText !== undefined) view.text = ownText;
  return view;
}

/**
 * "Label: value"; a label that already ends in ":" or "." is followed by a space only: "Puh. 0295 16001".
 * The label is safe Markdown (an escaped final "." still ends it in ".").
 */
export function labelled(label: string, value: string): string {
  return /[:.]$/.test(label) ? `${label} ${value}` : `${label}: ${value}`;
}

/** "Postiosoite" / "Besöksadress" / "Billing address": the label of an address of a kind. */
function kindLabel(labels: Strings['labels'], kind: AddressKind): string {
  switch (kind) {
    case 'postal':
      return labels.postalAddress;
    case 'visiting':
      return labels.visitingAddress;
    case 'billing':
      return labels.billingAddress;
  }
}

/** An address on one line in the language's form: "Kappelitie 6, 02200 Espoo" / "..., FI-02200 Espoo, Finland". */
export function formatAddress({ plain, strings, language }: ViewContext, address: Address): string {
  const country = address.country ?? 'FI';
  const domestic = country === 'FI' || country === 'AX';
  const code = address.postal_code
    ? escapeMarkdown(language === 'en' && domestic ? `${country}-${address.postal_code}` : address.postal_code)
    : undefined;
  const place = [code, plain(address.city)].filter(Boolean).join(' ');
  const parts = [
    plain(address.street),
    address.po_box ? `${strings.poBox} ${escapeMarkdown(address.po_box)}` : undefined,
    place || undefined,
  ];
  if (!domestic || language === 'en') parts.push(escapeMarkdown(countryName(country, language)));
  return parts.filter(Boolean).join(', ');
}

function phoneList(phones: Phones | undefined): PhoneEntry[] {
  if (phones === undefined) return [];
  return Array.isArray(phones) ? phones : [phones as PhoneEntry];
}

function list(emails: Emails | undefined): string[] {
  if (emails === undefined) return [];
  return Array.isArray(emails) ? emails : [emails as string];
}

/** `{ key: value }` when the value is there, `{}` otherwise: keeps undefined out of the view. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * A web or e-mail address as a Markdown autolink when it is made of plain
 * characters that every Markdown reader takes as one; otherwise as text.
 */
export function autolink(address: string): string {
  if (SAFE_ADDRESS.test(address)) return `<${address}>`;
  // Escaped, and with "\:" so that GFM does not link it by itself with the escapes in it: shown as written.
  return escapeMarkdown(address).replace(/^(https?):/i, '$1\\:');
}

const SAFE_ADDRESS = /^(?:https?:\/\/[^\s<>"'`\\|{}^]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;
