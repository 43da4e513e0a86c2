import type { Rule } from './types.js';

export const datesValid: Rule = {
  id: 'L20',
  name: 'dates-valid',
  reference: 'HetiL 10 §; GDPR 12(1) (the reader must know which version applies)',
  codes: {
    DATE_MISSING: { gdpr: 'error', hetil: 'error', ground: 'GDPR 12(1); the reader must know which version applies' },
    DATE_INVALID: { gdpr: 'error', hetil: 'error', ground: 'not a calendar date' },
    DATE_ORDER: { gdpr: 'error', hetil: 'error', ground: 'updated before created' },
    DATE_IN_FUTURE: { gdpr: 'error', hetil: 'error', ground: 'a date after today' },
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

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
