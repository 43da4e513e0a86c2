import type { Language, Notice, Right } from '../generated/notice-types.js';
import { profileOf, voiceOf } from '../profile.js';
import { applicableRights } from '../rights.js';
import { formatPeriod } from '../render/format.js';
import { escapeMarkdown } from '../render/markdown-safe.js';
import { stringsFor } from '../render/strings/index.js';
import { createContext, type Profile, type ViewContext } from '../render/view/context.js';
import { contactView, optional, type ContactView } from '../render/view/contact.js';
import { destination } from '../render/view/sections-flow.js';
import { complaintSection } from '../render/view/sections-rights.js';
import { allControllers, controllerNames } from '../render/view/sections-who.js';
import { summaryStrings, type SummaryRight, type SummaryStrings } from './strings.js';

/** One heading of the summary: a sentence or two, one line per item, and text after. Every string is safe Markdown. */
export interface SummarySectionView {
  heading: string;
  text?: string;
  items: string[];
  textAfter?: string;
}

/** What the summary templates see: every string safe Markdown, except `link.href`, a checked URL. */
export interface SummaryView {
  language: Language;
  profile: Profile;
  title: string;
  /** The register's name, else the controller's: what the summary is of. */
  subtitle?: string;
  intro: string;
  sections: SummarySectionView[];
  link: { text: string; href: string };
}

/** The orders of the rights: those of the built-in texts, the objections last as the full notice shows them. */
const GDPR_RIGHTS: SummaryRight[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'automated_decisions',
  'withdraw_consent',
  'objection',
  'objection_marketing',
];
const HETIL_RIGHTS = ['access', 'rectification', 'objection_marketing'] as const;

/**
 * The first layer of a layered notice (WP260 para. 35–38) in one language, made from the notice's data only:
 * a section is left out when the notice says nothing on it, and no sentence says more than the YAML does.
 * Under the hetil profile the sections are HetiL 10 §'s items.
 */
export function buildSummaryView(
  notice: Notice,
  language: Language,
  fullNotice: string,
  profileOverride?: Profile,
): SummaryView {
  const profile = profileOf(notice, profileOverride);
  const voice = voiceOf(notice, language);
  const context = createContext(notice, language, profile, stringsFor(language, voice));
  const summary = summaryStrings(language, voice);
  const sections = profile === 'hetil' ? hetilSections(context, summary) : gdprSections(context, summary);
  return {
    language,
    profile,
    title: summary.title[profile],
    ...optional('subtitle', context.line(notice.register_name) ?? controllerNames(context)),
    intro: summary.intro,
    sections: sections.filter((s): s is SummarySectionView => s !== undefined),
    link: { text: summary.fullNotice[profile], href: fullNotice },
  };
}

function gdprSections(context: ViewContext, summary: SummaryStrings): (SummarySectionView | undefined)[] {
  const { headings } = summary;
  return [
    controllerSummary(context, headings.controller, summary),
    dpoSummary(context, headings.dpo),
    purposesSummary(context, headings.purposes, true),
    recipientsSummary(context, headings.recipients),
    transfersSummary(context, headings.transfers, summary),
    retentionSummary(context, headings.retention),
    rightsSummary(context, headings.rights, summary),
    complaintSummary(context, headings.complaint, summary),
  ];
}

/** HetiL 10 §: register keeper, purpose, data content, regular sources, disclosures and transfers, security. */
function hetilSections(context: ViewContext, summary: SummaryStrings): (SummarySectionView | undefined)[] {
  const { hetilHeadings: headings } = summary;
  const { notice, line, strings } = context;
  const disclosures = [recipientsSummary(context, ''), transfersSummary(context, '', summary)].filter(
    (s): s is SummarySectionView => s !== undefined,
  );
  const sources = (notice.sources?.items ?? []).map((source) => {
    const own = context.plain(source.name) ?? line(source.description);
    if (own !== undefined) return own;
    return (typeof source.from === 'string' ? [source.from] : source.from)
      .map((k) => strings.sourceKinds[k])
      .join('; ');
  });
  return [
    controllerSummary(context, headings.controller, summary),
    purposesSummary(context, headings.purposes, false),
    listed(
      headings.data,
      (notice.data_categories?.items ?? []).map((c) => line(c.description)),
    ),
    listed(headings.sources, sources),
    disclosures.length > 0
      ? {
          heading: headings.disclosures,
          ...optional('text', joined(disclosures.map((s) => s.text))),
          items: disclosures.flatMap((s) => s.items),
        }
      : undefined,
    listed(
      headings.security,
      (notice.security?.items ?? []).map((text) => line(text)),
    ),
  ];
}

function controllerSummary(
  context: ViewContext,
  heading: string,
  summary: SummaryStrings,
): SummarySectionView | undefined {
  const controllers = allControllers(context.notice);
  const items = controllers.map((controller) => contactLine(reachable(context, controller)));
  const person = context.notice.contact_person;
  if (person) items.push(`${summary.contactPerson}: ${contactLine(reachable(context, person))}`);
  return items.length > 0 ? { heading, items } : undefined;
}

function dpoSummary(context: ViewContext, heading: string): SummarySectionView | undefined {
  const dpo = context.notice.dpo;
  if (!dpo) return undefined;
  const { labels } = context.strings;
  if (!dpo.designated) return { heading, text: labels.dpoNone, items: [] };
  const officers = [dpo, ...(dpo.officers ?? [])]
    .map((officer) => reachable(context, officer))
    .filter((view) => view.name !== undefined || view.lines.length > 0);
  return {
    heading,
    ...optional('text', dpo.same_as_contact_person ? labels.dpoSameAsContact : undefined),
    items: officers.map(contactLine),
  };
}

/** A purpose on one line: its name (else its description), and under the GDPR the bases it rests on. */
function purposesSummary(context: ViewContext, heading: string, withBases: boolean): SummarySectionView | undefined {
  const { notice, strings, line } = context;
  const items = (notice.purposes?.items ?? []).flatMap((purpose) => {
    const name = line(purpose.name) ?? line(purpose.description);
    if (name === undefined) return [];
    const bases = withBases
      ? (notice.legal_basis?.items ?? [])
          .filter((b) => b.purposes === undefined || (purpose.id !== undefined && b.purposes.includes(purpose.id)))
          .map((b) => strings.bases[b.basis])
      : [];
    return [bases.length > 0 ? `**${name}**: ${[...new Set(bases)].join('; ')}` : name];
  });
  return items.length > 0 ? { heading, items } : undefined;
}

function recipientsSummary(context: ViewContext, heading: string): SummarySectionView | undefined {
  const recipients = context.notice.recipients;
  if (!recipients) return undefined;
  const { labels } = context.strings;
  const items = (recipients.items ?? []).flatMap((r) => {
    const name = context.plain(r.name) ?? context.line(r.category);
    if (name === undefined) return [];
    return [r.processor ? `${name} (${labels.processor.toLocaleLowerCase(context.language)})` : name];
  });
  const text = recipients.none
    ? labels.recipientsNone
    : recipients.regular_disclosures === false
      ? labels.recipientsNoRegular
      : undefined;
  return items.length > 0 || text ? { heading, ...optional('text', text), items } : undefined;
}

/** Whether the data leaves the EU/EEA, and where to, only as the notice says it. */
function transfersSummary(
  context: ViewContext,
  heading: string,
  summary: SummaryStrings,
): SummarySectionView | undefined {
  const transfers = context.notice.transfers;
  if (!transfers) return undefined;
  if (transfers.status === 'none') return { heading, text: context.strings.labels.transfersNone, items: [] };
  const items = (transfers.items ?? []).flatMap((t) => {
    const place = destination(t.country, t.international_organisation, context.language) ?? '';
    const recipient = context.plain(t.recipient);
    if (place === '' && recipient === undefined) return [];
    return [recipient === undefined ? place : place ? `${place}: ${recipient}` : recipient];
  });
  if (items.length > 0) return { heading, text: summary.transfersTo, items };
  const own = context.text(transfers.text);
  return own ? { heading, text: own, items: [] } : undefined;
}

function retentionSummary(context: ViewContext, heading: string): SummarySectionView | undefined {
  const { notice, strings, line } = context;
  const names = new Map(
    (notice.purposes?.items ?? []).flatMap((p) => {
      const name = line(p.name) ?? context.purposeNames.get(p.id ?? '');
      return p.id && name ? [[p.id, name] as const] : [];
    }),
  );
  const items = (notice.retention?.items ?? []).flatMap((r) => {
    const period = r.period ? `**${escapeMarkdown(formatPeriod(r.period, strings))}**` : undefined;
    const purposes = (r.applies_to ?? []).flatMap((id) => names.get(id) ?? []).join('; ');
    const trigger = line(r.trigger);
    const criteria = line(r.criteria);
    const parts = [
      [period, purposes || undefined].filter(Boolean).join(': '),
      trigger && `${strings.labels.trigger}: ${trigger}`,
      criteria && `${strings.labels.criteria}: ${criteria}`,
    ].filter(Boolean);
    return parts.length > 0 ? [parts.join(' · ')] : [];
  });
  return items.length > 0 ? { heading, items } : undefined;
}

/**
 * The rights the notice gives: with `rights.standard`, those that apply to its bases (as the full notice
 * shows them); and every right the notice's own texts cover. One sentence each, then how to use them.
 */
function rightsSummary(context: ViewContext, heading: string, summary: SummaryStrings): SummarySectionView | undefined {
  const { notice, profile, strings } = context;
  const rights = notice.rights;
  if (!rights) return undefined;
  const given = new Set<Right>([
    ...(rights.standard ? applicableRights(notice, profile) : []),
    ...(rights.items ?? []).flatMap((item) => item.covers),
  ]);
  const items =
    profile === 'hetil'
      ? HETIL_RIGHTS.filter((r) => given.has(r)).map(
          (r) => `**${strings.rights.hetil[r].title}**: ${summary.hetilRights[r]}`,
        )
      : GDPR_RIGHTS.filter((r) => given.has(r)).map((r) => {
          const title = r === 'objection' ? strings.objection.title : strings.rights.gdpr[r].title;
          return `**${title}**: ${summary.rights[r]}`;
        });
  const howTo = context.text(rights.how_to);
  if (items.length === 0 && howTo === undefined) return undefined;
  return { heading, items, textAfter: howTo ? `${summary.howToLabel} ${howTo}` : summary.howToDefault };
}

function complaintSummary(
  context: ViewContext,
  heading: string,
  summary: SummaryStrings,
): SummarySectionView | undefined {
  const complaint = complaintSection(context);
  if (!complaint) return undefined;
  const authority = complaint.authority;
  if (!authority) return complaint.text ? { heading, text: complaint.text, items: [] } : undefined;
  const website = authority.lines.find((l) => l.startsWith(`${context.strings.labels.website}:`));
  const name = authority.name ? `**${authority.name}**` : undefined;
  const line = [name, website].filter(Boolean).join(', ');
  return { heading, text: line ? `${summary.complaint} ${line}` : summary.complaint, items: [] };
}

/** How to reach a contact: its name, address, phones, e-mail and website; its business ID and own text stay in the full notice. */
function reachable(context: ViewContext, contact: Parameters<typeof contactView>[1]): ContactView {
  const { business_id: _id, text: _text, ...reach } = contact;
  return contactView(context, reach);
}

function contactLine(view: ContactView): string {
  const name = view.name ? `**${view.name}**` : undefined;
  return [[name, view.role].filter(Boolean).join(', '), ...view.lines].filter(Boolean).join(' · ');
}

function listed(heading: string, lines: (string | undefined)[]): SummarySectionView | undefined {
  const items = lines.filter((l): l is string => l !== undefined);
  return items.length > 0 ? { heading, items } : undefined;
}

function joined(texts: (string | undefined)[]): string | undefined {
  return texts.filter(Boolean).join('\n\n') || undefined;
}
