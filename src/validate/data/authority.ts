/**
 * Addresses of the Finnish Data Protection Ombudsman that are no longer in
 * use (legal.md §4.9). Notices that copied them send complaints astray.
 */
export const STALE_AUTHORITY_ADDRESSES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /Ratapihantie\s+9/i, what: 'Ratapihantie 9 (the visiting address until 2019)' },
  { pattern: /\b00521\b/, what: 'postal code 00521 (PL 800, 00521 Helsinki)' },
  { pattern: /Albertinkatu\s+25/i, what: 'Albertinkatu 25 A (an older address)' },
  { pattern: /\bP[LB]\s*315\b/i, what: 'PL 315, 00181 Helsinki (an older address)' },
];

/** The current contact details, for the hint (legal.md §4.9, verified). */
export const CURRENT_AUTHORITY =
  'Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki; 029 566 6700; tietosuoja@om.fi; https://tietosuoja.fi';
