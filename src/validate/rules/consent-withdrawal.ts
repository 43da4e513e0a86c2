import { coveredRights } from './rights-complete.js';
import type { Rule } from './types.js';

export const consentWithdrawal: Rule = {
  id: 'L06',
  name: 'consent-withdrawal',
  reference: 'GDPR 7(3), 13(2)(c), 14(2)(d)',
  codes: { CONSENT_WITHDRAWAL_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 7(3), 13(2)(c), 14(2)(d)' } },
  check({ notice, report }) {
    const items = notice.legal_basis?.items ?? [];
    const index = items.findIndex((b) => b.basis === 'consent' || b.article_9_2 === 'a');
    if (index < 0 || coveredRights(notice).has('withdraw_consent')) return;
    report('CONSENT_WITHDRAWAL_MISSING', ['legal_basis', 'items', index], {
      message: 'Consent is a basis, but the notice does not tell people they can withdraw it at any time.',
      hint: 'Set `rights.standard: true`, or add a `rights.items` entry that covers `withdraw_consent`.',
    });
  },
};
