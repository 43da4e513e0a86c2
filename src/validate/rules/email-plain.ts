import { textStrings } from './text.js';
import type { Rule } from './types.js';

// "tuki @ palvelimet . net", "tietosuoja(at)om.fi", "nimi[at]firma.fi", "nimi<ät>firma.fi"
const OBFUSCATED_EMAIL =
  /[\w.+-]+\s*(?:\((?:at|ät)\)|\[(?:at|ät)\]|<(?:at|ät)>|\{at\}|\s@\s)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+/i;

export const emailPlain: Rule = {
  id: 'L19',
  name: 'email-plain',
  reference: 'GDPR 12(1) (easily accessible contact details)',
  codes: {
    EMAIL_OBFUSCATED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 12(1) (`name(at)example.fi`, `name @ example . fi`)',
    },
  },
  check({ texts, report }) {
    for (const text of texts) {
      const match = textStrings(text.value)
        .map((s) => OBFUSCATED_EMAIL.exec(s))
        .find((m) => m !== null);
      if (!match) continue;
      report('EMAIL_OBFUSCATED', text.path, {
        message: `The e-mail address "${match[0]}" is written in a disguised form.`,
        hint: 'Write it plainly (name@example.fi); people must be able to copy it. Spam protection belongs to the website, not the notice.',
        value: match[0],
      });
    }
  },
};
