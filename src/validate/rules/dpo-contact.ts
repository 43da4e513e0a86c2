import { textStrings } from './text.js';
import type { Contact } from '../../generated/notice-types.js';
import type { Rule } from './types.js';

/**
 * A way to reach someone: an e-mail address, a phone number, an address, a web address (a contact form),
 * or an e-mail address written in its own words. A name or a role alone is not one (GDPR 13(1)(b) asks for
 * the officer's contact details).
 */
function hasChannel(contact: Contact | undefined): boolean {
  if (!contact) return false;
  if (contact.email || contact.phone || contact.address || contact.addresses || contact.website) return true;
  return textStrings(contact.text).some(hasEmailAddress);
}

/** True when a word of the text is an e-mail address (checked word by word, so it stays linear). */
function hasEmailAddress(text: string): boolean {
  return text.split(/\s+/).some((word) => {
    const at = word.indexOf('@');
    return at > 0 && word.indexOf('.', at) > at + 1;
  });
}

export const dpoContact: Rule = {
  id: 'L03',
  name: 'dpo-contact',
  reference: 'GDPR 13(1)(b), 14(1)(b), 37(7)',
  checks:
    'The notice says whether a data protection officer has been designated, and when one has, how to reach them: an e-mail address, a phone number, an address or a website, not a name alone.',
  why: "Where a data protection officer has been designated, the notice gives the officer's contact details (GDPR Art. 13(1)(b), 14(1)(b)), which the controller must also publish (37(7)), so that people can turn to the officer directly (38(4)); a name or a role alone is not a way to reach anyone. Not every controller must designate one (37(1)); saying `designated: false` answers the question a reader would otherwise have. The Personal Data Act had no data protection officer, so the rule is off under hetil.",
  codes: {
    DPO_CONTACT_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(1)(b), 14(1)(b), 37(7)',
      fails: `
        dpo:
          designated: true
          name: Maija Meikäläinen`,
      passes: `
        dpo:
          designated: true
          name: Maija Meikäläinen
          email: tietosuojavastaava@esimerkki.example`,
    },
    DPO_NOT_STATED: {
      gdpr: 'info',
      hetil: 'off',
      ground: 'GDPR 13(1)(b)',
      fails: `
        dpo: null`,
      passes: `
        dpo:
          designated: false`,
    },
  },
  check({ notice, report }) {
    const dpo = notice.dpo;
    if (!dpo) {
      report('DPO_NOT_STATED', [], {
        message: 'The notice does not say whether a data protection officer has been designated.',
        hint: "Add `dpo: { designated: false }`, or the officer's contact details.",
      });
      return;
    }
    if (!dpo.designated) return;
    const contact = dpo.same_as_contact_person ? notice.contact_person : dpo;
    const officers = dpo.officers ?? [];
    if (!hasChannel(contact) && officers.length === 0) {
      const name = dpo.same_as_contact_person ? undefined : textStrings(dpo.name)[0]?.trim();
      report('DPO_CONTACT_MISSING', ['dpo'], {
        message: name
          ? `The data protection officer is named (${name}), but the notice gives no way to reach them: a name is not contact details.`
          : 'A data protection officer is designated, but the notice gives no contact details for them.',
        hint: 'Add `email` or `phone` under `dpo` (a shared address such as tietosuoja@... is enough).',
      });
    }
    officers.forEach((officer, index) => {
      if (hasChannel(officer)) return;
      report('DPO_CONTACT_MISSING', ['dpo', 'officers', index], {
        message: 'A data protection officer is listed without contact details: a name is not a way to reach them.',
        hint: 'Add `email` or `phone` to this officer (a shared address such as tietosuoja@... is enough).',
      });
    });
  },
};
