import type { Rule } from './types.js';

export const specialCategoriesBased: Rule = {
  id: 'L15',
  name: 'special-categories-based',
  reference: 'GDPR 9(1)-(2), 10; Tietosuojalaki 1050/2018 6-7 §; HetiL 11-12 §',
  checks:
    "Special-category and criminal-offence data has a ground: under the GDPR a point of Art. 9(2), or Art. 10 with the law that allows it; under the Personal Data Act a point of HetiL 12 §; each profile uses its own law's grounds.",
  why: 'Processing the special categories of data (health, ethnic origin, religious beliefs, trade-union membership and the others of GDPR Art. 9(1)) is prohibited unless an exception of Art. 9(2) applies, and the transparency guidelines (WP260) ask the notice to say which. Data on criminal convictions and offences may be processed only under official authority or where Union or member-state law allows it (Art. 10); in Finland Tietosuojalaki 1050/2018 6 § and 7 § are such laws. The Personal Data Act had its own list of sensitive data (HetiL 11 §) and its own grounds (HetiL 12 §), which are not grounds of the GDPR, nor the other way round; social-welfare data was sensitive under the Act but is not a special category of the GDPR.',
  codes: {
    SPECIAL_CATEGORY_WITHOUT_BASIS: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 9(2); Tietosuojalaki 1050/2018 6 §; HetiL 12 §',
      fails: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: health
              description: Terveydentilaa koskevat tiedot
              special_category: health`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: health
              description: Terveydentilaa koskevat tiedot
              special_category: health
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: consent
              article_9_2: a
              purposes: [customers]`,
    },
    CRIMINAL_DATA_WITHOUT_BASIS: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 10; Tietosuojalaki 1050/2018 7 §; HetiL 11 § 3 k., 12 §',
      fails: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: criminal_records
              description: Rikosrekisteriote
              criminal: true`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: criminal_records
              description: Rikosrekisteriote
              criminal: true
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legal_obligation
              article_10: true
              law_reference: Tietosuojalaki 1050/2018, 7 §
              purposes: [customers]`,
    },
    SENSITIVE_GROUND_LEGACY: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'HetiL 12 § is not a GDPR Art. 9(2) or 10 ground',
      fails: `
        legal_basis:
          items:
            - basis: consent
              hetil_12: 1
              purposes: [customers]`,
      passes: `
        legal_basis:
          items:
            - basis: consent
              article_9_2: a
              purposes: [customers]`,
    },
    SENSITIVE_GROUND_GDPR: {
      gdpr: 'off',
      hetil: 'warning',
      ground: 'HetiL 11-12 §: GDPR Art. 9(2) and 10 are not grounds of the Act',
      fails: `
        notice:
          profile: hetil
          created: "2015-01-01"
        legal_basis:
          items:
            - basis: hetil_8_1
              hetil_points: [1]
              article_9_2: a
              purposes: [customers]`,
      passes: `
        notice:
          profile: hetil
          created: "2015-01-01"
        legal_basis:
          items:
            - basis: hetil_8_1
              hetil_points: [1]
              hetil_12: 1
              purposes: [customers]`,
    },
    SPECIAL_CATEGORY_HETIL_ONLY: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'HetiL 11 § 6 k.; GDPR 9(1) does not list social-welfare data',
      fails: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: welfare
              description: Sosiaalihuollon asiakastiedot
              special_category: social_welfare`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: welfare
              description: Sosiaalihuollon asiakastiedot`,
    },
  },
  check({ notice, profile, report }) {
    const bases = notice.legal_basis?.items ?? [];
    // A ground in the other law's field is reported once, at that field, with the field to use; the
    // data it covers is then not reported again as without a ground.
    bases.forEach((basis, index) => {
      const at = ['legal_basis', 'items', index];
      if (profile === 'gdpr' && basis.hetil_12 !== undefined) {
        report('SENSITIVE_GROUND_LEGACY', [...at, 'hetil_12'], {
          message: 'HetiL 12 § is not a ground for special-category or criminal data under the GDPR.',
          hint: 'Name the GDPR ground instead: `article_9_2:` (a-j; a = explicit consent) for special categories, `article_10: true` with `law_reference:` for criminal data.',
        });
      }
      if (profile === 'hetil') {
        for (const field of ['article_9_2', 'article_10'] as const) {
          if (basis[field] === undefined) continue;
          report('SENSITIVE_GROUND_GDPR', [...at, field], {
            message: `\`${field}\` is a ground of the GDPR (Art. ${field === 'article_10' ? '10' : '9(2)'}), which the notice, written under the Personal Data Act, cannot rest on.`,
            hint: 'Under the Act sensitive data (HetiL 11 §, criminal data included) needs a ground of HetiL 12 § 1 mom.: use `hetil_12:` with its point (1 = express consent, 5 = provided by law).',
          });
        }
      }
    });
    const hetil = profile === 'hetil';
    const hetilGround = bases.some((b) => b.hetil_12 !== undefined);
    const gdprSpecial = bases.some((b) => b.article_9_2 !== undefined);
    const gdprCriminal = bases.some((b) => b.article_10 !== undefined);
    // Either field stands for a ground the notice meant to give (the wrong one is reported above).
    const hasSpecialGround = hetilGround || gdprSpecial;
    const hasCriminalGround = hetil
      ? hetilGround || gdprCriminal
      : bases.some((b) => b.article_10 && b.law_reference) || hetilGround;
    (notice.data_categories?.items ?? []).forEach((category, index) => {
      // Social-welfare data was sensitive under the Personal Data Act only; the GDPR has no such category.
      if (category.special_category === 'social_welfare' && !hetil) {
        report('SPECIAL_CATEGORY_HETIL_ONLY', ['data_categories', 'items', index, 'special_category'], {
          message:
            'Social-welfare data (`social_welfare`) was sensitive data under the Personal Data Act (HetiL 11 § 6 k.); it is not a special category of the GDPR, so the notice does not call it one.',
          hint: 'Under the GDPR leave `special_category` out for it; say in the description what the data is, and in `law_reference` of its basis which law keeps it confidential.',
        });
        return;
      }
      if (category.special_category && !hasSpecialGround) {
        report('SPECIAL_CATEGORY_WITHOUT_BASIS', ['data_categories', 'items', index, 'special_category'], {
          message: hetil
            ? `Sensitive data (${category.special_category}) is processed, but no basis names the ground of HetiL 12 § relied on.`
            : `Special-category data (${category.special_category}) is processed, but no basis names the GDPR Art. 9(2) exception relied on.`,
          hint: hetil
            ? 'Add `hetil_12:` (the point of HetiL 12 § 1 mom.) to the basis that covers it, and `law_reference:` where the point rests on a law.'
            : 'Add `article_9_2:` (a-j) to the basis that covers it, and `law_reference:` where the exception needs a law.',
        });
      }
      if (category.criminal && !hasCriminalGround) {
        report('CRIMINAL_DATA_WITHOUT_BASIS', ['data_categories', 'items', index, 'criminal'], {
          message: hetil
            ? 'Data on criminal acts is processed (sensitive data, HetiL 11 § 3 k.), but no basis names the ground of HetiL 12 § relied on.'
            : 'Data on criminal convictions is processed, but no basis names the law that allows it (GDPR Art. 10).',
          hint: hetil
            ? 'Add `hetil_12:` (the point of HetiL 12 § 1 mom., for example 5 with `law_reference:`) to the basis that covers it.'
            : 'Add a basis with `article_10: true` and `law_reference:` (for example Tietosuojalaki 1050/2018, 7 §).',
        });
      }
    });
  },
};
