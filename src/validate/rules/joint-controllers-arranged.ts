import { controllersOf } from './controllers.js';
import type { Rule } from './types.js';

export const jointControllersArranged: Rule = {
  id: 'L21',
  name: 'joint-controllers-arranged',
  reference: 'GDPR 26(1), 26(2)',
  codes: {
    JOINT_ARRANGEMENT_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 26(2) (the essence of the arrangement is made available)',
    },
    CONTACT_POINT_MULTIPLE: { gdpr: 'warning', hetil: 'warning', ground: 'GDPR 26(1) (a contact point)' },
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
