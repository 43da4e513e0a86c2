import { nameLiteral, node, oneOrMany, ref } from './literals.js';
import type { Mapping } from './mapping.js';
import { DPV_COUNTRIES, MECHANISM_TERMS } from './vocabulary.js';

/**
 * Transfers outside the EU/EEA: each a CrossBorderTransfer to a third country (DPV's loc: concept) or an
 * international organisation, with the GDPR article its tool rests on and DPV's measure for the tool.
 */
export function transfers(m: Mapping): Record<string, unknown> {
  const section = m.notice.transfers;
  if (section === undefined) return {};
  if (section.status === 'none') {
    m.findings.notSaid(
      ['transfers', 'status'],
      'That no data is transferred outside the EU/EEA is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the export names no transfer.',
    );
    return {};
  }
  const items = section.items ?? [];
  if (items.length === 0) {
    // Transfers said to happen, to no country named: the notice's words are all there is to export.
    return {
      'dpv:hasProcessing': node({
        '@id': '_:transfer-1',
        '@type': 'dpv:CrossBorderTransfer',
        'dct:description': m.label(section.text),
      }),
    };
  }
  return { 'dpv:hasProcessing': oneOrMany(items.map((item, index) => transfer(m, item, index))) };
}

type TransferItem = NonNullable<NonNullable<NonNullable<Mapping['notice']['transfers']>['items']>>[number];

function transfer(m: Mapping, item: TransferItem, index: number): Record<string, unknown> {
  const at = ['transfers', 'items', index];
  let country: unknown;
  if (item.country !== undefined) {
    if (DPV_COUNTRIES.has(item.country)) country = ref(`loc:${item.country}`);
    else {
      m.findings.noTerm(
        [...at, 'country'],
        `DPV has no country ${item.country}; the export keeps the code as the third country's label.`,
        'Check the code: DPV has a concept for every ISO 3166-1 country.',
      );
      country = { '@type': 'dpv:ThirdCountry', 'rdfs:label': item.country };
    }
  }
  const tool = item.mechanism !== undefined ? MECHANISM_TERMS[item.mechanism] : undefined;
  if (item.mechanism !== undefined && tool === undefined) {
    m.findings.noTerm(
      [...at, 'mechanism'],
      `The transfer tool ${item.mechanism} (no longer valid under the GDPR) has no DPV term; the export keeps it as a legal basis labelled ${item.mechanism}.`,
      'Name the tool the transfer rests on today, for example `scc` or `adequacy`.',
    );
  }
  if (item.dpf_certified) {
    m.findings.notSaid(
      [...at, 'dpf_certified'],
      'That the recipient is certified under the EU-US Data Privacy Framework is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the adequacy decision is exported as GDPR Art. 45(3).',
    );
  }
  const organisation = item.international_organisation;
  const recipient =
    item.recipient !== undefined || organisation !== undefined
      ? node({
          '@type': organisation !== undefined ? 'dpv:InternationalOrganisation' : 'dpv:Recipient',
          'dpv:hasName': organisation ?? nameLiteral(item.recipient, m.languages),
          'rdfs:label': organisation !== undefined ? nameLiteral(item.recipient, m.languages) : undefined,
        })
      : undefined;
  const basis =
    tool !== undefined
      ? ref(tool.basis)
      : item.mechanism !== undefined
        ? { '@type': 'dpv:DataTransferLegalBasis', 'rdfs:label': item.mechanism }
        : undefined;
  return node({
    '@id': `_:transfer-${index + 1}`,
    '@type': 'dpv:CrossBorderTransfer',
    'dpv:hasThirdCountry': country,
    'dpv:hasRecipient': recipient,
    'dpv:hasLegalBasis': basis,
    'dpv:hasOrganisationalMeasure': tool?.measure !== undefined ? ref(tool.measure) : undefined,
    'dct:description': m.label(item.description),
    'rdfs:comment': oneOrMany([...(m.label(item.safeguards) ?? []), ...(m.label(item.safeguard_copy) ?? [])]),
  });
}
