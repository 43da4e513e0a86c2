import type { Language, Notice } from '../../generated/notice-types.js';
import { hasPlaceholder } from '../../placeholder.js';
import { formatDate } from '../format.js';
import { escapeMarkdown } from '../markdown-safe.js';
import type { SectionKey, Strings } from '../strings/types.js';
import { documentTypeOf, profileOf } from '../../profile.js';
import { arrange, type Placeable } from '../../layout.js';
import { createContext, type Profile, type ViewContext } from './context.js';
import { labelled, optional } from './contact.js';
import {
  cookiesSection,
  changesSection,
  furtherProcessingSection,
  recipientsSection,
  retentionSection,
  securitySection,
  sourcesSection,
  transfersSection,
} from './sections-flow.js';
import { automatedSection, complaintSection, objectionSection, rightsSection } from './sections-rights.js';
import {
  dataCategoriesSection,
  dataSubjectsSection,
  legalBasisSection,
  provisionSection,
  purposesSection,
} from './sections-what.js';
import {
  controllerNames,
  contactPersonSection,
  controllerSection,
  dpoSection,
  registerNameSection,
} from './sections-who.js';

export type { ViewContext } from './context.js';

/** What one section of the format contributes to a heading of the rendered notice: the partial that lays it out, and its data. */
export interface SectionPart {
  key: SectionKey | 'extra';
  /** Name of the Handlebars partial, `section-<key>`. */
  partial: string;
  data: unknown;
}

/**
 * One heading of the rendered notice: its number, heading, the partial that lays it out, and its data.
 * Sections that `layout.order` joins (`purposes+legal_basis`) are one section with the key `combined`,
 * the partial `section-combined` and the data `{ parts }`: each part laid out by its own partial.
 */
export interface SectionView {
  key: SectionKey | 'extra' | 'combined';
  number: number;
  heading: string;
  /** Name of the Handlebars partial, `section-<key>`. */
  partial: string;
  data: unknown;
  /** The sections under this heading, one or more, in order. */
  parts: SectionPart[];
}

/** Everything the templates see, in one language; every string is safe Markdown. */
export interface NoticeView {
  language: Language;
  title: string;
  lawLine: string;
  /** "Laadittu 1.3.2024 · Päivitetty 15.9.2025 · Versio 2.0" */
  metaLine?: string;
  /** The notice's own text before its first section (`notice.introduction`). */
  introduction?: string;
  /** The controller's name (joint controllers' names joined by commas), for the page title and PDF metadata. */
  controllerName?: string;
  /** True while placeholders (TODO) remain: every output is marked a draft. */
  draft: boolean;
  draftLabel: string;
  /** "Sivu" / "Sida" / "Page", for the footer of printed pages. */
  pageLabel: string;
  contentsHeading: string;
  /** False when `layout.numbered: false`: headings without "1.". */
  numbered: boolean;
  sections: SectionView[];
}

/** The sections in the order of the legal section list (legal.md §3), each with what builds its view. */
const SECTIONS: [SectionKey, (context: ViewContext) => unknown][] = [
  ['controller', controllerSection],
  ['contact_person', contactPersonSection],
  ['dpo', dpoSection],
  ['register_name', registerNameSection],
  ['purposes', purposesSection],
  ['legal_basis', legalBasisSection],
  ['data_subjects', dataSubjectsSection],
  ['data_categories', dataCategoriesSection],
  ['provision_requirement', provisionSection],
  ['sources', sourcesSection],
  ['recipients', recipientsSection],
  ['transfers', transfersSection],
  ['retention', retentionSection],
  ['security', securitySection],
  ['automated_decisions', automatedSection],
  ['rights', rightsSection],
  ['objection', objectionSection],
  ['complaint', complaintSection],
  ['further_processing', furtherProcessingSection],
  ['cookies', cookiesSection],
  ['changes', changesSection],
];

export function buildView(notice: Notice, language: Language, strings: Strings, profileOverride?: Profile): NoticeView {
  const profile = profileOf(notice, profileOverride);
  const context = createContext(notice, language, profile, strings);
  const documentType =
    profile === 'gdpr'
      ? 'gdpr'
      : documentTypeOf(notice, profile) === 'tietosuojaseloste'
        ? 'hetilPrivacy'
        : 'hetilRegister';
  const standard: Placed[] = [];
  for (const [key, build] of SECTIONS) {
    const data = build(context);
    if (data === undefined) continue;
    const heading = sectionHeading(strings, profile, key, data);
    standard.push({ name: key, extra: false, heading, part: { key, partial: `section-${key}`, data } });
  }
  const extras = (notice.extra_sections ?? []).map((extra): Placed => ({
    ...optional('name', extra.id),
    ...optional('after', extra.after),
    extra: true,
    heading: context.plain(pickTitle(context, extra.title)) ?? '',
    part: { key: 'extra', partial: 'section-extra', data: { text: context.text(extra.text) } },
  }));
  const layout = notice.layout;
  const own = (token: string | undefined): string | undefined => {
    const heading = token === undefined ? undefined : layout?.headings?.[token];
    return heading === undefined ? undefined : context.line(heading);
  };
  const sections = arrange(standard, extras, layout?.order).map((unit, index): SectionView => {
    const parts = unit.members.map((member) => member.part);
    const headings = unit.members.map((member) => own(member.name) ?? member.heading);
    const heading = own(unit.token) ?? (headings.length === 1 ? headings[0]! : joinHeadings(headings, strings));
    const single = parts.length === 1 ? parts[0]! : undefined;
    return {
      key: single ? single.key : 'combined',
      number: index + 1,
      heading: headingLine(heading) ?? '',
      partial: single ? single.partial : 'section-combined',
      data: single ? single.data : { parts },
      parts,
    };
  });
  const meta = notice.notice;
  const { labels } = strings;
  // notice's labels are followed by a space ("Laadittu 1.3.2024"), the notice's own as a label ("Laatimispäivämäärä:
  // 1.3.2024").
  const dated = (kind: 'created' | 'updated' | 'version', value: string): string => {
    const own = context.line(meta.labels?.[kind]);
    return own === undefined ? `${labels[kind]} ${value}` : labelled(own, value);
  };
  // The dates and the version in the order the notice writes them ("Versio 1.0 · Laadittu 22.3.2019").
  const metaLine = Object.keys(meta)
    .flatMap((key) =>
      key === 'created' && meta.created
        ? [dated('created', formatDate(meta.created, language))]
        : key === 'updated' && meta.updated
          ? [dated('updated', formatDate(meta.updated, language))]
          : key === 'version' && meta.version
            ? [dated('version', escapeMarkdown(meta.version))]
            : [],
    )
    .join(' · ');
  return {
    language,
    title: context.line(meta.title) ?? strings.titles[documentType],
    lawLine: context.line(meta.legal_reference) ?? strings.lawLines[documentType],
    ...optional('metaLine', metaLine || undefined),
    ...optional('introduction', context.text(meta.introduction)),
    ...optional('controllerName', controllerNames(context)),
    draft: hasPlaceholder(notice),
    draftLabel: labels.draft,
    pageLabel: labels.page,
    contentsHeading: strings.headings.contents,
    numbered: layout?.numbered !== false,
    sections,
  };
}

/** The built-in heading of a section; in the plural when it lists several controllers or officers. */
function sectionHeading(strings: Strings, profile: Profile, key: SectionKey, data: unknown): string {
  const several = (data as { several?: boolean }).several === true;
  if (key === 'controller') {
    const variant = profile === 'hetil' ? 'controllerHetil' : 'controller';
    return several ? strings.pluralHeadings[variant] : strings.headings[variant];
  }
  if (key === 'dpo' && several) return strings.pluralHeadings.dpo;
  return strings.headings[key];
}

function pickTitle(context: ViewContext, title: NonNullable<Notice['extra_sections']>[number]['title']): string {
  return typeof title === 'string' ? title : (title[context.language] ?? Object.values(title)[0] ?? '');
}

/** A section before it is placed: its own heading (built-in, or an extra section's title) and its part. */
interface Placed extends Placeable {
  heading: string;
  part: SectionPart;
}

/**
 * The built-in headings of joined sections as one: "A, b and c" in the notice's language. A later heading
 * starts in lower case unless its first word is an abbreviation ("EU", "ETA").
 */
function joinHeadings(headings: string[], strings: Strings): string {
  const [first, ...rest] = headings;
  const later = rest.map((heading) =>
    /^\p{Lu}\p{Ll}/u.test(heading) ? heading[0]!.toLowerCase() + heading.slice(1) : heading,
  );
  if (later.length === 0) return first ?? '';
  return `${[first, ...later.slice(0, -1)].join(', ')} ${strings.headings.and} ${later[later.length - 1]}`;
}

/**
 * A heading as written: `line` and `plain` have escaped what would start a block ("1) ...", "- "), and a
 * closing run of "#" is escaped here, since a Markdown heading would drop it.
 */
function headingLine(line: string | undefined): string | undefined {
  return line?.replace(/(^|[ \t])(#+)[ \t]*$/, '$1\\$2');
}
