import { hasText } from './text.js';
import type { Rule } from './types.js';

export const automatedDecisionsStated: Rule = {
  id: 'L14',
  name: 'automated-decisions-stated',
  reference: 'GDPR 13(2)(f), 14(2)(g), 22',
  codes: {
    AUTOMATED_DECISIONS_NOT_STATED: { gdpr: 'error', hetil: 'off', ground: 'GDPR 13(2)(f), 14(2)(g)' },
    AUTOMATED_DECISIONS_DETAILS_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 13(2)(f), 22' },
  },
  check({ notice, report }) {
    const automated = notice.automated_decisions;
    if (!automated) {
      report('AUTOMATED_DECISIONS_NOT_STATED', [], {
        message: 'The notice does not say whether decisions are made by automated means alone (including profiling).',
        hint: 'Add `automated_decisions: { used: false }`, or `used: true` with `logic` and `significance`.',
      });
    } else if (automated.used && (!hasText(automated.logic) || !hasText(automated.significance))) {
      report('AUTOMATED_DECISIONS_DETAILS_MISSING', ['automated_decisions'], {
        message:
          'Automated decisions are made, but the notice does not explain how they are made and what they mean for the person.',
        hint: 'Add `logic:` and `significance:` under `automated_decisions`.',
      });
    }
  },
};
