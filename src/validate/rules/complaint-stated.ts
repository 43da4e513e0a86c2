import { coveredRights } from './rights-complete.js';
import type { Rule } from './types.js';

export const complaintStated: Rule = {
  id: 'L11',
  name: 'complaint-stated',
  reference: 'GDPR 13(2)(d), 14(2)(e), 77',
  checks: 'The notice tells people they can lodge a complaint with a supervisory authority.',
  why: "The GDPR requires the right to lodge a complaint with a supervisory authority (Art. 13(2)(d), 14(2)(e)), in particular in the member state where the person lives or works or where the infringement took place (77(1)). In Finland the authority is the Data Protection Ombudsman (Tietosuojalaki 1050/2018 8 §); `complaint: { standard: true }` gives the Ombudsman's current contact details, and so does `rights: { standard: true }`, which includes the right to complain. The Personal Data Act did not ask for it in the register description, so the rule is off under hetil.",
  codes: {
    COMPLAINT_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(d), 14(2)(e), 77',
      fails: `
        complaint: null
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.`,
      passes: `
        complaint:
          standard: true
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.`,
    },
  },
  check({ notice, report }) {
    const complaint = notice.complaint;
    const stated =
      complaint?.standard || complaint?.text || complaint?.authority || coveredRights(notice).has('complaint');
    if (!stated) {
      report('COMPLAINT_MISSING', [], {
        message: 'The notice does not tell people they can complain to the supervisory authority.',
        hint: "Add `complaint: { standard: true }` for the Data Protection Ombudsman's current contact details.",
      });
    }
  },
};
