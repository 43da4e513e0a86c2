import { businessIdCheckDigit, checkBusinessId } from '../../finnish/business-id.js';
import { controllersOf } from './controllers.js';
import type { Rule } from './types.js';

export const businessIdValid: Rule = {
  id: 'L02',
  name: 'business-id-valid',
  reference: 'Yritys- ja yhteisötietolaki 244/2001 (Y-tunnus check digit)',
  checks:
    'The business ID (Y-tunnus) of the controller and of each joint controller is written as seven digits, a hyphen and a check digit, and the check digit is right.',
  why: 'The business ID identifies the controller beyond doubt (the identity of the controller, GDPR 13(1)(a), 14(1)(a)); a typo in it points the reader to another company, or to none. Every Y-tunnus issued under the Business Information Act (Yritys- ja yhteisötietolaki 244/2001) ends in a check digit (mod 11, weights 7 9 10 5 8 4 2), so most typos are caught without looking the ID up; a right check digit does not prove the company exists (compare with ytj.fi).',
  codes: {
    BUSINESS_ID_FORMAT: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'Y-tunnus form `1234567-8`',
      fails: `
        controller:
          business_id: "FI91843723"`,
      passes: `
        controller:
          business_id: "9184372-3"`,
    },
    BUSINESS_ID_CHECKSUM: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'Y-tunnus check digit (mod 11, weights 7 9 10 5 8 4 2)',
      fails: `
        controller:
          business_id: "9184372-4"`,
      passes: `
        controller:
          business_id: "9184372-3"`,
    },
  },
  // The business ID of every controller, the main one and each joint controller.
  check({ notice, report }) {
    for (const { controller, path } of controllersOf(notice)) {
      const id = controller.business_id;
      if (id === undefined) continue;
      const problem = checkBusinessId(id);
      if (problem === 'format') {
        report('BUSINESS_ID_FORMAT', [...path, 'business_id'], {
          message: 'The business ID (Y-tunnus) is not written as seven digits, a hyphen and a check digit.',
          hint: 'Write it like "0723069-3", in quotes.',
        });
      } else if (problem === 'checksum') {
        const expected = businessIdCheckDigit(id.slice(0, 7));
        report('BUSINESS_ID_CHECKSUM', [...path, 'business_id'], {
          message: 'The check digit of the business ID (Y-tunnus) does not match: there is a typo in it.',
          hint:
            expected === undefined
              ? 'No check digit fits these seven digits: one of them is wrong. Copy the ID from ytj.fi.'
              : `With these seven digits the check digit would be ${expected}; compare with ytj.fi.`,
        });
      }
    }
  },
};
