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
  rights: {
    intro: {
      reader: 'You have the rights described below concerning your personal data. You can use them by contacting us.',
      neutral:
        'The data subject has the rights described below concerning personal data about them, and can use them by contacting the controller.',
    },
    gdpr: {
      access: {
        title: 'Right of access',
        text: {
          reader:
            'You can ask us whether we process data about you. If we do, you can get a copy of the data and information on how we use it.',
          neutral:
            'The data subject can ask the controller whether data about them is processed. If it is, they can get a copy of the data and information on how it is used.',
        },
      },
      rectification: {
        title: 'Right to rectification',
        text: {
          reader:
            'If data about you is wrong, you can ask us to correct it. You can also ask us to complete data that is incomplete.',
          neutral:
            'If data about the data subject is wrong, they can ask the controller to correct it. They can also ask for incomplete data to be completed.',
        },
      },
      erasure: {
        title: 'Right to erasure',
        text: {
          reader:
            'You can ask us to erase your data, for example if we no longer need it. We cannot erase data that the law requires us to keep.',
          neutral:
            'The data subject can ask the controller to erase data about them, for example if it is no longer needed. Data that the law requires to be kept cannot be erased.',
        },
      },
      restriction: {
        title: 'Right to restriction',
        text: {
          reader:
            'In some situations you can ask us to restrict the processing of your data. We then store the data but do not otherwise use it, for example while we check that it is correct.',
          neutral:
            'In some situations the data subject can ask the controller to restrict the processing of data about them. The data is then stored but not otherwise used, for example while it is checked that the data is correct.',
        },
      },
      notification: {
        title: 'Notice to recipients',
        text: {
          reader:
            'If we correct or erase your data or restrict its processing, we tell everyone we have disclosed the data to, unless this is impossible or takes unreasonable effort. If you ask, we tell you who these recipients are.',
          neutral:
            'If the controller corrects or erases data about the data subject or restricts its processing, it tells everyone the data has been disclosed to, unless this is impossible or takes unreasonable effort. On request, the data subject is told who these recipients are.',
        },
      },
      portability: {
        title: 'Right to data portability',
        text: {
          reader:
            'You can get the data you have given us in a common, machine-readable format. You can also ask us to send it directly to another controller, if this is technically possible.',
          neutral:
            'The data subject can get the data they have given the controller in a common, machine-readable format. They can also ask for it to be sent directly to another controller, if this is technically possible.',
        },
      },
      objection_marketing: {
        title: 'Right to refuse direct marketing',
        text: {
          reader:
            'You can tell us at any time to stop using your data for direct marketing and for profiling related to it. You do not need to give a reason. After that, we no longer use your data for this purpose.',
          neutral:
            'The data subject can at any time object to the use of data about them for direct marketing and for profiling related to it. No reason needs to be given. After that, the data is no longer used for this purpose.',
        },
      },
      automated_decisions: {
        title: 'Automated decisions',
        text: {
          reader:
            'If we make a decision about you by automated means alone, you can ask for a person to review it. You can also give your view and contest the decision.',
          neutral:
            'If a decision about the data subject is made by automated means alone, they can ask for a person to review it. They can also give their view and contest the decision.',
        },
      },
      withdraw_consent: {
        title: 'Right to withdraw consent',
        text: {
          reader:
            'When we process your data on the basis of your consent, you can withdraw your consent at any time, as easily as you gave it. Processing that took place before you withdrew it remains lawful.',
          neutral:
            'When data is processed on the basis of the data subject’s consent, they can withdraw their consent at any time, as easily as they gave it. Processing that took place before the withdrawal remains lawful.',
        },
      },
    },
    hetil: {
      access: {
        title: 'Right of access',
        text: {
          reader:
            'You can check what data about you is stored in the register. This is free of charge once a year (Personal Data Act, section 26).',
          neutral:
            'The data subject can check what data about them is stored in the register. This is free of charge once a year (Personal Data Act, section 26).',
        },
      },
      rectification: {
        title: 'Right to have data corrected',
        text: {
          reader:
            'You can require us to correct data in the register that is wrong, unnecessary, incomplete or out of date (Personal Data Act, section 29).',
          neutral:
            'The data subject can require that data about them in the register that is wrong, unnecessary, incomplete or out of date be corrected (Personal Data Act, section 29).',
        },
      },
      objection_marketing: {
        title: 'Right to prohibit processing',
        text: {
          reader:
            'You can prohibit us from processing your data for direct marketing, distance selling, market and opinion research, directories of people and genealogy (Personal Data Act, section 30).',
          neutral:
            'The data subject can prohibit the processing of data about them for direct marketing, distance selling, market and opinion research, directories of people and genealogy (Personal Data Act, section 30).',
        },
      },
    },
    answer: {
      reader:
        'We answer your request without undue delay and within one month at the latest. If the request is complex or we receive many requests, we can extend this by two months, and we will tell you so within the first month. Requests are free of charge unless they are clearly unfounded or excessive, and we may ask you to confirm your identity.',
      neutral:
        'The controller answers a request without undue delay and within one month at the latest. If the request is complex or there are many requests, this can be extended by two months, and the data subject is told so within the first month. Requests are free of charge unless they are clearly unfounded or excessive, and the data subject may be asked to confirm their identity.',
    },
  },
  objection: {
    title: 'Right to object',
    text: {
      reader:
        'When we process your data on the basis of our legitimate interests or to carry out a task in the public interest, you can object to the processing for reasons relating to your particular situation. We will then stop, unless we can show compelling legitimate grounds that outweigh your interests and rights, or we need the data to establish, exercise or defend legal claims.',
      neutral:
        'When data is processed on the basis of the controller’s legitimate interests or to carry out a task in the public interest, the data subject can object to the processing for reasons relating to their particular situation. The processing then stops, unless the controller can show compelling legitimate grounds that outweigh the data subject’s interests and rights, or needs the data to establish, exercise or defend legal claims.',
    },
  },
  hetil: {
    bases: {
      consent: 'Consent',
      contract: 'Contract, or steps before entering into one',
      legal_obligation: 'Legal obligation',
      vital_interests: 'Protection of vital interests',
      public_task: 'Task in the public interest or exercise of official authority',
      legitimate_interests: 'Legitimate interests',
    },
    points8: {
      1: '1) unambiguous consent',
      2: '2) an assignment, a contract or a comparable legal relationship, or steps before a contract',
      3: '3) protection of a vital interest',
      4: '4) processing provided by law, or a task or obligation set by law',
      5: '5) an appropriate connection with the controller’s operations, such as a customer, employment or membership relation (connection requirement)',
      6: '6) data on customers or employees within a group of companies or another economic grouping',
      7: '7) payment traffic, computer runs or comparable tasks carried out on assignment',
      8: '8) generally available data on a person’s position and duties in public bodies, business or organisations',
      9: '9) a permission of the Data Protection Board',
    },
    sensitiveGround: 'Ground for processing sensitive data (Personal Data Act, section 12(1))',
    points12: {
      1: '1) express consent',
      2: '2) social, political or religious affiliation or trade-union membership that the person has made public',
      3: '3) protection of a vital interest when consent cannot be given',
      4: '4) drafting, presenting, defending or deciding a legal claim',
      5: '5) processing provided by law, or a task set by law',
      6: '6) historical or scientific research or statistics',
      7: '7) data on affiliation that an association professing it holds on its members and regular contacts',
      8: '8) trade-union membership data that trade unions hold on their members and regular contacts',
      9: '9) trade-union membership data the controller needs for its rights and duties under labour law',
      10: '10) data on the data subject’s health and care that a health-care unit or professional received in its work',
      11: '11) health or criminal data an insurance institution received in its insurance business, as needed to settle its liability',
      12: '12) data on the data subject’s social welfare that a social-welfare authority, institution or service provider received in its work',
      13: '13) a permit of the Data Protection Board',
    },
    sensitiveCategory: 'Sensitive data',
    complaint: {
      reader:
        'If you are refused access to your data, or the correction you required is not made, you can take the matter to the Data Protection Ombudsman.',
      neutral:
        'If the data subject is refused access to their data, or the correction they required is not made, the matter can be taken to the Data Protection Ombudsman.',
    },
  },
  complaint: {
    text: {
      reader:
        'If you think that we process your data in breach of data protection law, you can complain to a supervisory authority. In Finland this is the Data Protection Ombudsman, but you can also complain in the EU country where you live or work or where the suspected breach took place.',
      neutral:
        'If the data subject thinks that data about them is processed in breach of data protection law, they can complain to a supervisory authority. In Finland this is the Data Protection Ombudsman, but a complaint can also be made in the EU country where the data subject lives or works or where the suspected breach took place.',
    },
    authority: {
      name: 'Office of the Data Protection Ombudsman',
      visitingAddress: 'Lintulahdenkuja 4, 00530 Helsinki',
      postalAddress: 'P.O. Box 800, 00531 Helsinki, Finland',
      phone: '+358 29 566 6700',
      email: 'tietosuoja@om.fi',
      website: 'https://tietosuoja.fi/en',
    },
  },
};
