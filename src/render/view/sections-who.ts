import type { Controller } from '../../generated/notice-types.js';
import type { ViewContext } from './context.js';
import { contactView, optional, type ContactView } from './contact.js';

export interface ControllerView extends ContactView {
  representative?: ContactView;
  /** Joint controllers (GDPR Art. 26), each like the controller, after it. */
  joint?: ControllerEntryView[];
  /** The essence of the joint controllers' arrangement (GDPR Art. 26(2)), with its label. */
  arrangement?: { label: string; text: string };
  /** "Your contact point ... is: **Name**." — only when there are joint controllers and one is marked. */
  contactPoint?: string;
  /** True when the section names several controllers: its heading is then in the plural. */
  several: boolean;
}

export interface ControllerEntryView extends ContactView {
  representative?: ContactView;
}

/** Every controller of the notice: `controller` first, then `joint_controllers`. */
export function allControllers(notice: ViewContext['notice']): Controller[] {
  return [...(notice.controller ? [notice.controller] : []), ...(notice.joint_controllers ?? [])];
}

export function controllerSection(context: ViewContext): ControllerView | undefined {
  const { notice, strings } = context;
  const joint = notice.joint_controllers ?? [];
  const main = notice.controller ?? (joint.length > 0 ? {} : undefined);
  if (!main) return undefined;
  const arrangement = context.text(notice.joint_arrangement);
  const all = allControllers(notice);
  const point = joint.length > 0 ? all.filter((c) => c.contact_point) : [];
  const pointNames = point.map((c) => context.plain(c.name)).filter((n) => n !== undefined);
  const lead = strings.labels.contactPoint;
  return {
    ...controllerEntry(context, main),
    ...optional(
      'joint',
      joint.length > 0 ? joint.map((controller) => controllerEntry(context, controller)) : undefined,
    ),
    ...optional(
      'arrangement',
      arrangement === undefined ? undefined : { label: strings.labels.jointArrangement, text: arrangement },
    ),
    ...optional(
      'contactPoint',
      pointNames.length > 0 ? `${lead} ${pointNames.map((n) => `**${n}**`).join(', ')}.` : undefined,
    ),
    several: joint.length > 0,
  };
}

function controllerEntry(context: ViewContext, controller: Controller): ControllerEntryView {
  return {
    ...contactView(context, controller),
    ...optional(
      'representative',
      controller.representative
        ? { label: context.strings.labels.representative, ...contactView(context, controller.representative) }
        : undefined,
    ),
  };
}

export function contactPersonSection(context: ViewContext): ContactView | undefined {
  const person = context.notice.contact_person;
  return person ? contactView(context, person) : undefined;
}

export interface DpoView extends ContactView {
  /** A sentence instead of, or before, contact details: none designated, or the contact person is the DPO. */
  statement?: string;
  /** Further officers (`dpo.officers`), after those given directly under `dpo`. */
  officers?: ContactView[];
  /** True when the section names several officers: its heading is then in the plural. */
  several: boolean;
}

export function dpoSection(context: ViewContext): DpoView | undefined {
  const dpo = context.notice.dpo;
  if (!dpo) return undefined;
  const { labels } = context.strings;
  if (!dpo.designated) return { statement: labels.dpoNone, lines: [], several: false };
  const contact = contactView(context, dpo);
  const officers = (dpo.officers ?? []).map((officer) => contactView(context, officer));
  const inline = dpo.same_as_contact_person || contact.name !== undefined || contact.lines.length > 0;
  const view: DpoView = {
    ...contact,
    ...optional('officers', officers.length > 0 ? officers : undefined),
    several: officers.length + (inline ? 1 : 0) > 1,
  };
  return dpo.same_as_contact_person ? { ...view, statement: labels.dpoSameAsContact } : view;
}

export interface TextView {
  text: string;
}

export function registerNameSection(context: ViewContext): TextView | undefined {
  const text = context.text(context.notice.register_name);
  return text ? { text } : undefined;
}

/** Every controller's name in the language of the view, joined: the notice's author for a page's metadata. */
export function controllerNames(context: ViewContext): string | undefined {
  const names = allControllers(context.notice)
    .map((controller) => context.plain(controller.name))
    .filter((name) => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}
