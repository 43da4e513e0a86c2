import type { Basis, Contact, Dpo, Language, Text } from '../../generated/notice-types.js';
import type { DataPath, Inference, Placement } from '../types.js';
import { parseContact, type LineUse, type ParsedContact } from './contact.js';
import { findBases, findBusinessIds, findPeriods, findThirdCountries } from './facts.js';
import type { SectionField } from './headings.js';
import { TextBuilder, type Piece } from './segment.js';
import { automatedUse, requirementOf, sourceKind, transferStatus } from './settle.js';

// Each field's pieces put into its part of the notice: a contact, a list, legal bases, retention periods, and the
// sections whose required value the words settle.

const LIST_FIELDS = new Set<SectionField>([
  'purposes',
  'data_subjects',
  'data_categories',
  'sources',
  'recipients',
  'security',
  'further_processing',
]);
const TEXT_FIELDS = new Set<SectionField>(['complaint', 'changes', 'cookies']);

/** Words that say there are no regular disclosures (HetiL 10 § 4 k.), in fi, sv and en. */
const NO_REGULAR =
  /\bei\s+(ole\s+)?säännönmukaisia\s+(tietojen\s+)?luovutuksia|\b(tietoja|henkilötietoja|rekisterin tietoja)\s+ei\s+luovuteta\s+säännönmukaisesti|\binga\s+regelbundna\s+utlämnanden|\butlämnas\s+inte\s+regelbundet|\bno\s+regular\s+disclosures/i;

export type Place = (block: number, path: DataPath, how?: Placement['how']) => void;

/** Puts a section's pieces into its field; undefined when nothing goes there. */
export function fill(
  field: SectionField,
  pieces: Piece[],
  place: Place,
  inferences: Inference[],
  language: Language,
  heading: string,
): unknown {
  switch (field) {
    case 'controller': {
      const contact = contactOf(field, pieces, place, language);
      const named = contact.name === undefined ? nameInText(contact.text) : undefined;
      if (named) {
        contact.name = named.name;
        inferences.push({ path: ['controller', 'name'], note: `name read from the text: ${named.sentence}` });
        if (named.businessId && contact.business_id === undefined) {
          contact.business_id = named.businessId;
          inferences.push({
            path: ['controller', 'business_id'],
            note: `business ID read from the text: ${named.sentence}`,
          });
        }
      }
      return contact;
    }
    case 'contact_person':
      return contactOf(field, pieces, place, language);
    case 'dpo':
      return dpoOf(pieces, place, inferences, language);
    case 'register_name': {
      const text = new TextBuilder();
      for (const piece of pieces) {
        text.add(piece);
        place(piece.block, ['register_name']);
      }
      return text.empty ? undefined : text.text();
    }
    case 'legal_basis':
      return legalBasisOf(pieces, place, inferences);
    case 'retention':
      return retentionOf(pieces, place, inferences);
    case 'transfers':
      return transfersOf(pieces, place, inferences);
    case 'automated_decisions':
      return automatedOf(pieces, place, inferences, heading);
    case 'provision_requirement':
      return provisionOf(pieces, place, inferences);
    case 'rights':
      return listOf(field, pieces, place, inferences, language, false);
    case 'recipients': {
      const recipients = listOf(field, pieces, place, inferences, language, true) as Record<string, unknown>;
      // "Ei säännönmukaisia luovutuksia": the Personal Data Act's question answered in the notice's words.
      const words = NO_REGULAR.exec(pieces.map((p) => p.text).join('\n'));
      if (words) {
        recipients.regular_disclosures = false;
        inferences.push({
          path: ['recipients', 'regular_disclosures'],
          note: `regular_disclosures: false read from the words: ${words[0]}`,
        });
      }
      return recipients;
    }
    default:
      if (LIST_FIELDS.has(field)) return listOf(field, pieces, place, inferences, language, true);
      if (TEXT_FIELDS.has(field)) {
        const text = new TextBuilder();
        for (const piece of pieces) {
          text.add(piece);
          place(piece.block, [field, 'text']);
        }
        return { text: text.empty ? undefined : text.text() };
      }
      return undefined;
  }
}

const USE_PATH: Record<LineUse, string> = {
  name: 'name',
  role: 'name',
  business_id: 'business_id',
  address: 'address',
  addresses: 'addresses',
  phone: 'phone',
  email: 'email',
  website: 'website',
  text: 'text',
};

/** Lines of the contact pieces short enough to be contact lines; long sentences are kept as text. */
function contactOf(
  field: 'controller' | 'contact_person' | 'dpo',
  pieces: Piece[],
  place: Place,
  language: Language,
): ParsedContact {
  const lines: { block: number; line: string }[] = [];
  const sentences: Piece[] = [];
  for (const piece of pieces) {
    const parts = piece.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    // Contact lines first ("Sensotrend Oy", "Y-tunnus 2606155-7"); from the first sentence on, the block is text.
    const isLine = (l: string) => (l.length <= 100 && !/[.!?]$/.test(l)) || /^[^:]{2,40}:\s*\S/.test(l);
    const first = parts.findIndex((l) => !isLine(l));
    const head = first < 0 ? parts : parts.slice(0, first);
    for (const line of head) lines.push({ block: piece.block, line });
    if (first >= 0) sentences.push({ ...piece, text: parts.slice(first).join('\n') });
  }
  const {
    contact,
    uses,
    text: kept,
  } = parseContact(
    lines.map((l) => l.line),
    language,
  );
  lines.forEach((l, i) => {
    const use = uses[i] ?? 'text';
    place(l.block, [field, USE_PATH[use]], use === 'text' ? 'free-text' : 'recognised');
  });
  if (sentences.length > 0) {
    // The text in the original's order: a remark read off a contact line ("(myöhemmin yhdistys)") first, then the
    // lines not understood and the sentences, each where it stood.
    const text = new TextBuilder();
    const keptLines = lines.filter((_, i) => (uses[i] ?? 'text') === 'text').map((l) => l.line);
    for (const remark of kept.filter((k) => !keptLines.includes(k)))
      text.add({ block: -1, text: remark, kind: 'paragraph' });
    const ordered = [
      ...lines.filter((_, i) => (uses[i] ?? 'text') === 'text').map((l) => ({ block: l.block, text: l.line })),
      ...sentences.map((p) => ({ block: p.block, text: p.text })),
    ].sort((a, b) => a.block - b.block);
    for (const entry of ordered) text.add({ ...entry, kind: 'paragraph' });
    for (const piece of sentences) place(piece.block, [field, 'text'], 'free-text');
    contact.text = text.text();
  }
  if (field !== 'controller') {
    delete contact.business_id;
    if (contact.labels) delete contact.labels.business_id;
    if (contact.labels && Object.keys(contact.labels).length === 0) delete contact.labels;
  }
  return contact;
}

/** A name: capitalised words, with company forms and the small words inside a name ("Department for Energy …"). */
const NAME = String.raw`(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:(?:for|and|of|och|för|ja)\s+)?(?:\p{Lu}[\p{L}\d&.'’-]*|ry|oy|ab|ltd|oyj|rf|kilta|r\.y\.))*)`;
/** Sentences that say who keeps the register, the name in the first group. */
const NAME_SENTENCES = [
  new RegExp(String.raw`\b(?:ylläpitää|pitää|omistaa)\s+${NAME}(?=\s*(?:,|\.|$|\s+joka\b))`, 'u'),
  new RegExp(
    String.raw`\b(?:rekisterinpitäjä(?:nä)? (?:on|toimii)|personuppgiftsansvarig (?:för [^.]*? )?är|controller (?:for [^.]*? )?is)\s+(?:the\s+)?${NAME}`,
    'u',
  ),
];
/** Words that name the controller in a sentence. */
export const CONTROLLER_NAMED =
  /\brekisterinpitäjä(nä)? (on|toimii)|\bpersonuppgiftsansvarig (för [^.]*? )?är|\bcontroller (for [^.]*? )?is\b/i;

/**
 * The controller's name where a sentence says who keeps the register ("Tapahtumien osallistujarekisteriä ylläpitää
 * Rakastajien kilta, joka …", "Rekisterinpitäjä on Esimerkki Oy.", "The controller is Example Ltd."): a run of
 * capitalised words. The sentence stays in the text.
 */
function nameInText(text: Text | undefined): { name: string; sentence: string; businessId?: string } | undefined {
  if (typeof text !== 'string') return undefined;
  // A paragraph that opens with a company's name ("Sensotrend Oy Y-tunnus 2606155-7 Rekisteriä koskeviin …",
  // "Trafikstyrningsbolaget Fintraffic Oy (nedan "Fintraffic") Löneboställsporten 1, …"): the lines of the
  // contact block run together; the paragraph stays in the text as written.
  const opening =
    /^((?:\p{Lu}[\p{L}\d&'’-]*\s+){0,5}(?:Oy|Oyj|Ab|Abp|AB|ry|rf|Ltd|Ky|Tmi))(?=\s|,|$)(?:,?\s*(?:y-tunnus|fo-nummer)\s*:?\s*(\d{7}-\d))?/iu.exec(
      text,
    );
  if (opening && /^\p{Lu}/u.test(opening[1]!)) {
    const id = opening[2] && findBusinessIds(opening[2]).length === 1 ? opening[2] : undefined;
    return { name: opening[1]!, sentence: text.split('\n')[0]!.slice(0, 120), ...(id ? { businessId: id } : {}) };
  }
  const patterns = NAME_SENTENCES;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    for (const pattern of patterns) {
      const match = pattern.exec(sentence);
      if (match && match[1]!.length >= 3) return { name: match[1]!.trim(), sentence: sentence.trim() };
    }
  }
  return undefined;
}

function dpoOf(pieces: Piece[], place: Place, inferences: Inference[], language: Language): Dpo {
  const none = pieces.some((p) =>
    /ei ole (nimetty|nimitetty|määrätty)|ei tietosuojavastaavaa|inget dataskyddsombud|har inte utsett|no data protection officer|not (designated|appointed)/i.test(
      p.text,
    ),
  );
  const contact = contactOf('dpo', pieces, place, language) as Contact & { business_id?: string };
  delete contact.business_id;
  inferences.push({
    path: ['dpo', 'designated'],
    note: none
      ? 'designated: false inferred: the section says no data protection officer is designated'
      : 'designated: true inferred: the notice has a data protection officer section',
  });
  return { designated: !none, ...contact };
}

/** Legal bases: an item or a one-basis sentence becomes an item with its words as description; the rest stays text. */
function legalBasisOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  const after = new TextBuilder();
  const items: { basis: Basis; description?: Text }[] = [];
  const named = new Map<Basis, string>();
  for (const piece of pieces) {
    const bases = findBases(piece.text);
    if (bases.length === 1 && (piece.kind === 'item' || piece.text.length <= 200)) {
      const index = items.length;
      items.push({ basis: bases[0]!, description: piece.text });
      place(piece.block, ['legal_basis', 'items', index, 'description']);
      inferences.push({
        path: ['legal_basis', 'items', index, 'basis'],
        note: `basis ${bases[0]} inferred from the words: ${piece.text}`,
      });
      continue;
    }
    for (const basis of bases) if (!named.has(basis)) named.set(basis, piece.text);
    const target = items.length > 0 ? after : text;
    target.add(piece);
    place(piece.block, ['legal_basis', items.length > 0 ? 'text_after' : 'text'], 'free-text');
  }
  for (const [basis, sentence] of named) {
    if (items.some((i) => i.basis === basis)) continue;
    inferences.push({
      path: ['legal_basis', 'items', items.length, 'basis'],
      note: `basis ${basis} inferred from the words: ${sentence}`,
    });
    items.push({ basis });
  }
  return compact({
    text: text.empty ? undefined : text.text(),
    items: items.length ? items : undefined,
    text_after: after.empty ? undefined : after.text(),
  });
}

function retentionOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  const after = new TextBuilder();
  const items: { period: string; description: string }[] = [];
  for (const piece of pieces) {
    const periods = [...new Set(findPeriods(piece.text).map((p) => p.period))];
    if (periods.length === 1) {
      const index = items.length;
      items.push({ period: periods[0]!, description: piece.text });
      place(piece.block, ['retention', 'items', index, 'description']);
      inferences.push({
        path: ['retention', 'items', index, 'period'],
        note: `period ${periods[0]} read from: ${findPeriods(piece.text)[0]!.written}`,
      });
      continue;
    }
    (items.length > 0 ? after : text).add(piece);
    place(piece.block, ['retention', items.length > 0 ? 'text_after' : 'text'], 'free-text');
  }
  return compact({
    text: text.empty ? undefined : text.text(),
    items: items.length ? items : undefined,
    text_after: after.empty ? undefined : after.text(),
  });
}

function transfersOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['transfers', 'text']);
  }
  const all = pieces.map((p) => p.text).join('\n');
  const settled = transferStatus(all)!;
  const countries = settled.status === 'none' ? [] : findThirdCountries(all);
  inferences.push({ path: ['transfers', 'status'], note: `status ${settled.status} inferred from ${settled.because}` });
  countries.forEach((country, i) =>
    inferences.push({ path: ['transfers', 'items', i, 'country'], note: `country ${country} named in the text` }),
  );
  return compact({
    status: settled.status,
    text: text.empty ? undefined : text.text(),
    items: countries.length ? countries.map((country) => ({ country })) : undefined,
  });
}

function automatedOf(pieces: Piece[], place: Place, inferences: Inference[], heading: string): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['automated_decisions', 'text']);
  }
  const settled = automatedUse(pieces.map((p) => p.text).join('\n'), heading)!;
  inferences.push({
    path: ['automated_decisions', 'used'],
    note: `used: ${settled.used} inferred from ${settled.because}`,
  });
  return compact({ used: settled.used, text: text.empty ? undefined : text.text() });
}

function provisionOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['provision_requirement', 'text']);
  }
  const settled = requirementOf(pieces.map((p) => p.text).join('\n'))!;
  inferences.push({
    path: ['provision_requirement', 'requirement'],
    note: `requirement ${settled.requirement} inferred from ${settled.because}`,
  });
  return compact({ requirement: settled.requirement, text: text.empty ? undefined : text.text() });
}

const RIGHTS_PATH = 'rights';

/** A section of text, a list and text after it: paragraphs before the first item are `text`, after the list `text_after`. */
function listOf(
  field: SectionField,
  pieces: Piece[],
  place: Place,
  inferences: Inference[],
  _language: Language,
  withItems: boolean,
): unknown {
  const text = new TextBuilder();
  const after = new TextBuilder();
  const items: Record<string, unknown>[] = [];
  const stringItems = field === 'security' || field === 'further_processing';
  // A source needs `from`: when the words of any source item do not say where its data comes from, the list is
  // kept as the section's text (a Markdown list), not as items with a guessed source.
  if (field === 'sources' && pieces.some((p) => p.kind === 'item' && !sourceKind(p.text))) withItems = false;
  let lead: Piece | undefined;
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    if (
      withItems &&
      piece.kind === 'paragraph' &&
      items.length > 0 &&
      /:$/.test(piece.text) &&
      next?.kind === 'item' &&
      !stringItems &&
      after.empty
    ) {
      lead = piece;
      return;
    }
    if (withItems && piece.kind === 'item' && after.empty) {
      const index = items.length;
      if (stringItems) {
        items.push({ text: piece.text });
        place(piece.block, [field, 'items', index]);
        return;
      }
      const item: Record<string, unknown> = {};
      if (field === 'sources') {
        const kind = sourceKind(piece.text)!;
        item.from = kind.from;
        inferences.push({
          path: [field, 'items', index, 'from'],
          note: `from: ${kind.from} inferred: ${kind.because}`,
        });
      }
      if (lead) {
        item.lead = lead.text;
        place(lead.block, [field, 'items', index, 'lead']);
        lead = undefined;
      }
      item.description = piece.text;
      items.push(item);
      place(piece.block, [field, 'items', index, 'description']);
      return;
    }
    if (lead) {
      (items.length > 0 ? after : text).add(lead);
      place(lead.block, [field, items.length > 0 ? 'text_after' : 'text'], 'free-text');
      lead = undefined;
    }
    const target = items.length > 0 ? after : text;
    target.add(piece);
    place(
      piece.block,
      [field, items.length > 0 ? 'text_after' : 'text'],
      field === RIGHTS_PATH || items.length === 0 ? 'recognised' : 'free-text',
    );
  });
  if (lead) {
    after.add(lead);
    place(lead.block, [field, 'text_after'], 'free-text');
  }
  return compact({
    text: text.empty ? undefined : text.text(),
    items: items.length ? (stringItems ? items.map((i) => i.text) : items) : undefined,
    text_after: after.empty ? undefined : after.text(),
  });
}

function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
