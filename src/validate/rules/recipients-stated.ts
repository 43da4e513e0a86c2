import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import { isSectionEmpty, textStrings } from './text.js';
import type { Rule } from './types.js';
import { emptyRecipient } from './vague-wording.js';

export const recipientsStated: Rule = {
  id: 'L07',
  name: 'recipients-stated',
  reference: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.',
  checks:
    'The notice says who receives the data, processors included, or that nobody does, does not say both, and names each recipient or its kind rather than "partners", "third parties" or "within the limits of the law".',
  why: 'The GDPR requires the recipients or categories of recipients of the data (Art. 13(1)(e), 14(1)(e)); processors are recipients too (Art. 4(9)), so "no regular disclosures", the answer the Personal Data Act asked for (HetiL 10 § 4 k.), does not tell a GDPR reader who receives the data. That nobody receives it is a valid answer (`none: true`); given next to a list of recipients it is a contradiction the reader cannot resolve. The transparency guidelines (WP260) ask for the recipients by name or, where categories are given, categories as specific as possible (the sector and the place); "partners" or "third parties" names neither.',
  codes: {
    RECIPIENTS_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(e), 14(1)(e); HetiL 10 § 4 k.',
      fails: `
        recipients: null`,
      passes: `
        recipients:
          none: null
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
    },
    RECIPIENTS_CONTRADICTORY: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`none: true` together with recipients',
      fails: `
        recipients:
          none: true
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
      passes: `
        recipients:
          none: null
          items:
            - name: Esimerkki Tilitoimisto Oy
              description: Kirjanpito ja palkanlaskenta
              processor: true`,
    },
    RECIPIENT_UNNAMED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 13(1)(e), 14(1)(e); WP260 (a recipient named, or its category as specific as possible)',
      fails: `
        recipients:
          none: null
          items:
            - name: Yhteistyökumppanit`,
      passes: `
        recipients:
          none: null
          items:
            - name: Esimerkki Perintä Oy
              category: Perintätoimistot
              description: Maksamattomat laskut perittäviksi`,
    },
  },
  check({ notice, profile, report }) {
    const recipients = notice.recipients;
    const items = recipients?.items ?? [];
    // "No regular disclosures" answers the Personal Data Act (10 § 4 k.), not the GDPR, which asks for
    // every recipient, processors included: under gdpr it says nothing about who receives the data.
    const onlyNoRegular = recipients?.regular_disclosures === false && !recipients.none && items.length === 0;
    if (onlyNoRegular && profile === 'gdpr') {
      report('RECIPIENTS_MISSING', ['recipients', 'regular_disclosures'], {
        message:
          'The notice says only that there are no regular disclosures, not who receives the data (processors included), nor that nobody does.',
        hint: 'Add `recipients.items` (named recipients or categories, with `processor: true` for processors), or `none: true` when nobody receives the data.',
      });
    } else if (!recipients?.none && !onlyNoRegular && isSectionEmpty(recipients)) {
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
    // With no recipient lines, prose that names nobody ("voidaan luovuttaa lain sallimissa rajoissa") is all there is.
    const prose = [recipients?.text, recipients?.text_after].flatMap(textStrings).filter((s) => s.trim() !== '');
    if (
      !recipients?.none &&
      !onlyNoRegular &&
      items.length === 0 &&
      prose.length > 0 &&
      prose.every((s) => emptyRecipient(s) !== undefined)
    ) {
      report('RECIPIENT_UNNAMED', ['recipients', recipients?.text === undefined ? 'text_after' : 'text'], {
        message: `The recipients section says only "${printable(prose[0]!, QUOTED_LENGTH)}", which names no recipient and no kind of recipient.`,
        hint: 'Add `recipients.items` naming each recipient or its kind (`category: debt collection agencies`, `processor: true` for processors), or `none: true` when nobody receives the data.',
      });
    }
    items.forEach((item, index) => {
      // Every text of the line, in every language, is "Kumppanit", "third parties", "muut" or the like.
      const wording = [item.name, item.category, item.description].flatMap(textStrings).filter((s) => s.trim() !== '');
      if (wording.length === 0 || !wording.every((s) => emptyRecipient(s) !== undefined)) return;
      report('RECIPIENT_UNNAMED', ['recipients', 'items', index], {
        message: `The recipient line says only "${printable(wording[0]!, QUOTED_LENGTH)}", which names no recipient and no kind of recipient.`,
        hint: 'Name the recipient (`name: Perintä Oy`) or its kind as specifically as you can, with what is disclosed and why (`category: debt collection agencies`, `description: unpaid invoices for collection`); processors count, with `processor: true`.',
      });
    });
  },
};
