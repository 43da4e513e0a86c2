import { hasText, textStrings } from './text.js';
import type { Rule } from './types.js';

const IDENTITY_CODE = /henkilötun|personbeteckning|personal identity code|social security number/i;

export const identityCodeBasis: Rule = {
  id: 'L16',
  name: 'identity-code-basis',
  reference: 'Tietosuojalaki 1050/2018 29 §; HetiL 13 §',
  codes: {
    IDENTITY_CODE_BASIS_MISSING: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'Tietosuojalaki 1050/2018 29 §; HetiL 13 §',
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
