import { isSectionEmpty } from './text.js';
import type { Rule } from './types.js';

export const recipientsStated: Rule = {
  id: 'L07',
  name: 'recipients-stated',
  reference: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.',
  codes: {
    RECIPIENTS_MISSING: { gdpr: 'error', hetil: 'error', ground: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.' },
    RECIPIENTS_CONTRADICTORY: { gdpr: 'error', hetil: 'error', ground: '`none: true` together with recipients' },
  },
  check({ notice, report }) {
    const recipients = notice.recipients;
    const items = recipients?.items ?? [];
    if (!recipients?.none && isSectionEmpty(recipients)) {
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
