// The points of GDPR Art. 9(2), read for two questions the lint asks of a basis that names one
// (`legal_basis.items[].article_9_2`, rule L33):
//   1. Does the point fit the Art. 6(1) basis of the same item? A point is paired with the bases its own
//      words rule out; every pair not listed here is accepted, so the table holds only what the text of
//      Art. 9(2) makes contradictory, each with the reason.
//   2. Does the point rest on Union or member-state law that the notice must name? (b), (g), (h), (i) and (j)
//      say "on the basis of Union or Member State law" (or "authorised by"); the notice names it in
//      `law_reference` (in Finland often Tietosuojalaki 1050/2018 6 §, or the sector's own act).
// Source: Regulation (EU) 2016/679 Art. 9(2)(a)-(j), Art. 6(1), Art. 7(3), Art. 8; recital 43 (consent
// and a clear imbalance of power), recital 46 (vital interests only where no other basis fits).

import type { Basis } from '../../generated/notice-types.js';

export type Article92Point = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

export interface Article92 {
  /** The point in a few words, as a message names it. */
  summary: string;
  /** The law the point rests on, when it needs one: what `law_reference` must name. */
  law?: string;
  /** The Art. 6(1) basis that makes a law unnecessary for this point, with why (only (h): a contract). */
  lawNotNeededWith?: { basis: Basis; reason: string };
  /** The Art. 6(1) bases this point does not fit, each with the reason. */
  misfits: Partial<Record<Basis, string>>;
}

const EXPLICIT_CONSENT_ONLY =
  "explicit consent (9(2)(a)) makes the data depend on the person's consent, which they may withdraw at any time (7(3)); resting the same processing on another Art. 6 basis tells them it would go on without it";

export const ARTICLE_9_2: Record<Article92Point, Article92> = {
  a: {
    summary: 'explicit consent',
    misfits: {
      contract: EXPLICIT_CONSENT_ONLY,
      legal_obligation: EXPLICIT_CONSENT_ONLY,
      vital_interests: EXPLICIT_CONSENT_ONLY,
      public_task: EXPLICIT_CONSENT_ONLY,
      legitimate_interests: EXPLICIT_CONSENT_ONLY,
    },
  },
  b: {
    summary: 'obligations and rights in employment, social security and social protection law',
    law: 'the Union or member-state law (or collective agreement) that authorises it',
    misfits: {
      consent:
        "9(2)(b) covers what employment or social-security law requires or allows, which does not wait for consent; where the person's consent is the ground, the point is (a) explicit consent, and an employee's consent is seldom free (recital 43)",
    },
  },
  c: {
    summary: 'vital interests of a person who cannot consent',
    misfits: {
      consent:
        '9(2)(c) applies only where the person is physically or legally incapable of giving consent, so the processing cannot rest on their consent',
    },
  },
  d: { summary: 'a not-for-profit body with a political, philosophical, religious or trade-union aim', misfits: {} },
  e: { summary: 'data the person has manifestly made public', misfits: {} },
  f: { summary: 'legal claims or courts acting in their judicial capacity', misfits: {} },
  g: {
    summary: 'substantial public interest',
    law: 'the Union or member-state law that sets the public interest',
    misfits: {
      consent:
        "9(2)(g) rests on a substantial public interest laid down in law, which does not depend on the person's will; a consent basis tells them they could stop it, which the law does not let them",
    },
  },
  h: {
    summary: 'health or social care, occupational medicine',
    law: 'the Union or member-state law on the care (for example the Act on the Status and Rights of Patients 785/1992), unless the care rests on a contract with a health professional',
    lawNotNeededWith: {
      basis: 'contract',
      reason: '9(2)(h) also allows care "pursuant to contract with a health professional"',
    },
    misfits: {},
  },
  i: {
    summary: 'public health',
    law: "the Union or member-state law that provides for measures to safeguard the person's rights",
    misfits: {
      consent:
        "9(2)(i) rests on public-health law with its own safeguards, which does not depend on the person's will; a consent basis tells them they could stop it, which the law does not let them",
    },
  },
  j: {
    summary: 'archiving in the public interest, research or statistics',
    law: 'the Union or member-state law it is based on (in Finland Tietosuojalaki 1050/2018 6 § and 31-32 §, or the research or archives act)',
    misfits: {},
  },
};
