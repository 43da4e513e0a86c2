import type { Language, Notice } from '../../generated/notice-types.js';
import { hasPlaceholder } from '../../placeholder.js';
import { formatDate } from '../format.js';
import { escapeMarkdown } from '../markdown-safe.js';
import type { SectionKey, Strings } from '../strings/types.js';
import { documentTypeOf, profileOf } from '../../profile.js';
import { createContext, type Profile, type ViewContext } from './context.js';
import { optional } from './contact.js';
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
  allControllers,
  contactPersonSection,
  controllerSection,
  dpoSection,
  registerNameSection,
} from './sections-who.js';

export type { ViewContext } from './context.js';

/** One section of the rendered notice: its number, heading, the partial that lays it out, and its data. */
export interface SectionView {
  key: SectionKey | 'extra';
  number: number;
  heading: string;
  /** Name of the Handlebars partial, `section-<key>`. */
  partial: string;
  data: unknown;
}

/** Everything the templates see, in one language; every string is safe Markdown. */
export interface NoticeView {
  language: Language;
  title: string;
  lawLine: string;
  /** "Laadittu 1.3.2024 · Päivitetty 15.9.2025 · Versio 2.0" */
  metaLine?: string;
  /** The controller's name (joint controllers' names joined by commas), for the page title and PDF metadata. */
  controllerName?: string;
  /** True while placeholders (TODO) remain: every output is marked a draft. */
  draft: boolean;
  draftLabel: string;
  /** "Sivu" / "Sida" / "Page", for the footer of printed pages. */
  pageLabel: string;
  contentsHeading: string;
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
  const built: Omit<SectionView, 'number'>[] = [];
  for (const [key, build] of SECTIONS) {
    const data = build(context);
    if (data === undefined) continue;
    const heading = sectionHeading(strings, profile, key, data);
    built.push({ key, heading, partial: `section-${key}`, data });
  }
  for (const extra of notice.extra_sections ?? []) {
    const section = {
      key: 'extra' as const,
      heading: context.plain(pickTitle(context, extra.title)) ?? '',
      partial: 'section-extra',
      data: { text: context.text(extra.text) },
    };
    const after = extra.after ? built.findIndex((s) => s.key === extra.after) : -1;
    if (after >= 0) built.splice(after + 1 + countExtrasAfter(built, after), 0, section);
    else built.push(section);
  }
  const meta = notice.notice;
  const { labels } = strings;
  const metaLine = [
    meta.created && `${labels.created} ${formatDate(meta.created, language)}`,
    meta.updated && `${labels.updated} ${formatDate(meta.updated, language)}`,
    meta.version && `${labels.version} ${escapeMarkdown(meta.version)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    language,
    title: context.line(meta.title) ?? strings.titles[documentType],
    lawLine: context.line(meta.legal_reference) ?? strings.lawLines[documentType],
    ...optional('metaLine', metaLine || undefined),
    ...optional('controllerName', controllerNames(context)),
    draft: hasPlaceholder(notice),
    draftLabel: labels.draft,
    pageLabel: labels.page,
    contentsHeading: strings.headings.contents,
    sections: built.map((section, index) => Object.assign(section, { number: index + 1 })),
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

function controllerNames(context: ViewContext): string | undefined {
  const names = allControllers(context.notice)
    .map((controller) => context.plain(controller.name))
    .filter((name) => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function pickTitle(context: ViewContext, title: NonNullable<Notice['extra_sections']>[number]['title']): string {
  return typeof title === 'string' ? title : (title[context.language] ?? Object.values(title)[0] ?? '');
}

// Several extra sections after the same section keep their order in the file.
function countExtrasAfter(built: readonly Omit<SectionView, 'number'>[], index: number): number {
  let count = 0;
  while (built[index + 1 + count]?.key === 'extra') count++;
  return count;
}
