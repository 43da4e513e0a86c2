import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import { normalisePhone } from '../../finnish/phone.js';
import { isFinnishPostalCode } from '../../finnish/postal-code.js';
import type { Rule } from './types.js';

export const contactForms: Rule = {
  id: 'F01',
  name: 'contact-forms',
  reference: 'GDPR 12(1) (contact details people can use); ITU-T E.164; Posti postal codes',
  checks: 'Phone numbers are numbers people can dial, and Finnish postal codes are five digits.',
  why: 'Contact details are there to be used (GDPR Art. 12(1), 13(1)(a)): a phone number that cannot be dialled or a postal code that does not exist sends a request nowhere. A number is checked in the Finnish national forms and the international E.164 form; a postal code is checked when the address is in Finland or Åland (no `country`, or FI or AX).',
  codes: {
    PHONE_INVALID: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'not a phone number (Finnish forms and E.164)',
      fails: `
        controller:
          phone: "09 123"`,
      passes: `
        controller:
          phone: "09 123 4567"`,
    },
    POSTAL_CODE_INVALID: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a Finnish postal code is five digits',
      fails: `
        controller:
          address: { postal_code: "0100" }`,
      passes: `
        controller:
          address: { postal_code: "00100" }`,
    },
  },
  check({ strings, report }) {
    for (const { path, value } of strings) {
      const last = path[path.length - 1];
      // Not the phone's label, nor `labels.phone` (the word before the numbers).
      const isPhone = path.includes('phone') && !path.includes('label') && !path.includes('labels');
      if (isPhone && normalisePhone(value) === undefined) {
        report('PHONE_INVALID', path, {
          message: `"${printable(value, QUOTED_LENGTH)}" is not a phone number.`,
          hint: 'Write it as people dial it, for example "09 123 4567" or "+358 40 123 4567".',
        });
      }
      if (last === 'postal_code') {
        const countryPath = [...path.slice(0, -1), 'country'];
        const country = strings.find((s) => s.path.join('/') === countryPath.join('/'))?.value ?? 'FI';
        if ((country === 'FI' || country === 'AX') && !isFinnishPostalCode(value)) {
          report('POSTAL_CODE_INVALID', path, {
            message: `"${printable(value, QUOTED_LENGTH)}" is not a Finnish postal code.`,
            hint: 'A Finnish postal code is five digits in quotes, for example "00530"; for another country set `country:`.',
          });
        }
      }
    }
  },
};
