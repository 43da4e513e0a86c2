import { hasText, textStrings } from './text.js';
import type { Rule } from './types.js';

const IDENTITY_CODE = /henkilötun|personbeteckning|personal identity code|social security number/i;

export const identityCodeBasis: Rule = {
  id: 'L16',
  name: 'identity-code-basis',
  reference: 'Tietosuojalaki 1050/2018 29 §; HetiL 13 §',
  checks:
    'When the personal identity code (henkilötunnus) is processed, whether flagged in the data or named in its description, the notice says on what ground.',
  why: "The Finnish Data Protection Act allows the personal identity code to be processed only with the person's consent, where a law provides for it, or where identifying the person unambiguously is important, for example in credit, debt collection, insurance and rental (Tietosuojalaki 1050/2018 29 §); the Personal Data Act had the same rule (HetiL 13 §). Saying which ground applies shows the reader that the code is not collected by habit.",
  codes: {
    IDENTITY_CODE_BASIS_MISSING: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'Tietosuojalaki 1050/2018 29 §; HetiL 13 §',
      fails: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: identity
              description: Henkilötunnus
              personal_identity_code: true`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: identity
              description: Henkilötunnus
              personal_identity_code: true
          identity_code_basis: Henkilötunnusta käytetään asiakkaan luotettavaan tunnistamiseen luottopäätöksessä (tietosuojalaki 29 §).`,
    },
  },
  check({ notice, texts, report }) {
    const categories = notice.data_categories;
    if (hasText(categories?.identity_code_basis)) return;
    const flagged = (categories?.items ?? []).findIndex((c) => c.personal_identity_code);
    // Said in the data list, or only where the notice says how long it keeps them ("Henkilötunnuksia
    // säilytetään ..."): kept is processed.
    const mention =
      texts.find((t) => t.path[0] === 'data_categories' && mentions(t.value)) ??
      texts.find((t) => t.path[0] === 'retention' && mentions(t.value));
    if (flagged < 0 && !mention) return;
    report('IDENTITY_CODE_BASIS_MISSING', flagged >= 0 ? ['data_categories', 'items', flagged] : mention!.path, {
      message: 'The personal identity code (henkilötunnus) is processed, but the notice does not say on what ground.',
      hint: 'Add `data_categories.identity_code_basis:`, for example "to identify customers reliably for credit decisions" (Tietosuojalaki 29 §).',
    });
  },
};

function mentions(value: Parameters<typeof textStrings>[0]): boolean {
  return textStrings(value).some((s) => IDENTITY_CODE.test(s));
}
