import { printable } from '../../diagnostics.js';
import { PLACEHOLDER } from '../../placeholder.js';
import type { Rule } from './types.js';

export const placeholdersFilled: Rule = {
  id: 'T02',
  name: 'placeholders-filled',
  reference: 'the notice format (`notice init` drafts)',
  checks: 'No `TODO` placeholder, as `notice init` writes them, is left in the notice.',
  why: '`notice init` writes a TODO where only the organisation can give the answer. A notice published with one tells the reader nothing exactly where the GDPR asks for information (Art. 12(1), 13, 14), and says that the notice is a draft.',
  codes: {
    PLACEHOLDER_UNFILLED: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a `TODO` placeholder left in',
      fails: `
        security:
          text: "TODO: kerro, miten tiedot suojataan."`,
      passes: `
        security:
          text: Tiedot ovat salasanalla suojatussa järjestelmässä.`,
    },
  },
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
