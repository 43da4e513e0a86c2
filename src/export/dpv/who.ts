import type { Contact, Controller, Notice } from '../../generated/notice-types.js';
import { addressLiteral, contactLiterals, nameLiteral, node, oneOrMany, ref } from './literals.js';
import type { Mapping } from './mapping.js';
import { AUTHORITY_FI } from './vocabulary.js';

/** The controller, and the joint controllers with it: DPV's DataController and JointDataControllers. */
export function controllers(m: Mapping): Record<string, unknown> {
  const { notice } = m;
  if (notice.controller === undefined) return {};
  const main = node({
    '@id': '_:controller',
    '@type': 'dpv:DataController',
    ...organisation(m, notice.controller),
    'dpv:hasContact': oneOrMany([
      ...(contactLiterals(notice.controller) ?? []),
      ...(notice.contact_person ? [person(m, notice.contact_person)] : []),
    ]),
    'dpv:hasRepresentative': notice.controller.representative
      ? { '@type': 'dpv:Representative', ...person(m, notice.controller.representative) }
      : undefined,
  });
  const joint = (notice.joint_controllers ?? []).map((controller, index) =>
    node({
      '@id': `_:joint-controller-${index + 1}`,
      '@type': 'dpv:DataController',
      ...organisation(m, controller),
      'dpv:hasContact': contactLiterals(controller),
    }),
  );
  if (joint.length === 0) return { 'dpv:hasDataController': main };
  return {
    'dpv:hasDataController': main,
    'dpv:hasJointDataControllers': node({
      '@type': 'dpv:JointDataControllers',
      'dpv:hasDataController': [ref('_:controller'), ...joint],
      'dct:description': m.label(notice.joint_arrangement),
    }),
  };
}

function organisation(m: Mapping, controller: Controller): Record<string, unknown> {
  return {
    'dpv:hasName': nameLiteral(controller.name, m.languages),
    'dpv:hasIdentifier': controller.business_id,
    'dpv:hasAddress': oneOrMany(
      [controller.address, ...(controller.addresses ?? [])].flatMap((a) => addressLiteral(a, m.languages) ?? []),
    ),
  };
}

/** A person to contact (the contact person, a DPO, a representative): name, role and how to reach them. */
function person(m: Mapping, contact: Contact): Record<string, unknown> {
  return node({
    'dpv:hasName': nameLiteral(contact.name, m.languages),
    'rdfs:label': m.label(contact.role),
    'dpv:hasAddress': oneOrMany(
      [contact.address, ...(contact.addresses ?? [])].flatMap((a) => addressLiteral(a, m.languages) ?? []),
    ),
    'dpv:hasContact': contactLiterals(contact),
  });
}

/** The data protection officer(s); a notice that says none is designated says what DPV cannot. */
export function dataProtectionOfficers(m: Mapping): Record<string, unknown> {
  const dpo = m.notice.dpo;
  if (dpo === undefined) return {};
  if (!dpo.designated) {
    m.findings.notSaid(
      ['dpo', 'designated'],
      'That no data protection officer is designated is not in the DPV export: DPV has no term for it.',
      'Nothing to change; a reader of the export sees no DPO.',
    );
    return {};
  }
  const own = dpo.same_as_contact_person && m.notice.contact_person ? m.notice.contact_person : dpo;
  const officers = [own, ...(dpo.officers ?? [])].filter(
    (o) => o.name !== undefined || o.email !== undefined || o.phone !== undefined,
  );
  return {
    'dpv:hasDataProtectionOfficer': oneOrMany(
      (officers.length > 0 ? officers : [own]).map((o) => ({ '@type': 'dpv:DataProtectionOfficer', ...person(m, o) })),
    ),
  };
}

/** Who receives the data: DPV Recipients, processors also DataProcessors. */
export function recipients(m: Mapping): Record<string, unknown> {
  const section = m.notice.recipients;
  if (section === undefined) return {};
  if (section.none) {
    m.findings.notSaid(
      ['recipients', 'none'],
      'That nobody receives the data is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the export lists no recipient.',
    );
  }
  if (section.regular_disclosures === false) {
    m.findings.notSaid(
      ['recipients', 'regular_disclosures'],
      'That there are no regular disclosures is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the export lists the recipients the notice names.',
    );
  }
  const items = (section.items ?? []).map((item, index) =>
    node({
      '@id': `_:recipient-${index + 1}`,
      '@type': item.processor ? ['dpv:Recipient', 'dpv:DataProcessor'] : 'dpv:Recipient',
      'dpv:hasName': nameLiteral(item.name, m.languages),
      'rdfs:label': m.label(item.category),
      'dct:description': m.label(item.description),
    }),
  );
  return { 'dpv:hasRecipient': oneOrMany(items) };
}

/**
 * The supervisory authority: DPV's Finnish one (the Data Protection Ombudsman) when the notice uses
 * notice's built-in complaint text, which names it; an authority the notice names itself by that name.
 */
export function authority(m: Mapping): Record<string, unknown> {
  const complaint: Notice['complaint'] = m.notice.complaint;
  if (complaint === undefined) return {};
  if (complaint.authority !== undefined && !complaint.standard) {
    return {
      'dpv:hasAuthority': node({
        '@type': 'eu-gdpr:DataProtectionAuthority',
        'dpv:hasName': nameLiteral(complaint.authority.name, m.languages),
        'dpv:hasContact': contactLiterals(complaint.authority),
      }),
    };
  }
  return complaint.standard ? { 'dpv:hasAuthority': ref(AUTHORITY_FI) } : {};
}
