import { ADEQUACY, INVALID_MECHANISMS, adequacyForCountry, adequacyForOrganisation } from '../data/adequacy.js';
import { EEA_COUNTRIES } from '../data/eea.js';
import { hasText, textStrings } from './text.js';
import type { Rule, RuleContext } from './types.js';

// The derogations of 49(1)(a)-(g) rest on no safeguard to copy; the second subparagraph's compelling
// legitimate interests do: 49(1) asks for suitable safeguards and 13(1)(f) for how to get a copy of them.
const DEROGATION = /^derogation_49_1_/;
// A text that names the EU-US Data Privacy Framework says the US recipient is under it.
const DPF_NAMED = /data\s+privacy\s+framework|\bDPF\b|tietosuojakehy|ramen för dataskydd|dataskyddsram/i;

export const transfersSafeguarded: Rule = {
  id: 'L08',
  name: 'transfers-safeguarded',
  reference: 'GDPR 13(1)(f), 14(1)(f), 44-49; HetiL 10 § 4 k., 22 §',
  checks:
    "The notice says whether data is transferred outside the EU/EEA and, for each transfer, names the country and a safeguard that is valid on the notice's date (for the United States on adequacy, a recipient certified under the Data Privacy Framework), and says how to get a copy of it; a transfer on compelling legitimate interests describes its safeguards.",
  why: "The GDPR requires the controller's intention to transfer data to a third country, the adequacy decision or the safeguard relied on (Art. 45-49), and how to obtain a copy of the safeguard or where it is available (13(1)(f), 14(1)(f)); the transparency guidelines (WP260) ask for the countries to be named. The Personal Data Act asked whether data is transferred outside the EU/EEA (HetiL 10 § 4 k.). A mechanism the Court of Justice has struck down (Safe Harbor, C-362/14; Privacy Shield, C-311/18) or one that has expired (the old standard contractual clauses, usable through 27 December 2022) protects nothing, and an adequacy decision covers only the countries the Commission has approved, on the day the notice speaks for; the decision for the United States (2023/1795) covers only recipients certified under the EU-US Data Privacy Framework. A transfer on the compelling legitimate interests of the second subparagraph of Art. 49(1) is allowed only with suitable safeguards, which the notice must describe and offer a copy of (13(1)(f)).",
  codes: {
    TRANSFERS_NOT_STATED: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(f); HetiL 10 § 4 k.',
      fails: `
        transfers: null`,
      passes: `
        transfers:
          status: none`,
    },
    TRANSFERS_CONTRADICTORY: {
      gdpr: 'error',
      hetil: 'error',
      ground: '`status: none` together with transfers',
      fails: `
        transfers:
          status: none
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_DETAILS_MISSING: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 13(1)(f), 14(1)(f)',
      fails: `
        transfers:
          status: intended`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_COUNTRY_MISSING: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 13(1)(f); WP260 (name the countries)',
      fails: `
        transfers:
          status: intended
          items:
            - recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_WITHIN_EEA: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 44 (not a third country)',
      fails: `
        transfers:
          status: intended
          items:
            - country: SE
              recipient: Esimerkki Sverige AB
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: none
        recipients:
          none: null
          items:
            - name: Esimerkki Sverige AB (Ruotsi)
              description: Asiakaspalvelu
              processor: true`,
    },
    TRANSFER_MECHANISM_MISSING: {
      gdpr: 'error',
      hetil: 'warning',
      ground: 'GDPR 13(1)(f), 45-49',
      fails: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_ADEQUACY_NOT_LISTED: {
      gdpr: 'error',
      hetil: 'warning',
      ground: `GDPR 45; adequacy list reviewed ${ADEQUACY.reviewed}`,
      fails: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: adequacy`,
      passes: `
        transfers:
          status: intended
          items:
            - country: JP
              recipient: Esimerkki Japan KK
              mechanism: adequacy`,
    },
    TRANSFER_US_DPF_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground:
        'GDPR 45; decision (EU) 2023/1795 covers only recipients certified under the EU-US Data Privacy Framework',
      fails: `
        transfers:
          status: intended
          items:
            - country: US
              recipient: Example Inc.
              mechanism: adequacy`,
      passes: `
        transfers:
          status: intended
          items:
            - country: US
              recipient: Example Inc.
              mechanism: adequacy
              dpf_certified: true
              description: Example Inc. on sitoutunut EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework).`,
    },
    TRANSFER_MECHANISM_INVALID: {
      gdpr: 'error',
      hetil: 'warning',
      ground:
        'Safe Harbor (C-362/14, from 6.10.2015), Privacy Shield (C-311/18, from 16.7.2020), old SCCs (valid through 27.12.2022)',
      fails: `
        transfers:
          status: intended
          items:
            - country: US
              recipient: Example Inc.
              mechanism: privacy_shield
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: intended
          items:
            - country: US
              recipient: Example Inc.
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_SAFEGUARD_COPY_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(1)(f), 14(1)(f)',
      fails: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: scc
              safeguard_copy: Kopion vakiosopimuslausekkeista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
    TRANSFER_SAFEGUARDS_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 49(1) second subparagraph, 13(1)(f): the suitable safeguards',
      fails: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: compelling_legitimate_interests
              safeguard_copy: Kopion suojatoimista saa osoitteesta tietosuoja@esimerkki.example.`,
      passes: `
        transfers:
          status: intended
          items:
            - country: IN
              recipient: Esimerkki India Pvt Ltd
              mechanism: compelling_legitimate_interests
              safeguards: Vastaanottaja on sitoutunut kirjallisesti käyttämään tietoja vain tähän tarkoitukseen ja poistamaan ne 30 päivän kuluttua.
              safeguard_copy: Kopion suojatoimista saa osoitteesta tietosuoja@esimerkki.example.`,
    },
  },
  check(context) {
    const { notice, report } = context;
    const transfers = notice.transfers;
    if (!transfers) {
      report('TRANSFERS_NOT_STATED', [], {
        message: 'The notice does not say whether data is transferred outside the EU/EEA.',
        hint: 'Add `transfers: { status: none }`, or `status: intended` with the transfers listed.',
      });
      return;
    }
    const items = transfers.items ?? [];
    if (transfers.status === 'none') {
      if (items.length > 0) {
        report('TRANSFERS_CONTRADICTORY', ['transfers', 'status'], {
          message: 'The notice says no data leaves the EU/EEA (`status: none`) and also lists transfers.',
          hint: 'Use `status: intended`, or remove the items.',
        });
      }
    } else if (items.length === 0) {
      report('TRANSFER_DETAILS_MISSING', ['transfers', 'status'], {
        message: 'Data may be transferred outside the EU/EEA, but the notice names no country and no safeguard.',
        hint: 'List each transfer under `transfers.items` with `country`, `mechanism` and `safeguard_copy` (how to get a copy).',
      });
    }
    items.forEach((item, index) => checkItem(context, item, index));
    checkTextMentions(context);
  },
};

function checkItem(context: RuleContext, item: TransferItem, index: number): void {
  const { report, referenceDate } = context;
  const at = ['transfers', 'items', index];
  const organisation = item.international_organisation;
  if (!item.country && !organisation) {
    report('TRANSFER_COUNTRY_MISSING', at, {
      message: 'This transfer does not name the country.',
      hint: 'Add `country:` as a two-letter code, for example US, or `international_organisation:` for one, for example EPO.',
    });
  } else if (item.country && EEA_COUNTRIES.has(item.country)) {
    report('TRANSFER_WITHIN_EEA', [...at, 'country'], {
      message: `${item.country} is in the EU/EEA: sending data there is not a transfer outside the EU/EEA.`,
      hint: 'List it under `recipients` instead.',
    });
  }
  if (!item.mechanism) {
    report('TRANSFER_MECHANISM_MISSING', at, {
      message: 'This transfer does not name its safeguard (adequacy decision, standard contractual clauses, ...).',
      hint: 'Add `mechanism:`, for example adequacy or scc.',
    });
    return;
  }
  const invalid = INVALID_MECHANISMS[item.mechanism];
  if (invalid && referenceDate >= invalid.invalidFrom) {
    report('TRANSFER_MECHANISM_INVALID', [...at, 'mechanism'], {
      message: `${invalid.name} has not been a valid transfer mechanism since ${invalid.invalidFrom}: ${invalid.why}.`,
      hint: 'Use a current mechanism, for example `adequacy` (where listed) or `scc` (decision (EU) 2021/914).',
    });
  }
  if (item.mechanism === 'adequacy') checkAdequacy(context, item, at);
  if (!DEROGATION.test(item.mechanism) && item.mechanism !== 'adequacy' && !hasText(item.safeguard_copy)) {
    report('TRANSFER_SAFEGUARD_COPY_MISSING', at, {
      message: 'The notice does not say how to get a copy of the safeguard of this transfer.',
      hint: 'Add `safeguard_copy:`, for example "Ask for a copy at tietosuoja@example.fi" or a link.',
    });
  }
  if (item.mechanism === 'compelling_legitimate_interests' && !hasText(item.safeguards)) {
    report('TRANSFER_SAFEGUARDS_MISSING', [...at, 'mechanism'], {
      message:
        'A transfer on compelling legitimate interests (GDPR 49(1) second subparagraph) must say which suitable safeguards protect the data.',
      hint: 'Add `safeguards:`, for example "The recipient has agreed in writing to use the data only for this purpose and to delete it after 30 days."',
    });
  }
}

type TransferItem = NonNullable<NonNullable<RuleContext['notice']['transfers']>['items']>[number];

/** An adequacy decision must exist for the destination on the notice's date, and for the US cover the recipient. */
function checkAdequacy(
  { report, referenceDate, texts }: RuleContext,
  item: TransferItem,
  at: (string | number)[],
): void {
  const organisation = item.international_organisation;
  if (organisation !== undefined && !item.country) {
    if (!adequacyForOrganisation(organisation, referenceDate)) {
      report('TRANSFER_ADEQUACY_NOT_LISTED', [...at, 'mechanism'], {
        message: `${organisation} has no adequacy decision (list reviewed ${ADEQUACY.reviewed}).`,
        hint: 'Use another safeguard, such as `scc`; of international organisations only the European Patent Organisation (EPO) has one.',
      });
    }
    return;
  }
  if (!item.country || EEA_COUNTRIES.has(item.country)) return;
  const entry = adequacyForCountry(item.country, referenceDate);
  if (!entry) {
    report('TRANSFER_ADEQUACY_NOT_LISTED', [...at, 'mechanism'], {
      message: `${item.country} has no adequacy decision in force on ${referenceDate} (list reviewed ${ADEQUACY.reviewed}).`,
      hint: 'Use another safeguard, such as `scc`; adequacy is valid only for the countries the Commission has approved.',
    });
    return;
  }
  if (item.country === 'US' && item.dpf_certified !== true && !namesDpf(texts, at)) {
    report('TRANSFER_US_DPF_MISSING', [...at, 'mechanism'], {
      message:
        'A transfer to the United States rests on adequacy only when the recipient is certified under the EU-US Data Privacy Framework, and the notice does not say it is.',
      hint: 'Add `dpf_certified: true` when the recipient is on the Data Privacy Framework List (and say so in `description`); otherwise use another safeguard, such as `scc`.',
    });
  }
}

/** Whether the transfer's own texts name the Data Privacy Framework. */
function namesDpf(texts: RuleContext['texts'], at: (string | number)[]): boolean {
  const prefix = at.join('.');
  return texts.some(
    (t) => t.path.join('.').startsWith(prefix + '.') && textStrings(t.value).some((s) => DPF_NAMED.test(s)),
  );
}

function checkTextMentions({ texts, report, referenceDate }: RuleContext): void {
  for (const text of texts) {
    for (const invalid of Object.values(INVALID_MECHANISMS)) {
      if (!invalid.pattern || referenceDate < invalid.invalidFrom) continue;
      if (textStrings(text.value).some((s) => invalid.pattern!.test(s))) {
        report('TRANSFER_MECHANISM_INVALID', text.path, {
          message: `The text relies on ${invalid.name}, which has not been valid since ${invalid.invalidFrom}: ${invalid.why}.`,
          hint: 'Name a current mechanism in `transfers.items[].mechanism`.',
        });
      }
    }
  }
}
