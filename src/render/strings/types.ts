import type {
  Basis,
  Requirement,
  Right,
  SectionName,
  SourceKind,
  SpecialCategory,
  TransferMechanism as Mechanism,
} from '../../generated/notice-types.js';

export type { Basis, Mechanism, Requirement, SourceKind, SpecialCategory };

/** The sections of a rendered notice: those of the format, and the right to object, which gets a section of its own. */
export type SectionKey = SectionName | 'objection';

/** A right as the built-in texts describe it. */
export interface RightText {
  title: string;
  /** Markdown; plain sentences. */
  text: string;
}

/**
 * Every text notice itself writes into a notice, in one language. The
 * TypeScript compiler checks that fi, sv and en each give all of them.
 * Texts are Markdown.
 */
export interface Strings {
  /** Document titles and the line naming the law under the title. */
  titles: { gdpr: string; hetilRegister: string; hetilPrivacy: string };
  lawLines: { gdpr: string; hetilRegister: string; hetilPrivacy: string };
  /**
   * Section headings. `controllerHetil` is used under the hetil profile (sv: registeransvarig); `and` joins
   * the headings of sections that `layout.order` combines ("A, B and C").
   */
  headings: Record<SectionKey, string> & { controllerHetil: string; contents: string; extra: string; and: string };
  labels: {
    created: string;
    updated: string;
    version: string;
    draft: string;
    /** Before "3 / 7" in the footer of a printed page. */
    page: string;
    businessId: string;
    address: string;
    postalAddress: string;
    visitingAddress: string;
    phone: string;
    email: string;
    website: string;
    representative: string;
    dpoNone: string;
    dpoSameAsContact: string;
    purposesCovered: string;
    lawReference: string;
    legitimateInterest: string;
    specialCategoryCondition: string;
    criminalData: string;
    hetilPoints: string;
    specialCategory: string;
    criminal: string;
    identityCode: string;
    identityCodeBasis: string;
    sourcePublic: string;
    sourceNotPublic: string;
    processor: string;
    recipientsNone: string;
    transfersNone: string;
    transfersIntended: string;
    country: string;
    recipient: string;
    mechanism: string;
    safeguardCopy: string;
    period: string;
    appliesTo: string;
    allData: string;
    trigger: string;
    criteria: string;
    automatedNone: string;
    automatedUsed: string;
    logic: string;
    significance: string;
    cookieName: string;
    cookiePurpose: string;
    cookieDuration: string;
    thirdParty: string;
    yes: string;
    no: string;
  };
  bases: Record<Basis, string>;
  /** GDPR Art. 9(2) points a-j, short. */
  article9: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j', string>;
  specialCategories: Record<SpecialCategory, string>;
  requirements: Record<Requirement, string>;
  sourceKinds: Record<SourceKind, string>;
  mechanisms: Record<Mechanism, string>;
  /** Durations: [one, many], for example ['vuosi', 'vuotta']. */
  units: { years: [string, string]; months: [string, string]; weeks: [string, string]; days: [string, string] };
  /** PO box prefix: PL, PB, P.O. Box. */
  poBox: string;
  rights: {
    /** Opening sentence of the rights section. */
    intro: string;
    /** GDPR rights, each shown only when it applies to the bases used. */
    gdpr: Record<Exclude<Right, 'objection' | 'complaint' | 'notification'>, RightText> & { notification: RightText };
    /** Personal Data Act (HetiL 24, 26-30 §) rights, for the hetil profile. */
    hetil: { access: RightText; rectification: RightText; objection_marketing: RightText };
    /** How requests are answered: one month (12(3)), free (12(5)), identity check (12(6)). */
    answer: string;
  };
  /** The right to object, shown apart from the other rights (GDPR 21(4)). */
  objection: RightText;
  complaint: {
    /** Text before the authority's contact details. */
    text: string;
    authority: {
      name: string;
      visitingAddress: string;
      postalAddress: string;
      phone: string;
      email: string;
      website: string;
    };
  };
}
