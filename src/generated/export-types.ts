/* Generated from schemas/notice-export.schema.json by `npm run gen`. Do not edit by hand. */

/**
 * A language a notice is published in: fi (Finnish), sv (Swedish), en (English).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Language".
 */
export type Language = 'fi' | 'sv' | 'en';
/**
 * The law the notice is written under: `gdpr` (default; GDPR Art. 13-14 privacy notice) or `hetil` (a legacy register description under the Personal Data Act 523/1999, 10 §). It decides what `notice validate` requires.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Profile".
 */
export type Profile = 'gdpr' | 'hetil';
/**
 * `tietosuojaseloste` (privacy notice; under `hetil` the 10 § description plus the 24 § rights block) or `rekisteriseloste` (a plain HetiL 10 § register description). Default: tietosuojaseloste under gdpr, rekisteriseloste under hetil.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "DocumentType".
 */
export type DocumentType = 'tietosuojaseloste' | 'rekisteriseloste';
/**
 * Whom notice's own texts (rights, complaint, labels, statements such as 'no recipients') speak to: `reader` (default) addresses the data subject as sinä / du / you and the controller speaks as we; `neutral` speaks of both in the third person (rekisteröity, rekisterinpitäjä / den registrerade, den personuppgiftsansvarige / the data subject, the controller), as many authorities and associations write. Your own texts are shown as you wrote them.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Voice".
 */
export type Voice = 'reader' | 'neutral';
/**
 * A text in Markdown (paragraphs, lists, links; never HTML). In the export: a string in the document's language (in another declared language when it has none in it; the build then warns with EXPORT_TEXT_FALLBACK), Markdown as the notice writes it: never insert it as HTML.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * A date written YYYY-MM-DD, in quotes, for example "2018-05-25".
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * A name or address line. In the export: a string in the document's language (in another declared language when it has none in it; the build then warns with EXPORT_TEXT_FALLBACK), as written, plain text.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Name".
 */
export type Name = string;
/**
 * Addresses with their kind, for example a postal and a visiting address; shown with the kind as the label. May stand beside `address` or instead of it.
 *
 * @minItems 1
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Addresses".
 */
export type Addresses = [AddressOfKind, ...AddressOfKind[]];
/**
 * What the address is for: `postal` (postiosoite / postadress), `visiting` (käyntiosoite / besöksadress) or `billing` (laskutusosoite / faktureringsadress).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "AddressKind".
 */
export type AddressKind = 'postal' | 'visiting' | 'billing';
/**
 * One phone number, or a list of them.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Phones".
 */
export type Phones = PhoneEntry | [PhoneEntry, ...PhoneEntry[]];
/**
 * A phone number in quotes, for example "019 505 81" or "+358 40 1234 567", or `{ number, label }` to say whose number it is.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "PhoneEntry".
 */
export type PhoneEntry =
  | string
  | {
      /**
       * The phone number, in quotes.
       */
      number: string;
      label?: Text;
    };
/**
 * One e-mail address, or a list of them.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Emails".
 */
export type Emails = Email | [Email, ...Email[]];
/**
 * An e-mail address, written plainly (name@example.fi), never obfuscated.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Email".
 */
export type Email = string;
/**
 * A web address starting with https:// or http://.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * A short name for an item, used to refer to it from other sections: lower-case letters, digits, '_' and '-', starting with a letter, for example `billing`.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * A line of the notice's own before this item that starts a new part of the list, for example the lead of a second list in the same section ('Muualta hankittavat tiedot ja peruste:'). The list goes on after it. In the export: a string in the document's language (in another declared language when it has none in it; the build then warns with EXPORT_TEXT_FALLBACK), Markdown as the notice writes it: never insert it as HTML.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "ItemLead".
 */
export type ItemLead = string;
/**
 * The basis. Under the GDPR: consent 6(1)(a), contract 6(1)(b), legal_obligation 6(1)(c), vital_interests 6(1)(d), public_task 6(1)(e), legitimate_interests 6(1)(f). Under the Personal Data Act (profile hetil): hetil_8_1, the general conditions of HetiL 8 § 1 mom., with the points relied on in `hetil_points`.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Basis".
 */
export type Basis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests'
  | 'hetil_8_1';
/**
 * The ids of the items this applies to.
 *
 * @minItems 1
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "IdList".
 */
export type IdList = [Id, ...Id[]];
/**
 * A special category of data (GDPR Art. 9(1)); under the Personal Data Act the same data are sensitive data (arkaluonteiset tiedot, HetiL 11 §). `social_welfare` (a person's need of social welfare and the services, support and benefits received, HetiL 11 § 6 k.) is sensitive only under the Personal Data Act: it is not a special category of the GDPR.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "SpecialCategory".
 */
export type SpecialCategory =
  | 'racial_or_ethnic_origin'
  | 'political_opinions'
  | 'religious_beliefs'
  | 'trade_union_membership'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex_life_or_orientation'
  | 'social_welfare';
/**
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Requirement".
 */
export type Requirement = 'statutory' | 'contractual' | 'contract_prerequisite' | 'voluntary' | 'mixed';
/**
 * data_subject (the person themself), controller (arises in the controller's own systems, for example usage data), or third_party (another organisation or register).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "SourceKind".
 */
export type SourceKind = 'data_subject' | 'controller' | 'third_party';
/**
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "TransferStatus".
 */
export type TransferStatus = 'none' | 'intended';
/**
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "TransferMechanism".
 */
export type TransferMechanism =
  | 'adequacy'
  | 'scc'
  | 'sa_scc'
  | 'bcr'
  | 'code_of_conduct'
  | 'certification'
  | 'public_authority_instrument'
  | 'ad_hoc_clauses'
  | 'administrative_arrangement'
  | 'derogation_49_1_a'
  | 'derogation_49_1_b'
  | 'derogation_49_1_c'
  | 'derogation_49_1_d'
  | 'derogation_49_1_e'
  | 'derogation_49_1_f'
  | 'derogation_49_1_g'
  | 'compelling_legitimate_interests'
  | 'safe_harbor'
  | 'privacy_shield'
  | 'scc_2001_497'
  | 'scc_2004_915'
  | 'scc_2010_87';
/**
 * A right of the data subject: access (15), rectification (16), erasure (17), restriction (18), notification (19), portability (20), objection (21(1)), objection_marketing (21(2)), automated_decisions (22), withdraw_consent (7(3)), complaint (77).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Right".
 */
export type Right =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'notification'
  | 'portability'
  | 'objection'
  | 'objection_marketing'
  | 'automated_decisions'
  | 'withdraw_consent'
  | 'complaint';
/**
 * A section of the rendered notice, in the standard order. `objection` is the right to object, which the notice shows apart from the other rights (GDPR 21(4)).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "SectionName".
 */
export type SectionName =
  | 'controller'
  | 'contact_person'
  | 'dpo'
  | 'register_name'
  | 'purposes'
  | 'legal_basis'
  | 'data_subjects'
  | 'data_categories'
  | 'provision_requirement'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security'
  | 'automated_decisions'
  | 'rights'
  | 'objection'
  | 'complaint'
  | 'further_processing'
  | 'cookies'
  | 'changes';

/**
 * A privacy notice as resolved data in one language: `notice build --format json` writes one file per language (customers.fi.json). Shared parts are merged, defaults applied, every text given in the document's language, with the values the rendered notice derives (labels of enumerations, country names, periods in words, the rights that apply, the supervisory authority). Keys come in the order of this schema; a value the notice does not give is left out, never null. Fields may be added; `export_version` is raised only when a key changes meaning or disappears.
 */
export interface NoticeExport {
  /**
   * The version of this shape.
   */
  export_version: 1;
  /**
   * What wrote the file.
   */
  generator: {
    name: 'notice';
    /**
     * notice's version.
     */
    version: string;
  };
  language: Language;
  /**
   * True while placeholders (TODO) remain: the rendered notice is then marked a draft.
   */
  draft: boolean;
  notice: Meta;
  controller?: Controller;
  /**
   * Joint controllers (yhteiset rekisterinpitäjät / gemensamt personuppgiftsansvariga, GDPR Art. 26): the controllers besides `controller` that decide together with it why and how the data is processed, each given like `controller`. Mark the one people should contact with `contact_point: true`, and describe the arrangement in `joint_arrangement`.
   *
   * @minItems 1
   */
  joint_controllers?: [Controller, ...Controller[]];
  joint_arrangement?: Text;
  contact_person?: Contact;
  dpo?: Dpo;
  register_name?: Text;
  purposes?: Purposes;
  legal_basis?: LegalBases;
  data_subjects?: DataSubjects;
  data_categories?: DataCategories;
  provision_requirement?: ProvisionRequirement;
  sources?: Sources;
  recipients?: Recipients;
  transfers?: Transfers;
  retention?: Retention;
  security?: Security;
  automated_decisions?: AutomatedDecisions;
  rights?: Rights;
  complaint?: Complaint;
  further_processing?: FurtherProcessing;
  cookies?: Cookies;
  changes?: Changes;
  /**
   * Sections of your own that the standard list does not have. Each is shown where `layout.order` names its `id`; otherwise after the section named in `after`, or at the end.
   */
  extra_sections?: ExtraSection[];
  /**
   * The right to object, which the notice shows apart from the other rights (GDPR 21(4)): the notice's own texts on it, then the built-in texts of the objections that apply.
   */
  objection?: {
    items: RightText[];
  };
  /**
   * The headings of the rendered notice in order, after `layout`: what a page that shows the notice in parts follows.
   */
  sections: {
    /**
     * A section name, `extra` (an extra section) or `combined` (sections `layout.order` joins).
     */
    key: string;
    number: number;
    /**
     * The heading as the notice shows it (Markdown on one line).
     */
    heading: string;
    /**
     * The sections under the heading.
     */
    parts: string[];
  }[];
}
/**
 * About the document itself: profile, languages, dates, title.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Meta".
 */
export interface Meta {
  profile: Profile;
  document_type: DocumentType;
  voice: Voice;
  /**
   * The languages the notice is published in, for example [fi] or [fi, sv, en]. Every text must be given in each of them.
   *
   * @minItems 1
   */
  languages: [Language, ...Language[]];
  /**
   * The title: the notice's own, else the built-in one.
   */
  title: string;
  /**
   * The line naming the law under the title: the notice's own, else the built-in one.
   */
  legal_reference: string;
  introduction?: Text;
  created?: IsoDate;
  updated?: IsoDate;
  effective?: IsoDate;
  /**
   * A version label of your own, in quotes, for example "2.1". It is shown on one line with `created` and `updated`, in the order you write the three.
   */
  version?: string;
  /**
   * The notice's own labels in the line of dates under the title, each replacing notice's built-in one, for example `{ created: Laatimispäivämäärä, updated: Viimeisin muutos }` instead of 'Laadittu' and 'Päivitetty'. A label is followed by ': ' unless it already ends in ':' or '.', then by a space.
   */
  labels?: {
    created?: Text;
    updated?: Text;
    version?: Text;
  };
}
/**
 * The controller: name, business ID and contact details.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Controller".
 */
export interface Controller {
  name?: Name;
  name_note?: Text;
  /**
   * Finnish business ID (Y-tunnus) in quotes, seven digits, a hyphen and a check digit, for example "0723069-3".
   */
  business_id?: string;
  address?: Address;
  addresses?: Addresses;
  phone?: Phones;
  email?: Emails;
  website?: Url;
  text?: Text;
  representative?: Contact;
  /**
   * True on the one controller, `controller` or one of `joint_controllers`, that people should contact about this register (the contact point of GDPR Art. 26(1)).
   */
  contact_point?: boolean;
  labels?: ControllerLabels;
}
/**
 * A postal address.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Address".
 */
export interface Address {
  street?: Name;
  /**
   * Post office box number without the prefix, for example "800" (shown as PL / PB / P.O. Box).
   */
  po_box?: string;
  /**
   * Postal code in quotes; in Finland five digits, for example "02200".
   */
  postal_code?: string;
  city?: Name;
  /**
   * Country as a two-letter ISO 3166 code; FI when the notice leaves it out.
   */
  country: string;
  /**
   * The country's name in the document's language.
   */
  country_name: string;
}
/**
 * An address and what it is for: postal, visiting or billing.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "AddressOfKind".
 */
export interface AddressOfKind {
  kind: AddressKind;
  label?: Text;
  addressee?: Name;
  street?: Name;
  /**
   * Post office box number without the prefix, for example "800" (shown as PL / PB / P.O. Box).
   */
  po_box?: string;
  /**
   * Postal code in quotes; in Finland five digits, for example "02200".
   */
  postal_code?: string;
  city?: Name;
  /**
   * Country as a two-letter ISO 3166 code; FI when the notice leaves it out.
   */
  country: string;
  /**
   * The country's name in the document's language.
   */
  country_name: string;
}
/**
 * A person or team with contact details.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  name?: Name;
  name_note?: Text;
  role?: Text;
  address?: Address;
  addresses?: Addresses;
  phone?: Phones;
  email?: Emails;
  website?: Url;
  text?: Text;
  labels?: ContactLabels;
}
/**
 * The notice's own labels for the lines of a contact, each replacing notice's built-in one, for example `email: Sähköpostiosoite` instead of 'Sähköposti'. A label is followed by ': ' unless it already ends in ':' or '.', then by a space: `phone: Puh.` gives 'Puh. 0295 16001'. One line each.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "ContactLabels".
 */
export interface ContactLabels {
  name?: Text;
  address?: Text;
  phone?: Text;
  email?: Text;
  website?: Text;
}
/**
 * The notice's own labels for the lines of a controller: those of a contact (see `contact_person.labels`) and one for the business ID. A label is followed by ': ' unless it already ends in ':' or '.', then by a space. One line each.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "ControllerLabels".
 */
export interface ControllerLabels {
  name?: Text;
  business_id?: Text;
  address?: Text;
  phone?: Text;
  email?: Text;
  website?: Text;
}
/**
 * Data protection officer (tietosuojavastaava / dataskyddsombud), GDPR 13(1)(b), 37-39. Say `designated: false` when you have none.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Dpo".
 */
export interface Dpo {
  /**
   * Whether a data protection officer has been designated.
   */
  designated: boolean;
  /**
   * True when the contact person is the data protection officer; the contact details are then those of `contact_person`.
   */
  same_as_contact_person?: boolean;
  name?: Name;
  name_note?: Text;
  role?: Text;
  address?: Address;
  addresses?: Addresses;
  phone?: Phones;
  email?: Emails;
  website?: Url;
  text?: Text;
  /**
   * Several data protection officers, each with name and contact details like `contact_person`; besides or instead of the details given directly under `dpo`.
   *
   * @minItems 1
   */
  officers?: [Contact, ...Contact[]];
  labels?: ContactLabels;
  /**
   * What the notice says instead of or before contact details: none designated, or the contact person is the officer.
   */
  statement?: string;
}
/**
 * Why the data is processed (käsittelyn tarkoitukset). GDPR 13(1)(c), 14(1)(c); HetiL 10 § 2 k.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Purposes".
 */
export interface Purposes {
  text?: Text;
  /**
   * The purposes, one item each.
   */
  items?: {
    id?: Id;
    name?: Text;
    description: Text;
    /**
     * True when the purpose is direct marketing; the right to refuse it must then be stated (GDPR 21(2)-(3)).
     */
    direct_marketing?: boolean;
    /**
     * True when the purpose is an online (information-society) service offered directly to people, such as an app, an online shop or a web service (GDPR 8(1)); false when it is not, though its words suggest one. Left out: the words of the purpose decide. With consent as its basis and children among the data subjects, the age rule of `data_subjects.children` is required.
     */
    online_service?: boolean;
    lead?: ItemLead;
    /**
     * The name other sections use for the purpose: its name, else the beginning of its description.
     */
    display_name: string;
  }[];
  text_after?: Text;
}
/**
 * The legal basis of the processing (käsittelyn oikeusperuste), one item per basis, each naming the purposes it covers. GDPR 6(1), 9(2), 10, 13(1)(c)-(d).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "LegalBases".
 */
export interface LegalBases {
  text?: Text;
  /**
   * The legal bases.
   */
  items?: {
    basis: Basis;
    purposes?: IdList;
    description?: Text;
    law_reference?: Text;
    interest?: Text;
    /**
     * For special categories of data: the point of GDPR Art. 9(2) relied on, a-j (a = explicit consent). It must fit the `basis` (a with consent; not b, c, g or i with consent), and b, g, h, i and j name their law in `law_reference`. GDPR only; under the Personal Data Act use `hetil_12`.
     */
    article_9_2?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
    /**
     * True when this basis covers data on criminal convictions and offences (GDPR Art. 10); give the law in `law_reference`. GDPR only; under the Personal Data Act criminal data is sensitive data: use `hetil_12`.
     */
    article_10?: boolean;
    /**
     * For hetil_8_1: the points of HetiL 8 § 1 mom. (henkilötietolaki 523/1999) relied on, for example [1, 2, 5]. 1 unambiguous consent of the data subject; 2 an assignment from the data subject, or a contract or comparable legal relationship with them, or steps before a contract at their request; 3 protecting the data subject's vital interest; 4 provided by law, or a task or obligation the law sets directly for the controller; 5 an appropriate connection with the controller: the data subject is a customer, employee or member, or has a comparable connection (yhteysvaatimus); 6 customers' or employees' data within a group of companies or other economic grouping; 7 payment traffic, computer runs or comparable tasks done on assignment; 8 generally available data on a person's position and duties in public life, business or an organisation, processed to safeguard rights and interests; 9 a permission of the Data Protection Board (tietosuojalautakunta).
     *
     * @minItems 1
     */
    hetil_points?: [1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, ...(1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9)[]];
    /**
     * For sensitive data (arkaluonteiset tiedot, HetiL 11 §) under the Personal Data Act: the point of HetiL 12 § 1 mom. that allows it (the GDPR's counterpart is `article_9_2`). 1 the data subject's express consent; 2 social, political or religious affiliation or trade-union membership the person has made public; 3 a vital interest of the data subject or another person when the data subject cannot consent; 4 drafting, presenting, defending or deciding a legal claim; 5 provided by law, or a task the law sets directly for the controller; 6 historical or scientific research or statistics; 7 religious, political or social affiliation data on the members and regular contacts of an association professing it; 8 trade-union membership data in the work of trade unions, on their members and regular contacts; 9 trade-union membership data the controller needs for its rights and duties under labour law; 10 a health-care unit or professional processing health data it received in its work; 11 an insurance institution processing health or criminal data it received in insurance, as needed to settle its liability; 12 a social-welfare authority or service provider processing social-welfare data it received in its work; 13 a permit of the Data Protection Board (tietosuojalautakunta, 43 § 2 mom.). Give the law in `law_reference` where the point rests on one.
     */
    hetil_12?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;
    /**
     * The basis as the notice names it (under the Personal Data Act a GDPR basis without its article).
     */
    basis_label: string;
    /**
     * The GDPR Art. 9(2) condition in words (GDPR only).
     */
    article_9_2_label?: string;
    /**
     * The points of HetiL 8 § 1 mom. in words.
     */
    hetil_points_labels?: string[];
    /**
     * The point of HetiL 12 § 1 mom. in words.
     */
    hetil_12_label?: string;
  }[];
  text_after?: Text;
}
/**
 * Whose data is processed (rekisteröityjen ryhmät), for example customers and their contact persons. HetiL 10 § 3 k.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "DataSubjects".
 */
export interface DataSubjects {
  text?: Text;
  /**
   * The groups of data subjects.
   */
  items?: {
    id?: Id;
    description: Text;
    lead?: ItemLead;
  }[];
  /**
   * Whether children are among the data subjects, and the age rule for their consent to an online (information-society) service offered directly to them: GDPR 8; in Finland 13 years, Tietosuojalaki 1050/2018 5 §. Needed when children are among the data subjects and a purpose for an online service rests on consent. Shown after the list of groups.
   */
  children?: {
    /**
     * True when children (under 18) are among the data subjects. False says they are not, also where a text mentions them (for example 'the service is not meant for children under 13'), so that the words are not taken for a group.
     */
    included: boolean;
    /**
     * The age from which a child gives consent to an online service alone (GDPR 8(1)): 13 in Finland (Tietosuojalaki 1050/2018 5 §); the member states set 13-16, and a controller may ask for more. Below it the holder of parental responsibility consents or authorises the consent.
     */
    consent_age?: number;
    guardian_consent?: Text;
  };
  text_after?: Text;
}
/**
 * What data is processed (rekisterin tietosisältö). HetiL 10 § 3 k.; GDPR 14(1)(d).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "DataCategories".
 */
export interface DataCategories {
  text?: Text;
  /**
   * The categories of personal data.
   */
  items?: {
    id?: Id;
    description: Text;
    special_category?: SpecialCategory;
    /**
     * True for data on criminal convictions and offences (GDPR Art. 10; under the Personal Data Act sensitive data, HetiL 11 § 3 k., whose ground is given in `hetil_12`).
     */
    criminal?: boolean;
    /**
     * True when this includes the personal identity code (henkilötunnus); the ground for it must be stated (Tietosuojalaki 1050/2018, 29 §).
     */
    personal_identity_code?: boolean;
    lead?: ItemLead;
    /**
     * The special category (sensitive data under the Personal Data Act) in words, as the notice shows it.
     */
    special_category_label?: string;
  }[];
  text_after?: Text;
  identity_code_basis?: Text;
}
/**
 * Whether people must give their data, and what happens if they do not (GDPR 13(2)(e)).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "ProvisionRequirement".
 */
export interface ProvisionRequirement {
  requirement: Requirement;
  text?: Text;
  /**
   * The requirement in words.
   */
  requirement_text: string;
}
/**
 * Where the data comes from (säännönmukaiset tietolähteet). GDPR 14(2)(f).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Sources".
 */
export interface Sources {
  text?: Text;
  /**
   * The sources.
   */
  items?: {
    /**
     * Where the data comes from: data_subject, controller or third_party, or a list of them when one statement names several kinds of source.
     */
    from: SourceKind | [SourceKind, ...SourceKind[]];
    name?: Name;
    description?: Text;
    /**
     * For other sources than the person: whether it is publicly accessible (GDPR 14(2)(f)).
     */
    public?: boolean;
    lead?: ItemLead;
    /**
     * The kinds of source in words.
     */
    from_labels: string[];
  }[];
  text_after?: Text;
}
/**
 * Who receives the data (vastaanottajat ja säännönmukaiset luovutukset), named or by category; processors count. Say `none: true` when nobody does, `regular_disclosures: false` when the notice says only that there are no regular disclosures. GDPR 13(1)(e); HetiL 10 § 4 k.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Recipients".
 */
export interface Recipients {
  /**
   * True when the data is not disclosed to anyone.
   */
  none?: boolean;
  /**
   * False when the notice says only that there are no regular disclosures (ei säännönmukaisia luovutuksia / inga regelbundna utlämnanden): the data is not handed over as a matter of routine, which the Personal Data Act (10 § 4 k.) asked about. It is not `none: true`: processors and occasional recipients may still receive the data, and the GDPR (13(1)(e)) asks for them too. Say it in the notice's words in `text`; without a `text`, notice's own sentence says it.
   */
  regular_disclosures?: boolean;
  text?: Text;
  /**
   * The recipients.
   */
  items?: {
    name?: Name;
    category?: Text;
    description?: Text;
    /**
     * True when the recipient processes the data on the controller's behalf (a processor).
     */
    processor?: boolean;
    lead?: ItemLead;
  }[];
  text_after?: Text;
  /**
   * notice's sentence when the notice has none of its own: no recipients, or no regular disclosures.
   */
  statement?: string;
}
/**
 * Whether data is transferred outside the EU/EEA (siirrot EU:n tai ETA:n ulkopuolelle), and if so where, on what safeguard, and how to get a copy of it. GDPR 13(1)(f), 44-49; HetiL 10 § 4 k.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Transfers".
 */
export interface Transfers {
  status: TransferStatus;
  text?: Text;
  /**
   * Each transfer.
   */
  items?: {
    /**
     * The country as a two-letter ISO 3166 code, for example US. For a transfer to an international organisation, give `international_organisation` instead.
     */
    country?: string;
    /**
     * The international organisation that receives the data (GDPR 13(1)(f)), by its short name or full name, for example EPO (the European Patent Organisation).
     */
    international_organisation?: string;
    /**
     * true when the recipient in the United States is certified under the EU-US Data Privacy Framework (on the Data Privacy Framework List): the adequacy decision (EU) 2023/1795 covers only such recipients.
     */
    dpf_certified?: boolean;
    recipient?: Name;
    description?: Text;
    mechanism?: TransferMechanism;
    safeguard_copy?: Text;
    safeguards?: Text;
    /**
     * The country's name in the document's language.
     */
    country_name?: string;
    /**
     * The transfer mechanism in words.
     */
    mechanism_label?: string;
  }[];
  text_after?: Text;
  /**
   * notice's sentence on transfers: none (when the notice has no text of its own), or intended, before the list.
   */
  statement?: string;
}
/**
 * How long data is kept (säilytysaika): a period, or the criteria that set it, per purpose or data category. GDPR 5(1)(e), 13(2)(a).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Retention".
 */
export interface Retention {
  text?: Text;
  /**
   * One item per period.
   */
  items?: {
    applies_to?: IdList;
    /**
     * The period as an ISO 8601 duration in quotes: "P5Y" five years, "P6M" six months, "P30D" thirty days.
     */
    period?: string;
    trigger?: Text;
    criteria?: Text;
    law_reference?: Text;
    description?: Text;
    /**
     * The period in words, for example "5 vuotta".
     */
    period_text?: string;
  }[];
  text_after?: Text;
}
/**
 * How the data is protected (rekisterin suojauksen periaatteet). HetiL 10 § 5 k.; GDPR 32.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Security".
 */
export interface Security {
  text?: Text;
  /**
   * The measures, one per item.
   */
  items?: Text[];
  text_after?: Text;
}
/**
 * Whether decisions are made by automated means alone, including profiling (GDPR 13(2)(f), 22).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "AutomatedDecisions".
 */
export interface AutomatedDecisions {
  /**
   * True when decisions with legal or similarly significant effects are made by automated means alone.
   */
  used: boolean;
  text?: Text;
  logic?: Text;
  significance?: Text;
  /**
   * notice's sentence on whether decisions are automated, when the notice has no text of its own.
   */
  statement?: string;
}
/**
 * The data subject's rights and how to use them (rekisteröidyn oikeudet). GDPR 13(2)(b)-(c), 15-22; HetiL 24, 26-30 §.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Rights".
 */
export interface Rights {
  /**
   * True to include notice's built-in texts for every right that applies to the legal bases used. Your own `items` replace the built-in text of the rights they cover.
   */
  standard?: boolean;
  how_to?: Text;
  text?: Text;
  /**
   * Rights in your own words.
   */
  items?: {
    /**
     * The rights this text describes.
     *
     * @minItems 1
     */
    covers: [Right, ...Right[]];
    title?: Text;
    text: Text;
  }[];
  text_after?: Text;
  /**
   * The rights that apply to the notice, from its legal bases and processing.
   */
  applicable: Right[];
  /**
   * The built-in opening sentence, with `standard`.
   */
  intro?: string;
  /**
   * The rights as the notice lists them: the built-in text of each right that applies and no own item covers (with `standard`), then the own items; the right to object is apart, in `objection`.
   */
  shown: RightText[];
  /**
   * How requests are answered (one month, free of charge, identity), with `standard` under the GDPR.
   */
  answer?: string;
}
/**
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "RightText".
 */
export interface RightText {
  /**
   * Its title, when it has one.
   */
  title?: string;
  /**
   * The text (Markdown).
   */
  text: string;
  /**
   * The rights it describes: a built-in text's one right, or what the notice's own text covers.
   */
  covers: Right[];
}
/**
 * The right to complain to a supervisory authority (GDPR 13(2)(d), 77).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Complaint".
 */
export interface Complaint {
  /**
   * True when the notice shows notice's built-in text on the complaint (also when `rights.standard` brings it).
   */
  standard: boolean;
  text?: Text;
  authority?: Authority;
  /**
   * The built-in text on the right to complain, with `standard`.
   */
  standard_text?: string;
  /**
   * The supervisory authority's contact details as notice keeps them, with `standard`.
   */
  supervisory_authority?: {
    /**
     * Its name.
     */
    name: string;
    /**
     * Its visiting address on one line.
     */
    visiting_address: string;
    /**
     * Its postal address on one line.
     */
    postal_address: string;
    /**
     * Its phone number.
     */
    phone: string;
    /**
     * Its e-mail address.
     */
    email: string;
    /**
     * Its website.
     */
    website: string;
  };
}
/**
 * A supervisory authority's contact details as the notice states them.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Authority".
 */
export interface Authority {
  name?: Name;
  visiting_address?: Address;
  postal_address?: Address;
  phone?: Phones;
  email?: Emails;
  website?: Url;
}
/**
 * Processing for another purpose than the one the data was collected for (GDPR 13(3), 14(4)).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "FurtherProcessing".
 */
export interface FurtherProcessing {
  text?: Text;
  /**
   * The other purposes, one per item.
   */
  items?: Text[];
  text_after?: Text;
}
/**
 * Cookies and similar technologies on the website (Act on Electronic Communications Services 917/2014, 205 §).
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Cookies".
 */
export interface Cookies {
  text?: Text;
  /**
   * The cookies.
   */
  items?: {
    /**
     * The cookie's name.
     */
    name: string;
    purpose?: Text;
    duration?: Text;
    /**
     * True when a third party sets or reads it.
     */
    third_party?: boolean;
  }[];
  text_after?: Text;
}
/**
 * How changes to the notice are made and announced.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "Changes".
 */
export interface Changes {
  text?: Text;
  /**
   * The notice's change history, one entry per published version: when, which version, and what changed. Rendered under the heading 'Muutoshistoria' / 'Ändringshistorik' / 'Change history' at the end of this section, newest first. README: "Change history".
   *
   * @minItems 1
   */
  history?: [HistoryEntry, ...HistoryEntry[]];
}
/**
 * One published version of the notice in the change history.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "HistoryEntry".
 */
export interface HistoryEntry {
  date: IsoDate;
  /**
   * The version label, in quotes, as `notice.version` had it, for example "2.0".
   */
  version?: string;
  summary: Text;
}
/**
 * A section of your own.
 *
 * This interface was referenced by `NoticeExport`'s JSON-Schema
 * via the `definition` "ExtraSection".
 */
export interface ExtraSection {
  id?: Id;
  title: Text;
  text: Text;
  after?: SectionName;
}
