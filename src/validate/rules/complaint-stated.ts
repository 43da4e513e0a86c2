import { coveredRights } from './rights-complete.js';
import type { Rule } from './types.js';

export const complaintStated: Rule = {
  id: 'L11',
  name: 'complaint-stated',
  reference: 'GDPR 13(2)(d), 14(2)(e), 77',
  codes: { COMPLAINT_MISSING: { gdpr: 'error', hetil: 'off', ground: 'GDPR 13(2)(d), 14(2)(e), 77' } },
  check({ notice, report }) {
    const complaint = notice.complaint;
    const stated =
      complaint?.standard || complaint?.text || complaint?.authority || coveredRights(notice).has('complaint');
    if (!stated) {
      report('COMPLAINT_MISSING', [], {
        message: 'The notice does not tell people they can complain to the supervisory authority.',
        hint: "Add `complaint: { standard: true }` for the Data Protection Ombudsman's current contact details.",
      });
    }
  },
};
