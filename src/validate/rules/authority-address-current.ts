import { CURRENT_AUTHORITY, STALE_AUTHORITY_ADDRESSES } from '../data/authority.js';
import type { Rule } from './types.js';

export const authorityAddressCurrent: Rule = {
  id: 'L18',
  name: 'authority-address-current',
  reference: 'GDPR 13(2)(d), 77 (the complaint must reach the authority)',
  checks: "No text gives an old address of the Data Protection Ombudsman, judged by the notice's own date.",
  why: 'The right to lodge a complaint (GDPR Art. 13(2)(d), 77) is of use only if the complaint reaches the authority. The Data Protection Ombudsman has moved: Albertinkatu 25 A (PL 315, 00181 Helsinki) is an older address, and Ratapihantie 9 (PL 800, 00521 Helsinki) was the address through 2018, so it is reported only in a notice dated later. `complaint: { standard: true }` writes the current details, which notice keeps in one place.',
  codes: {
    SUPERVISORY_AUTHORITY_STALE: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: "GDPR 77; old Data Protection Ombudsman addresses, judged by the notice's own date",
      fails: `
        complaint:
          standard: null
          text: Voit tehdä valituksen tietosuojavaltuutetun toimistoon, Albertinkatu 25 A, 00180 Helsinki.`,
      passes: `
        complaint:
          standard: true`,
    },
  },
  check({ strings, referenceDate, report }) {
    // An address is judged by the notice's own date (updated, else created; today in a migration report):
    // one that was the Ombudsman's on that day is not stale for that notice.
    const stale = STALE_AUTHORITY_ADDRESSES.filter(
      (a) => a.inUseThrough === undefined || referenceDate > a.inUseThrough,
    );
    if (stale.length === 0) return;
    for (const { path, value } of strings) {
      // A text can hold a whole contact block ("Käyntiosoite: ... Postiosoite: ..."): each old address is reported.
      for (const address of stale) {
        if (!address.pattern.test(value)) continue;
        report('SUPERVISORY_AUTHORITY_STALE', path, {
          message: `This is an old address of the Data Protection Ombudsman: ${address.what}.`,
          hint: `Use \`complaint: { standard: true }\`, which stays current, or the current details: ${CURRENT_AUTHORITY}.`,
        });
      }
    }
  },
};
