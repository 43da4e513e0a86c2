import type { Language, Name, Notice, Profile, Text } from '../generated/notice-types.js';
import { PLACEHOLDER } from '../placeholder.js';

/**
 * The length budget of the layered notice, in characters of one line as the summary shows it, per part and
 * language. Why characters and these numbers: WP260 (para. 35–38) asks the first layer to be read at a
 * glance, which a line of about 100 characters is (one or two lines on a phone; purpose names in the seed
 * notices run 10–60); a recipient is a name or a kind (100), a retention line carries a period's trigger or criteria
 * (200), how to use the rights is a sentence or two (300); a HetiL 10 § line (data content, a source, a security
 * principle) lists fields, and the starters' run to 175 (200). Characters, not words: Finnish compounds make word counts useless across languages,
 * while the same sentence in fi, sv and en is within about a tenth of the same length in the seed notices,
 * so one number serves all three today; the table is per language so that a translation can be given more
 * room where it needs it. Each entry is a line of the summary; the rule T07 (summary-within-budget) warns at
 * the YAML text that makes a line longer.
 */
export const SUMMARY_BUDGET: Record<Language, Record<SummaryPart, number>> = {
  fi: { purpose: 100, recipient: 100, retention: 200, howTo: 300, item: 200 },
  sv: { purpose: 100, recipient: 100, retention: 200, howTo: 300, item: 200 },
  en: { purpose: 100, recipient: 100, retention: 200, howTo: 300, item: 200 },
};

/**
 * purpose: a purpose's line (its `name`, else its description); recipient: a recipient (its name, else its
 * kind); retention: a period's trigger or criteria; howTo: how to use the rights; item: under the hetil
 * profile, a line of the data content, the sources or the security principles.
 */
export type SummaryPart = 'purpose' | 'recipient' | 'retention' | 'howTo' | 'item';

/** One YAML text the summary shows on a line of its own, where it is, in which part. */
export interface SummaryLine {
  part: SummaryPart;
  /** Data path of the text the line is made of. */
  path: (string | number)[];
  value: Text | Name;
}

/** The texts of the notice that the summary shows each on one line, for the profile the summary follows. */
export function summaryLines(notice: Notice, profile: Profile): SummaryLine[] {
  const lines: SummaryLine[] = [];
  // A purpose's name only: one without a name shows its description, which is a paragraph by design and
  // reported, when other sections name it, by T05 purposes-named; a name is meant to be short.
  (notice.purposes?.items ?? []).forEach((purpose, index) => {
    if (purpose.name !== undefined)
      lines.push({ part: 'purpose', path: ['purposes', 'items', index, 'name'], value: purpose.name });
  });
  (notice.recipients?.items ?? []).forEach((recipient, index) => {
    const own = recipient.name !== undefined ? 'name' : 'category';
    const value = recipient[own];
    if (value !== undefined) lines.push({ part: 'recipient', path: ['recipients', 'items', index, own], value });
  });
  if (profile === 'hetil') {
    (notice.data_categories?.items ?? []).forEach((category, index) =>
      lines.push({
        part: 'item',
        path: ['data_categories', 'items', index, 'description'],
        value: category.description,
      }),
    );
    (notice.sources?.items ?? []).forEach((source, index) => {
      const own = source.name !== undefined ? 'name' : source.description !== undefined ? 'description' : undefined;
      if (own) lines.push({ part: 'item', path: ['sources', 'items', index, own], value: source[own]! });
    });
    (notice.security?.items ?? []).forEach((text, index) =>
      lines.push({ part: 'item', path: ['security', 'items', index], value: text }),
    );
    return lines;
  }
  (notice.retention?.items ?? []).forEach((period, index) => {
    for (const own of ['trigger', 'criteria'] as const) {
      const value = period[own];
      if (value !== undefined) lines.push({ part: 'retention', path: ['retention', 'items', index, own], value });
    }
  });
  if (notice.rights?.how_to !== undefined)
    lines.push({ part: 'howTo', path: ['rights', 'how_to'], value: notice.rights.how_to });
  return lines;
}

/**
 * A text in one language as it reads (its Markdown marks and line breaks not counted): what the budget
 * measures. Undefined for a text still holding a TODO: the draft's instruction, not what will be published.
 */
export function lineLength(value: Text | Name, language: Language): number | undefined {
  const text = typeof value === 'string' ? value : value[language];
  if (text === undefined || PLACEHOLDER.test(text)) return undefined;
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}
