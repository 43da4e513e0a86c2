/**
 * Countries with an adequacy decision of the European Commission (GDPR Art. 45).
 * This list changes: check it against the Commission's page and move `asOf`
 * whenever it is reviewed. Source: shared/reference/legal.md §4.8.
 */
export const ADEQUACY = {
  asOf: '2024-01-15',
  countries: {
    AD: 'Andorra',
    AR: 'Argentina',
    CA: 'Canada (commercial organisations under PIPEDA)',
    FO: 'Faroe Islands',
    GG: 'Guernsey',
    IM: 'Isle of Man',
    IL: 'Israel',
    JP: 'Japan',
    JE: 'Jersey',
    NZ: 'New Zealand',
    KR: 'Republic of Korea',
    CH: 'Switzerland',
    GB: 'United Kingdom',
    UY: 'Uruguay',
    US: 'United States (only organisations certified under the EU-US Data Privacy Framework, decision of 10.7.2023)',
  } as Record<string, string>,
};

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
    scc_2001_497: {
      name: 'standard contractual clauses 2001/497/EC',
      invalidFrom: '2022-12-27',
      why: 'the old clauses were replaced by decision (EU) 2021/914',
    },
    scc_2004_915: {
      name: 'standard contractual clauses 2004/915/EC',
      invalidFrom: '2022-12-27',
      why: 'the old clauses were replaced by decision (EU) 2021/914',
    },
    scc_2010_87: {
      name: 'standard contractual clauses 2010/87/EU',
      invalidFrom: '2022-12-27',
      why: 'the old clauses were replaced by decision (EU) 2021/914',
    },
  };
