import { hasText } from './text.js';
import type { Rule } from './types.js';

export const legitimateInterestStated: Rule = {
  id: 'L05',
  name: 'legitimate-interest-stated',
  reference: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)',
  codes: { LEGITIMATE_INTEREST_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)' } },
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
