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
import { SECTION_NAMES } from '../../generated/notice-enums.js';
import type { Block, DataPath, ImportDocument, Inference, Placement } from '../types.js';
import { parseContact, type LineUse, type ParsedContact } from './contact.js';
import { findBases, findBusinessIds, findPeriods, findThirdCountries } from './facts.js';
import {
  blockHeading,
  headingNumber,
  headingShape,
  inlineHeading,
  normaliseHeading,
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
    // A list item counts when it carries its number in its text ("1. Yleistä" in a text file read as a list).
    return headingNumber(first) !== undefined && headingShape(first) && sectionsOfHeading(first);
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
  const accepts = (text: string, fields: SectionField[] | undefined, markup: boolean, item = false): boolean => {
    const number = headingNumber(text);
    if (!fields && !markup && numbered && number !== lastNumber + 1) return false;
    // A list item is a heading only where the numbering goes on (a heading lost in a PDF's text may be skipped).
    if (item && !markup && numbered && (number === undefined || number <= lastNumber || number > lastNumber + 2))
      return false;
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
    const current = sections.at(-1);
    if (heading && current && subHeading(block, heading, current, blocks[current.headingBlock]!)) {
      content(pieceOf(block, index));
      return;
    }
    // A heading the dictionary does not know, before any section and unnumbered, is the document's own: its
    // title ("Tietosuojaseloste", "Sekretessmeddelande för Visma EasyCruit"), kept in the opening.
    if (heading && !heading.fields && sections.length === 0 && headingNumber(heading.text) === undefined) {
      content(pieceOf(block, index));
      return;
    }
    if (heading && accepts(heading.text, heading.fields, block.kind === 'heading', block.kind === 'item')) {
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

/**
 * A heading that belongs inside the section before it: a titled right under the rights heading ("Oikeus saada
 * pääsy tietoihin", "Oikeus tehdä valitus valvontaviranomaiselle"), or a heading the dictionary does not know whose
 * markup puts it below the section's heading (a `###` under a `##`).
 */
function subHeading(
  block: Block,
  heading: { fields: SectionField[] | undefined; text: string },
  current: Section,
  currentBlock: Block,
): boolean {
  if (headingNumber(heading.text) !== undefined) return false;
  if (
    current.fields?.includes('rights') &&
    /^(oikeus|rätt(en)? (att|till)|right to|the right to)\b/.test(normaliseHeading(heading.text))
  )
    return true;
  return (
    !heading.fields &&
    block.kind === 'heading' &&
    currentBlock.kind === 'heading' &&
    block.level !== undefined &&
    currentBlock.level !== undefined &&
    block.level > currentBlock.level
  );
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
    /\b(eu|eta|ees|eea)\b\S*\s+(ulkopuol|utanför|outside)|(ulkopuolelle|utanför|outside) (the )?(eu|ees|eea|eta)\b|euroopan talousalue|kolmansiin maihin|kolmanteen maahan|tredjeländer|tredje land|third countr|outside the (eu|eea|european)/i,
  retention: /säilyt|lagras|sparas i|förvaras|retain|kept for|stored for/i,
  complaint: /valvontaviranomai|tietosuojavaltuute|tillsynsmyndighet|dataombudsman|supervisory authority|ombudsman/i,
  dpo: /tietosuojavastaa|dataskyddsombud|data protection officer/i,
  legal_basis: /peruste|perustuu|oikeusperust|rättslig grund|grundar sig|legal basis|based on/i,
  recipients: /luovut|utlämna|lämnas ut|disclos/i,
  rights: /oikeus|rätt att|right to|peruuttaa|återkalla|withdraw/i,
  security: /suoja|skydd|protect|secur/i,
  purposes: /tarkoitu|käytetään|käytämme|ändamål|syfte|används för|purpose|(is|are) used (for|to)|we use/i,
  data_categories:
    /(käsittelee|käsittelemme|tallennetaan|kerätään|keräämme)[^.]*tiet|behandlar[^.]*uppgifter|(collect|process)\w*[^.]*(data|information)/i,
};

/** Words that say there are no regular disclosures (HetiL 10 § 4 k.), in fi, sv and en. */
const NO_REGULAR =
  /\bei\s+(ole\s+)?säännönmukaisia\s+(tietojen\s+)?luovutuksia|\b(tietoja|henkilötietoja|rekisterin tietoja)\s+ei\s+luovuteta\s+säännönmukaisesti|\binga\s+regelbundna\s+utlämnanden|\butlämnas\s+inte\s+regelbundet|\bno\s+regular\s+disclosures/i;

/** The sections a section's words may join to it when the document gives them no heading of their own. */
const JOINABLE: SectionField[] = ['transfers', 'dpo', 'retention', 'recipients', 'complaint', 'rights'];

/**
 * Whether a piece of a section says what `field` says, clearly enough to join that field to the section: a label
 * naming it ("Tietosuojavaltuutetun yhteystiedot:"), or a sentence with its distinctive words (a transfer outside
 * the EU/EEA, the data protection officer, a retention period, a disclosure).
 */
function joins(field: SectionField, piece: Piece): boolean {
  if (/:$/.test(piece.text) && !piece.text.includes('\n')) return sectionsOfHeading(piece.text)?.[0] === field;
  if (!isSentence(piece)) return false;
  switch (field) {
    case 'transfers':
    case 'dpo':
      return ROUTES[field]!.test(piece.text);
    case 'recipients':
      // Data handed on by the controller ("luovutetaan", "ei luovuteta"), not by the person ("asiakas luovuttaa").
      return /luovutetaan|luovuteta|voidaan luovuttaa|lämnas ut|utlämnas|lämnas inte ut|(is|are|be) disclosed/i.test(
        piece.text,
      );
    case 'retention':
      return (
        /säilytysaj|säilytysaik|lagringstid|retention period/i.test(piece.text) ||
        (/säilyt|tuhotaan|poistetaan|lagras|sparas|förvaras|raderas|retain|kept|deleted|erased/i.test(piece.text) &&
          (findPeriods(piece.text).length > 0 ||
            /kuluttua|jälkeen|viimeistään|kunnes|saakka|asti|efter|tills|after|within|until/i.test(piece.text)))
      );
    default:
      return false;
  }
}

const fields0 = (token: string): string[] => token.split('+');

/** A piece that reads as a sentence (not a contact line or a label). */
function isSentence(piece: Piece): boolean {
  return /[.!?]$/.test(piece.text) || piece.text.length > 100;
}

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
  const tokenHeadings = new Map<string, { heading: string; block: number }>();
  const headed = new Set(segmented.sections.flatMap((section) => section.fields ?? []));
  /** Fields joined to a section by its words: they stay in its token even when those words stay with the first part. */
  const joinedByWords = new Set<SectionField>();

  // A heading the dictionary does not know ("12. Muut henkilötietojen käsittelyyn liittyvät tiedot") over words that
  // clearly say what a section without a heading of its own says ("Tietoja säilytetään kunnes …") is that section.
  const sections = segmented.sections.map((section) => {
    // "Contact details" over "The data controller for your personal data is …": the controller's section.
    if (
      section.fields?.length === 1 &&
      section.fields[0] === 'contact_person' &&
      /^(\S+ )?(yhteystiedot|kontaktuppgifter|contact details|contact information)$/.test(
        normaliseHeading(section.heading),
      ) &&
      !headed.has('controller') &&
      section.pieces.some((p) => CONTROLLER_NAMED.test(p.text))
    ) {
      headed.add('controller');
      return { ...section, fields: ['controller' as SectionField] };
    }
    if (section.fields) return section;
    const first = section.pieces.find(isSentence);
    const named = first && JOINABLE.find((f) => !headed.has(f) && f !== 'rights' && joins(f, first));
    if (!named) return section;
    headed.add(named);
    inferences.push({
      path: ['layout', 'headings', named],
      note: `the section "${section.heading}" read as ${named} from its words: ${first.text.slice(0, 120)}`,
    });
    return { ...section, fields: [named] };
  });
  for (const section of sections) {
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
    fields = [...fields!];
    // A section whose sentences say what a section the document gives no heading of its own says (a transfer
    // outside the EU/EEA under "Tietojen luovutus", the supervisory authority under "Rekisteröidyn oikeudet") is
    // that section too: it is joined to this one, and those sentences go to it.
    for (const piece of section.pieces) {
      // Words that the section's own fields explain (a transfer "luovutetaan" under a transfers heading) join nothing.
      // A transfer outside the EU/EEA is distinctive enough to join whatever else the words say.
      const explained = fields.some((f) => ROUTES[f]?.test(piece.text));
      const joined = JOINABLE.find(
        (f) => !headed.has(f) && !fields!.includes(f) && (!explained || f === 'transfers') && joins(f, piece),
      );
      if (joined) {
        fields.push(joined);
        headed.add(joined);
        joinedByWords.add(joined);
      }
    }
    for (const f of fields) used.add(f);
    if (fields.includes('dpo') && fields.includes('contact_person')) dpoWithContact = section.heading;
    const token = fields.join('+');
    layoutOrder.push(token);
    tokenHeadings.set(token, { heading: section.heading, block: section.headingBlock });
    const builtins = fields.length === 1 ? builtIn(fields[0]!) : [];
    if (!builtins.includes(section.heading)) headings[token] = section.heading;
    place(section.headingBlock, ['layout', 'headings', token]);
    for (const f of fields) gathered.set(f, []);
    // A label inside a joined section ("Henkilötietojen käsittelyn oikeusperusteet:") sends what follows it to the
    // part it names; otherwise only a sentence is sent on by its words, and a contact line ("Jani Alho,
    // tietosuojavastaava") stays.
    let current = fields[0]!;
    for (const piece of section.pieces) {
      if (fields.length > 1 && /:$/.test(piece.text) && !piece.text.includes('\n')) {
        const named = sectionsOfHeading(piece.text)?.find((f) => fields!.includes(f));
        if (named) current = named;
      }
      // A sentence goes to a later part whose words it has; a retention part takes only what says how long (a
      // period, "kunnes", "viimeistään"), so "säilyttäminen" beside "suojaaminen" does not take where the data is
      // kept safe: that goes on to the next part with words of its own.
      const says = (f: SectionField) => (f === 'retention' ? joins(f, piece) : ROUTES[f]?.test(piece.text));
      let target = current;
      if (isSentence(piece)) {
        const later = fields.slice(1).find(says);
        if (later) target = later;
        else if (current === 'retention' && !says('retention'))
          target = fields.slice(1).find((f) => ROUTES[f]) ?? current;
      }
      gathered.get(target)!.push(piece);
    }
    previous = fields.at(-1);
  }

  // A later part of a joined heading that got no words is not held by the section ("Henkilötietojen käsittelyn
  // tarkoitus ja peruste" whose text names no basis): it leaves the token, so that validate sees it missing. The
  // data protection officer named beside the contact person stays (one person, both roles).
  for (const [index, token] of layoutOrder.entries()) {
    const parts = token.split('+') as SectionField[];
    if (parts.length < 2) continue;
    const kept = parts.filter(
      (f, i) =>
        (i === 0 && f !== 'retention') ||
        !gathered.has(f) ||
        gathered.get(f)!.length > 0 ||
        joinedByWords.has(f) ||
        (f === 'dpo' && parts.includes('contact_person')),
    );
    if (kept.length === parts.length) continue;
    for (const f of parts) if (!kept.includes(f)) gathered.delete(f);
    const rest = kept.join('+');
    layoutOrder[index] = rest;
    const { heading, block } = tokenHeadings.get(token)!;
    tokenHeadings.set(rest, { heading, block });
    delete headings[token];
    if (fields0(rest).length > 1 || !builtIn(rest as SectionField).includes(heading)) headings[rest] = heading;
    for (const p of placements)
      if (p.path[0] === 'layout' && p.path[2] === token) p.path = ['layout', 'headings', rest];
  }

  // A field whose required value its words do not settle is not filled with a guess: in a joined section its words
  // join the section's other part; a section of its own becomes an extra section with the original heading and text.
  for (const [field, pieces] of gathered) {
    const settles = SETTLES[field];
    const ownHeading = tokenHeadings.get(layoutOrder.find((t) => t.split('+').includes(field)) ?? '')?.heading ?? '';
    if (!settles || settles(pieces.map((p) => p.text).join('\n'), ownHeading) !== undefined) continue;
    gathered.delete(field);
    const token = layoutOrder.find((t) => t.split('+').includes(field))!;
    const other = token.split('+').find((f) => f !== field && gathered.has(f as SectionField)) as
      SectionField | undefined;
    if (other) {
      gathered.get(other)!.push(...pieces);
      continue;
    }
    const { heading, block } = tokenHeadings.get(token)!;
    const id = uniqueId(slug(heading), used);
    used.add(id);
    const text = new TextBuilder();
    for (const piece of pieces) text.add(piece);
    const index = extras.length;
    extras.push({ id, title: heading, text: text.empty ? heading : text.text() });
    layoutOrder[layoutOrder.indexOf(token)] = id;
    delete headings[token];
    for (const p of placements)
      if (p.block === block && p.path[0] === 'layout' && p.path[2] === token)
        p.path = ['extra_sections', index, 'title'];
    for (const piece of pieces) place(piece.block, ['extra_sections', index, 'text'], 'free-text');
    inferences.push({
      path: ['extra_sections', index, 'title'],
      note: `kept as written: the words do not say what \`${field}\` asks, so it is left for you to state`,
    });
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
    const ownHeading = tokenHeadings.get(layoutOrder.find((t) => t.split('+').includes(field)) ?? '')?.heading ?? '';
    const filled = fill(field, pieces, place, inferences, language, ownHeading);
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

// An extra section's id must not be a section name, which `layout.order` would read as that section.
const RESERVED: ReadonlySet<string> = new Set(SECTION_NAMES);

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
const CONTROLLER_NAMED =
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

const NO_TRANSFERS =
  /ei\s+(siirretä|luovuteta|siirry)[^.]*(\b(eu|eta)\b|euroopan|kolmansiin)|\b(eu|eta)\b[^.]*ulkopuolelle[^.]*ei\s+(siirretä|luovuteta)|inte\s+(till|utanför)[^.]*(tredjeländer|eu|ees)|lämnas inte[^.]*(tredjeländer|utanför)|överförs inte|not (be )?transferred|no (data|personal data) (is|are) transferred|do not transfer/i;
/** Words that say data does leave the EU/EEA: a transfer stated, or the safeguard of one. */
const SOME_TRANSFERS =
  /(siirretään|siirtää|siirrämme|siirtyä|siirtyvät|voidaan siirtää|luovutetaan|voidaan luovuttaa|luovuttaa)[^.]*(\b(eu|eta)\b|euroopan talousalue|kolmansiin)|vakiosopimuslauseke|mallisopimuslauseke|överför(s|a)?[^.]*(utanför|tredjeland|tredje land)|standardavtalsklausul|(are|is|be|may be) transferred[^.]*(outside|third countr)|we transfer[^.]*(outside|third countr)|standard contractual clauses|privacy shield|adequacy decision|(voivat|voi|saattavat|saattaa)[^.]*\b(eu|eta)\b\S*[^.]*ulkopuol/i;
/** Automated decisions or profiling named, in fi, sv and en ("automaattinen", "automatisoitu", "automatiserat", "profilointi"). */
const AUTOMATED_WORD = /\b(automa\w*|profil\w*)/i;
/** A word that denies, in fi, sv and en. */
const DENIAL = /\b(ei|eivät|emme|eikä|inte|inga|ingen|icke|not|never|no|none|\w+n't)\b/i;
/** Automated decisions named as such (not profiling alone, which is not a decision). */
const AUTOMATED_DECISION =
  /automaattis\w* (yksittäis)?päätö|automaattisesti tehtäv\w* päätö|automatisoi\w* (yksittäis)?päätö|automatiser\w* (individuell\w* )?beslut|automated (individual )?decision/i;
/** A verb that states a practice is followed. */
const STATED =
  /\b(käytetään|käytämme|tehdään|teemme|perustuu|perustuvat|används|använder|fattas|görs|is used|are used|are made|is made|we use|we make|uses)\b/i;

/**
 * Transfers outside the EU/EEA as the words settle them: `none` when they deny any, `intended` when they state one
 * (or its safeguard, or a country outside the EU/EEA), undefined when they do not say.
 */
export function transferStatus(text: string): { status: 'none' | 'intended'; because: string } | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  for (const sentence of sentences) {
    const some = SOME_TRANSFERS.exec(sentence);
    if (some && !DENIAL.test(sentence)) return { status: 'intended', because: `the words: ${some[0]}` };
  }
  for (const sentence of sentences) {
    const none = NO_TRANSFERS.exec(sentence);
    if (!none) continue;
    // "not transferred unless needed", "besides the above, not transferred": some data may leave after all.
    const unless =
      /\b(mikäli|ellei|paitsi|lisäksi|utom|om inte|såvida|förutom|unless|except|besides|other than)\b/i.exec(sentence);
    if (unless)
      return { status: 'intended', because: `the words deny transfers only with "${unless[0]}": ${sentence}` };
    return { status: 'none', because: `the words: ${none[0]}` };
  }
  const countries = findThirdCountries(text);
  if (countries.length > 0)
    return { status: 'intended', because: `a country outside the EU/EEA is named (${countries.join(', ')})` };
  return undefined;
}

/**
 * Whether automated decisions are made, as the words settle it; undefined when they do not say. A sentence that
 * names them and denies says no; so does a section under a heading that names them whose first sentence denies
 * ("What automated decision making we do" — "This site doesn't handle data under these circumstances.").
 */
export function automatedUse(text: string, heading = ''): { used: boolean; because: string } | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() !== '');
  const no =
    sentences.find((sentence) => AUTOMATED_WORD.test(sentence) && DENIAL.test(sentence)) ??
    (AUTOMATED_WORD.test(heading) && sentences[0] && DENIAL.test(sentences[0]) ? sentences[0] : undefined);
  if (no) return { used: false, because: `the words: ${no.trim()}` };
  const yes = sentences.find((sentence) => AUTOMATED_DECISION.test(sentence) && STATED.test(sentence));
  if (yes) return { used: true, because: `the words: ${yes.trim()}` };
  return undefined;
}

/** Whether people must give their data, as the words settle it; undefined when no word says so. */
export function requirementOf(text: string): { requirement: Requirement; because: string } | undefined {
  const found = (re: RegExp, within = text) => re.exec(within)?.[0];
  const denied = /ei ole (pakollista|velvollinen|pakko)|not (obliged|required|mandatory)|inte obligatorisk\w*/gi;
  const statutory = found(
    /lakisääte\w*|lain (nojalla|perusteella) pakolli\w*|lagstadga\w*|krävs enligt lag|statutory|required by law/i,
  );
  const contract = found(
    /sopimuksen (tekemise\w*|edellytys|solmimise\w*)|edellytys sopimu\w*|för att ingå avtal|förutsättning för avtal\w*|(to|in order to) (enter into|conclude) (a|the) contract|contractual requirement/i,
  );
  const mandatory = found(
    /\bpakolli\w*|\bon annettava|\bobligatorisk\w*|\bmåste lämna|\bmandatory|\bmust (be )?provide/i,
    text.replace(denied, ''),
  );
  const voluntary = found(
    /vapaaehto\w*|\bfrivillig\w*|\bvoluntar\w*|not (obliged|required|mandatory)|ei ole (pakollista|velvollinen|pakko)|inte obligatorisk\w*/i,
  );
  if (statutory) return { requirement: 'statutory', because: `the words: ${statutory}` };
  if (contract) return { requirement: 'contract_prerequisite', because: `the words: ${contract}` };
  if (mandatory && voluntary)
    return { requirement: 'mixed', because: `the words name both: ${mandatory} / ${voluntary}` };
  if (voluntary) return { requirement: 'voluntary', because: `the words: ${voluntary}` };
  return undefined;
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

/**
 * The fields whose required value the words must settle (nothing is guessed): for these, a section whose words do
 * not settle it is kept as what it is (its heading and text), without the field, so that `validate` reports the gap.
 */
const SETTLES: Partial<Record<SectionField, (text: string, heading: string) => unknown>> = {
  transfers: transferStatus,
  automated_decisions: automatedUse,
  provision_requirement: requirementOf,
};

/** Where a source's data comes from, by its words; undefined when they name no source. */
function sourceKind(text: string): { from: SourceKind; because: string } | undefined {
  if (
    /itse|ilmoittam|antam|rekisteröidyltä|asiakkaalta|jäsenhakemu|hakemu|lomak|själv|registrerade|lämnat|themselves|you (give|provide)|provided by you/i.test(
      text,
    )
  )
    return { from: 'data_subject', because: 'the words say the person gives it' };
  if (/muodostu|syntyy|syntyv|kertyv|käytön yhteydessä|lokitie|uppstår|generated|log data/i.test(text))
    return { from: 'controller', because: 'the words say it arises in the controller’s own use' };
  if (
    /rekisteristä|rekisteri(lle|stä)|viranomai|väestötieto|asiakastieto|luottotieto|yhteistyökumppan|myndighet|register(et)? (hos|från)|partner|authorit|credit (agency|reference)|public (register|sources)/i.test(
      text,
    )
  )
    return { from: 'third_party', because: 'the words name another register, authority or organisation' };
  return undefined;
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
