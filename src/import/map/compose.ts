import type { ExtraSection, Language, Notice } from '../../generated/notice-types.js';
import { isSectionName, tokenNames } from '../../layout.js';
import type { DataPath, Inference, Placement } from '../types.js';
import { findPeriods } from './facts.js';
import { CONTROLLER_NAMED, fill } from './fields.js';
import { normaliseHeading, sectionsOfHeading, type SectionField } from './headings.js';
import { TextBuilder, type Piece, type Segmented } from './segment.js';
import { SETTLES } from './settle.js';

// Each section's blocks put into the fields of its section, and the layout that keeps the original's headings.

/** What compose returns to index: the notice's sections, their layout, and where each block went. */
export interface Composer {
  notice: Partial<Notice>;
  placements: Placement[];
  inferences: Inference[];
  layoutOrder: string[];
  headings: Record<string, string>;
}

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
      const token = layoutOrder.find((t) => tokenNames(t).includes(f));
      if (!token || !token.includes('+') || gathered.get(f)?.length !== 0) continue;
      const rest = tokenNames(token)
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
    const parts = tokenNames(token) as SectionField[];
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
    if (tokenNames(rest).length > 1 || !builtIn(rest as SectionField).includes(heading)) headings[rest] = heading;
    for (const p of placements)
      if (p.path[0] === 'layout' && p.path[2] === token) p.path = ['layout', 'headings', rest];
  }

  // A field whose required value its words do not settle is not filled with a guess: in a joined section its words
  // join the section's other part; a section of its own becomes an extra section with the original heading and text.
  for (const [field, pieces] of gathered) {
    const settles = SETTLES[field];
    const ownHeading = tokenHeadings.get(layoutOrder.find((t) => tokenNames(t).includes(field)) ?? '')?.heading ?? '';
    if (!settles || settles(pieces.map((p) => p.text).join('\n'), ownHeading) !== undefined) continue;
    gathered.delete(field);
    const token = layoutOrder.find((t) => tokenNames(t).includes(field))!;
    const other = tokenNames(token).find((f) => f !== field && gathered.has(f as SectionField)) as
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
    const ownHeading = tokenHeadings.get(layoutOrder.find((t) => tokenNames(t).includes(field)) ?? '')?.heading ?? '';
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
function uniqueId(id: string, used: Set<string>): string {
  let candidate = isSectionName(id) ? `${id}_2` : id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}_${n}`;
  return candidate;
}
