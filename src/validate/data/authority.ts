/**
 * Addresses of the Finnish Data Protection Ombudsman that are no longer in
 * use (legal.md §4.9). Notices that copied them send complaints astray.
 *
 * `inUseThrough` is the last date on which the address is known to have been
 * the Ombudsman's: a notice dated on or before it gave the address as it then
 * was, and is not told it is stale (its own date is what it speaks for). The
 * Ombudsman's office was at Ratapihantie 9 (PL 800, 00521 Helsinki) through
 * 2018 (the LamisNET notice of 11.7.2018, shared/seeds/003, gives it; the
 * office's pages list Lintulahdenkuja 4 from 2019); the day of the move was
 * not verified, so a notice dated during 2019 is still reported. Without
 * `inUseThrough` (Albertinkatu 25 A, PL 315: when they ended is not known) an
 * address is reported whatever the notice's date.
 */
export const STALE_AUTHORITY_ADDRESSES: readonly { pattern: RegExp; what: string; inUseThrough?: string }[] = [
  {
    pattern: /Ratapihantie\s+9/i,
    what: 'Ratapihantie 9 (the visiting address until 2019)',
    inUseThrough: '2018-12-31',
  },
  { pattern: /\b00521\b/, what: 'postal code 00521 (PL 800, 00521 Helsinki)', inUseThrough: '2018-12-31' },
  { pattern: /Albertinkatu\s+25/i, what: 'Albertinkatu 25 A (an older address)' },
  { pattern: /\bP[LB]\s*315\b/i, what: 'PL 315, 00181 Helsinki (an older address)' },
];

/** The current contact details, for the hint (legal.md §4.9, verified). */
export const CURRENT_AUTHORITY =
  'Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki; 029 566 6700; tietosuoja@om.fi; https://tietosuoja.fi';
