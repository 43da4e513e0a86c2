import { hasText } from './text.js';
import type { Rule } from './types.js';
import { emptyInterests } from './vague-interest.js';

export const legitimateInterestStated: Rule = {
  id: 'L05',
  name: 'legitimate-interest-stated',
  reference: 'GDPR 6(1)(f), 13(1)(d), 14(2)(b)',
  checks:
    'A legal basis of legitimate interests says what the interest is, in words that name an interest rather than only restating that there is one.',
  why: 'When processing rests on legitimate interests (GDPR Art. 6(1)(f)), the notice must name the interests pursued by the controller or a third party (13(1)(d), 14(2)(b)). The reader needs the interest to judge the balance the controller struck and to decide whether to object (21(1)); "our legitimate interest" or "business needs" names no interest and tells them nothing. The Personal Data Act had no such basis, so the rule is off under hetil.',
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
    LEGITIMATE_INTEREST_EMPTY: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(1)(d), 14(2)(b) (the interest itself, not that there is one)',
      fails: `
        legal_basis:
          items:
            - basis: legitimate_interests
              purposes: [customers]
              interest: Rekisterinpitäjän oikeutettu etu.`,
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
