import type { Basis, Language, Notice } from '../generated/notice-types.js';
import { countryName, formatDate, formatPeriod } from '../render/format.js';
import { escapeMarkdown } from '../render/markdown-safe.js';
import { stringsFor } from '../render/strings/index.js';
import type { Strings } from '../render/strings/types.js';
import { plainText } from '../text.js';
import { CHANGE_NOTICE_STRINGS, type ChangeNoticeStrings } from './change-notice-strings.js';
import type { NoticeChange, NoticeDiff } from './index.js';

/**
 * A change notice in one language, as Markdown ready to e-mail or publish:
 * what changes (the material changes first, then the informative ones; the
 * editorial ones in one sentence), from which date, and what people can do.
 * Made from the diff and the new version of the notice (merged with its
 * parts); it says nothing of the organisation that the YAML does not say: the
 * rights it names are those the new version's bases give, the channels those
 * it lists.
 */
export function changeNotice(diff: NoticeDiff, notice: Notice, language: Language): string {
  const words = CHANGE_NOTICE_STRINGS[language];
  const strings = stringsFor(language, 'reader');
  const declared = notice.notice?.languages ?? [language];
  const text = (value: Parameters<typeof plainText>[0]) => plainText(value, language, declared);
  const register = text(notice.register_name) ?? diff.new.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  const controller = text(notice.controller?.name) ?? text(notice.joint_controllers?.[0]?.name) ?? '';

  const lines: string[] = [`# ${escapeMarkdown(words.title(register))}`, ''];
  const when = [
    controller ? words.lead(controller, register) : '',
    diff.new.effective ? words.effective(formatDate(diff.new.effective, language)) : '',
    !diff.new.effective && diff.new.updated ? words.updatedOn(formatDate(diff.new.updated, language)) : '',
    diff.new.version ? words.version(diff.new.version) : '',
  ].filter(Boolean);
  lines.push(escapeMarkdown(when.join(' ')), '');

  const told = (change: NoticeChange) => describeChange(change, words, strings, language, text);
  const material = diff.changes.filter((c) => c.class === 'material').map(told);
  const informative = diff.changes.filter((c) => c.class === 'informative').map(told);
  const list = (items: string[]) => [...new Set(items)].map((item) => `- ${escapeMarkdown(item)}`);
  if (material.length > 0) lines.push(`## ${words.whatChanges}`, '', ...list(material), '');
  if (informative.length > 0)
    lines.push(`## ${material.length > 0 ? words.otherChanges : words.whatChanges}`, '', ...list(informative), '');
  if (diff.counts.editorial > 0) lines.push(words.wording, '');

  lines.push(`## ${words.whatYouCanDo}`, '', ...whatYouCanDo(notice, words).map((line) => `- ${line}`), '');
  return lines.join('\n');
}

/** The rights the new version's bases give, then where to ask, then the complaint. */
function whatYouCanDo(notice: Notice, words: ChangeNoticeStrings): string[] {
  const bases = new Set<Basis>((notice.legal_basis?.items ?? []).map((item) => item.basis));
  const marketing = (notice.purposes?.items ?? []).some((purpose) => purpose.direct_marketing === true);
  const channels = [notice.controller?.email, notice.controller?.phone]
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => escapeMarkdown(value));
  return [
    ...(bases.has('legitimate_interests') ? [words.object] : []),
    ...(marketing ? [words.objectMarketing] : []),
    ...(bases.has('consent') ? [words.withdraw] : []),
    channels.length > 0 ? words.ask(channels.join(', ')) : words.askNoChannel,
    words.complain,
  ];
}

/** One change as a line: its title and what it is about, in the reader's language. */
function describeChange(
  change: NoticeChange,
  words: ChangeNoticeStrings,
  strings: Strings,
  language: Language,
  text: (value: Parameters<typeof plainText>[0]) => string | undefined,
): string {
  const section = change.path.split('/')[1] ?? '';
  const heading = (strings.headings as Record<string, unknown>)[section];
  const sectionName = typeof heading === 'string' ? heading : section;
  const title = words.changes[change.code] ?? words.inSection(sectionName);
  const what = labelOf(change.new ?? change.old, strings, language, text);
  return what ? words.about(title, what) : title;
}

/** What a changed value is called in the reader's language: its name, country, basis, period... */
function labelOf(
  value: unknown,
  strings: Strings,
  language: Language,
  text: (value: Parameters<typeof plainText>[0]) => string | undefined,
): string | undefined {
  if (typeof value === 'string') return /^[A-Z]{2}$/.test(value) ? countryName(value, language) : text(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || typeof value !== 'object')
    return undefined;
  if (Array.isArray(value)) return undefined;
  const item = value as Record<string, unknown>;
  const asText = (field: string) => text(item[field] as Parameters<typeof plainText>[0]);
  if (typeof item['basis'] === 'string') return (strings.bases as Record<string, string>)[item['basis']];
  if (typeof item['country'] === 'string') return countryName(item['country'], language);
  for (const field of ['name', 'title', 'category', 'international_organisation']) {
    if (item[field] !== undefined) return asText(field);
  }
  if (typeof item['period'] === 'string') return formatPeriod(item['period'], strings);
  if (item['fi'] !== undefined || item['sv'] !== undefined || item['en'] !== undefined)
    return text(item as Parameters<typeof plainText>[0]);
  return asText('description');
}
