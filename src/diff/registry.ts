// The kinds of change a notice can go through, each with its class and the
// reason for it: the one place that says what is material (README: "notice
// diff"). The comparison (compare.ts) finds changes; this table judges them.

/** material: people must be told before it applies; informative: tell them, no waiting; editorial: wording only. */
export type ChangeClass = 'material' | 'informative' | 'editorial';

export interface ChangeKind {
  code: string;
  class: ChangeClass;
  /** What happened, as the start of a sentence: "New purpose". */
  title: string;
  /** Why it has this class, in plain English. */
  reason: string;
  /** The point of the GDPR behind the class, when there is one. */
  gdpr?: string;
}

const ART_13_3 = 'Art. 13(3) and 14(4): people are told of processing for a new purpose before it starts';

export const CHANGE_KINDS = [
  {
    code: 'NEW_PURPOSE',
    class: 'material',
    title: 'New purpose',
    reason: 'Data is used for a purpose the readers were not told of.',
    gdpr: ART_13_3,
  },
  {
    code: 'PURPOSE_DIRECT_MARKETING',
    class: 'material',
    title: 'A purpose now includes direct marketing',
    reason: 'Direct marketing can be objected to at any time, so people must know of it first.',
    gdpr: 'Art. 21(2)-(4)',
  },
  {
    code: 'NEW_BASIS',
    class: 'material',
    title: 'New legal basis',
    reason: 'A purpose rests on a basis the readers were not told of, and the basis decides their rights.',
    gdpr: 'Art. 13(1)(c), 14(1)(c)',
  },
  {
    code: 'NEW_DATA_CATEGORY',
    class: 'material',
    title: 'New category of personal data',
    reason: 'More kinds of data are processed than the readers were told of.',
    gdpr: 'Art. 14(1)(d)',
  },
  {
    code: 'NEW_SPECIAL_CATEGORY',
    class: 'material',
    title: 'Special category data',
    reason: 'Data of a special category (health, beliefs ...) is now processed.',
    gdpr: 'Art. 9, 14(1)(d)',
  },
  {
    code: 'NEW_RECIPIENT',
    class: 'material',
    title: 'New recipient',
    reason: 'Data goes to a recipient or category of recipients the readers were not told of.',
    gdpr: 'Art. 13(1)(e), 14(1)(e)',
  },
  {
    code: 'NEW_TRANSFER_COUNTRY',
    class: 'material',
    title: 'New transfer outside the EU/EEA',
    reason: 'Data goes to a third country or international organisation the readers were not told of.',
    gdpr: 'Art. 13(1)(f), 14(1)(f)',
  },
  {
    code: 'RETENTION_LONGER',
    class: 'material',
    title: 'Data is kept longer',
    reason: 'A retention period grows: data is kept longer than the readers were told.',
    gdpr: 'Art. 13(2)(a), 14(2)(a)',
  },
  {
    code: 'NEW_SOURCE',
    class: 'material',
    title: 'New source of data',
    reason: 'Data is collected from a source the readers were not told of.',
    gdpr: 'Art. 14(2)(f)',
  },
  {
    code: 'NEW_AUTOMATED_DECISIONS',
    class: 'material',
    title: 'Automated decisions or profiling',
    reason: 'Decisions are now made by automated means, which people may contest.',
    gdpr: 'Art. 13(2)(f), 14(2)(g), 22',
  },
  {
    code: 'NEW_CONTROLLER',
    class: 'material',
    title: 'Another controller',
    reason: 'Someone else is responsible for the data (a new controller or joint controller).',
    gdpr: 'Art. 13(1)(a), 26',
  },
  {
    code: 'NEW_DATA_SUBJECTS',
    class: 'informative',
    title: 'New group of people',
    reason: 'The notice now also covers another group of people; those already covered are not affected.',
  },
  {
    code: 'RETENTION_SHORTER',
    class: 'informative',
    title: 'Data is kept for a shorter time',
    reason: 'A retention period shrinks: worth telling, nothing to object to.',
  },
  {
    code: 'PURPOSE_REMOVED',
    class: 'informative',
    title: 'Purpose removed',
    reason: 'Data is no longer used for this purpose.',
  },
  {
    code: 'BASIS_REMOVED',
    class: 'informative',
    title: 'Legal basis removed',
    reason: 'A basis is no longer used; where a purpose moved to another basis, that is reported as a new basis.',
  },
  {
    code: 'RECIPIENT_REMOVED',
    class: 'informative',
    title: 'Recipient removed',
    reason: 'Data no longer goes to this recipient.',
  },
  {
    code: 'RECIPIENT_RENAMED',
    class: 'informative',
    title: 'Recipient renamed',
    reason: 'The same kind of recipient under another name (a processor renamed or replaced by a like one).',
    gdpr: 'Art. 13(1)(e)',
  },
  {
    code: 'TRANSFER_REMOVED',
    class: 'informative',
    title: 'Transfer removed',
    reason: 'Data no longer goes to this country or organisation.',
  },
  {
    code: 'TRANSFER_SAFEGUARD_CHANGED',
    class: 'informative',
    title: 'Transfer safeguard changed',
    reason: 'The same transfer rests on another safeguard; readers may ask for a copy of it.',
    gdpr: 'Art. 13(1)(f)',
  },
  {
    code: 'SOURCE_REMOVED',
    class: 'informative',
    title: 'Source removed',
    reason: 'Data is no longer collected from this source.',
  },
  {
    code: 'DATA_CATEGORY_REMOVED',
    class: 'informative',
    title: 'Category of data removed',
    reason: 'This kind of data is no longer processed.',
  },
  {
    code: 'CONTACT_CHANGED',
    class: 'informative',
    title: 'Contact details changed',
    reason: 'How to reach the controller, its contact person or its data protection officer changed.',
    gdpr: 'Art. 13(1)(a)-(b)',
  },
  {
    code: 'RIGHTS_CHANGED',
    class: 'informative',
    title: 'Rights or how to use them changed',
    reason: 'What people can do, or how they do it, is said differently.',
    gdpr: 'Art. 13(2)(b)-(d)',
  },
  {
    code: 'AUTOMATED_DECISIONS_ENDED',
    class: 'informative',
    title: 'Automated decisions ended',
    reason: 'Decisions are no longer made by automated means alone.',
  },
  {
    code: 'DETAIL_CHANGED',
    class: 'informative',
    title: 'Detail changed',
    reason: 'A fact of the notice changed that no other kind covers: readers should hear of it.',
  },
  {
    code: 'ITEM_ADDED',
    class: 'informative',
    title: 'Added',
    reason: 'An entry was added that no other kind covers.',
  },
  {
    code: 'ITEM_REMOVED',
    class: 'informative',
    title: 'Removed',
    reason: 'An entry was removed that no other kind covers.',
  },
  {
    code: 'VERSION_CHANGED',
    class: 'editorial',
    title: 'Date or version changed',
    reason: "The notice's own dates and version: they say a change was made, they are not one.",
  },
  {
    code: 'ID_CHANGED',
    class: 'editorial',
    title: 'Id renamed',
    reason: 'An id that ties entries together changed; readers never see ids.',
  },
  {
    code: 'WORDING_CHANGED',
    class: 'editorial',
    title: 'Wording changed',
    reason: 'A text was reworded; the facts the notice states (purposes, recipients, periods) did not change.',
  },
] as const satisfies readonly ChangeKind[];

export type ChangeCode = (typeof CHANGE_KINDS)[number]['code'];

const BY_CODE = new Map<string, ChangeKind>(CHANGE_KINDS.map((kind) => [kind.code, kind]));

export function changeKind(code: ChangeCode): ChangeKind {
  return BY_CODE.get(code)!;
}
