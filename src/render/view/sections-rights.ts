import type { Notice, Profile, Right } from '../../generated/notice-types.js';
import { applicableRights, isObjectionOnly, objectionApart } from '../../rights.js';
import type { ViewContext } from './context.js';
import { contactView, formatAddress, optional, type ContactView } from './contact.js';
import { item, listSection, type ListSectionView } from './list.js';
import { nonEmpty } from './sections-what.js';

export interface RightView {
  title?: string;
  text: string;
  /** The rights the text describes: a built-in text's one right, or what a text of the notice's own `covers`. */
  covers: Right[];
}

export interface RightsView {
  text?: string;
  rights: RightView[];
  howTo?: string;
  /** How requests are answered (one month, free, identity): with the built-in texts. */
  answer?: string;
  textAfter?: string;
}

type BuiltIn = keyof ViewContext['strings']['rights']['gdpr'];

/**
 * The rights in the order the built-in texts give them; the objections (21(1) and 21(2)) and the complaint
 * have sections of their own.
 */
const GDPR_ORDER: BuiltIn[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'notification',
  'portability',
  'automated_decisions',
  'withdraw_consent',
];

export function rightsSection(context: ViewContext): RightsView | undefined {
  const rights = context.notice.rights;
  if (!rights) return undefined;
  const { strings, text, notice, profile } = context;
  const own = (rights.items ?? []).filter((i) => !isObjectionOnly(i.covers, profile));
  const shown: RightView[] = [];
  const coveredByOwn = new Set(own.flatMap((i) => i.covers));
  if (rights.standard) {
    const applicable = new Set<Right>([...applicableRights(notice, profile), 'notification']);
    const builtIn = profile === 'hetil' ? (['access', 'rectification', 'objection_marketing'] as const) : GDPR_ORDER;
    for (const right of builtIn) {
      if (!applicable.has(right) || coveredByOwn.has(right)) continue;
      if (profile === 'hetil') {
        const entry = strings.rights.hetil[right as keyof typeof strings.rights.hetil];
        shown.push({ title: entry.title, text: entry.text, covers: [right] });
      } else {
        const entry = strings.rights.gdpr[right];
        shown.push({ title: entry.title, text: entry.text, covers: [right] });
      }
    }
  }
  for (const entry of own)
    shown.push({ ...optional('title', context.line(entry.title)), text: text(entry.text)!, covers: entry.covers });
  const intro = rights.standard ? strings.rights.intro : undefined;
  const ownText = text(rights.text);
  return {
    ...optional('text', [intro, ownText].filter(Boolean).join('\n\n') || undefined),
    rights: shown,
    ...optional('howTo', text(rights.how_to)),
    // The one-month answer and free requests are GDPR Art. 12 rules, not the old Act's.
    ...optional('answer', rights.standard && profile === 'gdpr' ? strings.rights.answer : undefined),
    ...optional('textAfter', text(rights.text_after)),
  };
}

/** The right to object, shown as one box apart from the other rights (GDPR 21(4)). */
export interface ObjectionView {
  /** The general objection (21(1)) first, then the objection to direct marketing (21(2)). */
  parts: RightView[];
}

/**
 * The right to object, apart from the other rights (GDPR 21(4)): the notice's own texts on it, and the
 * built-in texts of the objections that apply (to processing on legitimate interests or a public task, and
 * to direct marketing when a purpose is direct marketing) that no own text covers.
 */
export function objectionSection(context: ViewContext): ObjectionView | undefined {
  const { notice, profile, strings, text } = context;
  const { own, builtIn } = objectionApart(notice, profile);
  const parts: RightView[] = own.map((item) => ({
    ...optional('title', context.line(item.title)),
    text: text(item.text)!,
    covers: item.covers,
  }));
  for (const right of builtIn) {
    // The section heading already names the general right; the one on direct marketing gets its title.
    if (right === 'objection') parts.push({ text: strings.objection.text, covers: [right] });
    else
      parts.push({
        title: strings.rights.gdpr.objection_marketing.title,
        text: strings.rights.gdpr.objection_marketing.text,
        covers: [right],
      });
  }
  return parts.length > 0 ? { parts } : undefined;
}

export interface ComplaintView {
  text?: string;
  authority?: ContactView;
}

/**
 * Whether the notice shows notice's built-in text on the right to complain and the authority's details: when
 * `complaint.standard`, or when it says nothing of `complaint` and has the built-in rights under the GDPR (they
 * include the right to complain, so they bring the authority's details along).
 */
export function builtInComplaint(notice: Notice, profile: Profile): boolean {
  const complaint = notice.complaint;
  return Boolean(complaint?.standard || (!complaint && notice.rights?.standard && profile === 'gdpr'));
}

export function complaintSection(context: ViewContext): ComplaintView | undefined {
  const { notice, strings, text, plain } = context;
  const complaint = notice.complaint;
  const standard = builtInComplaint(notice, context.profile);
  if (!complaint && !standard) return undefined;
  const parts: string[] = [];
  let authority: ContactView | undefined;
  if (standard) {
    const a = strings.complaint.authority;
    // Under the Personal Data Act a refused access or correction went to the Data Protection Ombudsman;
    // the GDPR's right to complain (Art. 77) is not the old Act's.
    parts.push(context.profile === 'hetil' ? strings.hetil.complaint : strings.complaint.text);
    const { labels } = strings;
    authority = {
      name: a.name,
      lines: [
        `${labels.visitingAddress}: ${a.visitingAddress}`,
        `${labels.postalAddress}: ${a.postalAddress}`,
        `${labels.phone}: ${a.phone}`,
        `${labels.email}: <${a.email}>`,
        `${labels.website}: <${a.website}>`,
      ],
    };
  }
  const own = text(complaint?.text);
  if (own) parts.push(own);
  if (!standard && complaint?.authority) {
    const given = complaint.authority;
    const view = contactView(context, {
      ...optional('phone', given.phone),
      ...optional('email', given.email),
      ...optional('website', given.website),
    });
    const { labels } = strings;
    const addresses = [
      given.visiting_address && `${labels.visitingAddress}: ${formatAddress(context, given.visiting_address)}`,
      given.postal_address && `${labels.postalAddress}: ${formatAddress(context, given.postal_address)}`,
    ].filter((line): line is string => typeof line === 'string');
    authority = { ...view, ...optional('name', plain(given.name)), lines: [...addresses, ...view.lines] };
  }
  return { ...optional('text', parts.join('\n\n') || undefined), ...optional('authority', authority) };
}

export function automatedSection(context: ViewContext): ListSectionView | undefined {
  const automated = context.notice.automated_decisions;
  if (!automated) return undefined;
  const { strings, text } = context;
  const lead = automatedStatement(context);
  const options = lead ? { lead } : {};
  if (!automated.used) return listSection(context, automated, [], options);
  const items = [
    item(strings.labels.logic, text(automated.logic)),
    item(strings.labels.significance, text(automated.significance)),
  ].filter((i) => i.text !== undefined);
  return nonEmpty(listSection(context, automated, items, options));
}

/** Whether decisions are automated, in notice's words: only when the notice has no words of its own on it. */
export function automatedStatement(context: ViewContext): string | undefined {
  const automated = context.notice.automated_decisions;
  if (!automated || context.text(automated.text)) return undefined;
  return automated.used ? context.strings.labels.automatedUsed : context.strings.labels.automatedNone;
}
