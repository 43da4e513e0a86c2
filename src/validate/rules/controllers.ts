import type { Controller, Notice } from '../../generated/notice-types.js';
import type { DataPath } from './types.js';

/** Every controller of a notice with its data path: `controller` first, then each of `joint_controllers`. */
export function controllersOf(notice: Notice): { controller: Controller; path: DataPath }[] {
  return [
    ...(notice.controller ? [{ controller: notice.controller, path: ['controller'] }] : []),
    ...(notice.joint_controllers ?? []).map((controller, index) => ({
      controller,
      path: ['joint_controllers', index],
    })),
  ];
}
