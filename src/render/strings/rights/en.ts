import type { RightsTexts } from '../types.js';

/** The rights texts in English: the rights one by one, the objection box, HetiL's rights and the complaint. */
export const enRights: RightsTexts = {
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
