import { EEA_COUNTRIES } from '../data/eea.js';
import { controllersOf } from './controllers.js';
import { hasText } from './text.js';
import type { Controller } from '../../generated/notice-types.js';
import type { Rule } from './types.js';

type Reachable = Pick<Controller, 'address' | 'addresses' | 'phone' | 'email' | 'website'>;

/** The kinds of channel (address, phone, e-mail, website) the controller and its contact person give between them. */
function channelKinds(controller: Reachable, contactPerson: Reachable | undefined): string[] {
  const given = (c: Reachable | undefined) => ({
    address: c?.address ?? c?.addresses,
    phone: c?.phone,
    'e-mail': c?.email,
    website: c?.website,
  });
  const own = given(controller);
  const theirs = given(contactPerson);
  return (Object.keys(own) as (keyof typeof own)[]).filter(
    (kind) => own[kind] !== undefined || theirs[kind] !== undefined,
  );
}

export const controllerIdentified: Rule = {
  id: 'L01',
  name: 'controller-identified',
  reference: 'GDPR 13(1)(a), 14(1)(a), 26, 27; HetiL 10 § 1 k.',
  checks:
    'Every controller, the main one and each joint controller, is named and can be reached through at least one channel (the channels of the contact person count for the main controller); a controller established outside the EU/EEA names its representative in the Union.',
  why: 'The GDPR requires the identity and the contact details of the controller, and of its representative where the controller is established outside the Union (Art. 13(1)(a), 14(1)(a), 27); the Personal Data Act asked for the name and contact details of the controller in the register description (HetiL 10 § 1 k.). People cannot use their rights against an organisation they cannot name or reach; a contact person speaks for the controller, so the channels of the two are counted together. The transparency guidelines (WP260) recommend more than one channel, for example a postal address and an e-mail address, which is why one channel alone gets a note under gdpr.',
  codes: {
    CONTROLLER_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(a), 14(1)(a); HetiL 10 § 1 k.',
      fails: `
        controller:
          name: null`,
      passes: `
        controller:
          name: Esimerkki Oy`,
    },
    CONTROLLER_CONTACT_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'GDPR 13(1)(a), 14(1)(a); HetiL 10 § 1 k.',
      fails: `
        controller:
          address: null
          phone: null
          email: null`,
      passes: `
        controller:
          address: null
          phone: "09 123 4567"
          email: tietosuoja@esimerkki.example`,
    },
    CONTROLLER_ONE_CHANNEL: {
      gdpr: 'info',
      hetil: 'off',
      ground: 'GDPR 13(1)(a); WP260 (several channels)',
      fails: `
        controller:
          address: null
          phone: null`,
      passes: `
        controller:
          address: null
          phone: "09 123 4567"`,
    },
    REPRESENTATIVE_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 27',
      fails: `
        controller:
          name: Example Inc.
          business_id: null
          address: { street: 1 Main Street, postal_code: "10001", city: New York, country: US }`,
      passes: `
        controller:
          name: Example Inc.
          business_id: null
          address: { street: 1 Main Street, postal_code: "10001", city: New York, country: US }
          representative:
            name: Esimerkki Edustus Oy
            email: edustaja@esimerkki.example`,
    },
  },
  // Every controller, the main one and each joint controller (GDPR 26), is identified and reachable alike.
  check({ notice, report }) {
    if (!notice.controller) {
      report('CONTROLLER_MISSING', [], {
        message: 'The notice does not name the controller (rekisterinpitäjä).',
        hint: 'Add `controller:` with `name:`, and the contact details people can use.',
      });
    }
    for (const { controller, path } of controllersOf(notice)) {
      const joint = path[0] === 'joint_controllers';
      const where = joint ? 'A joint controller' : 'The controller';
      if (!hasText(controller.name)) {
        report('CONTROLLER_MISSING', path, {
          message: joint
            ? 'A joint controller is not named.'
            : 'The notice does not name the controller (rekisterinpitäjä).',
          hint: 'Add `name:`, and the contact details people can use.',
        });
      }
      // The contact person speaks for the controller (GDPR 13(1)(a) "and, where applicable, of the controller's
      // representative"; HetiL 10 § 1 k. "nimi ja yhteystiedot"): the channels of both reach the controller.
      const contactPerson = joint ? undefined : notice.contact_person;
      const channels = channelKinds(controller, contactPerson);
      if (channels.length === 0) {
        report('CONTROLLER_CONTACT_MISSING', path, {
          message: `${where} has no contact details: no address, phone, e-mail or website${joint ? '' : ', nor has the contact person'}.`,
          hint: `Add at least one of \`address\`, \`phone\`, \`email\` under \`${path.join('.')}\`${joint ? '' : ' or `contact_person`'}.`,
        });
      } else if (channels.length === 1) {
        report('CONTROLLER_ONE_CHANNEL', path, {
          message: `${where} can be reached through one channel only (${channels[0]}${joint ? '' : ', the contact person included'}).`,
          hint: 'The transparency guidelines (WP260) recommend several: for example a postal address and an e-mail address.',
        });
      }
      if (controller.representative) continue;
      // Established outside the EU/EEA: every address it gives is outside (an address without `country` is in Finland).
      const addresses = [
        ...(controller.address ? [{ country: controller.address.country ?? 'FI', at: [...path, 'address'] }] : []),
        ...(controller.addresses ?? []).map((address, index) => ({
          country: address.country ?? 'FI',
          at: [...path, 'addresses', index],
        })),
      ];
      const outside = addresses.every(({ country }) => !EEA_COUNTRIES.has(country)) ? addresses[0] : undefined;
      if (outside) {
        report('REPRESENTATIVE_MISSING', [...outside.at, 'country'], {
          message: `${where} is outside the EU/EEA (${outside.country}) but the notice names no representative in the EU.`,
          hint: `Add \`representative\` under \`${path.join('.')}\` (GDPR Art. 27).`,
        });
      }
    }
  },
};
