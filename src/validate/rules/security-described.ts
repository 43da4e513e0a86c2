import { hasText } from './text.js';
import type { Rule } from './types.js';

export const securityDescribed: Rule = {
  id: 'H05',
  name: 'security-described',
  reference: 'HetiL 10 § 5 k.; GDPR 32',
  codes: { SECURITY_MISSING: { gdpr: 'off', hetil: 'error', ground: 'HetiL 10 § 5 k.' } },
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
