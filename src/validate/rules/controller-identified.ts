import { EEA_COUNTRIES } from '../data/eea.js';
import { hasText } from './text.js';
import type { Rule } from './types.js';

export const controllerIdentified: Rule = {
  id: 'L01',
  name: 'controller-identified',
  reference: 'GDPR 13(1)(a), 14(1)(a), 27; HetiL 10 § 1 k.',
  codes: {
    CONTROLLER_MISSING: { gdpr: 'error', hetil: 'error', ground: 'GDPR 13(1)(a), 14(1)(a); HetiL 10 § 1 k.' },
    CONTROLLER_CONTACT_MISSING: { gdpr: 'error', hetil: 'error', ground: 'GDPR 13(1)(a), 14(1)(a); HetiL 10 § 1 k.' },
    CONTROLLER_ONE_CHANNEL: { gdpr: 'info', hetil: 'off', ground: 'GDPR 13(1)(a); WP260 (several channels)' },
    REPRESENTATIVE_MISSING: { gdpr: 'warning', hetil: 'off', ground: 'GDPR 27' },
  },
  check({ notice, report }) {
    const controller = notice.controller;
    if (!controller || !hasText(controller.name)) {
      report('CONTROLLER_MISSING', controller ? ['controller'] : [], {
        message: 'The notice does not name the controller (rekisterinpitäjä).',
        hint: 'Add `controller:` with `name:`, and the contact details people can use.',
      });
      if (!controller) return;
    }
    const channels = [controller.address, controller.phone, controller.email, controller.website].filter(
      (c) => c !== undefined,
    );
    if (channels.length === 0) {
      report('CONTROLLER_CONTACT_MISSING', ['controller'], {
        message: 'The controller has no contact details: no address, phone, e-mail or website.',
        hint: 'Add at least one of `address`, `phone`, `email` under `controller`.',
      });
    } else if (channels.length === 1) {
      report('CONTROLLER_ONE_CHANNEL', ['controller'], {
        message: 'The controller can be reached through one channel only.',
        hint: 'The transparency guidelines (WP260) recommend several: for example a postal address and an e-mail address.',
      });
    }
    const country = controller.address?.country;
    if (country && !EEA_COUNTRIES.has(country) && !controller.representative) {
      report('REPRESENTATIVE_MISSING', ['controller', 'address', 'country'], {
        message: `The controller is outside the EU/EEA (${country}) but the notice names no representative in the EU.`,
        hint: 'Add `controller.representative` (GDPR Art. 27).',
      });
    }
  },
};
