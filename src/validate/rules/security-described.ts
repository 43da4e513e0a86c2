import { hasText } from './text.js';
import type { Rule } from './types.js';

export const securityDescribed: Rule = {
  id: 'H05',
  name: 'security-described',
  reference: 'HetiL 10 § 5 k.; GDPR 32',
  checks:
    'A register description under the Personal Data Act describes the principles by which the register is protected.',
  why: "The Personal Data Act required the register description to describe the principles of the register's protection (HetiL 10 § 5 k.). The GDPR does not ask for it in the notice: security is the controller's duty under Art. 32, described in its record of processing (30(1)(g)), so the rule is off under gdpr.",
  codes: {
    SECURITY_MISSING: {
      gdpr: 'off',
      hetil: 'error',
      ground: 'HetiL 10 § 5 k.',
      fails: `
        notice:
          profile: hetil
          created: "2015-01-01"
        security: null`,
      passes: `
        notice:
          profile: hetil
          created: "2015-01-01"
        security:
          text: Tiedot ovat salasanalla suojatussa järjestelmässä, johon on pääsy vain asiakaspalvelulla.`,
    },
  },
  check({ notice, report }) {
    const security = notice.security;
    if (!security || (!hasText(security.text) && (security.items ?? []).length === 0)) {
      report('SECURITY_MISSING', security ? ['security'] : [], {
        message: 'The register description does not describe how the register is protected.',
        hint: 'Add `security:` with the principles (HetiL 10 § 5 requires them).',
      });
    }
  },
};
