import type { Contact, Controller, Notice } from '../../generated/notice-types.js';
import type { Findings } from './findings.js';
import type { Reader } from './text.js';

/** A contact TILT requires an e-mail address of, when the notice gives none: the reserved `.invalid` domain (RFC 2606) can receive no mail. */
const NO_EMAIL = 'not-given@email.invalid';

type Path = (string | number)[];

interface Party {
  name?: string;
  address?: string;
  country?: string;
  email?: string;
  phone?: string;
}

/** TILT's `controller`: one organisation, its address on one line, and a representative (a person to reach). */
export function controllerOf(notice: Notice, read: Reader, findings: Findings) {
  const joint = notice.joint_controllers;
  const [controller, path]: [Controller, Path] = joint
    ? [joint[0], ['joint_controllers', 0]]
    : [notice.controller ?? {}, ['controller']];
  if (joint && joint.length > 1)
    findings.report(
      'TILT_NOT_HELD',
      ['joint_controllers', 1],
      `TILT holds one controller: ${joint.length - 1} joint controller(s) after the first are not in the TILT document.`,
    );
  const party = partyOf(controller, path, read, findings, 'controller');
  return {
    name: party.name,
    address: party.address,
    country: party.country,
    representative: representativeOf(notice, controller, path, party, read, findings),
  };
}

/**
 * TILT's representative: the controller's representative (GDPR Art. 27) when the notice names one, else its
 * contact person (TILT's own example uses the field so), else the controller itself.
 */
function representativeOf(
  notice: Notice,
  controller: Controller,
  controllerPath: Path,
  controllerParty: Party,
  read: Reader,
  findings: Findings,
) {
  const [contact, path]: [Contact | undefined, Path] = controller.representative
    ? [controller.representative, [...controllerPath, 'representative']]
    : [notice.contact_person, ['contact_person']];
  if (!contact) {
    findings.report(
      'TILT_FILLED',
      controllerPath,
      'TILT requires a representative of the controller, and the notice names none (no representative, no contact person): the controller itself is written as its representative.',
    );
    return person(controllerParty);
  }
  const party = partyOf(contact, path, read, findings, 'representative', controllerParty, false);
  return person(party);
}

function person(party: Party) {
  return {
    name: party.name!,
    email: party.email!,
    ...(party.phone === undefined ? {} : { phone: party.phone }),
  };
}

/**
 * TILT's `dataProtectionOfficer`: required, with name, address, country and e-mail. A notice without an
 * officer (none designated) gets the controller's details there, and a note that says so.
 */
export function dataProtectionOfficerOf(notice: Notice, read: Reader, findings: Findings, controller: Party) {
  const dpo = notice.dpo;
  if (!dpo || !dpo.designated) {
    findings.report(
      'TILT_FILLED',
      dpo ? ['dpo', 'designated'] : [],
      "TILT requires a data protection officer, and the notice designates none: the controller's name, address and e-mail are written under dataProtectionOfficer.",
      'A controller that need not designate one (GDPR Art. 37) answers data protection questions itself; no change is needed in the notice.',
    );
    return { name: controller.name, address: controller.address, country: controller.country, email: controller.email };
  }
  const [contact, path]: [Contact, Path] = dpo.same_as_contact_person
    ? [notice.contact_person ?? {}, ['contact_person']]
    : dpo.name === undefined && dpo.email === undefined && dpo.officers
      ? [dpo.officers[0], ['dpo', 'officers', 0]]
      : [dpo, ['dpo']];
  const officers = dpo.officers?.length ?? 0;
  if (officers > 1 || (officers === 1 && path[1] !== 'officers'))
    findings.report(
      'TILT_NOT_HELD',
      ['dpo', 'officers'],
      'TILT holds one data protection officer: the further officers under dpo.officers are not in the TILT document.',
    );
  const party = partyOf(contact, path, read, findings, 'data protection officer', controller);
  return {
    name: party.name,
    address: party.address,
    country: party.country,
    email: party.email,
    ...(party.phone === undefined ? {} : { phone: party.phone }),
  };
}

/**
 * A person or organisation with what TILT requires of it; what the notice does not give is taken from
 * `fallback` (the controller, for a contact person or an officer who shares its address) and reported.
 */
function partyOf(
  contact: Contact | Controller,
  path: Path,
  read: Reader,
  findings: Findings,
  role: string,
  fallback?: Party,
  /** False for a representative: TILT asks only its name and e-mail. */
  withAddress = true,
): Required<Omit<Party, 'phone'>> & Pick<Party, 'phone'> {
  const postal = contact.addresses?.find((a) => a.kind === 'postal') ?? contact.addresses?.[0];
  const written = contact.address ?? postal;
  const name = read.text(contact.name);
  const address = read.address(written);
  const email = read.firstEmail(contact.email);
  const phone = read.firstPhone(contact.phone);
  if (contact.phone !== undefined && phone === undefined)
    findings.report(
      'TILT_NOT_HELD',
      [...path, 'phone'],
      `The ${role}'s phone number is not in a form TILT accepts (digits, spaces, +, -, parentheses) and is left out of the TILT document.`,
    );
  // What the notice does not give: the fallback's value (reported as filled), else an empty text (as missing).
  const missing = (field: string, stand: string | undefined): string => {
    if (stand !== undefined) {
      findings.report(
        'TILT_FILLED',
        path,
        `TILT requires the ${role}'s ${field}, and the notice gives none: the controller's ${field} is written.`,
      );
      return stand;
    }
    findings.report(
      'TILT_MISSING',
      path,
      `TILT requires the ${role}'s ${field}, and the notice gives none: written as an empty text.`,
    );
    return '';
  };
  return {
    name: name ?? missing('name', fallback?.name),
    address: address ?? (withAddress ? missing('address', fallback?.address) : ''),
    country: written?.country ?? fallback?.country ?? 'FI',
    email:
      email ??
      (fallback?.email !== undefined && fallback.email !== NO_EMAIL
        ? missing('e-mail address', fallback.email)
        : emailMissing(path, role, findings)),
    ...(phone === undefined ? {} : { phone }),
  };
}

function emailMissing(path: Path, role: string, findings: Findings): string {
  findings.report(
    'TILT_MISSING',
    path,
    `TILT requires the ${role}'s e-mail address, and the notice gives none: written as ${NO_EMAIL}, an address that cannot exist.`,
  );
  return NO_EMAIL;
}
