import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import { hasText, isSectionEmpty, textStrings } from './text.js';
import type { Rule } from './types.js';
import { emptyRetention, namesConcreteRetention } from './vague-wording.js';

// Phrases that say nothing about how long (WP260: "as long as necessary" is not enough).
const GENERIC_RETENTION = [
  /niin kauan kuin (?:se )?(?:on )?(?:tarpeen|tarpeellista|tarvitaan|välttämätöntä)/i,
  /kunnes peruste\b.{0,60}päättyy/i,
  /lain mukai(?:nen|sen) ai?ka|lain mukaisen ajan|lain edellyttämän ajan|voimassa ?olevaa lainsäädäntöä/i,
  /så länge (?:som )?(?:det )?(?:behövs|är nödvändigt)/i,
  /as long as (?:is |it is )?(?:necessary|needed|required)/i,
];

const GENERIC_MESSAGE =
  'The retention wording is generic ("as long as necessary", "the time the law requires") and does not tell how long.';

const EMPTY_HINT =
  'Say how long: `period: "P5Y"` with `trigger:` (five years from the end of the customer relationship), or `criteria:` a reader can count from (the term of the contract plus the warranty period), and `law_reference:` where a law sets the time (Kirjanpitolaki 1336/1997, 2:10 §).';

/** Generic wording, unless the same text also names a period or a criterion one can count from. */
function isGeneric(wording: readonly string[]): boolean {
  return (
    wording.some((s) => GENERIC_RETENTION.some((p) => p.test(s))) && !wording.some((s) => namesConcreteRetention(s))
  );
}

/** The first text when every text given says nothing but "toistaiseksi" and its like. */
function onlyEmpty(wording: readonly string[]): string | undefined {
  const given = wording.filter((s) => s.trim() !== '');
  return given.length > 0 && given.every((s) => emptyRetention(s) !== undefined) ? given[0] : undefined;
}

export const retentionStated: Rule = {
  id: 'L09',
  name: 'retention-stated',
  reference: 'GDPR 5(1)(e), 13(2)(a), 14(2)(a); WP260',
  checks:
    'The notice says how long the data is kept, for every purpose (or every data category), as a period or concrete criteria, not as "as long as necessary" or "until further notice".',
  why: 'The GDPR requires the period for which the data is stored or, where that is not possible, the criteria used to determine it (Art. 13(2)(a), 14(2)(a)); storage limitation (5(1)(e)) means every purpose has an end. The transparency guidelines (WP260) say that a generic statement such as "as long as necessary for the legitimate purposes" is not enough; "toistaiseksi" (until further notice) gives no period at all and no way to work one out. The guidelines also ask for periods per purpose or category of data. The Personal Data Act did not ask for a retention period, so under hetil neither a missing section nor an uncovered purpose is reported, and the retention that is given is checked only with warnings.',
  codes: {
    RETENTION_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 5(1)(e), 13(2)(a), 14(2)(a)',
      fails: `
        retention: null`,
      passes: `
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"
              trigger: Asiakkuuden päättymisestä`,
    },
    RETENTION_PERIOD_MISSING: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 13(2)(a) (period or criteria)',
      fails: `
        retention:
          items:
            - applies_to: [customers]`,
      passes: `
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"
              trigger: Asiakkuuden päättymisestä`,
    },
    RETENTION_NOT_COVERED: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(a); WP260 (per purpose or category)',
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
              purposes: [customers]
            - basis: consent
              purposes: [newsletter]`,
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
              purposes: [newsletter]
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"
              trigger: Asiakkuuden päättymisestä
            - applies_to: [newsletter]
              period: "P1M"
              trigger: Tilauksen peruuttamisesta`,
    },
    RETENTION_GENERIC: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'WP260 ("as long as necessary" is not enough)',
      fails: `
        retention:
          items:
            - applies_to: [customers]
              criteria: Tietoja säilytetään niin kauan kuin on tarpeen asiakassuhteen hoitamiseksi.`,
      passes: `
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"
              trigger: Asiakkuuden päättymisestä`,
    },
    RETENTION_EMPTY: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 13(2)(a); WP260 ("toistaiseksi", "until further notice" is no period)',
      fails: `
        retention:
          items:
            - applies_to: [customers]
              criteria: Tietoja säilytetään toistaiseksi.`,
      passes: `
        retention:
          items:
            - applies_to: [customers]
              criteria: Toistaiseksi, kuitenkin enintään viisi vuotta asiakkuuden päättymisestä.`,
    },
  },
  check({ notice, report }) {
    const retention = notice.retention;
    const items = retention?.items ?? [];
    if (!retention || isSectionEmpty(retention)) {
      report('RETENTION_MISSING', retention ? ['retention'] : [], {
        message: 'The notice does not say how long the data is kept.',
        hint: 'Add `retention.items`, each with `period:` (for example "P5Y") or `criteria:`, and `applies_to:` the purposes.',
      });
      return;
    }
    items.forEach((item, index) => {
      if (!item.period && !hasText(item.criteria) && !hasText(item.description)) {
        report('RETENTION_PERIOD_MISSING', ['retention', 'items', index], {
          message: 'This retention item gives neither a period nor the criteria that set it.',
          hint: 'Add `period:` as an ISO 8601 duration ("P6Y" is six years) or `criteria:`.',
        });
        return;
      }
      if (item.period || item.law_reference) return;
      const wording = [item.criteria, item.description, item.trigger].flatMap(textStrings);
      const empty = onlyEmpty(wording);
      if (empty) {
        report('RETENTION_EMPTY', ['retention', 'items', index], {
          message: `The retention says only "${printable(empty, QUOTED_LENGTH)}", which gives no period and no way to work one out.`,
          hint: EMPTY_HINT,
        });
      } else if (isGeneric(wording)) {
        report('RETENTION_GENERIC', ['retention', 'items', index], {
          message: GENERIC_MESSAGE,
          hint: 'Give a `period:`, or the criteria in concrete terms, and the law in `law_reference:` where a law sets the time.',
        });
      }
    });
    const sectionText = [retention.text, retention.text_after].flatMap(textStrings);
    const sectionAt = ['retention', retention.text ? 'text' : 'text_after'];
    const emptySection = items.length === 0 ? onlyEmpty(sectionText) : undefined;
    if (emptySection) {
      report('RETENTION_EMPTY', sectionAt, {
        message: `The retention says only "${printable(emptySection, QUOTED_LENGTH)}", which gives no period and no way to work one out.`,
        hint: EMPTY_HINT,
      });
    } else if (isGeneric(sectionText)) {
      report('RETENTION_GENERIC', sectionAt, {
        message: GENERIC_MESSAGE,
        hint: 'State the period per purpose in `retention.items`.',
      });
    }
    const appliesToAll = items.some(
      (item) => item.applies_to === undefined && (item.period || hasText(item.criteria) || hasText(item.description)),
    );
    if (appliesToAll || items.length === 0) return;
    const covered = new Set(items.flatMap((item) => item.applies_to ?? []));
    const purposeIds = (notice.purposes?.items ?? []).flatMap((p) => (p.id ? [p.id] : []));
    const categoryIds = (notice.data_categories?.items ?? []).flatMap((c) => (c.id ? [c.id] : []));
    const uncoveredPurposes = purposeIds.filter((id) => !covered.has(id));
    const uncoveredCategories = categoryIds.filter((id) => !covered.has(id));
    const coversByCategory = categoryIds.length > 0 && uncoveredCategories.length === 0;
    if (uncoveredPurposes.length > 0 && !coversByCategory) {
      report('RETENTION_NOT_COVERED', ['retention', 'items'], {
        message: `No retention period covers ${uncoveredPurposes.map((id) => `\`${id}\``).join(', ')}.`,
        hint: 'Add the ids to `applies_to:` of a retention item, or add an item for them.',
      });
    }
  },
};
