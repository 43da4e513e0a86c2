import { sourceKinds } from './text.js';
import type { Rule } from './types.js';

export const provisionRequirementStated: Rule = {
  id: 'L13',
  name: 'provision-requirement-stated',
  reference: 'GDPR 13(2)(e)',
  codes: { PROVISION_REQUIREMENT_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 13(2)(e)' } },
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
