import type { Rule } from './types.js';

export const datesValid: Rule = {
  id: 'L20',
  name: 'dates-valid',
  reference: 'HetiL 10 §; GDPR 12(1) (the reader must know which version applies)',
  checks:
    'The notice is dated, its dates are days of the calendar and not in the future, and it was not updated before it was created.',
  why: 'People must be able to tell which version of the notice they are reading and whether it is current (transparency, GDPR Art. 12(1)); notice also judges a notice by its date, for example which law applied to it. A date that cannot be, or that lies ahead, is a typo that leaves the version unclear.',
  codes: {
    DATE_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 12(1); the reader must know which version applies',
      fails: `
        notice:
          created: null`,
      passes: `
        notice:
          created: "2025-01-15"`,
    },
    DATE_INVALID: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'not a calendar date',
      fails: `
        notice:
          created: "2025-02-30"`,
      passes: `
        notice:
          created: "2025-02-28"`,
    },
    DATE_ORDER: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'updated before created',
      fails: `
        notice:
          created: "2025-01-15"
          updated: "2024-12-01"`,
      passes: `
        notice:
          created: "2024-12-01"
          updated: "2025-01-15"`,
    },
    DATE_IN_FUTURE: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a date after today',
      fails: `
        notice:
          updated: "2999-01-01"`,
      passes: `
        notice:
          updated: "2025-06-01"`,
    },
  },
  check({ notice, today, report }) {
    const { created, updated } = notice.notice;
    if (created === undefined && updated === undefined) {
      report('DATE_MISSING', ['notice'], {
        message: 'The notice has no date: readers cannot tell which version they are reading.',
        hint: 'Add `created:` and `updated:` under `notice:` as "YYYY-MM-DD".',
      });
    }
    const valid: Record<string, boolean> = {};
    for (const [key, value] of [
      ['created', created],
      ['updated', updated],
    ] as const) {
      if (value === undefined) continue;
      valid[key] = isCalendarDate(value);
      if (!valid[key]) {
        report('DATE_INVALID', ['notice', key], {
          message: `${value} is not a date in the calendar.`,
          hint: 'Check the day and month.',
        });
      } else if (value > today) {
        report('DATE_IN_FUTURE', ['notice', key], {
          message: `The date ${value} is in the future.`,
          hint: 'Date the notice on the day it was written or changed.',
        });
      }
    }
    if (created && updated && valid['created'] && valid['updated'] && created > updated) {
      report('DATE_ORDER', ['notice', 'updated'], {
        message: `The notice was updated (${updated}) before it was created (${created}).`,
        hint: 'Swap the dates, or correct the one that is wrong.',
      });
    }
  },
};

/** True when YYYY-MM-DD names a day of the calendar (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
