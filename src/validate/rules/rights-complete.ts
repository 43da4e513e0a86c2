import type { Notice, Right } from '../../generated/notice-types.js';
import { RIGHTS } from '../../generated/notice-enums.js';
import { applicableRights, isObjectionOnly } from '../../rights.js';
import { hasText, isSectionEmpty } from './text.js';
import type { Rule } from './types.js';

/** The rights the notice describes: all of them with the built-in texts, else those its own texts cover. */
export function coveredRights(notice: Notice): Set<Right> {
  if (notice.rights?.standard) return new Set(RIGHTS);
  return new Set((notice.rights?.items ?? []).flatMap((item) => item.covers));
}

export const rightsComplete: Rule = {
  id: 'L10',
  name: 'rights-complete',
  reference: 'GDPR 13(2)(b), 14(2)(c), 15-22, 21(2)-(4); HetiL 24 §, 26-30 §',
  codes: {
    RIGHTS_MISSING: { gdpr: 'error', hetil: 'error', ground: 'GDPR 13(2)(b), 14(2)(c); HetiL 24 §' },
    RIGHTS_INCOMPLETE: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 15-22 (the rights that apply to the bases used); HetiL 26-30 §',
    },
    OBJECTION_NOT_SEPARATE: { gdpr: 'warning', hetil: 'off', ground: 'GDPR 21(4)' },
    MARKETING_OBJECTION_NOT_SEPARATE: { gdpr: 'warning', hetil: 'off', ground: 'GDPR 21(2)-(4)' },
    RIGHTS_HOW_TO_MISSING: { gdpr: 'warning', hetil: 'warning', ground: 'GDPR 12(2); HetiL 24 §' },
  },
  check(context) {
    const { notice, profile, documentType, report } = context;
    // A plain HetiL register description (10 §) needed no rights block; the 24 § notice did.
    if (profile === 'hetil' && documentType === 'rekisteriseloste') return;
    const rights = notice.rights;
    if (!rights || (!rights.standard && isSectionEmpty(rights))) {
      report('RIGHTS_MISSING', rights ? ['rights'] : [], {
        message: 'The notice does not tell people their rights (access, rectification, erasure, ...).',
        hint: "Add `rights: { standard: true, how_to: ... }` to include notice's texts for the rights that apply.",
      });
      return;
    }
    const covered = coveredRights(notice);
    // Withdrawal of consent has a rule of its own (L06).
    const missing = applicableRights(notice, profile).filter(
      (right) => right !== 'withdraw_consent' && !covered.has(right),
    );
    if (missing.length > 0) {
      report('RIGHTS_INCOMPLETE', ['rights'], {
        message: `The rights section does not cover: ${missing.join(', ')}.`,
        hint: 'Set `rights.standard: true`, or add `rights.items` whose `covers:` lists them.',
      });
    }
    (rights.items ?? []).forEach((item, index) => {
      // The two objections may share a text: together they are still apart from the other rights.
      if (isObjectionOnly(item.covers, 'gdpr')) return;
      const at = ['rights', 'items', index, 'covers'];
      if (item.covers.includes('objection')) {
        report('OBJECTION_NOT_SEPARATE', at, {
          message:
            'The right to object is described together with other rights; the GDPR wants it shown clearly and separately.',
          hint: 'Give `objection` its own item (GDPR 21(4)); notice renders it in a box of its own.',
        });
      }
      if (item.covers.includes('objection_marketing')) {
        report('MARKETING_OBJECTION_NOT_SEPARATE', at, {
          message:
            'The right to object to direct marketing is described together with other rights; the GDPR wants it shown clearly and separately from any other information.',
          hint: 'Give `objection_marketing` an item of its own, or share one only with `objection` (GDPR 21(2)-(4)); notice renders it in the box on the right to object.',
        });
      }
    });
    if (!hasText(rights.how_to)) {
      report('RIGHTS_HOW_TO_MISSING', ['rights'], {
        message: 'The notice does not say how to make a request (where to send it, how identity is checked).',
        hint: 'Add `rights.how_to:`.',
      });
    }
  },
};
