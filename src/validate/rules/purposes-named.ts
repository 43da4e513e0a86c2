import { nameIsCut } from '../../purpose-name.js';
import type { Rule } from './types.js';

/**
 * Where a legal basis or a retention period refers to purposes, the notice
 * names them: by their `name`, else by their description when it is short.
 * A referenced purpose without a name whose description is too long is shown
 * cut short ("…"); a note, at the description, says to give it a name.
 */
export const purposesNamed: Rule = {
  id: 'T05',
  name: 'purposes-named',
  reference: 'the notice format (purposes are named where bases and retention refer to them)',
  checks:
    'A purpose that a legal basis or a retention period refers to has a short `name`, unless its description is short enough to name it.',
  why: 'Where the notice gives the legal basis and the retention period of each purpose (GDPR 13(1)(c), 13(2)(a)), it names the purpose; a long description is cut short there, and the reader has to guess which purpose is meant. It is a note, not a gap: the notice has all it must have.',
  codes: {
    PURPOSE_NAME_MISSING: {
      gdpr: 'info',
      hetil: 'info',
      ground: 'a referenced purpose without `name` whose description is cut short where it is named',
      fails: `
        purposes:
          items:
            - id: customers
              description: Asiakassuhteen hoitaminen, tilausten käsittely, palvelun toimittaminen ja ylläpito, asiakaspalvelu sekä laskutus ja maksamattomien laskujen periminen`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen, tilausten käsittely, palvelun toimittaminen ja ylläpito, asiakaspalvelu sekä laskutus ja maksamattomien laskujen periminen`,
    },
  },
  check({ notice, report }) {
    const referenced = new Set<string>([
      ...(notice.legal_basis?.items ?? []).flatMap((b) => b.purposes ?? []),
      ...(notice.retention?.items ?? []).flatMap((r) => r.applies_to ?? []),
    ]);
    (notice.purposes?.items ?? []).forEach((purpose, index) => {
      if (purpose.name !== undefined || purpose.id === undefined || !referenced.has(purpose.id)) return;
      const description = purpose.description;
      const values = typeof description === 'string' ? [description] : Object.values(description ?? {});
      if (!values.some((value) => typeof value === 'string' && nameIsCut(value))) return;
      report('PURPOSE_NAME_MISSING', ['purposes', 'items', index, 'description'], {
        message: `The purpose \`${purpose.id}\` has no name, and its description is too long to name it: where a legal basis or retention period refers to it, it is shown cut short.`,
        hint: 'Add `name:`, a few words per language (for example `name: { fi: Laskutus, sv: Fakturering }`).',
      });
    });
  },
};
