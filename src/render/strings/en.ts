import { enRights } from './rights/en.js';
import type { StringCatalog } from './types.js';

export const en: StringCatalog = {
  titles: {
    gdpr: 'Privacy notice',
    hetilRegister: 'Description of personal data file',
    hetilPrivacy: 'Privacy statement',
  },
  lawLines: {
    gdpr: 'General Data Protection Regulation (EU) 2016/679, Articles 13 and 14',
    hetilRegister: 'Personal Data Act (523/1999), section 10',
    hetilPrivacy: 'Personal Data Act (523/1999), sections 10 and 24',
  },
  headings: {
    controller: 'Controller',
    controllerHetil: 'Controller',
    contact_person: 'Contact person for register / data protection matters',
    dpo: 'Data protection officer',
    register_name: 'Name of the register / processing activity',
    purposes: 'Purposes of the processing',
    legal_basis: 'Legal basis for the processing',
    data_subjects: 'Categories of data subjects',
    data_categories: 'Categories of personal data',
    provision_requirement: {
      reader: 'Whether you must provide the data, and consequences',
      neutral: 'Whether the data must be provided, and consequences',
    },
    sources: 'Sources of personal data',
    recipients: 'Recipients and regular disclosures',
    transfers: 'Transfers outside the EU/EEA',
    retention: 'Retention period',
    security: 'Principles of data security',
    automated_decisions: 'Automated decision-making and profiling',
    rights: { reader: 'Your rights as a data subject', neutral: 'Rights of the data subject' },
    objection: 'Right to object',
    complaint: 'Right to lodge a complaint with a supervisory authority',
    further_processing: 'Processing for other purposes',
    cookies: 'Cookies',
    changes: 'Changes to this notice',
    contents: 'Contents',
    extra: 'Further information',
    and: 'and',
    changeHistory: 'Change history',
  },
  archive: {
    heading: 'published versions',
    intro:
      'This page lists every published version of the notice and when each was in force. The version in force now is at the top.',
    version: 'Version',
    inForce: 'In force',
    files: 'Files',
    now: 'now',
    languageSwitcher: 'Language',
    languageNames: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
  },
  pluralHeadings: { controller: 'Controllers', controllerHetil: 'Controllers', dpo: 'Data protection officers' },
  labels: {
    created: 'Created',
    updated: 'Last updated',
    version: 'Version',
    draft: 'Draft',
    page: 'Page',
    businessId: 'Business ID',
    address: 'Address',
    postalAddress: 'Postal address',
    visitingAddress: 'Visiting address',
    billingAddress: 'Billing address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    representative: 'Representative',
    jointArrangement: 'Arrangement between the controllers',
    contactPoint: {
      reader: 'Your contact point in matters concerning this register is',
      neutral: 'The contact point for data subjects in matters concerning this register is',
    },
    dpoNone: {
      reader: 'We have not designated a data protection officer.',
      neutral: 'No data protection officer has been designated.',
    },
    dpoSameAsContact: {
      reader: 'The contact person above is also our data protection officer.',
      neutral: 'The contact person above is also the controller’s data protection officer.',
    },
    purposesCovered: 'Purposes',
    lawReference: 'Legislation',
    legitimateInterest: 'Legitimate interest',
    specialCategoryCondition: 'Condition for processing special categories of data',
    criminalData: 'Also covers data on criminal convictions and offences (GDPR Art. 10)',
    hetilPoints: 'Points of section 8(1)',
    specialCategory: 'Special category of data',
    criminal: 'Includes data on criminal convictions and offences',
    identityCode: 'Includes the personal identity code',
    identityCodeBasis: {
      reader: 'Why we process the personal identity code',
      neutral: 'Basis for processing the personal identity code',
    },
    childConsentAge: 'Age from which a child gives consent to an online service alone',
    years: 'years',
    sourcePublic: '(publicly accessible source)',
    sourceNotPublic: '(not a public source)',
    processor: 'Processor',
    recipientsNone: {
      reader: 'We do not disclose the data to anyone.',
      neutral: 'The data is not disclosed to anyone.',
    },
    recipientsNoRegular: 'There are no regular disclosures of the data.',
    transfersNone: {
      reader: 'We do not transfer data outside the EU or the EEA.',
      neutral: 'Data is not transferred outside the EU or the EEA.',
    },
    transfersIntended: {
      reader: 'We transfer data outside the EU or the EEA as follows:',
      neutral: 'Data is transferred outside the EU or the EEA as follows:',
    },
    country: 'Country',
    recipient: 'Recipient',
    mechanism: 'Transfer mechanism',
    safeguardCopy: 'Copy of the safeguards',
    safeguards: 'Safeguards',
    dpfCertified: 'Certified under the EU-US Data Privacy Framework',
    period: 'Retention period',
    appliesTo: 'Applies to',
    allData: 'all the data',
    trigger: 'Counted from',
    criteria: 'Criteria',
    automatedNone: {
      reader:
        'We do not make decisions based solely on automated processing, including profiling, that have legal or similarly significant effects on you.',
      neutral:
        'Decisions based solely on automated processing, including profiling, that have legal or similarly significant effects on the data subject are not made.',
    },
    automatedUsed: {
      reader: 'We make some decisions about you by automated means alone. This is how it works:',
      neutral: 'Some decisions about the data subject are made by automated means alone. This is how it works:',
    },
    logic: 'How the decision is made',
    significance: { reader: 'What it means for you', neutral: 'What it means for the data subject' },
    cookieName: 'Cookie',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Duration',
    thirdParty: 'Third-party cookie',
    yes: 'Yes',
    no: 'No',
  },
  bases: {
    consent: 'Consent (GDPR Art. 6(1)(a))',
    contract: 'Contract, or steps before entering into one (GDPR Art. 6(1)(b))',
    legal_obligation: 'Legal obligation (GDPR Art. 6(1)(c))',
    vital_interests: 'Protection of vital interests (GDPR Art. 6(1)(d))',
    public_task: 'Task in the public interest or exercise of official authority (GDPR Art. 6(1)(e))',
    legitimate_interests: 'Legitimate interests (GDPR Art. 6(1)(f))',
    hetil_8_1: 'Personal Data Act (523/1999), section 8(1)',
  },
  article9: {
    a: 'Art. 9(2)(a): explicit consent',
    b: 'Art. 9(2)(b): obligations and rights under employment, social security and social protection law',
    c: 'Art. 9(2)(c): vital interests of a person who cannot give consent',
    d: 'Art. 9(2)(d): a foundation, association or other not-for-profit body processing data on its members or regular contacts',
    e: {
      reader: 'Art. 9(2)(e): data you have clearly made public yourself',
      neutral: 'Art. 9(2)(e): data the data subject has clearly made public',
    },
    f: 'Art. 9(2)(f): establishing, exercising or defending legal claims, or courts acting in their judicial capacity',
    g: 'Art. 9(2)(g): substantial public interest, on the basis of law',
    h: 'Art. 9(2)(h): preventive or occupational medicine, medical diagnosis, health care or social care',
    i: 'Art. 9(2)(i): public interest in the area of public health',
    j: 'Art. 9(2)(j): archiving in the public interest, scientific or historical research, or statistics',
  },
  specialCategories: {
    racial_or_ethnic_origin: 'Racial or ethnic origin',
    political_opinions: 'Political opinions',
    religious_beliefs: 'Religious or philosophical beliefs',
    trade_union_membership: 'Trade union membership',
    genetic: 'Genetic data',
    biometric: 'Biometric data used to identify a person',
    health: 'Data concerning health',
    sex_life_or_orientation: 'Data concerning sex life or sexual orientation',
    social_welfare: 'Data on the need of social welfare and on the services, support and benefits received',
  },
  requirements: {
    statutory: {
      reader: 'You must give us this data, because the law requires it.',
      neutral: 'The data subject must give this data, because the law requires it.',
    },
    contractual: {
      reader: 'You must give us this data, because our contract with you requires it.',
      neutral:
        'The data subject must give this data, because the contract between the data subject and the controller requires it.',
    },
    contract_prerequisite: {
      reader: 'We need this data to make a contract with you. If you do not give it, we cannot make the contract.',
      neutral: 'This data is needed to make a contract with the data subject. Without it, the contract cannot be made.',
    },
    voluntary: { reader: 'Giving us this data is voluntary.', neutral: 'Giving this data is voluntary.' },
    mixed: 'Some of the data is required and some voluntary.',
  },
  sourceKinds: {
    data_subject: { reader: 'You yourself', neutral: 'The data subject' },
    controller: 'The controller itself',
    third_party: 'Third parties',
  },
  mechanisms: {
    adequacy: 'Adequacy decision of the European Commission (GDPR Art. 45)',
    scc: 'Standard contractual clauses of the European Commission (GDPR Art. 46(2)(c); decision (EU) 2021/914)',
    sa_scc:
      'Standard data protection clauses adopted by a supervisory authority and approved by the Commission (GDPR Art. 46(2)(d))',
    bcr: 'Binding corporate rules (GDPR Art. 46(2)(b) and 47)',
    code_of_conduct: 'Approved code of conduct with binding commitments by the recipient (GDPR Art. 46(2)(e))',
    certification: 'Approved certification with binding commitments by the recipient (GDPR Art. 46(2)(f))',
    public_authority_instrument: 'Legally binding instrument between public authorities or bodies (GDPR Art. 46(2)(a))',
    ad_hoc_clauses: 'Contractual clauses authorised by the supervisory authority (GDPR Art. 46(3)(a))',
    administrative_arrangement:
      'Administrative arrangement between public authorities, authorised by the supervisory authority (GDPR Art. 46(3)(b))',
    derogation_49_1_a: {
      reader: 'Your explicit consent, given after you were told of the risks (GDPR Art. 49(1)(a))',
      neutral: 'The data subject’s explicit consent, given after being told of the risks (GDPR Art. 49(1)(a))',
    },
    derogation_49_1_b: {
      reader:
        'Necessary to perform a contract between you and us, or to take steps you asked for before making one (GDPR Art. 49(1)(b))',
      neutral:
        'Necessary to perform a contract between the data subject and the controller, or to take steps the data subject asked for before making one (GDPR Art. 49(1)(b))',
    },
    derogation_49_1_c: {
      reader:
        'Necessary to make or perform a contract in your interest between us and someone else (GDPR Art. 49(1)(c))',
      neutral:
        'Necessary to make or perform a contract in the data subject’s interest between the controller and someone else (GDPR Art. 49(1)(c))',
    },
    derogation_49_1_d: 'Necessary for important reasons of public interest (GDPR Art. 49(1)(d))',
    derogation_49_1_e: 'Necessary to establish, exercise or defend legal claims (GDPR Art. 49(1)(e))',
    derogation_49_1_f: {
      reader:
        'Necessary to protect your or another person’s vital interests when you cannot give consent (GDPR Art. 49(1)(f))',
      neutral:
        'Necessary to protect the vital interests of the data subject or another person when the data subject cannot give consent (GDPR Art. 49(1)(f))',
    },
    derogation_49_1_g: 'Transfer from a public register (GDPR Art. 49(1)(g))',
    compelling_legitimate_interests: {
      reader:
        'Our compelling legitimate interests, for a one-off transfer that concerns only a limited number of people (GDPR Art. 49(1), second subparagraph)',
      neutral:
        'The controller’s compelling legitimate interests, for a one-off transfer that concerns only a limited number of people (GDPR Art. 49(1), second subparagraph)',
    },
    safe_harbor:
      'EU-US Safe Harbor framework (no longer valid: the Court of Justice of the EU declared it invalid on 6 October 2015)',
    privacy_shield:
      'EU-US Privacy Shield (no longer valid: the Court of Justice of the EU declared it invalid on 16 July 2020)',
    scc_2001_497:
      'Standard contractual clauses of Commission Decision 2001/497/EC (no longer valid after 27 December 2022)',
    scc_2004_915:
      'Standard contractual clauses of Commission Decision 2004/915/EC (no longer valid after 27 December 2022)',
    scc_2010_87:
      'Standard contractual clauses of Commission Decision 2010/87/EU (no longer valid after 27 December 2022)',
  },
  units: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
  },
  poBox: 'P.O. Box',
  ...enRights,
};
