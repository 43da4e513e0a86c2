import type { Notice, Profile, Right } from '../../generated/notice-types.js';
import { applicableRights } from '../../rights.js';
import type { Findings } from './findings.js';
import type { Reader } from './text.js';
import { optional } from '../../render/view/contact.js';
import { builtInComplaint } from '../../render/view/sections-rights.js';

/** The rights TILT has fields for, each made of the notice's rights it covers. */
const TILT_RIGHTS = {
  rightToInformation: ['access'],
  rightToRectificationOrDeletion: ['rectification', 'erasure'],
  rightToDataPortability: ['portability'],
  rightToWithdrawConsent: ['withdraw_consent'],
} as const satisfies Record<string, readonly Right[]>;

/** The rights a notice may describe that TILT has no field for. */
const NOT_HELD: readonly Right[] = [
  'restriction',
  'notification',
  'objection',
  'objection_marketing',
  'automated_decisions',
];

/**
 * TILT's rights (GDPR 15-17, 20, 7(3) and 77): available when the right applies to the notice's legal bases
 * (as for notice's built-in texts), described by the notice's own text on it, else by notice's built-in
 * text when `rights.standard`, followed by how to make a request. A right that applies and that the notice
 * does not describe is written with the built-in text, and reported.
 */
export function rightsOf(notice: Notice, profile: Profile, read: Reader, findings: Findings) {
  const applicable = new Set<Right>(applicableRights(notice, profile));
  const rights = notice.rights;
  const own = rights?.items ?? [];
  const howTo = read.text(rights?.how_to);
  const builtIn = (right: Right): string | undefined => {
    const { gdpr, hetil } = read.strings.rights;
    if (profile === 'hetil') return right in hetil ? hetil[right as keyof typeof hetil].text : undefined;
    return right in gdpr ? gdpr[right as keyof typeof gdpr].text : undefined;
  };
  const textOf = (right: Right): string | undefined => {
    const index = own.findIndex((item) => item.covers.includes(right));
    if (index >= 0) return read.text(own[index]!.text);
    if (rights?.standard) return builtIn(right);
    findings.report(
      'TILT_MISSING',
      rights ? ['rights'] : [],
      `The notice does not describe the right "${right}", which applies to it: TILT's field is written with notice's built-in text on it.`,
      'Add `rights: { standard: true }`, or a text of your own in `rights.items` that covers it.',
    );
    return builtIn(right);
  };
  const result: Record<string, { available: boolean; description?: string }> = {};
  for (const [field, covered] of Object.entries(TILT_RIGHTS)) {
    const applying = covered.filter((right) => applicable.has(right));
    const description = read.joined(...applying.map(textOf), howTo);
    result[field] = applying.length > 0 ? { available: true, description: description ?? '' } : { available: false };
  }
  for (const right of NOT_HELD) {
    const index = own.findIndex((item) => item.covers.includes(right));
    const stated = index >= 0 || (rights?.standard && applicable.has(right));
    if (stated)
      findings.report(
        'TILT_NOT_HELD',
        index >= 0 ? ['rights', 'items', index, 'covers'] : ['rights', 'standard'],
        `TILT has no field for the right "${right}" (${RIGHT_ARTICLES[right]}): it is in the notice but not in the TILT document.`,
      );
  }
  return {
    accessAndDataPortability: {
      available: true,
      ...optional(
        'description',
        read.joined(howTo, rights?.standard && profile === 'gdpr' ? read.strings.rights.answer : undefined),
      ),
      // notice's built-in text says requests are free of charge (GDPR 12(5)).
      ...(rights?.standard && profile === 'gdpr' ? { administrativeFee: { amount: 0, currency: 'EUR' } } : {}),
    },
    ...result,
    rightToComplain: complaintOf(notice, profile, read, findings),
  };
}

const RIGHT_ARTICLES: Partial<Record<Right, string>> = {
  restriction: 'GDPR Art. 18',
  notification: 'GDPR Art. 19',
  objection: 'GDPR Art. 21(1)',
  objection_marketing: 'GDPR Art. 21(2)',
  automated_decisions: 'GDPR Art. 22',
};

/**
 * TILT's `rightToComplain` (GDPR 77): the notice's text on it, else notice's built-in one, and the
 * authority the notice names, else the Data Protection Ombudsman (Finland's supervisory authority).
 */
function complaintOf(notice: Notice, profile: Profile, read: Reader, findings: Findings) {
  const complaint = notice.complaint;
  const standard = builtInComplaint(notice, profile);
  const builtInText = profile === 'hetil' ? read.strings.hetil.complaint : read.strings.complaint.text;
  if (!complaint && !standard)
    findings.report(
      'TILT_MISSING',
      [],
      "The notice does not tell of the right to complain to the supervisory authority: TILT's rightToComplain is written with notice's built-in text and the Data Protection Ombudsman's details.",
      'Add `complaint: { standard: true }`.',
    );
  const description = read.joined(standard || !complaint?.text ? builtInText : undefined, complaint?.text);
  const given = standard ? undefined : complaint?.authority;
  const ombudsman = read.strings.complaint.authority;
  const authority = given
    ? {
        name: read.text(given.name) ?? ombudsman.name,
        ...optional('address', read.address(given.visiting_address ?? given.postal_address)),
        country: given.visiting_address?.country ?? given.postal_address?.country ?? 'FI',
        ...optional('email', read.firstEmail(given.email)),
        ...optional('phone', read.firstPhone(given.phone)),
      }
    : {
        name: ombudsman.name,
        address: ombudsman.visitingAddress,
        country: 'FI',
        email: ombudsman.email,
        phone: read.firstPhone(ombudsman.phone)!,
      };
  const url = given ? given.website : ombudsman.website;
  return {
    available: true,
    description: description ?? '',
    ...optional('url', url),
    supervisoryAuthority: authority,
  };
}

/** TILT's `automatedDecisionMaking` (GDPR 13(2)(f)). */
export function automatedDecisionMakingOf(notice: Notice, read: Reader, findings: Findings) {
  const automated = notice.automated_decisions;
  if (!automated) {
    findings.report(
      'TILT_MISSING',
      [],
      'TILT requires whether automated decision-making is used, and the notice does not say (automated_decisions): written as not in use.',
    );
    return { inUse: false };
  }
  if (!automated.used) return { inUse: false };
  const required = (field: 'logic' | 'significance', tilt: string): string => {
    const value = read.joined(automated[field]);
    if (value !== undefined) return value;
    findings.report(
      'TILT_MISSING',
      ['automated_decisions'],
      `TILT requires the ${tilt} of automated decision-making in use, and the notice gives none (${field}): written as an empty text.`,
    );
    return '';
  };
  return {
    inUse: true,
    logicInvolved: required('logic', 'logic involved'),
    scopeAndIntendedEffects: required('significance', 'significance and envisaged consequences'),
  };
}
