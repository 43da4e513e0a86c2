import { countryName, formatDate, formatPeriod } from '../format.js';
import { escapeMarkdown } from '../markdown-safe.js';
import type { Language } from '../../generated/notice-types.js';
import type { Mechanism } from '../strings/types.js';
import type { ViewContext } from './context.js';
import { item, labelled, listSection, type ItemView, type ListSectionView } from './list.js';
import { nonEmpty, purposeRefs } from './sections-what.js';

export function sourcesSection(context: ViewContext): ListSectionView | undefined {
  const sources = context.notice.sources;
  if (!sources) return undefined;
  const { strings, text, plain } = context;
  const items = (sources.items ?? []).map((s) => {
    const publicity =
      s.public === undefined ? undefined : s.public ? strings.labels.sourcePublic : strings.labels.sourceNotPublic;
    // The kind ("rekisteröity itse") is shown only for a source that has no words of its own: a name or a
    // description already says where the data comes from, better than a label can.
    const described = text(s.description);
    const lead = text(s.lead);
    if (described !== undefined || s.name !== undefined) return item(plain(s.name), described, [publicity], lead);
    const kinds = (typeof s.from === 'string' ? [s.from] : s.from).map((k) => strings.sourceKinds[k]).join('; ');
    return item(kinds, undefined, [publicity], lead);
  });
  return nonEmpty(listSection(context, sources, items));
}

export function recipientsSection(context: ViewContext): ListSectionView | undefined {
  const recipients = context.notice.recipients;
  if (!recipients) return undefined;
  const { strings, text, plain, line } = context;
  const processor = strings.labels.processor;
  const items = (recipients.items ?? []).map((r) => {
    const title = plain(r.name) ?? line(r.category);
    const description = text(r.description);
    // "Henkilötietojen käsittelijä" under a processor, unless the item's own words already say so.
    const says = [title, description].some((t) => t?.toLocaleLowerCase().includes(processor.toLocaleLowerCase()));
    return item(title, description, [r.processor && !says ? processor : undefined], text(r.lead));
  });
  const lead = recipientsStatement(context);
  return nonEmpty(listSection(context, recipients, items, lead ? { lead } : {}));
}

/** "Nobody" (or "no regular disclosures"), said for the notice only when it has no words of its own on it. */
export function recipientsStatement(context: ViewContext): string | undefined {
  const recipients = context.notice.recipients;
  if (!recipients || context.text(recipients.text)) return undefined;
  const { labels } = context.strings;
  if (recipients.none) return labels.recipientsNone;
  return recipients.regular_disclosures === false ? labels.recipientsNoRegular : undefined;
}

export function transfersSection(context: ViewContext): ListSectionView | undefined {
  const transfers = context.notice.transfers;
  if (!transfers) return undefined;
  const { strings, text, plain, language } = context;
  const { labels } = strings;
  const items = (transfers.items ?? []).map((t) =>
    item(destination(t.country, t.international_organisation, language), text(t.description), [
      labelled(labels.recipient, plain(t.recipient)),
      labelled(labels.mechanism, t.mechanism && mechanismName(context, t.mechanism)),
      t.dpf_certified === true ? labelled(labels.dpfCertified, labels.yes) : undefined,
      labelled(labels.safeguards, text(t.safeguards)),
      labelled(labels.safeguardCopy, text(t.safeguard_copy)),
    ]),
  );
  const lead = transfersStatement(context);
  return nonEmpty(listSection(context, transfers, items, lead ? { lead, leadBeforeList: true } : {}));
}

/** "None", said only when the notice has no words of its own on it (the seeds' own sentences come first); "intended" before a list. */
export function transfersStatement(context: ViewContext): string | undefined {
  const transfers = context.notice.transfers;
  if (!transfers) return undefined;
  const { labels } = context.strings;
  if (transfers.status === 'none') return context.text(transfers.text) ? undefined : labels.transfersNone;
  return (transfers.items ?? []).length > 0 ? labels.transfersIntended : undefined;
}

/** Where a transfer goes: the country's name and the international organisation as the notice names it. */
export function destination(
  country: string | undefined,
  organisation: string | undefined,
  language: Language,
): string | undefined {
  const names = [country && countryName(country, language), organisation].filter((n): n is string => !!n);
  return names.length > 0 ? escapeMarkdown(names.join(', ')) : undefined;
}

export function retentionSection(context: ViewContext): ListSectionView | undefined {
  const retention = context.notice.retention;
  if (!retention) return undefined;
  const { strings, text } = context;
  const { labels } = strings;
  const categories = new Map(
    (context.notice.data_categories?.items ?? []).flatMap((c) =>
      c.id ? [[c.id, context.line(c.description)] as const] : [],
    ),
  );
  const several = (retention.items ?? []).length > 1;
  const items = (retention.items ?? []).map((r) => {
    const purposes = purposeRefs(context, r.applies_to);
    const categoryNames = (r.applies_to ?? [])
      .map((id) => categories.get(id))
      .filter((name): name is string => name !== undefined);
    // "All the data" only tells something when other periods cover less.
    const categoryList =
      r.applies_to === undefined ? (several ? labels.allData : undefined) : categoryNames.join('; ') || undefined;
    return item(r.period ? escapeMarkdown(formatPeriod(r.period, strings)) : undefined, text(r.description), [
      labelled(labels.trigger, text(r.trigger)),
      labelled(labels.criteria, text(r.criteria)),
      labelled(labels.purposesCovered, purposes),
      labelled(labels.appliesTo, categoryList),
      labelled(labels.lawReference, text(r.law_reference)),
    ]);
  });
  return nonEmpty(listSection(context, retention, items));
}

export function securitySection(context: ViewContext): ListSectionView | undefined {
  const security = context.notice.security;
  if (!security) return undefined;
  return nonEmpty(
    listSection(
      context,
      security,
      (security.items ?? []).map((s) => item(undefined, context.text(s))),
    ),
  );
}

export function furtherProcessingSection(context: ViewContext): ListSectionView | undefined {
  const further = context.notice.further_processing;
  if (!further) return undefined;
  return nonEmpty(
    listSection(
      context,
      further,
      (further.items ?? []).map((s) => item(undefined, context.text(s))),
    ),
  );
}

export function cookiesSection(context: ViewContext): ListSectionView | undefined {
  const cookies = context.notice.cookies;
  if (!cookies) return undefined;
  const { labels } = context.strings;
  const items = (cookies.items ?? []).map((c) =>
    item(cookieName(c.name), context.text(c.purpose), [
      labelled(labels.cookieDuration, context.text(c.duration)),
      c.third_party !== undefined ? labelled(labels.thirdParty, c.third_party ? labels.yes : labels.no) : undefined,
    ]),
  );
  return nonEmpty(listSection(context, cookies, items));
}

/** The section on changes: how they are made and announced, then the change history, newest first. */
export interface ChangesSectionView extends ListSectionView {
  history?: { heading: string; items: ItemView[] };
}

export function changesSection(context: ViewContext): ChangesSectionView | undefined {
  const changes = context.notice.changes;
  if (!changes) return undefined;
  const view: ChangesSectionView = listSection(context, changes, []);
  const entries = changes.history ?? [];
  if (entries.length === 0) return nonEmpty(view);
  const { strings, language } = context;
  // Newest first, as readers look for the latest change; entries of one day keep the order they are written in.
  const newestFirst = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.index - b.index : a.entry.date < b.entry.date ? 1 : -1));
  view.history = {
    heading: strings.headings.changeHistory,
    items: newestFirst.map(({ entry }) => {
      const version =
        entry.version === undefined ? undefined : `${strings.labels.version} ${context.plain(entry.version)}`;
      const title = [formatDate(entry.date, language), version].filter(Boolean).join(' · ');
      return item(title, context.text(entry.summary));
    }),
  };
  return view;
}

/** A cookie's name as code when it is a plain token (as cookie names are); anything else as text, shown as written. */
function cookieName(name: string): string {
  return /^[\w!#$%&'*+.^~-]+$/.test(name) ? `\`${name}\`` : escapeMarkdown(name);
}

// The GDPR article each mechanism's name ends with, in any language: "(tietosuoja-asetuksen 45 artikla)",
// "(artikel 45 i dataskyddsförordningen)", "(GDPR Art. 45)", with what else the brackets hold.
const GDPR_REFERENCE = / \((?:[^()]|\([^()]*\))*(?:tietosuoja-asetu|dataskyddsförordning|GDPR)(?:[^()]|\([^()]*\))*\)/g;

/** A transfer mechanism's name; under the Personal Data Act without the GDPR article it was later given. */
export function mechanismName(context: ViewContext, mechanism: Mechanism): string {
  const name = context.strings.mechanisms[mechanism];
  return context.profile === 'hetil' ? name.replace(GDPR_REFERENCE, '') : name;
}
