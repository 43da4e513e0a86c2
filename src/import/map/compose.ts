import type {
  Basis,
  Contact,
  Dpo,
  ExtraSection,
  Language,
  Notice,
  Requirement,
  SourceKind,
  Text,
} from '../../generated/notice-types.js';
import type { Block, DataPath, ImportDocument, Inference, Placement } from '../types.js';
import { parseContact, type LineUse, type ParsedContact } from './contact.js';
import { findBases, findPeriods, findThirdCountries } from './facts.js';
import {
  blockHeading,
  headingNumber,
  headingShape,
  inlineHeading,
  sectionsOfHeading,
  type SectionField,
} from './headings.js';

// The document cut into sections at its headings, and each section's blocks put into the fields of its section.

/** A piece of content: a block, or the part of one after a heading written on the same line or row. */
export interface Piece {
  block: number;
  text: string;
  kind: 'paragraph' | 'item';
  ordered?: boolean;
}

export interface Section {
  /** The fields the heading names; undefined for a heading the dictionary does not know (an extra section). */
  fields: SectionField[] | undefined;
  heading: string;
  headingBlock: number;
  pieces: Piece[];
}

/** Blocks before the first heading, and the sections. */
export interface Segmented {
  intro: Piece[];
  sections: Section[];
  numbered: boolean;
}

function pieceOf(block: Block, index: number, text = block.text): Piece {
  return {
    block: index,
    text: text.trim(),
    kind: block.kind === 'item' ? 'item' : 'paragraph',
    ...(block.ordered ? { ordered: true } : {}),
  };
}

/** Cuts the document at its headings. */
export function segment(document: ImportDocument): Segmented {
  const blocks = document.blocks;
  const numberedHeadings = blocks.filter((b) => {
    const first = b.kind === 'row' && b.cells && b.cells.length >= 2 ? b.cells[0]! : b.text.split('\n')[0]!;
    return b.kind !== 'item' && headingNumber(first) !== undefined && headingShape(first) && sectionsOfHeading(first);
  }).length;
  const numbered = numberedHeadings >= 3;
  const intro: Piece[] = [];
  const sections: Section[] = [];
  let lastNumber = 0;
  const content = (piece: Piece): void => {
    if (piece.text === '') return;
    const section = sections.at(-1);
    if (section) section.pieces.push(piece);
    else intro.push(piece);
  };
  const accepts = (text: string, fields: SectionField[] | undefined, markup: boolean): boolean => {
    const number = headingNumber(text);
    if (!fields && !markup && numbered && number !== lastNumber + 1) return false;
    if (number !== undefined) lastNumber = number;
    return true;
  };
  let lastHeading = -2;
  const open = (fields: SectionField[] | undefined, heading: string, index: number): void => {
    lastHeading = index;
    sections.push({ fields, heading: heading.replace(/\s+/g, ' ').trim(), headingBlock: index, pieces: [] });
  };

  blocks.forEach((block, index) => {
    // A two-column table row: the label cell is the heading, the other the content.
    if (block.kind === 'row' && block.cells && block.cells.length === 2) {
      const [label, rest] = [block.cells[0]!.trim(), block.cells[1]!.trim()];
      const fields = sectionsOfHeading(label);
      const shape = headingShape(label);
      if (shape && (fields || (numbered && shape.numbered)) && accepts(label, fields, false)) {
        open(fields, label, index);
        content(pieceOf(block, index, rest));
        return;
      }
    }
    const previous = blocks[index - 1];
    const context = {
      afterSentence:
        !previous ||
        previous.kind !== 'paragraph' ||
        /[.:!?)]\s*$/.test(previous.text) ||
        previous.text.trim().length < 70 ||
        lastHeading === index - 1,
      beforeContinuation: blocks[index + 1]?.kind === 'paragraph' && /^\s*\p{Ll}/u.test(blocks[index + 1]!.text),
    };
    const heading = blockHeading(block, numbered, context);
    if (heading && accepts(heading.text, heading.fields, block.kind === 'heading')) {
      open(heading.fields, heading.text, index);
      return;
    }
    // A heading line with its content below it in the same block.
    if (block.kind === 'paragraph' && block.text.includes('\n')) {
      const [first, ...rest] = block.text.split('\n');
      const line = { ...block, text: first! };
      const head = blockHeading(line, numbered);
      if (head && head.fields && accepts(head.text, head.fields, false)) {
        open(head.fields, head.text, index);
        content(pieceOf(block, index, rest.join('\n')));
        return;
      }
    }
    // "Rekisterinpitäjä: Maija-Leena Lehtimäki".
    if (block.kind === 'paragraph' && !numbered) {
      const inline = inlineHeading(block.text);
      if (inline) {
        open(inline.fields, inline.label, index);
        content(pieceOf(block, index, inline.rest));
        return;
      }
    }
    content(pieceOf(block, index));
  });
  return { intro, sections, numbered };
}

/** Text gathered from pieces: paragraphs apart by a blank line, list items as a Markdown list. */
export class TextBuilder {
  private parts: string[] = [];
  private lastItem = false;
  add(piece: Piece): void {
    if (piece.kind === 'item') {
      const marker = piece.ordered ? '1. ' : '- ';
      const line = marker + piece.text.replace(/\n+/g, ' ');
      if (this.lastItem) this.parts[this.parts.length - 1] += `\n${line}`;
      else this.parts.push(line);
      this.lastItem = true;
    } else {
      this.parts.push(piece.text);
      this.lastItem = false;
    }
  }
  get empty(): boolean {
    return this.parts.length === 0;
  }
  text(): string {
    return this.parts.join('\n\n');
  }
}

/** What compose returns to index: the notice's sections, their layout, and where each block went. */
export interface Composer {
  notice: Partial<Notice>;
  placements: Placement[];
  inferences: Inference[];
  layoutOrder: string[];
  headings: Record<string, string>;
}

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

/** Content words that send a piece of a joined section to one of its later fields. */
const ROUTES: Partial<Record<SectionField, RegExp>> = {
  transfers:
    /(eu|eta|ees|eea)\S*\s+(ulkopuol|utanför|outside)|euroopan talousalue|kolmansiin maihin|kolmanteen maahan|tredjeländer|tredje land|third countr|outside the (eu|eea|european)/i,
  retention: /säilyt|lagras|sparas i|förvaras|retain|kept for|stored for/i,
  complaint: /valvontaviranomai|tietosuojavaltuute|tillsynsmyndighet|dataombudsman|supervisory authority|ombudsman/i,
  dpo: /tietosuojavastaa|dataskyddsombud|data protection officer/i,
  legal_basis: /peruste|perustuu|oikeusperust|rättslig grund|grundar sig|legal basis|based on/i,
  recipients: /luovut|utlämna|lämnas ut|disclos/i,
  rights: /oikeus|rätt att|right to/i,
  security: /suoja|skydd|protect|secur/i,
};

export function compose(
  segmented: Segmented,
  language: Language,
  builtIn: (field: SectionField) => string[],
): Composer {
  const notice: Record<string, unknown> = {};
  const placements: Placement[] = [];
  const inferences: Inference[] = [];
  const layoutOrder: string[] = [];
  const headings: Record<string, string> = {};
  const used = new Set<string>();
  const extras: ExtraSection[] = [];
  const place = (block: number, path: DataPath, how: Placement['how'] = 'recognised'): void => {
    placements.push({ block, path, how });
  };
  // Pieces that each field gathers, filled when every section has been seen (a field may be named twice).
  const gathered = new Map<SectionField, Piece[]>();
  let previous: SectionField | undefined;
  let dpoWithContact: string | undefined;

  for (const section of segmented.sections) {
    // A field named in a joined heading that got nothing there is taken out of it when a heading of its own follows.
    for (const f of section.fields ?? []) {
      const token = layoutOrder.find((t) => t.split('+').includes(f));
      if (!token || !token.includes('+') || gathered.get(f)?.length !== 0) continue;
      const rest = token
        .split('+')
        .filter((part) => part !== f)
        .join('+');
      layoutOrder[layoutOrder.indexOf(token)] = rest;
      if (headings[token] !== undefined) {
        headings[rest] = headings[token]!;
        delete headings[token];
      }
      for (const p of placements)
        if (p.path[0] === 'layout' && p.path[2] === token) p.path = ['layout', 'headings', rest];
      used.delete(f);
      gathered.delete(f);
    }
    let fields = section.fields?.filter((f) => !used.has(f));
    if (section.fields && fields!.length === 0) {
      // A second heading for a section already placed: its heading and content join the first.
      const field = section.fields[0]!;
      gathered.get(field)!.push({ block: section.headingBlock, text: section.heading, kind: 'paragraph' });
      gathered.get(field)!.push(...section.pieces);
      previous = field;
      continue;
    }
    if (!section.fields) {
      if (section.pieces.length === 0 && previous) {
        gathered.get(previous)!.push({ block: section.headingBlock, text: section.heading, kind: 'paragraph' });
        continue;
      }
      const id = uniqueId(slug(section.heading), used);
      used.add(id);
      const text = new TextBuilder();
      for (const piece of section.pieces) text.add(piece);
      const index = extras.length;
      extras.push({ id, title: section.heading, text: text.empty ? section.heading : text.text() });
      place(section.headingBlock, ['extra_sections', index, 'title']);
      for (const piece of section.pieces) place(piece.block, ['extra_sections', index, 'text'], 'free-text');
      layoutOrder.push(id);
      continue;
    }
    fields = fields!;
    for (const f of fields) used.add(f);
    if (fields.includes('dpo') && fields.includes('contact_person')) dpoWithContact = section.heading;
    const token = fields.join('+');
    layoutOrder.push(token);
    const builtins = fields.length === 1 ? builtIn(fields[0]!) : [];
    if (!builtins.includes(section.heading)) headings[token] = section.heading;
    place(section.headingBlock, ['layout', 'headings', token]);
    for (const f of fields) gathered.set(f, []);
    for (const piece of section.pieces) {
      // Only a sentence is sent on by its words; a contact line ("Jani Alho, tietosuojavastaava") stays.
      const sentence = /[.!?]$/.test(piece.text) || piece.text.length > 100;
      const target = (sentence && fields.slice(1).find((f) => ROUTES[f]?.test(piece.text))) || fields[0]!;
      gathered.get(target)!.push(piece);
    }
    previous = fields.at(-1);
  }

  for (const [field, pieces] of gathered) {
    if (field === 'dpo' && pieces.length === 0 && dpoWithContact) {
      notice.dpo = { designated: true, same_as_contact_person: true };
      inferences.push({
        path: ['dpo', 'same_as_contact_person'],
        note: `the contact person is the data protection officer: one heading names both ("${dpoWithContact}")`,
      });
      continue;
    }
    const filled = fill(field, pieces, place, inferences, language);
    if (filled === undefined) continue;
    notice[field] = filled;
  }
  if (extras.length > 0) notice.extra_sections = extras;
  return { notice: notice as Partial<Notice>, placements, inferences, layoutOrder, headings };
}

function slug(heading: string): string {
  const base = heading
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[\d\s.)]+/, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .split('_')
    .slice(0, 4)
    .join('_');
  return /^[a-z]/.test(base) ? base : `section${base ? `_${base}` : ''}`;
}

const RESERVED = new Set([
  'controller',
  'contact_person',
  'dpo',
  'register_name',
  'purposes',
  'legal_basis',
  'data_subjects',
  'data_categories',
  'provision_requirement',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'automated_decisions',
  'rights',
  'objection',
  'complaint',
  'further_processing',
  'cookies',
  'changes',
]);

function uniqueId(id: string, used: Set<string>): string {
  let candidate = RESERVED.has(id) ? `${id}_2` : id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}_${n}`;
  return candidate;
}

type Place = (block: number, path: DataPath, how?: Placement['how']) => void;

/** Puts a section's pieces into its field; undefined when nothing goes there. */
function fill(
  field: SectionField,
  pieces: Piece[],
  place: Place,
  inferences: Inference[],
  language: Language,
): unknown {
  switch (field) {
    case 'controller':
    case 'contact_person':
      return contactOf(field, pieces, place);
    case 'dpo':
      return dpoOf(pieces, place, inferences);
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
      return automatedOf(pieces, place, inferences);
    case 'provision_requirement':
      return provisionOf(pieces, place, inferences);
    case 'rights':
      return listOf(field, pieces, place, inferences, language, false);
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
  phone: 'phone',
  email: 'email',
  website: 'website',
  text: 'text',
};

/** Lines of the contact pieces short enough to be contact lines; long sentences are kept as text. */
function contactOf(field: 'controller' | 'contact_person' | 'dpo', pieces: Piece[], place: Place): ParsedContact {
  const lines: { block: number; line: string }[] = [];
  const sentences: Piece[] = [];
  for (const piece of pieces) {
    const parts = piece.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (parts.every((l) => (l.length <= 100 && !/[.!?]$/.test(l)) || /^[^:]{2,40}:\s*\S/.test(l)))
      for (const line of parts) lines.push({ block: piece.block, line });
    else sentences.push(piece);
  }
  const { contact, uses } = parseContact(lines.map((l) => l.line));
  lines.forEach((l, i) => {
    const use = uses[i] ?? 'text';
    place(l.block, [field, USE_PATH[use]], use === 'text' ? 'free-text' : 'recognised');
  });
  if (sentences.length > 0) {
    const text = new TextBuilder();
    if (contact.text !== undefined) text.add({ block: -1, text: contact.text as string, kind: 'paragraph' });
    for (const piece of sentences) {
      text.add(piece);
      place(piece.block, [field, 'text'], 'free-text');
    }
    contact.text = text.text();
  }
  if (field !== 'controller') delete contact.business_id;
  return contact;
}

function dpoOf(pieces: Piece[], place: Place, inferences: Inference[]): Dpo {
  const none = pieces.some((p) =>
    /ei ole (nimetty|nimitetty|määrätty)|ei tietosuojavastaavaa|inget dataskyddsombud|har inte utsett|no data protection officer|not (designated|appointed)/i.test(
      p.text,
    ),
  );
  const contact = contactOf('dpo', pieces, place) as Contact & { business_id?: string };
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

const NO_TRANSFERS =
  /ei\s+(siirretä|luovuteta|siirry)[^.]*(eu|eta|euroopan|kolmansiin|ulkopuol)|(eu|eta)[^.]*ulkopuolelle[^.]*ei\s+(siirretä|luovuteta)|inte\s+(till|utanför)[^.]*(tredjeländer|eu|ees)|lämnas inte[^.]*(tredjeländer|utanför)|överförs inte|not (be )?transferred|no (data|personal data) (is|are) transferred|do not transfer/i;

function transfersOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['transfers', 'text']);
  }
  const all = pieces.map((p) => p.text).join('\n');
  const none = NO_TRANSFERS.exec(all);
  const countries = none ? [] : findThirdCountries(all);
  inferences.push({
    path: ['transfers', 'status'],
    note: none
      ? `status none inferred from the words: ${none[0]}`
      : 'status intended inferred: the section does not say that no data leaves the EU/EEA',
  });
  countries.forEach((country, i) =>
    inferences.push({ path: ['transfers', 'items', i, 'country'], note: `country ${country} named in the text` }),
  );
  return compact({
    status: none ? 'none' : 'intended',
    text: text.empty ? undefined : text.text(),
    items: countries.length ? countries.map((country) => ({ country })) : undefined,
  });
}

function automatedOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['automated_decisions', 'text']);
  }
  const all = pieces.map((p) => p.text).join('\n');
  const no = /\bei\b|\beivät\b|\binte\b|\bnot\b|\bno\b|\bnever\b|\bemme\b/i.test(all);
  inferences.push({
    path: ['automated_decisions', 'used'],
    note: no
      ? 'used: false inferred: the section says no such decisions are made'
      : 'used: true inferred: the section does not deny them',
  });
  return compact({ used: !no, text: text.empty ? undefined : text.text() });
}

function provisionOf(pieces: Piece[], place: Place, inferences: Inference[]): unknown {
  const text = new TextBuilder();
  for (const piece of pieces) {
    text.add(piece);
    place(piece.block, ['provision_requirement', 'text']);
  }
  const all = pieces.map((p) => p.text).join('\n');
  const requirement: Requirement = /lakisääte|laki|lag\b|lagstadg|statutory|required by law/i.test(all)
    ? 'statutory'
    : /sopimu|avtal|contract/i.test(all)
      ? 'contract_prerequisite'
      : /vapaaehto|frivillig|voluntar/i.test(all)
        ? 'voluntary'
        : 'mixed';
  inferences.push({
    path: ['provision_requirement', 'requirement'],
    note: `requirement ${requirement} inferred from the section's words`,
  });
  return compact({ requirement, text: text.empty ? undefined : text.text() });
}

/** Where a source's data comes from, by its words. */
function sourceKind(text: string): { from: SourceKind; because: string } {
  if (
    /itse|ilmoittam|antam|rekisteröidyltä|asiakkaalta|jäsenhakemu|hakemu|lomak|själv|registrerade|lämnat|themselves|you (give|provide)|provided by you/i.test(
      text,
    )
  )
    return { from: 'data_subject', because: 'the words say the person gives it' };
  if (/muodostu|syntyy|syntyv|kertyv|käytön yhteydessä|lokitie|käsittelijä|uppstår|generated|log data/i.test(text))
    return { from: 'controller', because: 'the words say it arises in the controller’s own use' };
  return { from: 'third_party', because: 'the words name no source in the person or the controller' };
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
        const kind = sourceKind(piece.text);
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
