import { hasText } from './text.js';
import type { Rule } from './types.js';

export const legitimateInterestStated: Rule = {
  id: 'L05',
  name: 'legitimate-interest-stated',
  reference: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)',
  checks: 'A legal basis of legitimate interests says what the interest is.',
  why: 'When processing rests on legitimate interests (GDPR Art. 6(1)(f)), the notice must name the interests pursued by the controller or a third party (13(1)(d), 14(2)(b)). The reader needs the interest to judge the balance the controller struck and to decide whether to object (21(1)). The Personal Data Act had no such basis, so the rule is off under hetil.',
  codes: {
    LEGITIMATE_INTEREST_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)',
      fails: `
        legal_basis:
          items:
            - basis: legitimate_interests
              purposes: [customers]`,
      passes: `
        legal_basis:
          items:
            - basis: legitimate_interests
              purposes: [customers]
              interest: Verkkomme ja palvelujemme tietoturvan ylläpitäminen ja väärinkäytösten estäminen.`,
    },
  },
  check({ notice, report }) {
    (notice.legal_basis?.items ?? []).forEach((basis, index) => {
      if (basis.basis === 'legitimate_interests' && !hasText(basis.interest)) {
        report('LEGITIMATE_INTEREST_MISSING', ['legal_basis', 'items', index], {
          message: 'The basis is legitimate interests, but the notice does not say what the interest is.',
          hint: 'Add `interest:` naming the interest pursued in plain words, for example "keeping our network secure".',
        });
      }
    });
  },
};
