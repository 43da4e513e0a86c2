import type { Rule } from './types.js';

export const referencesResolve: Rule = {
  id: 'T03',
  name: 'references-resolve',
  reference: 'the notice format (ids link purposes, bases and retention)',
  codes: {
    ID_DUPLICATE: { gdpr: 'error', hetil: 'error', ground: 'two purposes or categories with one id' },
    ID_UNKNOWN: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`purposes:` or `applies_to:` names an id that does not exist',
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
