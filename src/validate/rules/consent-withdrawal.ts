import { findWords, quoteWords } from './purpose-words.js';
import { coveredRights } from './rights-complete.js';
import type { Rule } from './types.js';

/** The sections whose words may show that consent is relied on when no basis says so. */
const DESCRIBING = new Set(['purposes', 'legal_basis', 'data_categories', 'recipients', 'sources', 'cookies']);

export const consentWithdrawal: Rule = {
  id: 'L06',
  name: 'consent-withdrawal',
  reference: 'GDPR 7(3), 13(2)(c), 14(2)(d)',
  checks:
    'When consent is a basis (GDPR Art. 6(1)(a) or 9(2)(a)), or the notice speaks of consent it asks for or records ("suostumus", "suoramarkkinointiluvat", "samtycke", "consent"), the notice tells people they can withdraw it at any time.',
  why: 'Consent can be withdrawn at any time, as easily as it was given, without affecting the lawfulness of what was done before (GDPR Art. 7(3)); the notice must say so wherever consent is a basis (13(2)(c), 14(2)(d)). Without it people may take a consent once given as final. The Personal Data Act did not ask for it, so the rule is off under hetil.',
  codes: {
    CONSENT_WITHDRAWAL_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 7(3), 13(2)(c), 14(2)(d)',
      fails: `
        legal_basis:
          items:
            - basis: consent
              purposes: [customers]
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.`,
      passes: `
        legal_basis:
          items:
            - basis: consent
              purposes: [customers]
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.
            - covers: [withdraw_consent]
              text: Voit peruuttaa suostumuksesi milloin tahansa; peruutus ei vaikuta aiemman käsittelyn lainmukaisuuteen.`,
    },
  },
  check({ notice, texts, report }) {
    if (coveredRights(notice).has('withdraw_consent')) return;
    const items = notice.legal_basis?.items ?? [];
    const index = items.findIndex((b) => b.basis === 'consent' || b.article_9_2 === 'a');
    if (index >= 0) {
      report('CONSENT_WITHDRAWAL_MISSING', ['legal_basis', 'items', index], {
        message: 'Consent is a basis, but the notice does not tell people they can withdraw it at any time.',
        hint: 'Set `rights.standard: true`, or add a `rights.items` entry that covers `withdraw_consent`.',
      });
      return;
    }
    // No basis says consent, but the notice's words do ("erillisen suostumuksen", "Suoramarkkinointiluvat"):
    // what rests on consent may be withdrawn all the same (7(3)).
    const found = texts
      .filter((t) => DESCRIBING.has(String(t.path[0])))
      .map((t) => ({ path: t.path, words: findWords(t.value, ['consent']) }))
      .find((t) => t.words.length > 0);
    if (!found) return;
    report('CONSENT_WITHDRAWAL_MISSING', found.path, {
      message: `The notice speaks of ${quoteWords(found.words)}, so something rests on consent, but it does not tell people they can withdraw it at any time.`,
      hint: 'Add a `legal_basis` item `basis: consent` listing what rests on it, and set `rights.standard: true` or add a `rights.items` entry that covers `withdraw_consent`.',
    });
  },
};
