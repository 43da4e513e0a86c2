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

/** A point of HetiL 8 § 1 mom. (the general conditions of processing). */
export type HetilPoint8 = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** A point of HetiL 12 § 1 mom. (the exceptions to the ban on processing sensitive data). */
export type HetilPoint12 = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/** A right as the built-in texts describe it. */
export interface RightText {
  title: string;
  /** Markdown; plain sentences. */
  text: string;
}

/**
 * A text of notice's own that speaks to or of the data subject, in both voices
 * (`notice.voice`): `reader` addresses them (sinä / du / you; the controller is
 * "we"), `neutral` names both in the third person (rekisteröity / den
 * registrerade / the data subject; rekisterinpitäjä / the controller, or passive).
 */
export interface Voiced {
  reader: string;
  neutral: string;
}

/** A right whose text speaks to or of the data subject. */
export interface VoicedRightText {
  title: string;
  text: Voiced;
}

/** Transfer mechanisms whose wording names the data subject or the controller. */
type VoicedMechanism =
  | 'derogation_49_1_a'
  | 'derogation_49_1_b'
  | 'derogation_49_1_c'
  | 'derogation_49_1_f'
  | 'compelling_legitimate_interests';

/** `T` with every Voiced replaced by the string of one voice: what the views read. */
export type Resolved<T> = T extends Voiced
  ? string
  : T extends string | readonly unknown[]
    ? T
    : { [K in keyof T]: Resolved<T[K]> };

/** notice's own texts in one language and one voice, as the views read them (see `stringsFor`). */
export type Strings = Resolved<StringCatalog>;

/**
 * Every text notice itself writes into a notice, in one language. The
 * TypeScript compiler checks that fi, sv and en each give all of them.
 * Texts are Markdown. A text that addresses or names the data subject, or
 * speaks as "we", is a Voiced pair; no text asserts a fact about the
 * organisation that the notice's YAML does not state.
 */
export interface StringCatalog {
  /** Document titles and the line naming the law under the title. */
  titles: { gdpr: string; hetilRegister: string; hetilPrivacy: string };
  lawLines: { gdpr: string; hetilRegister: string; hetilPrivacy: string };
  /**
   * Section headings. `controllerHetil` is used under the hetil profile (sv: registeransvarig); `and` joins
   * the headings of sections that `layout.order` combines ("A, B and C").
   */
  headings: Record<SectionKey, string | Voiced> & {
    controllerHetil: string;
    contents: string;
    extra: string;
    and: string;
    /** The sub-heading of `changes.history`, under the section on changes. */
    changeHistory: string;
  };
  /** The index page of a notice's archive (`build --archive`): its versions and when each was in force. */
  archive: {
    /** After the notice's title: "<title>: published versions". */
    heading: string;
    /** One sentence under the heading: what the page lists. */
    intro: string;
    version: string;
    inForce: string;
    files: string;
    /** In the in-force column of the version in force now: "1.3.2025 – now". */
    now: string;
    /** Before a file's name in a link: "suomeksi, fi.pdf". */
    languageNames: { fi: string; sv: string; en: string };
    /** The name of the links to the page in the notice's other languages. */
    languageSwitcher: string;
  };
  /** Headings of sections that list several: joint controllers, several data protection officers. */
  pluralHeadings: { controller: string; controllerHetil: string; dpo: string };
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
    billingAddress: string;
    phone: string;
    email: string;
    website: string;
    representative: string;
    /** Before the essence of the joint controllers' arrangement (GDPR 26(2)). */
    jointArrangement: string;
    /** Before the name of the joint controller to contact (GDPR 26(1)): "...: **Name**." */
    contactPoint: Voiced;
    dpoNone: Voiced;
    dpoSameAsContact: Voiced;
    purposesCovered: string;
    lawReference: string;
    legitimateInterest: string;
    specialCategoryCondition: string;
    criminalData: string;
    hetilPoints: string;
    specialCategory: string;
    criminal: string;
    identityCode: string;
    identityCodeBasis: Voiced;
    /** Before `data_subjects.children.consent_age` (GDPR 8(1)): "...: **13 years.**" */
    childConsentAge: string;
    /** After the age: "13 years". */
    years: string;
    sourcePublic: string;
    sourceNotPublic: string;
    processor: string;
    recipientsNone: Voiced;
    recipientsNoRegular: string;
    transfersNone: Voiced;
    transfersIntended: Voiced;
    country: string;
    recipient: string;
    mechanism: string;
    safeguardCopy: string;
    /** The suitable safeguards of a transfer on compelling legitimate interests (GDPR 49(1) second subparagraph). */
    safeguards: string;
    /** Before "yes": the US recipient is on the Data Privacy Framework List. */
    dpfCertified: string;
    period: string;
    appliesTo: string;
    /** Under a retention period that covers everything, when there are several periods. */
    allData: string;
    trigger: string;
    criteria: string;
    automatedNone: Voiced;
    automatedUsed: Voiced;
    logic: string;
    significance: Voiced;
    cookieName: string;
    cookiePurpose: string;
    cookieDuration: string;
    thirdParty: string;
    yes: string;
    no: string;
  };
  bases: Record<Basis, string>;
  /** GDPR Art. 9(2) points a-j, short. */
  article9: Record<'a' | 'b' | 'c' | 'd' | 'f' | 'g' | 'h' | 'i' | 'j', string> & { e: Voiced };
  specialCategories: Record<SpecialCategory, string>;
  requirements: Record<Requirement, string | Voiced>;
  /** Shown only for a source with no name or description of its own. */
  sourceKinds: Record<SourceKind, string | Voiced>;
  mechanisms: Record<Exclude<Mechanism, VoicedMechanism>, string> & Record<VoicedMechanism, Voiced>;
  /** Durations: [one, many], for example ['vuosi', 'vuotta']. */
  units: { years: [string, string]; months: [string, string]; weeks: [string, string]; days: [string, string] };
  /** PO box prefix: PL, PB, P.O. Box. */
  poBox: string;
  rights: {
    /** Opening sentence of the rights section. */
    intro: Voiced;
    /** GDPR rights, each shown only when it applies to the bases used. */
    gdpr: Record<Exclude<Right, 'objection' | 'complaint' | 'notification'>, VoicedRightText> & {
      notification: VoicedRightText;
    };
    /** Personal Data Act (HetiL 24, 26-30 §) rights, for the hetil profile, in both voices. */
    hetil: { access: VoicedRightText; rectification: VoicedRightText; objection_marketing: VoicedRightText };
    /** How requests are answered: one month (12(3)), free (12(5)), identity check (12(6)). */
    answer: Voiced;
  };
  /** The right to object, shown apart from the other rights (GDPR 21(4)). */
  objection: VoicedRightText;
  /**
   * Texts of a notice under the Personal Data Act (profile hetil), which cite
   * that Act and never the GDPR.
   */
  hetil: {
    /** The GDPR bases named without their GDPR article, for a HetiL notice that uses them. */
    bases: Record<Exclude<Basis, 'hetil_8_1'>, string>;
    /** HetiL 8 § 1 mom. points, "1) ...", after `labels.hetilPoints`. */
    points8: Record<HetilPoint8, string>;
    /** Label before the HetiL 12 § ground of a basis. */
    sensitiveGround: string;
    /** HetiL 12 § 1 mom. points, "1) ...". */
    points12: Record<HetilPoint12, string>;
    /** Label before a data category's kind of sensitive data (arkaluonteinen tieto, HetiL 11 §). */
    sensitiveCategory: string;
    /** Where a refused access or correction can be taken: the Data Protection Ombudsman. */
    complaint: Voiced;
  };
  complaint: {
    /** Text before the authority's contact details. */
    text: Voiced;
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

/** The part of a catalog that speaks of the data subject's rights (src/render/strings/rights/). */
export type RightsTexts = Pick<StringCatalog, 'rights' | 'objection' | 'hetil' | 'complaint'>;
