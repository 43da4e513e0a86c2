import { hasPlaceholder } from '../../placeholder.js';
import { isSectionEmpty } from './text.js';
import type { Rule } from './types.js';

/** The point of HetiL 8 § 1 mom. that most nearly matches a GDPR basis, for the hint. */
const HETIL_POINT: Partial<Record<string, number>> = {
  consent: 1,
  contract: 2,
  vital_interests: 3,
  legal_obligation: 4,
  public_task: 4,
};
const POINT_NAMES: Record<number, string> = {
  1: 'unambiguous consent',
  2: 'an assignment or contract',
  3: 'a vital interest',
  4: 'provided by law or a task or obligation set by law',
};

export const purposesHaveBasis: Rule = {
  id: 'L04',
  name: 'purposes-have-basis',
  reference: 'GDPR 6(1), 6(3), 13(1)(c), 14(1)(c); HetiL 10 § 2 k.',
  checks:
    'The notice states its purposes and, under the GDPR, a legal basis of Art. 6(1) for each purpose, with the law behind a legal obligation or a public task; a basis of the other law is reported.',
  why: "The GDPR requires the purposes of the processing and its legal basis (Art. 13(1)(c), 14(1)(c)); the transparency guidelines (WP260) ask for the basis of each purpose, so that the reader can tell which basis covers which use. A legal obligation or a public task rests on Union or member-state law (Art. 6(3)), which the notice should name, for example Kirjanpitolaki 1336/1997. The Personal Data Act required the purpose in the register description (HetiL 10 § 2 k.) and had grounds of its own (HetiL 8 § 1 mom.): these are not GDPR bases, nor are the GDPR's bases grounds of the Act.",
  codes: {
    PURPOSES_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(c); HetiL 10 § 2 k.',
      fails: `
        purposes: null`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus`,
    },
    LEGAL_BASIS_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 6(1), 13(1)(c), 14(1)(c)',
      fails: `
        legal_basis: null`,
      passes: `
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]`,
    },
    PURPOSE_WITHOUT_BASIS: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(1)(c); WP260 (basis per purpose)',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: newsletter
              name: Uutiskirje
              description: Uutiskirjeen lähettäminen sitä tilanneille`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: newsletter
              name: Uutiskirje
              description: Uutiskirjeen lähettäminen sitä tilanneille
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: consent
              purposes: [newsletter]`,
    },
    BASIS_NOT_LINKED: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 13(1)(c); WP260',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: newsletter
              name: Uutiskirje
              description: Uutiskirjeen lähettäminen sitä tilanneille
        legal_basis:
          items:
            - basis: contract
            - basis: consent`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: newsletter
              name: Uutiskirje
              description: Uutiskirjeen lähettäminen sitä tilanneille
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: consent
              purposes: [newsletter]`,
    },
    LEGAL_BASIS_LEGACY: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'HetiL 8 § is not a GDPR basis',
      fails: `
        legal_basis:
          items:
            - basis: hetil_8_1
              hetil_points: [2]
              purposes: [customers]`,
      passes: `
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]`,
    },
    LEGAL_BASIS_GDPR: {
      gdpr: 'off',
      hetil: 'warning',
      ground: 'HetiL 8 § 1 mom.: a GDPR basis is not a ground of the Act',
      fails: `
        notice:
          profile: hetil
          created: "2015-01-01"
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]`,
      passes: `
        notice:
          profile: hetil
          created: "2015-01-01"
        legal_basis:
          items:
            - basis: hetil_8_1
              hetil_points: [2]
              purposes: [customers]`,
    },
    LAW_REFERENCE_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 6(3)',
      fails: `
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legal_obligation
              purposes: [customers]`,
      passes: `
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legal_obligation
              purposes: [customers]
              law_reference: Kirjanpitolaki 1336/1997`,
    },
  },
  check({ notice, profile, report }) {
    const purposes = notice.purposes?.items ?? [];
    if (isSectionEmpty(notice.purposes)) {
      report('PURPOSES_MISSING', notice.purposes ? ['purposes'] : [], {
        message: 'The notice does not say why the data is processed.',
        hint: 'Add `purposes:` with one item per purpose.',
      });
      return;
    }
    const bases = notice.legal_basis?.items ?? [];
    // A section still to be written (`notice init --bare`) is reported once, as its placeholder.
    if (bases.length === 0 && !hasPlaceholder(notice.legal_basis)) {
      report('LEGAL_BASIS_MISSING', notice.legal_basis ? ['legal_basis'] : [], {
        message: 'The notice states no legal basis for the processing.',
        hint: 'Add `legal_basis.items`, each with `basis:` (consent, contract, legal_obligation, ...) and the `purposes:` it covers.',
      });
    }
    bases.forEach((basis, index) => {
      if (basis.basis !== 'hetil_8_1' && profile === 'hetil') {
        const point = HETIL_POINT[basis.basis];
        report('LEGAL_BASIS_GDPR', ['legal_basis', 'items', index, 'basis'], {
          message: `\`${basis.basis}\` is a legal basis of the GDPR (Art. 6(1)), which the notice, written under the Personal Data Act, cannot rest on.`,
          hint: `Use \`basis: hetil_8_1\` with \`hetil_points:\` ${point ? `[${point}] (${POINT_NAMES[point]})` : 'and the points of HetiL 8 § 1 mom. that fit (5: a customer or comparable connection)'}; keep the notice's own words in \`description\`.`,
        });
      }
      if (basis.basis === 'hetil_8_1') {
        report('LEGAL_BASIS_LEGACY', ['legal_basis', 'items', index, 'basis'], {
          message: 'HetiL 8 § is not a legal basis under the GDPR.',
          hint: 'Name the GDPR Art. 6(1) basis for each purpose instead: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.',
        });
      }
      if ((basis.basis === 'legal_obligation' || basis.basis === 'public_task') && !basis.law_reference) {
        report('LAW_REFERENCE_MISSING', ['legal_basis', 'items', index], {
          message: `The basis ${basis.basis} does not name the law that sets the obligation or task.`,
          hint: 'Add `law_reference:`, for example "Kirjanpitolaki 1336/1997" (GDPR 6(3)).',
        });
      }
    });
    const gdprBases = bases.filter((b) => b.basis !== 'hetil_8_1');
    const linked = gdprBases.some((b) => b.purposes !== undefined);
    if (!linked) {
      if (gdprBases.length > 1 && purposes.length > 1) {
        report('BASIS_NOT_LINKED', ['legal_basis'], {
          message:
            'The legal bases are not linked to the purposes: readers cannot tell which basis covers which purpose.',
          hint: 'Give each purpose an `id` and list the ids in `purposes:` of each basis (WP260 asks for the basis of each purpose).',
        });
      }
      return;
    }
    const covered = new Set(gdprBases.flatMap((b) => b.purposes ?? []));
    purposes.forEach((purpose, index) => {
      if (purpose.id === undefined || !covered.has(purpose.id)) {
        report('PURPOSE_WITHOUT_BASIS', ['purposes', 'items', index], {
          message:
            purpose.id === undefined
              ? 'This purpose has no `id`, so no legal basis can be linked to it.'
              : `No legal basis covers the purpose \`${purpose.id}\`.`,
          hint:
            purpose.id === undefined
              ? 'Add `id:` and list it under the basis that covers it.'
              : `Add \`${purpose.id}\` to \`purposes:\` of the basis that covers it.`,
        });
      }
    });
  },
};
