import { hasText } from './text.js';
import type { Rule } from './types.js';
import { emptyInterests } from './vague-interest.js';

export const legitimateInterestStated: Rule = {
  id: 'L05',
  name: 'legitimate-interest-stated',
  reference: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)',
  codes: {
    LEGITIMATE_INTEREST_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)' },
    LEGITIMATE_INTEREST_EMPTY: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(1)(d), 14(2)(b) (the interest itself, not that there is one)',
    },
  },
  check({ notice, report }) {
    (notice.legal_basis?.items ?? []).forEach((basis, index) => {
      if (basis.basis !== 'legitimate_interests') return;
      if (!hasText(basis.interest)) {
        report('LEGITIMATE_INTEREST_MISSING', ['legal_basis', 'items', index], {
          message: 'The basis is legitimate interests, but the notice does not say what the interest is.',
          hint: 'Add `interest:` naming the interest pursued in plain words, for example "keeping our network secure".',
        });
        return;
      }
      const empty = emptyInterests(basis.interest);
      if (empty.length === 0) return;
      report('LEGITIMATE_INTEREST_EMPTY', ['legal_basis', 'items', index, 'interest'], {
        message: `The interest "${empty[0]!.trim()}" only says that there is a legitimate interest; it does not say what the interest is.`,
        hint: 'Name the interest and what it is for, for example "keeping our network and services secure and preventing their misuse" or "telling our customers about our own services like the ones they bought".',
      });
    });
  },
};
