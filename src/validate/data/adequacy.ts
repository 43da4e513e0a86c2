/**
 * The adequacy decisions of the European Commission in force (GDPR Art. 45), each with its source.
 * This list changes: check it against the Commission's page
 * (https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en)
 * and move `reviewed` whenever it is checked. The README shows `reviewed` (test/readme.test.ts holds it to this file).
 *
 * Sources read for the review of 2026-12-01 (besides shared/reference/legal.md §4.8):
 * - the eleven decisions of Directive 95/46/EC: their numbers as listed in Commission Implementing Decision
 *   (EU) 2016/2295 (EUR-Lex, OJ L 344, 17.12.2016, p. 83), kept by the first review of 15.1.2024;
 * - Japan: legislation.gov.uk copy of (EU) 2019/419 (title, date, Art. 1 scope);
 * - Korea: lexaris.de copy of (EU) 2022/254 (title, date); scope exclusions: CNPD Luxembourg, 17.12.2021;
 * - United Kingdom: (EU) 2021/1772 and 2021/1773 of 28.6.2021 (reg-track.com); extension to 27.12.2025 by
 *   (EU) 2025/1225 of 24.6.2025 for the LED decision (europalov.no); renewal adopted 19.12.2025, valid until
 *   27.12.2031 (DPO Centre, UEA law school blog, ITPro);
 * - United States: (EU) 2023/1795 of 10.7.2023 (data-privacy-framework.com, lexaris.de);
 * - European Patent Organisation: (EU) 2025/1382 of 15.7.2025, C(2025) 4626, OJ L 18.7.2025 (lex24.ro copy of
 *   EUR-Lex CELEX 32025D1382);
 * - Brazil: (EU) 2026/179 of 26.1.2026, published in the OJ 28.1.2026 (europalov.no).
 * Anything marked "to confirm" below was not found in a source during that review.
 */

/** One adequacy decision (or a set of them for one destination) and where it comes from. */
export interface AdequacyEntry {
  /** ISO 3166 code for a country or territory; for an international organisation, the code used in `international_organisation`. */
  code: string;
  kind: 'country' | 'international_organisation';
  name: string;
  /** Other names a notice may give the organisation (matched case-insensitively). */
  aliases?: readonly string[];
  /** What the decision covers, where it does not cover all recipients there. */
  scope?: string;
  /** The decision(s): number, date and, where known, the Official Journal. */
  source: string;
  /** The day the decision was adopted, where that falls after the GDPR began to apply (a notice dated before it cannot rely on it). */
  from?: string;
  /** The last day the decision applies, for decisions with an end. */
  validUntil?: string;
}

export const ADEQUACY: { reviewed: string; entries: readonly AdequacyEntry[] } = {
  reviewed: '2026-12-01',
  entries: [
    // Dates of the decisions under Directive 95/46/EC: to confirm (numbers confirmed, dates recalled).
    { code: 'AD', kind: 'country', name: 'Andorra', source: 'Decision 2010/625/EU of 19.10.2010' },
    { code: 'AR', kind: 'country', name: 'Argentina', source: 'Decision 2003/490/EC of 30.6.2003' },
    {
      code: 'CA',
      kind: 'country',
      name: 'Canada',
      scope: 'only recipients subject to PIPEDA (commercial organisations)',
      source: 'Decision 2002/2/EC of 20.12.2001',
    },
    { code: 'FO', kind: 'country', name: 'Faroe Islands', source: 'Decision 2010/146/EU of 5.3.2010' },
    { code: 'GG', kind: 'country', name: 'Guernsey', source: 'Decision 2003/821/EC of 21.11.2003' },
    { code: 'IM', kind: 'country', name: 'Isle of Man', source: 'Decision 2004/411/EC of 28.4.2004' },
    { code: 'IL', kind: 'country', name: 'Israel', source: 'Decision 2011/61/EU of 31.1.2011' },
    {
      code: 'JP',
      kind: 'country',
      name: 'Japan',
      scope:
        'only personal information handling business operators under the APPI, with the Supplementary Rules; not the public sector',
      source: 'Implementing Decision (EU) 2019/419 of 23.1.2019, C(2019) 304',
      from: '2019-01-23',
    },
    { code: 'JE', kind: 'country', name: 'Jersey', source: 'Decision 2008/393/EC of 8.5.2008' },
    { code: 'NZ', kind: 'country', name: 'New Zealand', source: 'Implementing Decision 2013/65/EU of 19.12.2012' },
    {
      code: 'KR',
      kind: 'country',
      name: 'Republic of Korea',
      scope:
        'recipients subject to PIPA; not personal credit information processed by entities the Financial Services Commission supervises, and not religious organisations (missionary activities) or political parties (nominations)',
      source: 'Implementing Decision (EU) 2022/254 of 17.12.2021, C(2021) 9316',
      from: '2021-12-17',
    },
    { code: 'CH', kind: 'country', name: 'Switzerland', source: 'Decision 2000/518/EC of 26.7.2000' },
    {
      code: 'GB',
      kind: 'country',
      name: 'United Kingdom',
      scope: 'under the GDPR and under the Law Enforcement Directive (EU) 2016/680',
      // The numbers of the two renewal decisions of 19.12.2025: to confirm.
      source:
        'Implementing Decisions (EU) 2021/1772 (GDPR) and 2021/1773 (LED) of 28.6.2021, extended to 27.12.2025 in June 2025, renewed by the Commission on 19.12.2025',
      from: '2021-06-28',
      validUntil: '2031-12-27',
    },
    { code: 'UY', kind: 'country', name: 'Uruguay', source: 'Implementing Decision 2012/484/EU of 21.8.2012' },
    {
      code: 'US',
      kind: 'country',
      name: 'United States',
      scope: 'only organisations certified under the EU-US Data Privacy Framework (the Data Privacy Framework List)',
      source: 'Implementing Decision (EU) 2023/1795 of 10.7.2023, C(2023) 4745',
      from: '2023-07-10',
    },
    {
      code: 'EPO',
      kind: 'international_organisation',
      name: 'European Patent Organisation',
      aliases: ['EPOrg', 'European Patent Organisation', 'European Patent Organization', 'European Patent Office'],
      source: 'Implementing Decision (EU) 2025/1382 of 15.7.2025, C(2025) 4626, OJ L 18.7.2025',
      from: '2025-07-15',
    },
    {
      code: 'BR',
      kind: 'country',
      name: 'Brazil',
      scope: 'public and private sector',
      source: 'Implementing Decision (EU) 2026/179 of 26.1.2026, OJ L 28.1.2026',
      from: '2026-01-26',
    },
  ],
};

/** The adequacy decision for a country code on a date, if one is in force then. */
export function adequacyForCountry(code: string, date: string): AdequacyEntry | undefined {
  return inForce(
    ADEQUACY.entries.find((e) => e.kind === 'country' && e.code === code),
    date,
  );
}

/** The adequacy decision for an international organisation named by its code or one of its names. */
export function adequacyForOrganisation(name: string, date: string): AdequacyEntry | undefined {
  const wanted = name.trim().toLowerCase();
  const entry = ADEQUACY.entries.find(
    (e) =>
      e.kind === 'international_organisation' &&
      [e.code, e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase() === wanted),
  );
  return inForce(entry, date);
}

function inForce(entry: AdequacyEntry | undefined, date: string): AdequacyEntry | undefined {
  if (!entry || (entry.from && date < entry.from) || (entry.validUntil && date > entry.validUntil)) return undefined;
  return entry;
}

/** Transfer mechanisms that courts or the Commission have ended, with the first day they no longer hold. */
export const INVALID_MECHANISMS: Record<string, { name: string; invalidFrom: string; why: string; pattern?: RegExp }> =
  {
    safe_harbor: {
      name: 'Safe Harbor',
      invalidFrom: '2015-10-06',
      why: 'the CJEU annulled it in Schrems I (C-362/14)',
      pattern: /safe\s+harbou?r/i,
    },
    privacy_shield: {
      name: 'Privacy Shield',
      invalidFrom: '2020-07-16',
      why: 'the CJEU annulled it in Schrems II (C-311/18)',
      pattern: /privacy\s+shield/i,
    },
    // legal.md §4.8 (Decision (EU) 2021/914, Art. 4(4)): contracts on the old clauses held through
    // 27 December 2022, so that day still counts and the first stale day is the 28th.
    scc_2001_497: {
      name: 'standard contractual clauses 2001/497/EC',
      invalidFrom: '2022-12-28',
      why: 'the old clauses held only through 27.12.2022 and were replaced by decision (EU) 2021/914',
    },
    scc_2004_915: {
      name: 'standard contractual clauses 2004/915/EC',
      invalidFrom: '2022-12-28',
      why: 'the old clauses held only through 27.12.2022 and were replaced by decision (EU) 2021/914',
    },
    scc_2010_87: {
      name: 'standard contractual clauses 2010/87/EU',
      invalidFrom: '2022-12-28',
      why: 'the old clauses held only through 27.12.2022 and were replaced by decision (EU) 2021/914',
    },
  };
