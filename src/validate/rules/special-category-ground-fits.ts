import { ARTICLE_9_2 } from '../data/article-9-2.js';
import { hasText } from './text.js';
import type { Rule } from './types.js';

export const specialCategoryGroundFits: Rule = {
  id: 'L33',
  name: 'special-category-ground-fits',
  reference: 'GDPR 6(1), 9(2)(a)-(j)',
  checks:
    'The point of Art. 9(2) given for special-category data fits the legal basis beside it, and a point that rests on law names the law.',
  why: 'Special-category data needs both a legal basis under GDPR Art. 6(1) and a point of Art. 9(2), and the two must agree: explicit consent (9(2)(a)) is consent, so it cannot stand beside a contract or a legal obligation, and the employment-law point (9(2)(b)) or the vital-interests point (9(2)(c)) does not rest on consent. The points (b), (g), (h), (i) and (j) allow processing only on the basis of Union or member-state law, which the notice must name so that the reader can see what allows it (13(1)(c), 14(1)(c)); in Finland, for example, Tietosuojalaki 1050/2018 6 § or the law on the health care concerned. The Personal Data Act had its own grounds (HetiL 12 §), so the rule is off under hetil.',
  codes: {
    SPECIAL_CATEGORY_BASIS_MISMATCH: {
      gdpr: 'warning',
      hetil: 'off',
      ground:
        'GDPR 9(2) with 6(1): the point does not fit the basis (for example (a) explicit consent without consent)',
      fails: `
        data_categories:
          items:
            - id: health
              description: Terveystiedot
              special_category: health
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
              article_9_2: a`,
      passes: `
        data_categories:
          items:
            - id: health
              description: Terveystiedot
              special_category: health
        legal_basis:
          items:
            - basis: consent
              purposes: [customers]
              article_9_2: a`,
    },
    SPECIAL_CATEGORY_LAW_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 9(2)(b), (g), (h), (i), (j): Union or member-state law',
      fails: `
        data_categories:
          items:
            - id: health
              description: Työkykyä koskevat tiedot
              special_category: health
        legal_basis:
          items:
            - basis: legal_obligation
              purposes: [customers]
              article_9_2: b`,
      passes: `
        data_categories:
          items:
            - id: health
              description: Työkykyä koskevat tiedot
              special_category: health
        legal_basis:
          items:
            - basis: legal_obligation
              purposes: [customers]
              article_9_2: b
              law_reference: Laki yksityisyyden suojasta työelämässä (759/2004) 5 §`,
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
