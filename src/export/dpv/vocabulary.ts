import type { Basis, Right, SpecialCategory, TransferMechanism } from '../../generated/notice-types.js';

/**
 * The terms of the W3C Data Privacy Vocabulary (DPV 2.3) and its extensions that the export writes, and
 * which notice value each stands for. Every term here is checked against DPV's own files, shipped in
 * test/fixtures/dpv/ (test/dpv-export.test.ts): a name that is not in them fails the tests.
 * @see https://w3id.org/dpv
 */

/** The JSON-LD context of every export: DPV's own prefixes, so that the terms read as DPV writes them. */
export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-fi': 'https://w3id.org/dpv/legal/fi#',
  pd: 'https://w3id.org/dpv/pd#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** GDPR Art. 6(1) points; `hetil_8_1` (the Personal Data Act) has no DPV concept. */
export const BASIS_TERMS: Partial<Record<Basis, string>> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  legal_obligation: 'eu-gdpr:A6-1-c',
  vital_interests: 'eu-gdpr:A6-1-d',
  public_task: 'eu-gdpr:A6-1-e',
  legitimate_interests: 'eu-gdpr:A6-1-f',
};

/** GDPR Art. 9(2) points a-j: eu-gdpr:A9-2-a ... A9-2-j. */
export function article92Term(point: string): string {
  return `eu-gdpr:A9-2-${point}`;
}

/**
 * Transfer tools of GDPR Chapter V: the legal basis (an article's point) and, where DPV has one, the
 * measure that implements it. The repealed adequacy decisions (Safe Harbor, Privacy Shield) and the
 * Directive-era clauses (2001/497/EC, 2004/915/EC, 2010/87/EU) have no DPV concept.
 */
export const MECHANISM_TERMS: Partial<Record<TransferMechanism, { basis: string; measure?: string }>> = {
  adequacy: { basis: 'eu-gdpr:A45-3' },
  public_authority_instrument: { basis: 'eu-gdpr:A46-2-a' },
  bcr: { basis: 'eu-gdpr:A46-2-b', measure: 'eu-gdpr:BindingCorporateRules' },
  scc: { basis: 'eu-gdpr:A46-2-c', measure: 'eu-gdpr:SCCByCommission' },
  sa_scc: { basis: 'eu-gdpr:A46-2-d', measure: 'eu-gdpr:SCCBySupervisoryAuthority' },
  code_of_conduct: { basis: 'eu-gdpr:A46-2-e' },
  certification: { basis: 'eu-gdpr:A46-2-f', measure: 'eu-gdpr:CertificationMechanismsForDataTransfers' },
  ad_hoc_clauses: { basis: 'eu-gdpr:A46-3-a', measure: 'eu-gdpr:AdHocContractualClauses' },
  administrative_arrangement: { basis: 'eu-gdpr:A46-3-b' },
  derogation_49_1_a: { basis: 'eu-gdpr:A49-1-a' },
  derogation_49_1_b: { basis: 'eu-gdpr:A49-1-b' },
  derogation_49_1_c: { basis: 'eu-gdpr:A49-1-c' },
  derogation_49_1_d: { basis: 'eu-gdpr:A49-1-d' },
  derogation_49_1_e: { basis: 'eu-gdpr:A49-1-e' },
  derogation_49_1_f: { basis: 'eu-gdpr:A49-1-f' },
  derogation_49_1_g: { basis: 'eu-gdpr:A49-1-g' },
  // DPV names the second subparagraph of 49(1), compelling legitimate interests, A49-2.
  compelling_legitimate_interests: { basis: 'eu-gdpr:A49-2' },
};

/** The rights of the GDPR. The right to object to direct marketing (21(2)) is part of Art. 21 in DPV. */
export const RIGHT_TERMS: Record<Right, string> = {
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  notification: 'eu-gdpr:A19',
  portability: 'eu-gdpr:A20',
  objection: 'eu-gdpr:A21',
  objection_marketing: 'eu-gdpr:A21',
  automated_decisions: 'eu-gdpr:A22',
  withdraw_consent: 'eu-gdpr:A7-3',
  complaint: 'eu-gdpr:A77',
};

/**
 * Special categories (Art. 9(1)) as DPV's personal-data concepts. `social_welfare` is sensitive only
 * under the Personal Data Act and has none.
 */
export const SPECIAL_CATEGORY_TERMS: Partial<Record<SpecialCategory, readonly string[]>> = {
  racial_or_ethnic_origin: ['pd:Race', 'pd:EthnicOrigin'],
  political_opinions: ['pd:PoliticalOpinion'],
  religious_beliefs: ['pd:ReligiousBelief', 'pd:PhilosophicalBelief'],
  trade_union_membership: ['pd:TradeUnionMembership'],
  genetic: ['pd:Genetic'],
  biometric: ['pd:Biometric'],
  health: ['pd:Health'],
  sex_life_or_orientation: ['pd:Sexual'],
};

/** Art. 13 when the data comes from the person, Art. 14 when it comes from elsewhere. */
export const NOTICE_DIRECT = 'eu-gdpr:DirectDataCollectionNotice';
export const NOTICE_INDIRECT = 'eu-gdpr:IndirectDataCollectionNotice';

/** The Finnish supervisory authority, the Data Protection Ombudsman, in DPV's Finnish legal extension. */
export const AUTHORITY_FI = 'legal-fi:DPA-FI';

/**
 * The countries DPV's location extension has a concept for (loc:FI, loc:US ...): the ISO 3166-1 alpha-2
 * codes. The tests check this list against loc.csv, both ways.
 */
export const DPV_COUNTRIES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
    'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ' +
    'ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT ' +
    'HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS ' +
    'LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI ' +
    'NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG ' +
    'SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);
