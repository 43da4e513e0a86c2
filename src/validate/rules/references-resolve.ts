import type { Rule } from './types.js';

export const referencesResolve: Rule = {
  id: 'T03',
  name: 'references-resolve',
  reference: 'the notice format (ids link purposes, bases and retention)',
  checks:
    'The ids of purposes, groups of people and data categories are unique, and every id a legal basis or a retention period refers to exists.',
  why: 'Legal bases and retention periods refer to purposes and data categories by id; that is how the notice gives the basis and the retention period of each purpose (GDPR 13(1)(c), 13(2)(a); WP260). An id used twice, or one that names nothing, breaks the link: the reader gets a basis or a period for nothing, and some purpose without one.',
  codes: {
    ID_DUPLICATE: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'two purposes or categories with one id',
      fails: `
        data_categories:
          items:
            - id: customers
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite`,
    },
    ID_UNKNOWN: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`purposes:` or `applies_to:` names an id that does not exist',
      fails: `
        retention:
          items:
            - applies_to: [customer]
              period: "P3Y"`,
      passes: `
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"`,
    },
  },
  check({ notice, report }) {
    const defined = new Map<string, string>();
    const sections = [
      ['purposes', notice.purposes?.items],
      ['data_subjects', notice.data_subjects?.items],
      ['data_categories', notice.data_categories?.items],
    ] as const;
    for (const [section, items] of sections) {
      (items ?? []).forEach((item, index) => {
        if (item.id === undefined) return;
        const earlier = defined.get(item.id);
        if (earlier) {
          report('ID_DUPLICATE', [section, 'items', index, 'id'], {
            message: `The id \`${item.id}\` is already used in ${earlier}.`,
            hint: 'Each id must be unique in the notice: rename one of them.',
          });
        } else defined.set(item.id, section);
      });
    }
    const purposeIds = new Set((notice.purposes?.items ?? []).flatMap((p) => (p.id ? [p.id] : [])));
    (notice.legal_basis?.items ?? []).forEach((basis, b) =>
      (basis.purposes ?? []).forEach((id, i) => {
        if (!purposeIds.has(id)) {
          report('ID_UNKNOWN', ['legal_basis', 'items', b, 'purposes', i], {
            message: `No purpose has the id \`${id}\`.`,
            hint: `Known purpose ids: ${[...purposeIds].join(', ') || '(none; give the purposes an `id`)'}.`,
          });
        }
      }),
    );
    (notice.retention?.items ?? []).forEach((item, r) =>
      (item.applies_to ?? []).forEach((id, i) => {
        if (!defined.has(id)) {
          report('ID_UNKNOWN', ['retention', 'items', r, 'applies_to', i], {
            message: `No purpose or data category has the id \`${id}\`.`,
            hint: `Known ids: ${[...defined.keys()].join(', ') || '(none; give the purposes an `id`)'}.`,
          });
        }
      }),
    );
  },
};
