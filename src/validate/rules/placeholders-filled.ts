import { printable } from '../../diagnostics.js';
import { PLACEHOLDER } from '../../placeholder.js';
import type { Rule } from './types.js';

export const placeholdersFilled: Rule = {
  id: 'T02',
  name: 'placeholders-filled',
  reference: 'the notice format (`notice init` drafts)',
  codes: { PLACEHOLDER_UNFILLED: { gdpr: 'error', hetil: 'error', ground: 'a `TODO` placeholder left in' } },
  check({ strings, report }) {
    for (const { path, value } of strings) {
      const found = value.includes('TODO') ? PLACEHOLDER.exec(value) : null;
      if (!found) continue;
      // The line of the first placeholder, without splitting a long text into all its lines.
      const start = value.lastIndexOf('\n', found.index) + 1;
      const end = value.indexOf('\n', found.index);
      const line = value.slice(start, end < 0 ? value.length : end).trim();
      report('PLACEHOLDER_UNFILLED', path, {
        message: `Placeholder not filled in: "${printable(line, 80)}".`,
        hint: "Replace the TODO text with your organisation's own answer.",
        value: line,
      });
    }
  },
};
