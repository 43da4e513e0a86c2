import { dataSubjectsNamedIn } from './data-subject-words.js';
import { hasText, isSectionEmpty, sourceKinds } from './text.js';
import type { Rule } from './types.js';

export const sourcesStated: Rule = {
  id: 'L12',
  name: 'sources-stated',
  reference: 'GDPR 14(1)(d), 14(2)(f); HetiL 10 § 3 k.',
  checks:
    'A source other than the person says whether it is publicly accessible, and data from other sources comes with the categories of data; a register description (hetil) says where the data comes from and names the groups of people, in `data_subjects` or in the words of its data description.',
  why: 'When data is not obtained from the person, the GDPR requires the categories of data concerned (Art. 14(1)(d)) and the source, including whether it is publicly accessible (14(2)(f)): without them people cannot tell what the controller holds about them or where it came from. Data collected from the person needs no source list under Art. 13, so under the GDPR a notice without sources is read as one that collects from the person and nothing is reported; the Personal Data Act\'s register description named the regular sources of data (HetiL 10 §), so under hetil a missing list is a warning. It also described the groups of people and the data about them (HetiL 10 § 3 k.); a data description such as "asiakkaiden nimi ja osoite" names the group, the customers, as well as `data_subjects` does.',
  codes: {
    SOURCES_MISSING: {
      gdpr: 'off',
      hetil: 'warning',
      ground: "HetiL 10 § (regular sources, in the Ombudsman's form); under the GDPR no sources means Art. 13",
      fails: `
        notice:
          profile: hetil
          created: "2015-01-01"
        sources: null`,
      passes: `
        notice:
          profile: hetil
          created: "2015-01-01"
        sources:
          items:
            - from: data_subject
              description: Rekisteröity itse`,
    },
    SOURCE_PUBLIC_NOT_STATED: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 14(2)(f) (publicly accessible or not)',
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
    // Under the GDPR a notice without sources speaks of data collected from the person (Art. 13), as
    // PROVISION_REQUIREMENT_MISSING (L13) assumes too: Art. 13 has no source item, so that is no gap.
    // Art. 14 applies once a source other than the person is listed, and then 14(2)(f) asks whether
    // each such source is publicly accessible. The code is off under gdpr; the profile switch does that.
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
          message:
            'Data is obtained from this source, not from the person, but the notice does not say whether the source is publicly accessible (GDPR 14(2)(f)).',
          hint: 'Add `public: true` (a public register, a website anyone can read) or `public: false` (a credit information company, a partner) to the source.',
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
    // "Asiakkaiden nimi ja osoite" in the data description names the group, the customers.
    if (!notice.data_subjects && !dataSubjectsNamedIn(notice.data_categories)) {
      report('DATA_SUBJECTS_MISSING', [], {
        message: 'The register description does not name the groups of people whose data it holds.',
        hint: 'Add `data_subjects.items`, for example customers and their contact persons (HetiL 10 § 3 k.).',
      });
    }
  },
};
