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
  checks:
    'The notice lists the rights that apply to its legal bases, shows the right to object and the right to object to direct marketing apart from the other rights, and says how to make a request.',
  why: "The GDPR requires the rights of access, rectification, erasure, restriction, objection and data portability, as far as they apply to the processing (Art. 13(2)(b), 14(2)(c), 15-22): portability where the basis is consent or a contract, objection where it is a public task or legitimate interests, and always for direct marketing. The right to object, and the right to object to direct marketing at any time (21(2)-(3)), must be brought to people's attention clearly and separately from any other information (21(4)); the two may share a text, since together they are still apart from the other rights. The controller facilitates the use of the rights (12(2)), which starts with saying where to send a request. Under the Personal Data Act a tietosuojaseloste (HetiL 24 §) told people how to use their rights of access and rectification and, for direct marketing, to prohibit processing (HetiL 26-30 §); a plain rekisteriseloste did not, so under hetil the rule applies only with `document_type: tietosuojaseloste`.",
  codes: {
    RIGHTS_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(2)(b), 14(2)(c); HetiL 24 §',
      fails: `
        rights: null`,
      passes: `
        rights:
          standard: true
          how_to: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example.`,
    },
    RIGHTS_INCOMPLETE: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 15-22 (the rights that apply to the bases used); HetiL 26-30 §',
      fails: `
        rights:
          standard: null
          items:
            - covers: [access, rectification]
              text: Voit tarkastaa tietosi ja pyytää virheellisten tietojen oikaisemista.`,
      passes: `
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.`,
    },
    OBJECTION_NOT_SEPARATE: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 21(4)',
      fails: `
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability, objection]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä, käsittelyn rajoittamista ja vastustaa käsittelyä.`,
      passes: `
        rights:
          standard: null
          items:
            - covers: [access, rectification, erasure, restriction, portability]
              text: Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja siirtämistä sekä käsittelyn rajoittamista.
            - covers: [objection]
              text: Voit vastustaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvällä perusteella.`,
    },
    MARKETING_OBJECTION_NOT_SEPARATE: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 21(2)-(4)',
      fails: `
        rights:
          standard: true
          items:
            - covers: [objection_marketing, withdraw_consent]
              text: Voit kieltää suoramarkkinoinnin ja peruuttaa suostumuksesi milloin tahansa.`,
      passes: `
        rights:
          standard: true
          items:
            - covers: [objection_marketing]
              text: Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin.
            - covers: [withdraw_consent]
              text: Voit peruuttaa suostumuksesi milloin tahansa.`,
    },
    RIGHTS_HOW_TO_MISSING: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 12(2); HetiL 24 §',
      fails: `
        rights:
          how_to: null`,
      passes: `
        rights:
          how_to: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example. Tarkistamme henkilöllisyytesi ennen vastausta.`,
    },
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
