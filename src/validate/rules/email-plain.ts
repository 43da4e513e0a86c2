import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import { textStrings } from './text.js';
import type { Rule } from './types.js';

// What stands for the @: a fixed-length search, cheap enough to rule out almost every text first.
const AT_SIGN = /\((?:at|ät)\)|\[(?:at|ät)\]|<(?:at|ät)>|\{at\}|\s@\s/i;
// "tuki @ palvelimet . net", "tietosuoja(at)om.fi", "nimi[at]firma.fi", "nimi<ät>firma.fi". The
// lookbehind lets a match start only where a run of name characters starts: tried at every
// character of a long run, `[\w.+-]+` would rescan the rest of it each time (quadratic: 40 KB
// without spaces took 4 s). The leftmost match always starts there anyway, so matches are the same.
const OBFUSCATED_EMAIL =
  /(?<![\w.+-])[\w.+-]+\s*(?:\((?:at|ät)\)|\[(?:at|ät)\]|<(?:at|ät)>|\{at\}|\s@\s)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+/i;

export const emailPlain: Rule = {
  id: 'L19',
  name: 'email-plain',
  reference: 'GDPR 12(1) (easily accessible contact details)',
  checks: 'E-mail addresses in texts are written plainly, not disguised as name(at)example.fi or name @ example . fi.',
  why: 'Information must be easily accessible (GDPR Art. 12(1)), and contact details that cannot be copied into a mail program, or that a screen reader reads out as "at in brackets", are harder to use. The notice is not the place to fight spam: write the address plainly or put it in an `email:` field.',
  codes: {
    EMAIL_OBFUSCATED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 12(1) (`name(at)example.fi`, `name @ example . fi`)',
      fails: `
        rights:
          how_to: Lähetä pyyntö osoitteeseen tietosuoja(at)esimerkki.example.`,
      passes: `
        rights:
          how_to: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example.`,
    },
  },
  check({ texts, report }) {
    for (const text of texts) {
      const match = textStrings(text.value)
        .map((s) => (AT_SIGN.test(s) ? OBFUSCATED_EMAIL.exec(s) : null))
        .find((m) => m !== null);
      if (!match) continue;
      report('EMAIL_OBFUSCATED', text.path, {
        message: `The e-mail address "${printable(match[0], QUOTED_LENGTH)}" is written in a disguised form.`,
        hint: 'Write it plainly (name@example.fi); people must be able to copy it. Spam protection belongs to the website, not the notice.',
        value: match[0],
      });
    }
  },
};
