import type { HistoryEntry } from '../../generated/notice-types.js';
import { isCalendarDate } from './dates-valid.js';
import type { Rule } from './types.js';

// "1.10" comes after "1.9": labels are compared as people number versions, the same in every locale.
const VERSIONS = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export const historyConsistent: Rule = {
  id: 'L36',
  name: 'history-consistent',
  reference: 'GDPR 12(1) (the reader must know which version applies); GDPR 5(2) (accountability)',
  checks:
    "The change history (`changes.history`) agrees with the notice's own date and version: no entry after the notice's date, versions numbered in the order of their dates, and the current version listed.",
  why: 'A history that contradicts the notice\'s header ("updated 1 March" above an entry of 15 September, version 1.5 after 2.0) leaves the reader unsure which version they are reading and when a change applied, which is what the history is for (transparency, GDPR Art. 12(1)); the controller also relies on it to show what people were told when (Art. 5(2)).',
  codes: {
    HISTORY_DATE_INVALID: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'not a calendar date',
      fails: `
        changes:
          history:
            - { date: "2025-02-30", summary: Ensimmäinen versio. }`,
      passes: `
        changes:
          history:
            - { date: "2025-01-15", summary: Ensimmäinen versio. }`,
    },
    HISTORY_AFTER_UPDATED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: "an entry dated after the notice's own date",
      fails: `
        changes:
          history:
            - { date: "2025-01-15", summary: Ensimmäinen versio. }
            - { date: "2025-03-01", summary: Lisäsimme uuden käsittelyn tarkoituksen. }`,
      passes: `
        notice:
          updated: "2025-03-01"
        changes:
          history:
            - { date: "2025-03-01", summary: Lisäsimme uuden käsittelyn tarkoituksen. }`,
    },
    HISTORY_VERSION_ORDER: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'versions numbered out of the order of their dates, or one version twice',
      fails: `
        notice:
          updated: "2025-03-01"
        changes:
          history:
            - { date: "2025-01-15", version: "2.0", summary: Ensimmäinen versio. }
            - { date: "2025-03-01", version: "1.1", summary: Lisäsimme uuden käsittelyn tarkoituksen. }`,
      passes: `
        notice:
          updated: "2025-03-01"
        changes:
          history:
            - { date: "2025-01-15", version: "1.0", summary: Ensimmäinen versio. }
            - { date: "2025-03-01", version: "1.1", summary: Lisäsimme uuden käsittelyn tarkoituksen. }`,
    },
    HISTORY_CURRENT_MISSING: {
      gdpr: 'info',
      hetil: 'info',
      ground: 'the current version has no entry in the history',
      fails: `
        notice:
          updated: "2025-03-01"
        changes:
          history:
            - { date: "2025-01-15", summary: Ensimmäinen versio. }`,
      passes: `
        notice:
          updated: "2025-03-01"
        changes:
          history:
            - { date: "2025-01-15", summary: Ensimmäinen versio. }
            - { date: "2025-03-01", summary: Lisäsimme uuden käsittelyn tarkoituksen. }`,
    },
  },
  check({ notice, report }) {
    const history = notice.changes?.history;
    if (!history) return;
    const { created, updated, version } = notice.notice;
    const noticeDate = updated ?? created;
    const dated: { entry: HistoryEntry; index: number }[] = [];
    history.forEach((entry, index) => {
      if (!isCalendarDate(entry.date)) {
        report('HISTORY_DATE_INVALID', ['changes', 'history', index, 'date'], {
          message: `${entry.date} is not a date in the calendar.`,
          hint: 'Check the day and month.',
        });
        return;
      }
      dated.push({ entry, index });
      if (noticeDate !== undefined && entry.date > noticeDate) {
        report('HISTORY_AFTER_UPDATED', ['changes', 'history', index, 'date'], {
          message: `The history has an entry of ${entry.date}, after the notice's own date ${noticeDate}.`,
          hint: 'Set `notice.updated` to the date of the latest version, or correct the date of the entry.',
        });
      }
    });
    reportVersionOrder(dated, report);
    reportCurrentMissing(dated, noticeDate, version, report);
  },
};

type Report = Parameters<Rule['check']>[0]['report'];

/** Each entry whose version is lower than, or the same as, that of an entry of an earlier date. */
function reportVersionOrder(dated: { entry: HistoryEntry; index: number }[], report: Report): void {
  const versioned = dated
    .filter(({ entry }) => entry.version !== undefined)
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index));
  for (let i = 1; i < versioned.length; i++) {
    const { entry, index } = versioned[i]!;
    const earlier = versioned.slice(0, i).find(({ entry: e }) => VERSIONS.compare(e.version!, entry.version!) >= 0);
    if (!earlier) continue;
    const same = VERSIONS.compare(earlier.entry.version!, entry.version!) === 0;
    report('HISTORY_VERSION_ORDER', ['changes', 'history', index, 'version'], {
      message: same
        ? `Version ${entry.version} is in the history twice, of ${earlier.entry.date} and of ${entry.date}.`
        : `Version ${entry.version} of ${entry.date} comes after version ${earlier.entry.version} of ${earlier.entry.date}.`,
      hint: 'Give each published version a label of its own that grows with its date, or correct the date.',
    });
  }
}

/** The notice's own date (and version, when it has one) has no entry: the latest change is not in the history. */
function reportCurrentMissing(
  dated: { entry: HistoryEntry }[],
  noticeDate: string | undefined,
  version: string | undefined,
  report: Report,
): void {
  if (noticeDate === undefined || dated.length === 0) return;
  const listed = dated.some(
    ({ entry }) => entry.date === noticeDate || (version !== undefined && entry.version === version),
  );
  if (listed) return;
  report('HISTORY_CURRENT_MISSING', ['changes', 'history'], {
    message: `The history has no entry for the current version of ${noticeDate}${version ? ` (version ${version})` : ''}.`,
    hint: "Add an entry with `date:` the notice's date and a summary of what changed, so that readers see the latest change.",
  });
}
