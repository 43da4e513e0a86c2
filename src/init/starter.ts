import type { Notice } from '../generated/notice-types.js';

/** The kinds of register `notice init` offers a starting content for. */
export const KINDS = ['customers', 'newsletter', 'applicants', 'employees', 'members', 'patients'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The starting content of one kind of register: the sections of a notice,
 * every text written in fi, sv and en (init keeps the languages the user
 * chose). Where only the organisation can know the answer, the text starts
 * with "TODO:" and says what to write; such texts make the notice a draft
 * and `notice validate` reports each of them.
 */
export type Starter = Required<
  Pick<
    Notice,
    | 'register_name'
    | 'purposes'
    | 'legal_basis'
    | 'data_subjects'
    | 'data_categories'
    | 'provision_requirement'
    | 'sources'
    | 'recipients'
    | 'retention'
    | 'security'
  >
>;
