import { ARTICLE_9_2 } from '../data/article-9-2.js';
import { hasText } from './text.js';
import type { Rule } from './types.js';

export const specialCategoryGroundFits: Rule = {
  id: 'L33',
  name: 'special-category-ground-fits',
  reference: 'GDPR 6(1), 9(2)(a)-(j)',
  codes: {
    SPECIAL_CATEGORY_BASIS_MISMATCH: {
      gdpr: 'warning',
      hetil: 'off',
      ground:
        'GDPR 9(2) with 6(1): the point does not fit the basis (for example (a) explicit consent without consent)',
    },
    SPECIAL_CATEGORY_LAW_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 9(2)(b), (g), (h), (i), (j): Union or member-state law',
    },
  },
  check({ notice, report }) {
    (notice.legal_basis?.items ?? []).forEach((item, index) => {
      if (item.article_9_2 === undefined) return;
      const point = ARTICLE_9_2[item.article_9_2];
      const at = ['legal_basis', 'items', index, 'article_9_2'];
      const misfit = point.misfits[item.basis];
      if (misfit !== undefined) {
        report('SPECIAL_CATEGORY_BASIS_MISMATCH', at, {
          message: `Art. 9(2)(${item.article_9_2}) (${point.summary}) does not fit the basis \`${item.basis}\`: ${misfit}.`,
          hint:
            item.article_9_2 === 'a'
              ? 'Give consent as the basis of this processing (`basis: consent`), or, if it goes on without consent, name the point of Art. 9(2) that allows that (for example (b) employment law, (h) health care).'
              : "Give the basis the point rests on (`public_task` or `legal_obligation` for a task or duty set by law), or, if the processing truly rests on the person's consent, use `article_9_2: a` (explicit consent).",
        });
      }
      if (point.law === undefined || hasText(item.law_reference)) return;
      if (point.lawNotNeededWith?.basis === item.basis) return;
      report('SPECIAL_CATEGORY_LAW_MISSING', at, {
        message: `Art. 9(2)(${item.article_9_2}) (${point.summary}) allows the data only on the basis of law, but the basis does not name it.`,
        hint: `Add \`law_reference:\` naming ${point.law}.`,
      });
    });
  },
};
