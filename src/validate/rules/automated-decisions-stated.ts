import { hasText } from './text.js';
import type { Rule } from './types.js';

export const automatedDecisionsStated: Rule = {
  id: 'L14',
  name: 'automated-decisions-stated',
  reference: 'GDPR 13(2)(f), 14(2)(g), 22',
  checks:
    'The notice says whether decisions are made by automated means alone (profiling included), and when they are, explains their logic and what they mean for the person.',
  why: 'The GDPR requires the existence of automated decision-making, including profiling, referred to in Art. 22(1) and (4), and in those cases meaningful information about the logic involved and the significance and the envisaged consequences for the person (13(2)(f), 14(2)(g)). Saying that no such decisions are made (`used: false`) answers the question too. The Personal Data Act did not ask for it, so the rule is off under hetil.',
  codes: {
    AUTOMATED_DECISIONS_NOT_STATED: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(f), 14(2)(g)',
      fails: `
        automated_decisions: null`,
      passes: `
        automated_decisions:
          used: false`,
    },
    AUTOMATED_DECISIONS_DETAILS_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(f), 22',
      fails: `
        automated_decisions:
          used: true`,
      passes: `
        automated_decisions:
          used: true
          logic: Luottopäätös tehdään automaattisesti luottotietojen ja maksuhistorian perusteella.
          significance: Jos luottoa ei myönnetä, palvelun voi tilata vain ennakkomaksulla. Voit pyytää, että päätöksen tarkistaa ihminen.`,
    },
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
