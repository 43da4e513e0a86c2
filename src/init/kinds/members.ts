import type { Starter } from '../starter.js';
import { SECURITY_INTRO } from './shared.js';

/** An association's member register (jäsenrekisteri / medlemsregister). */
export const members: Starter = {
  register_name: {
    fi: 'Jäsenrekisteri',
    sv: 'Medlemsregister',
    en: 'Member register',
  },

  purposes: {
    items: [
      {
        id: 'member_register',
        name: {
          fi: 'Jäsenluettelo ja jäsenyys',
          sv: 'Medlemsförteckning och medlemskap',
          en: 'List of members and membership',
        },
        description: {
          fi: 'Yhdistyksen jäsenluettelon pitäminen ja jäsenyyden hoitaminen: jäseneksi liittyminen, eroaminen ja jäsenmaksut.',
          sv: 'Att föra föreningens medlemsförteckning och sköta medlemskapet: inträde, utträde och medlemsavgifter.',
          en: "Keeping the association's list of members and managing membership: joining, leaving and membership fees.",
        },
      },
      {
        id: 'member_communication',
        name: { fi: 'Jäsenviestintä', sv: 'Information till medlemmarna', en: 'Communication with members' },
        description: {
          fi: 'Jäsenille tiedottaminen, kuten kokouskutsut ja jäsenkirjeet.',
          sv: 'Att informera medlemmarna, till exempel med möteskallelser och medlemsbrev.',
          en: 'Informing members, for example with notices of meetings and member letters.',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'legal_obligation',
        purposes: ['member_register'],
        description: {
          fi: 'Yhdistyslaki velvoittaa hallituksen pitämään luetteloa yhdistyksen jäsenistä.',
          sv: 'Föreningslagen förpliktar styrelsen att föra en förteckning över föreningens medlemmar.',
          en: "The Associations Act requires the board to keep a list of the association's members.",
        },
        law_reference: {
          fi: 'Yhdistyslaki (503/1989) 11 §',
          sv: 'Föreningslagen (503/1989) 11 §',
          en: 'Associations Act (503/1989), section 11',
        },
      },
      {
        basis: 'contract',
        purposes: ['member_communication'],
        description: {
          fi: 'TODO: kerro, millä perusteella tiedotatte jäsenille (esimerkiksi jäsenyys ja yhdistyksen säännöt)',
          sv: 'TODO: berätta på vilken grund ni informerar medlemmarna (till exempel medlemskapet och föreningens stadgar)',
          en: 'TODO: say on what basis you inform members (for example the membership and the rules of the association)',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'members',
        description: {
          fi: 'Yhdistyksen jäsenet.',
          sv: 'Föreningens medlemmar.',
          en: 'The members of the association.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'member_details',
        description: {
          fi: 'Koko nimi ja kotipaikka, jotka yhdistyslaki edellyttää jäsenluetteloon.',
          sv: 'Fullständigt namn och hemort, som föreningslagen kräver i medlemsförteckningen.',
          en: 'Full name and place of domicile, which the Associations Act requires in the list of members.',
        },
      },
      {
        id: 'contact_details',
        description: {
          fi: 'TODO: mitkä yhteystiedot keräätte (esimerkiksi osoite, sähköposti, puhelinnumero)',
          sv: 'TODO: vilka kontaktuppgifter ni samlar in (till exempel adress, e-post, telefonnummer)',
          en: 'TODO: which contact details you collect (for example address, e-mail, phone number)',
        },
      },
      {
        id: 'membership_details',
        description: {
          fi: 'TODO: jäsenyyttä koskevat tiedot (esimerkiksi liittymispäivä, jäsenlaji, jäsenmaksut)',
          sv: 'TODO: uppgifter om medlemskapet (till exempel datum för inträde, medlemskategori, medlemsavgifter)',
          en: 'TODO: data on the membership (for example date of joining, type of membership, fees paid)',
        },
      },
    ],
  },

  provision_requirement: {
    requirement: 'contract_prerequisite',
    text: {
      fi: 'TODO: mitkä tiedot jäseneksi liittyvän on annettava ja mitä seuraa, jos hän ei anna niitä',
      sv: 'TODO: vilka uppgifter den som går med måste lämna och vad som följer om hen inte lämnar dem',
      en: 'TODO: which data a person joining must give and what follows if they do not',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'TODO: mistä tiedot saadaan (esimerkiksi jäsenen liittymislomakkeelta)',
          sv: 'TODO: varifrån uppgifterna kommer (till exempel från medlemmens inträdesblankett)',
          en: "TODO: where the data comes from (for example the member's application to join)",
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kenelle tietoja luovutetaan tai kuka käsittelee niitä puolestanne (esimerkiksi keskusjärjestö tai jäsenrekisteripalvelu), tai merkitse none: true',
          sv: 'TODO: till vem uppgifterna lämnas ut eller vem som behandlar dem för er räkning (till exempel en centralorganisation eller en tjänst för medlemsregistret), eller ange none: true',
          en: 'TODO: who receives the data or processes it on your behalf (for example a national federation or a member register service), or say none: true',
        },
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['member_register', 'member_communication'],
        criteria: {
          fi: 'TODO: kuinka kauan säilytätte jäsenen tiedot eroamisen jälkeen',
          sv: 'TODO: hur länge ni sparar medlemmens uppgifter efter utträdet',
          en: "TODO: how long you keep a member's data after they leave",
        },
      },
    ],
  },

  security: {
    text: SECURITY_INTRO,
    items: [
      {
        fi: 'TODO: kuka pääsee jäsentietoihin (esimerkiksi hallitus ja jäsensihteeri)',
        sv: 'TODO: vem som har tillgång till medlemsuppgifterna (till exempel styrelsen och medlemssekreteraren)',
        en: 'TODO: who can access member data (for example the board and the membership secretary)',
      },
    ],
  },
};
