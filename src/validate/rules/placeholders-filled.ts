import { PLACEHOLDER } from '../../placeholder.js';
import type { Rule } from './types.js';

export const placeholdersFilled: Rule = {
  id: 'T02',
  name: 'placeholders-filled',
  reference: 'the notice format (`notice init` drafts)',
  codes: { PLACEHOLDER_UNFILLED: { gdpr: 'error', hetil: 'error', ground: 'a `TODO` placeholder left in' } },
  check({ strings, report }) {
    for (const { path, value } of strings) {
      if (!PLACEHOLDER.test(value)) continue;
      const line = value
        .split('\n')
        .find((l) => PLACEHOLDER.test(l))!
        .trim();
      report('PLACEHOLDER_UNFILLED', path, {
        message: `Placeholder not filled in: "${line.length > 80 ? line.slice(0, 77) + '...' : line}".`,
        hint: "Replace the TODO text with your organisation's own answer.",
        value: line,
      });
    }
  },
};
