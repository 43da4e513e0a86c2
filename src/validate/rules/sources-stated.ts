import { hasText, isSectionEmpty, sourceKinds } from './text.js';
import type { Rule } from './types.js';

export const sourcesStated: Rule = {
  id: 'L12',
  name: 'sources-stated',
  reference: 'GDPR 14(1)(d), 14(2)(f); HetiL 10 § 3 k.',
  checks:
    'The notice says where the data comes from; a source other than the person says whether it is publicly accessible; data from other sources comes with the categories of data; and a register description names the groups of people.',
  why: "When data is not obtained from the person, the GDPR requires the categories of data concerned (Art. 14(1)(d)) and the source, including whether it is publicly accessible (14(2)(f)): without them people cannot tell what the controller holds about them or where it came from. Data collected from the person needs no source list under Art. 13, so a missing list is a warning, not an error. The Personal Data Act's register description described the groups of people and the data about them (HetiL 10 § 3 k.).",
  codes: {
    SOURCES_MISSING: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 14(2)(f)',
      fails: `
        sources: null`,
      passes: `
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse`,
    },
    SOURCE_PUBLIC_NOT_STATED: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 14(2)(f)',
      fails: `
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse
            - from: third_party
              name: Esimerkki Luottotieto Oy
              description: Luottotiedot`,
      passes: `
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse
            - from: third_party
              name: Esimerkki Luottotieto Oy
              description: Luottotiedot
              public: false`,
    },
    DATA_CATEGORIES_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 14(1)(d); HetiL 10 § 3 k.',
      fails: `
        data_categories: null
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse
            - from: third_party
              name: Esimerkki Luottotieto Oy
              description: Luottotiedot
              public: false`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: credit
              description: Luottotiedot
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse
            - from: third_party
              name: Esimerkki Luottotieto Oy
              description: Luottotiedot
              public: false`,
    },
    DATA_SUBJECTS_MISSING: {
      gdpr: 'off',
      hetil: 'warning',
      ground: 'HetiL 10 § 3 k.',
      fails: `
        notice:
          profile: hetil
          created: "2015-01-01"
        data_subjects: null`,
      passes: `
        notice:
          profile: hetil
          created: "2015-01-01"
        data_subjects:
          items:
            - description: Asiakkaat ja heidän yhteyshenkilönsä`,
    },
  },
  check({ notice, profile, report }) {
    const sources = notice.sources?.items ?? [];
    if (isSectionEmpty(notice.sources)) {
      report('SOURCES_MISSING', notice.sources ? ['sources'] : [], {
        message: 'The notice does not say where the data comes from.',
        hint: 'Add `sources.items`, each with `from:` data_subject, controller or third_party.',
      });
    }
    const external = sources
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => sourceKinds(s.from).includes('third_party'));
    for (const { s, index } of external) {
      if (s.public === undefined) {
        report('SOURCE_PUBLIC_NOT_STATED', ['sources', 'items', index], {
          message: 'The notice does not say whether this source is publicly accessible.',
          hint: 'Add `public: true` or `public: false` (GDPR 14(2)(f)).',
        });
      }
    }
    const categories = notice.data_categories;
    const hasCategories = (categories?.items ?? []).length > 0 || hasText(categories?.text);
    // HetiL 10 § 3 always asks for the data; the GDPR asks for it when data comes from elsewhere (Art. 14).
    if (!hasCategories && (profile === 'hetil' || external.length > 0)) {
      report('DATA_CATEGORIES_MISSING', categories ? ['data_categories'] : [], {
        message:
          profile === 'hetil'
            ? 'The register description does not say what data the register holds.'
            : 'Data is obtained from other sources, but the notice does not list the categories of data.',
        hint: 'Add `data_categories.items`.',
      });
    }
    if (!notice.data_subjects) {
      report('DATA_SUBJECTS_MISSING', [], {
        message: 'The register description does not name the groups of people whose data it holds.',
        hint: 'Add `data_subjects.items`, for example customers and their contact persons (HetiL 10 § 3 k.).',
      });
    }
  },
};
