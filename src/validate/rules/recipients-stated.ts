import { isSectionEmpty } from './text.js';
import type { Rule } from './types.js';

export const recipientsStated: Rule = {
  id: 'L07',
  name: 'recipients-stated',
  reference: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.',
  checks: 'The notice says who receives the data, processors included, or that nobody does, and does not say both.',
  why: 'The GDPR requires the recipients or categories of recipients of the data (Art. 13(1)(e), 14(1)(e)); processors are recipients too (Art. 4(9)), so "no regular disclosures", the answer the Personal Data Act asked for (HetiL 10 § 4 k.), does not tell a GDPR reader who receives the data. That nobody receives it is a valid answer (`none: true`); given next to a list of recipients it is a contradiction the reader cannot resolve.',
  codes: {
    RECIPIENTS_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.',
      fails: `
        recipients: null`,
      passes: `
        recipients:
          none: null
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
    },
    RECIPIENTS_CONTRADICTORY: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`none: true` together with recipients',
      fails: `
        recipients:
          none: true
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
      passes: `
        recipients:
          none: null
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
    },
  },
  check({ notice, profile, report }) {
    const recipients = notice.recipients;
    const items = recipients?.items ?? [];
    // "No regular disclosures" answers the Personal Data Act (10 § 4 k.), not the GDPR, which asks for
    // every recipient, processors included: under gdpr it says nothing about who receives the data.
    const onlyNoRegular = recipients?.regular_disclosures === false && !recipients.none && items.length === 0;
    if (onlyNoRegular && profile === 'gdpr') {
      report('RECIPIENTS_MISSING', ['recipients', 'regular_disclosures'], {
        message:
          'The notice says only that there are no regular disclosures, not who receives the data (processors included), nor that nobody does.',
        hint: 'Add `recipients.items` (named recipients or categories, with `processor: true` for processors), or `none: true` when nobody receives the data.',
      });
    } else if (!recipients?.none && !onlyNoRegular && isSectionEmpty(recipients)) {
      report('RECIPIENTS_MISSING', recipients ? ['recipients'] : [], {
        message: 'The notice does not say who receives the data, nor that nobody does.',
        hint: 'Add `recipients.items` (named recipients or categories; processors count), or `recipients: { none: true }`.',
      });
    } else if (recipients?.none && items.length > 0) {
      report('RECIPIENTS_CONTRADICTORY', ['recipients', 'none'], {
        message: 'The notice says nobody receives the data (`none: true`) and also lists recipients.',
        hint: 'Remove `none: true`, or the items.',
      });
    }
  },
};
