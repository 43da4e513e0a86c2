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

// The stand-ins for @ and for the dots, as people write them in an address field.
const AT_STAND_IN = /\s*(?:\((?:at|ät)\)|\[(?:at|ät)\]|<(?:at|ät)>|\{(?:at|ät)\}|\s(?:at|ät)\s|@)\s*/gi;
const DOT_STAND_IN = /\s*(?:\((?:dot|piste|punkt)\)|\[(?:dot|piste|punkt)\]|\{dot\}|\s(?:dot|piste|punkt)\s|\.)\s*/gi;
// The schema's own form of an e-mail address (schemas/notice.schema.json, Email).
const PLAIN_EMAIL = /^[^\s@()<>[\],;:"]+@[^\s@()<>[\],;:"][^\s@()<>[\],;:".]*\.[^\s@()<>[\],;:"]+$/;
// No address is longer (RFC 5321: 254 characters); a longer text is not a disguised address.
const LONGEST_ADDRESS = 320;

/**
 * The plain form of an e-mail address written in a disguised one ("tietosuoja(at)om.fi",
 * "tuki @ palvelimet . net", "nimi[at]firma[dot]fi"), or undefined when the text is not one.
 */
export function plainEmailAddress(text: string): string | undefined {
  if (text.length > LONGEST_ADDRESS) return undefined;
  const plain = text.trim().replace(AT_STAND_IN, '@').replace(DOT_STAND_IN, '.');
  return plain !== text.trim() && PLAIN_EMAIL.test(plain) ? plain : undefined;
}

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
        hint: `Write it plainly (${plainEmailAddress(match[0]) ?? 'name@example.fi'}); people must be able to copy it. Spam protection belongs to the website, not the notice.`,
        value: match[0],
      });
    }
  },
};
