import type { Language, Notice } from '../../generated/notice-types.js';
import { stringsFor } from '../../render/strings/index.js';
import type { DataPath, ImportDocument, ImportedNotice, ImportOptions, Inference, Placement } from '../types.js';
import { compose } from './compose.js';
import { segment, TextBuilder, type Piece } from './segment.js';
import { detectLanguage, findCitations, findDates, inferProfile, type FoundDate } from './facts.js';
import type { SectionField } from './headings.js';

// The map stage of `notice import`: a document's blocks → a notice. Pure and deterministic: rules and
// dictionaries (headings.ts, facts.ts, contact.ts), no network, no model. Every block is placed somewhere;
// what is inferred rather than read as written gets an Inference, and the author's words stay in the text.

export { sectionsOfHeading, normaliseHeading, headingShape } from './headings.js';
export {
  findEmails,
  findObfuscatedEmails,
  findPhones,
  findUrls,
  findDates,
  findCitations,
  findBases,
  findPeriods,
  findThirdCountries,
  findBusinessIds,
  detectLanguage,
} from './facts.js';
export { parseContact } from './contact.js';

const LAW_LINE =
  /henkilötietola|personuppgiftslag|tietosuoja-?asetu|dataskyddsförordning|tietosuojala|dataskyddslag|data protection (act|regulation)|\bGDPR\b|\d+\s*§|artikla|artikel|article/i;

export function mapDocument(document: ImportDocument, options: ImportOptions = {}): ImportedNotice {
  const placements: Placement[] = [];
  const inferences: Inference[] = [];
  const place = (block: number, path: DataPath, how: Placement['how'] = 'recognised'): void => {
    placements.push({ block, path, how });
  };

  const detected = detectLanguage(document.text);
  const language: Language = options.language ?? detected.language;
  if (!options.language)
    inferences.push({
      path: ['notice', 'languages'],
      note: `language ${language} inferred from common words (fi ${detected.counts.fi}, sv ${detected.counts.sv}, en ${detected.counts.en})`,
    });

  const segmented = segment(document);
  const builtIn = (field: SectionField): string[] => {
    const headings = [stringsFor(language, 'reader'), stringsFor(language, 'neutral')].flatMap((s) => {
      const value = (s.headings as Record<string, unknown>)[field];
      return typeof value === 'string' ? [value] : [];
    });
    return [...new Set(headings)];
  };
  const composed = compose(segmented, language, builtIn);
  placements.push(...composed.placements);
  inferences.push(...composed.inferences);

  // The opening: title, the law it cites, dates, and any introduction.
  const meta: Record<string, unknown> = { languages: [language] };
  const introduction = new TextBuilder();
  /** Each date, with the label it is written with on a line of dates ("Laatimispäivämäärä: 21.5.2018"). */
  const dates: { date: FoundDate; block: number; label?: string }[] = [];
  // The date line's labels that are not notice's own ("Viimeisin muutos" for "Päivitetty"): kept as written.
  const strings = stringsFor(language);
  const ownLabels: { created?: string; updated?: string; version?: string } = {};
  let versionFirst = false;
  const intro = segmented.intro.flatMap((piece): Piece[] =>
    piece.kind === 'paragraph' ? piece.text.split('\n').map((text) => ({ ...piece, text: text.trim() })) : [piece],
  );
  intro.forEach((piece: Piece, i) => {
    const line = piece.text;
    const found = findDates(line);
    const dateOnly = found.length > 0 && stripDates(line, found).replace(/[\s.,:;–—-]/g, '').length === 0;
    if (dateOnly || labelledDateLine(line, found)) {
      // "Versio 1.0, 22.3.2019": the version is kept as the notice's version label.
      const version = /\b(versio|version)\s*(\d+(?:\.\d+)*)/i.exec(line);
      if (version && meta.version === undefined) {
        meta.version = version[2];
        // "Versio 1.0, 22.3.2019": the line is shown in the order it is written.
        versionFirst = found.length > 0 && version.index < found[0]!.index;
        if (version[1] !== strings.labels.version) ownLabels.version = version[1]!;
        place(piece.block, ['notice', 'version']);
      }
      found.forEach((date, n) => {
        const label = dateLabel(line, found[n - 1], date);
        dates.push({
          date: date.role ? date : { ...date, role: 'created' },
          block: piece.block,
          ...(label ? { label } : {}),
        });
      });
      place(piece.block, [
        'notice',
        found.some((d) => d.role === 'updated') && !found.some((d) => d.role !== 'updated') ? 'updated' : 'created',
      ]);
      return;
    }
    if (i === 0 && !line.includes('\n') && line.length <= 150 && !/[.!?]$/.test(line) && !LAW_LINE.test(line)) {
      meta.title = line;
      place(piece.block, ['notice', 'title']);
      for (const date of found) dates.push({ date: { ...date, role: date.role ?? 'created' }, block: piece.block });
      return;
    }
    if (
      meta.legal_reference === undefined &&
      line.length <= 200 &&
      !line.includes('\n') &&
      findCitations(line).gdpr === undefined &&
      LAW_LINE.test(line) &&
      /§|\d{3,4}\/\d{2,4}/.test(line)
    ) {
      meta.legal_reference = line;
      place(piece.block, ['notice', 'legal_reference']);
      return;
    }
    for (const date of found) if (date.role) dates.push({ date, block: piece.block });
    introduction.add(piece);
    place(piece.block, ['notice', 'introduction']);
  });
  // Dates the rest of the notice labels ("päivitetty viimeksi 11.07.2018").
  const introBlocks = new Set(segmented.intro.map((p) => p.block));
  document.blocks.forEach((block, index) => {
    if (introBlocks.has(index)) return;
    for (const date of findDates(block.text)) {
      if (date.role) dates.push({ date, block: index });
      // "This Privacy Policy was vreated on May 20, 2020": the notice says of itself that it was made on a date,
      // the verb aside (here misspelt); read as its creation date.
      else if (SELF_DATED.test(block.text.slice(0, date.index)))
        dates.push({ date: { ...date, role: 'created' }, block: index });
    }
  });
  const created = dates.find((d) => d.date.role === 'created');
  const updatedAll = dates.filter((d) => d.date.role === 'updated').sort((a, b) => (a.date.iso < b.date.iso ? 1 : -1));
  const updated = updatedAll[0];
  if (created) {
    meta.created = created.date.iso;
    inferences.push({ path: ['notice', 'created'], note: `created read from "${created.date.written}"` });
  }
  if (updated) {
    meta.updated = updated.date.iso;
    inferences.push({ path: ['notice', 'updated'], note: `updated read from "${updated.date.written}"` });
  }
  for (const [role, entry] of [
    ['created', created],
    ['updated', updated],
  ] as const)
    if (entry?.label !== undefined && entry.label !== strings.labels[role]) ownLabels[role] = entry.label;
  if (Object.keys(ownLabels).length > 0) meta.labels = ownLabels;
  if (!introduction.empty) meta.introduction = introduction.text();

  // The law cited and the date decide the profile and the document type.
  const cites = findCitations(document.text);
  const latest = [meta.created, meta.updated]
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
  const registerDescription =
    /rekisteriseloste|rekisterin seloste|registerbeskrivning|description of (the )?(personal data )?file/i.test(
      [meta.title, document.title, document.text.slice(0, 400)].join('\n'),
    );
  if (options.profile) meta.profile = options.profile;
  else {
    const inferred = inferProfile(cites, latest, registerDescription);
    meta.profile = inferred.profile;
    inferences.push({ path: ['notice', 'profile'], note: `profile ${inferred.profile} inferred: ${inferred.because}` });
  }
  const privacyWords =
    /tietosuojaseloste|tietosuojailmoitus|dataskyddsbeskrivning|privacy (notice|statement|policy)/i.test(document.text);
  meta.document_type = meta.profile === 'gdpr' || privacyWords ? 'tietosuojaseloste' : 'rekisteriseloste';
  inferences.push({
    path: ['notice', 'document_type'],
    note: `document type ${meta.document_type as string} inferred from the profile${privacyWords ? ' and the words the notice calls itself' : ''}`,
  });

  const notice: Record<string, unknown> = { notice: orderMeta(meta, versionFirst) };
  Object.assign(notice, composed.notice);
  if (composed.layoutOrder.length > 0) {
    const layout: Record<string, unknown> = {};
    if (segmented.numbered) layout.numbered = false;
    layout.order = composed.layoutOrder;
    if (Object.keys(composed.headings).length > 0) layout.headings = composed.headings;
    notice.layout = layout;
  }

  // Anything left unplaced (it should not happen) is kept in the introduction rather than dropped.
  const placed = new Set(placements.map((p) => p.block));
  const missing = document.blocks.map((_, i) => i).filter((i) => !placed.has(i));
  if (missing.length > 0) {
    const text = new TextBuilder();
    if (meta.introduction) text.add({ block: -1, text: meta.introduction as string, kind: 'paragraph' });
    for (const i of missing) {
      text.add({ block: i, text: document.blocks[i]!.text, kind: 'paragraph' });
      place(i, ['notice', 'introduction'], 'free-text');
    }
    (notice.notice as Record<string, unknown>).introduction = text.text();
  }

  placements.sort((a, b) => a.block - b.block);
  return { document, notice: notice as unknown as Notice, placements, inferences };
}

/** A sentence in which the notice says of itself that it was made on the date that follows. */
const SELF_DATED =
  /\b(this|the) (privacy (policy|notice|statement)|notice)\s+(was|has been)\s+\w+\s+(on|in)\s*$|\b(tämä|tämän) (tietosuoja|rekisteri)seloste\w*\s+on\s+\w+\s*$/i;

function stripDates(line: string, found: FoundDate[]): string {
  // "Versio 1.0, 22.3.2019": the version number is part of the date line.
  let rest = line.replace(/\b(versio|version)\s*\d+(\.\d+)*/i, '');
  for (const d of found) rest = rest.replace(d.written, '');
  return rest.replace(
    /laadittu|luotu|laatimispäivämäärä|laatimispäivä|päiväys|päivitetty|viimeksi|viimeisin muutos|muutettu|upprättad|uppdaterad|senast|created|last updated|updated|date/gi,
    '',
  );
}

/**
 * The words before a date on a line of dates, from the previous date on, as a label: "Laatimispäivämäärä" of
 * "Laatimispäivämäärä: 21.5.2018", "Viimeisin muutos" of "…, viimeisin muutos 22.5.2018"; undefined when there
 * are none, or when they are more than a label (a number, a version).
 */
function dateLabel(line: string, previous: FoundDate | undefined, date: FoundDate): string | undefined {
  const start = previous ? previous.index + previous.written.length : 0;
  const words = line
    .slice(start, date.index)
    .replace(/^[\s.,;·|–—-]+|[\s,;·|–—:-]+$/g, '')
    .trim();
  if (words === '' || /\d/.test(words) || words.length > 40) return undefined;
  return words;
}

function labelledDateLine(line: string, found: FoundDate[]): boolean {
  return (
    found.length > 0 && found.every((d) => d.role) && stripDates(line, found).replace(/[\s.,:;–—-]/g, '').length === 0
  );
}

/** The notice's keys in the schema's order; the version before the dates when the notice writes it first. */
function orderMeta(meta: Record<string, unknown>, versionFirst: boolean): Record<string, unknown> {
  const dated = versionFirst ? ['version', 'created', 'updated'] : ['created', 'updated', 'version'];
  const order = [
    'profile',
    'document_type',
    'voice',
    'languages',
    'title',
    'legal_reference',
    'introduction',
    ...dated,
    'labels',
  ];
  return Object.fromEntries(order.filter((k) => meta[k] !== undefined).map((k) => [k, meta[k]]));
}
