import type { Rule } from './types.js';

export const specialCategoriesBased: Rule = {
  id: 'L15',
  name: 'special-categories-based',
  reference: 'GDPR 9(1)-(2), 10; Tietosuojalaki 1050/2018 6-7 §; HetiL 11-12 §',
  codes: {
    SPECIAL_CATEGORY_WITHOUT_BASIS: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 9(2); Tietosuojalaki 1050/2018 6 §; HetiL 12 §',
    },
    CRIMINAL_DATA_WITHOUT_BASIS: { gdpr: 'error', hetil: 'warning', ground: 'GDPR 10; Tietosuojalaki 1050/2018 7 §' },
  },
  check({ notice, report }) {
    const bases = notice.legal_basis?.items ?? [];
    const hasArticle9 = bases.some((b) => b.article_9_2 !== undefined);
    const hasArticle10 = bases.some((b) => b.article_10 && b.law_reference);
    (notice.data_categories?.items ?? []).forEach((category, index) => {
      if (category.special_category && !hasArticle9) {
        report('SPECIAL_CATEGORY_WITHOUT_BASIS', ['data_categories', 'items', index, 'special_category'], {
          message: `Special-category data (${category.special_category}) is processed, but no basis names the GDPR Art. 9(2) exception relied on.`,
          hint: 'Add `article_9_2:` (a-j) to the basis that covers it, and `law_reference:` where the exception needs a law.',
        });
      }
      if (category.criminal && !hasArticle10) {
        report('CRIMINAL_DATA_WITHOUT_BASIS', ['data_categories', 'items', index, 'criminal'], {
          message:
            'Data on criminal convictions is processed, but no basis names the law that allows it (GDPR Art. 10).',
          hint: 'Add a basis with `article_10: true` and `law_reference:` (for example Tietosuojalaki 1050/2018, 7 §).',
        });
      }
    });
  },
};
