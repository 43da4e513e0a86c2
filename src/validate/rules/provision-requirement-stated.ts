import { sourceKinds } from './text.js';
import type { Rule } from './types.js';

export const provisionRequirementStated: Rule = {
  id: 'L13',
  name: 'provision-requirement-stated',
  reference: 'GDPR 13(2)(e)',
  checks:
    'When data is collected from the person, the notice says whether they must give it and what follows if they do not.',
  why: 'The GDPR requires saying whether providing the data is a requirement of law or of a contract, or needed to enter into a contract, whether the person is obliged to provide it, and what happens if they do not (Art. 13(2)(e)); it lets people decide what to give. Art. 14 has no such item: a notice whose data all comes from other sources does not need it. The Personal Data Act did not ask for it, so the rule is off under hetil.',
  codes: {
    PROVISION_REQUIREMENT_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(e)',
      fails: `
        provision_requirement: null`,
      passes: `
        provision_requirement:
          requirement: contract_prerequisite
          text: Ilman nimeä ja yhteystietoja emme voi tehdä sopimusta.`,
    },
  },
  check({ notice, report }) {
    const sources = notice.sources?.items ?? [];
    // With no sources stated, data is taken to come from the person, the usual case.
    const fromPerson = sources.length === 0 || sources.some((s) => sourceKinds(s.from).includes('data_subject'));
    if (fromPerson && !notice.provision_requirement) {
      report('PROVISION_REQUIREMENT_MISSING', [], {
        message:
          'Data is collected from the person, but the notice does not say whether they must give it and what follows if they do not.',
        hint: 'Add `provision_requirement:` with `requirement:` (statutory, contractual, contract_prerequisite, voluntary, mixed) and `text:`.',
      });
    }
  },
};
