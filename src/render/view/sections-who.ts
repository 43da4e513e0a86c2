import type { ViewContext } from './context.js';
import { contactView, optional, type ContactView } from './contact.js';

export interface ControllerView extends ContactView {
  representative?: ContactView;
}

export function controllerSection(context: ViewContext): ControllerView | undefined {
  const controller = context.notice.controller;
  if (!controller) return undefined;
  return {
    ...contactView(context, controller),
    ...optional(
      'representative',
      controller.representative ? contactView(context, controller.representative) : undefined,
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
}

export function dpoSection(context: ViewContext): DpoView | undefined {
  const dpo = context.notice.dpo;
  if (!dpo) return undefined;
  const { labels } = context.strings;
  if (!dpo.designated) return { statement: labels.dpoNone, lines: [] };
  const contact = contactView(context, dpo);
  return dpo.same_as_contact_person ? { ...contact, statement: labels.dpoSameAsContact } : contact;
}

export interface TextView {
  text: string;
}

export function registerNameSection(context: ViewContext): TextView | undefined {
  const text = context.text(context.notice.register_name);
  return text ? { text } : undefined;
}
