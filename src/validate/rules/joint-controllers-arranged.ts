import { controllersOf } from './controllers.js';
import type { Rule } from './types.js';

export const jointControllersArranged: Rule = {
  id: 'L21',
  name: 'joint-controllers-arranged',
  reference: 'GDPR 26(1), 26(2)',
  checks:
    'A notice with joint controllers gives the essence of their arrangement, and marks at most one controller as the contact point.',
  why: 'Joint controllers determine between them who does what, in particular who gives the information and who answers requests about rights, and the essence of that arrangement is made available to the people concerned (GDPR Art. 26(1)-(2)). The arrangement may designate one contact point (26(1)); two controllers marked as the contact point leave people unsure where to turn. Whatever the arrangement, people may use their rights against each controller (26(3)).',
  codes: {
    JOINT_ARRANGEMENT_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 26(2) (the essence of the arrangement is made available)',
      fails: `
        joint_controllers:
          - name: Mallila Oy
            email: tietosuoja@mallila.example
            phone: "09 765 4321"`,
      passes: `
        joint_controllers:
          - name: Mallila Oy
            email: tietosuoja@mallila.example
            phone: "09 765 4321"
        joint_arrangement: Esimerkki Oy antaa tiedot käsittelystä ja vastaa rekisteröityjen pyyntöihin molempien puolesta.`,
    },
    CONTACT_POINT_MULTIPLE: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 26(1) (a contact point)',
      fails: `
        controller:
          contact_point: true
        joint_controllers:
          - name: Mallila Oy
            email: tietosuoja@mallila.example
            phone: "09 765 4321"
            contact_point: true
        joint_arrangement: Esimerkki Oy vastaa rekisteröityjen pyyntöihin.`,
      passes: `
        controller:
          contact_point: true
        joint_controllers:
          - name: Mallila Oy
            email: tietosuoja@mallila.example
            phone: "09 765 4321"
        joint_arrangement: Esimerkki Oy vastaa rekisteröityjen pyyntöihin.`,
    },
  },
  check({ notice, report }) {
    if (!notice.joint_controllers) return;
    if (notice.joint_arrangement === undefined) {
      report('JOINT_ARRANGEMENT_MISSING', ['joint_controllers'], {
        message: 'The notice names joint controllers but not the essence of their arrangement.',
        hint: 'Add `joint_arrangement:`: who answers requests about rights and who gives information (GDPR Art. 26(2)).',
      });
    }
    const points = controllersOf(notice).filter(({ controller }) => controller.contact_point === true);
    for (const { path } of points.slice(1)) {
      report('CONTACT_POINT_MULTIPLE', [...path, 'contact_point'], {
        message: 'More than one controller is marked `contact_point: true`: people cannot tell which one to contact.',
        hint: `Keep \`contact_point: true\` on one controller only (the first is at \`${points[0]!.path.join('.')}\`).`,
      });
    }
  },
};
