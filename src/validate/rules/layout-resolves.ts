import { isSectionName, sectionsWithContent, tokenNames } from '../../layout.js';
import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import type { Rule } from './types.js';

export const layoutResolves: Rule = {
  id: 'T04',
  name: 'layout-resolves',
  reference: 'the notice format (`layout` places every section once)',
  checks:
    "`layout` places every section once: each name in `layout.order` and `layout.headings` is a section or an extra section's id, no section is placed twice, an extra section's id is its own, and no section with content is left out of the order.",
  why: 'The layout sets the order and the headings of the built notice. A name that points nowhere, a section placed twice or an id that two sections share would give the reader a notice other than the one written, and a section left out of the order is moved to the end, away from where a reader looks for it; the information must be easy to find (GDPR Art. 12(1)).',
  codes: {
    LAYOUT_TOKEN_UNKNOWN: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`layout.order` or `layout.headings` names no section and no extra section',
      fails: `
        layout:
          headings:
            purpose: Miksi käsittelemme tietojasi`,
      passes: `
        layout:
          headings:
            purposes: Miksi käsittelemme tietojasi`,
    },
    LAYOUT_SECTION_REPEATED: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`layout.order` names a section twice',
      fails: `
        layout:
          order:
            - controller
            - dpo
            - register_name
            - purposes
            - legal_basis
            - data_subjects
            - data_categories
            - provision_requirement
            - sources
            - recipients
            - transfers
            - retention
            - security
            - automated_decisions
            - rights
            - complaint
            - purposes`,
      passes: `
        layout:
          order:
            - controller
            - dpo
            - register_name
            - purposes
            - legal_basis
            - data_subjects
            - data_categories
            - provision_requirement
            - sources
            - recipients
            - transfers
            - retention
            - security
            - automated_decisions
            - rights
            - complaint`,
    },
    LAYOUT_ID_CLASH: {
      gdpr: 'error',
      hetil: 'error',
      ground: "an extra section's `id` is a section name or another extra section's id",
      fails: `
        extra_sections:
          - id: cookies
            title: Evästeet
            text: Sivustomme käyttää vain välttämättömiä evästeitä.`,
      passes: `
        extra_sections:
          - id: cookie_policy
            title: Evästeet
            text: Sivustomme käyttää vain välttämättömiä evästeitä.`,
    },
    LAYOUT_SECTION_UNLISTED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'a section with content that `layout.order` leaves out (shown after the listed ones)',
      fails: `
        layout:
          order:
            - controller
            - dpo
            - register_name
            - purposes
            - legal_basis
            - data_subjects
            - data_categories
            - provision_requirement
            - sources
            - recipients
            - transfers
            - retention
            - automated_decisions
            - rights
            - complaint`,
      passes: `
        layout:
          order:
            - controller
            - dpo
            - register_name
            - purposes
            - legal_basis
            - data_subjects
            - data_categories
            - provision_requirement
            - sources
            - recipients
            - transfers
            - retention
            - security
            - automated_decisions
            - rights
            - complaint`,
    },
  },
  check({ notice, profile, report }) {
    const extraIds = new Set<string>();
    (notice.extra_sections ?? []).forEach((extra, index) => {
      if (extra.id === undefined) return;
      if (isSectionName(extra.id)) {
        report('LAYOUT_ID_CLASH', ['extra_sections', index, 'id'], {
          message: `The id \`${extra.id}\` is the name of a section of the notice, so \`layout\` could not tell them apart.`,
          hint: `Give the extra section an id of its own, for example \`${extra.id}_more\`.`,
        });
      } else if (extraIds.has(extra.id)) {
        report('LAYOUT_ID_CLASH', ['extra_sections', index, 'id'], {
          message: `The id \`${extra.id}\` is already the id of another extra section.`,
          hint: 'Each extra section needs an id of its own: rename one of them.',
        });
      } else extraIds.add(extra.id);
    });
    const layout = notice.layout;
    if (!layout) return;
    const known = (name: string) => isSectionName(name) || extraIds.has(name);
    const knownList = () => `Sections: ${[...sectionsWithContent(notice, profile), ...extraIds].join(', ')}.`;
    const order = layout.order ?? [];
    const listed = new Set<string>();
    order.forEach((token, index) => {
      for (const name of tokenNames(token)) {
        if (!known(name)) {
          report('LAYOUT_TOKEN_UNKNOWN', ['layout', 'order', index], {
            message: `\`${printable(name, QUOTED_LENGTH)}\` is neither a section of the notice nor the id of an extra section.`,
            hint: `Use a section name or an extra section's \`id\`; join sections with \`+\`. ${knownList()}`,
          });
        } else if (listed.has(name)) {
          report('LAYOUT_SECTION_REPEATED', ['layout', 'order', index], {
            message: `\`${name}\` is already placed earlier in \`layout.order\`; a section is shown once.`,
            hint: 'Remove it here, or from the earlier place.',
          });
        } else listed.add(name);
      }
    });
    if (layout.order) {
      const unlisted = [
        ...sectionsWithContent(notice, profile).filter((name) => !listed.has(name)),
        ...[...extraIds].filter((id) => !listed.has(id)),
      ];
      const last = order[order.length - 1]!;
      for (const name of unlisted) {
        report('LAYOUT_SECTION_UNLISTED', ['layout', 'order'], {
          atKey: true,
          message: `\`${name}\` has content but \`layout.order\` does not list it: it is shown after \`${printable(last, QUOTED_LENGTH)}\`, in the standard order.`,
          hint: `Add \`${name}\` to \`layout.order\` where it belongs (or join it to another section with \`+\`).`,
        });
      }
      (notice.extra_sections ?? []).forEach((extra, index) => {
        if (extra.id !== undefined) return;
        report('LAYOUT_SECTION_UNLISTED', ['extra_sections', index], {
          message: `This extra section has no \`id\`, so \`layout.order\` cannot place it: it is shown after \`${printable(last, QUOTED_LENGTH)}\`.`,
          hint: 'Give it an `id` and add the id to `layout.order`.',
        });
      });
    }
    const tokens = new Set(order);
    for (const key of Object.keys(layout.headings ?? {})) {
      if (isSectionName(key) || extraIds.has(key) || tokens.has(key)) continue;
      report('LAYOUT_TOKEN_UNKNOWN', ['layout', 'headings', key], {
        atKey: true,
        message: `The heading \`${printable(key, QUOTED_LENGTH)}\` belongs to no section: it is neither a section, nor an extra section's id, nor a token of \`layout.order\`.`,
        hint: `A heading for joined sections needs the same token in \`layout.order\` (\`purposes+legal_basis\`). ${knownList()}`,
      });
    }
  },
};
