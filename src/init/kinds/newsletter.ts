import type { Starter } from '../starter.js';
import {
  AFTER_RETENTION,
  OWN_ACCOUNTS,
  PROCESSES_FOR_US,
  SECURITY_INTRO,
  SECURITY_TODO_LEAD,
  todoWithExamples,
} from './shared.js';

/** Newsletter and marketing register, based on the subscriber's consent. */
export const newsletter: Starter = {
  register_name: {
    fi: 'Uutiskirjeen tilaajarekisteri',
    sv: 'Register över nyhetsbrevets prenumeranter',
    en: 'Newsletter subscriber register',
  },

  purposes: {
    items: [
      {
        id: 'newsletter',
        name: { fi: 'Uutiskirje', sv: 'Nyhetsbrev', en: 'Newsletter' },
        direct_marketing: true,
        description: {
          fi: 'Uutiskirjeen ja muiden markkinointiviestien lähettäminen sähköpostilla, jos olet tilannut ne.',
          sv: 'Att skicka nyhetsbrevet och andra marknadsföringsmeddelanden per e-post, om du har beställt dem.',
          en: 'Sending our newsletter and other marketing messages by e-mail, if you have subscribed to them.',
        },
      },
      {
        id: 'newsletter_statistics',
        name: { fi: 'Uutiskirjeen kehittäminen', sv: 'Utveckling av nyhetsbrevet', en: 'Improving the newsletter' },
        description: {
          fi: 'Uutiskirjeen kehittäminen: seuraamme, avataanko viestejä ja mitä linkkejä niistä klikataan.',
          sv: 'Att utveckla nyhetsbrevet: vi följer upp om meddelandena öppnas och vilka länkar som klickas.',
          en: 'Improving the newsletter: we follow whether messages are opened and which links are clicked.',
        },
      },
      {
        id: 'consent_records',
        name: { fi: 'Suostumusten kirjaaminen', sv: 'Registrering av samtycken', en: 'Records of consent' },
        description: {
          fi: 'Suostumusten ja tilausten perumisten kirjaaminen, jotta voimme osoittaa toimineemme oikein emmekä lähetä viestejä perumisen jälkeen.',
          sv: 'Att registrera samtycken och avslutade prenumerationer, så att vi kan visa att vi har handlat rätt och inte skickar meddelanden efter att du har avslutat prenumerationen.',
          en: 'Recording consents and unsubscriptions, so that we can show we have acted correctly and send no messages after you unsubscribe.',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'consent',
        purposes: ['newsletter', 'newsletter_statistics'],
        description: {
          fi: 'Käsittely perustuu suostumukseesi, jonka annat tilatessasi uutiskirjeen. Voit peruuttaa sen milloin tahansa jokaisen viestin lopussa olevasta linkistä.',
          sv: 'Behandlingen grundar sig på ditt samtycke, som du ger när du beställer nyhetsbrevet. Du kan återkalla det när som helst via länken i slutet av varje meddelande.',
          en: 'The processing is based on your consent, which you give when you subscribe to the newsletter. You can withdraw it at any time through the link at the end of each message.',
        },
      },
      {
        basis: 'legitimate_interests',
        purposes: ['consent_records'],
        interest: {
          fi: 'Meillä on oikeutettu etu pystyä osoittamaan, että lähetämme viestejä vain niille, jotka ovat antaneet siihen suostumuksensa.',
          sv: 'Vi har ett berättigat intresse av att kunna visa att vi bara skickar meddelanden till dem som har gett sitt samtycke.',
          en: 'We have a legitimate interest in being able to show that we send messages only to people who have consented to them.',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'subscribers',
        description: {
          fi: 'Henkilöt, jotka ovat tilanneet uutiskirjeemme tai markkinointiviestejämme.',
          sv: 'Personer som har beställt vårt nyhetsbrev eller våra marknadsföringsmeddelanden.',
          en: 'People who have subscribed to our newsletter or marketing messages.',
        },
      },
      {
        id: 'former_subscribers',
        description: {
          fi: 'Entiset tilaajat, joiden tilauksen perumisesta säilytämme tiedon.',
          sv: 'Tidigare prenumeranter vars avslutade prenumeration vi har en uppgift om.',
          en: 'Former subscribers whose unsubscription we keep a record of.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'contact_details',
        description: {
          fi: 'Sähköpostiosoite ja halutessasi nimesi.',
          sv: 'E-postadress och, om du vill, ditt namn.',
          en: 'Your e-mail address and, if you choose to give it, your name.',
        },
      },
      {
        id: 'preferences',
        description: {
          fi: 'Tilaukseen liittyvät valinnat, kuten kiinnostuksen kohteet ja kieli.',
          sv: 'Val som gäller prenumerationen, till exempel intresseområden och språk.',
          en: 'Your subscription choices, such as topics of interest and language.',
        },
      },
      {
        id: 'consent_data',
        description: {
          fi: 'Suostumustiedot: milloin ja miten tilasit uutiskirjeen ja milloin perit tilauksen.',
          sv: 'Uppgifter om samtycket: när och hur du beställde nyhetsbrevet och när du avslutade prenumerationen.',
          en: 'Consent data: when and how you subscribed, and when you unsubscribed.',
        },
      },
      {
        id: 'usage_data',
        description: {
          fi: 'Tiedot viestien avaamisesta ja linkkien klikkauksista.',
          sv: 'Uppgifter om öppnade meddelanden och klickade länkar.',
          en: 'Data on which messages you opened and which links you clicked.',
        },
      },
    ],
  },

  provision_requirement: {
    requirement: 'voluntary',
    text: {
      fi: 'Uutiskirjeen tilaaminen on vapaaehtoista. Tarvitsemme sähköpostiosoitteesi uutiskirjeen lähettämiseen; jos et anna sitä, et saa uutiskirjettä, mutta sillä ei ole muita seurauksia.',
      sv: 'Det är frivilligt att beställa nyhetsbrevet. Vi behöver din e-postadress för att kunna skicka det; om du inte ger oss den får du inget nyhetsbrev, men det har inga andra följder.',
      en: 'Subscribing is voluntary. We need your e-mail address to send you the newsletter; if you do not give it, you will not receive the newsletter, but there are no other consequences.',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'Sinulta itseltäsi, kun tilaat uutiskirjeen tai muutat tilauksesi tietoja.',
          sv: 'Av dig själv när du beställer nyhetsbrevet eller ändrar uppgifterna i din prenumeration.',
          en: 'From you, when you subscribe or change your subscription details.',
        },
      },
      {
        from: 'controller',
        description: {
          fi: 'Uutiskirjeen lähetysjärjestelmästä, joka kirjaa viestien avaukset ja linkkien klikkaukset.',
          sv: 'Från systemet för utskick av nyhetsbrevet, som registrerar öppnade meddelanden och klickade länkar.',
          en: 'From our newsletter system, which records opened messages and clicked links.',
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kerro, mikä palvelu lähettää uutiskirjeen (esimerkiksi sähköpostimarkkinointipalvelun nimi) ja sijaitseeko se EU:n tai ETA:n ulkopuolella',
          sv: 'TODO: ange vilken tjänst som skickar nyhetsbrevet (till exempel namnet på tjänsten för e-postmarknadsföring) och om den finns utanför EU eller EES',
          en: 'TODO: name the service that sends the newsletter (for example your e-mail marketing service) and say whether it is outside the EU or EEA',
        },
        description: {
          fi: 'Lähettää uutiskirjeen puolestamme ja käsittelee tietoja vain ohjeidemme mukaan.',
          sv: 'Skickar nyhetsbrevet för vår räkning och behandlar uppgifterna endast enligt våra instruktioner.',
          en: 'Sends the newsletter on our behalf and processes the data only on our instructions.',
        },
        processor: true,
      },
      {
        category: {
          fi: 'TODO: kerro, mitkä muut palveluntarjoajat käsittelevät tietoja puolestanne (esimerkiksi verkkosivujen ylläpitäjä, jonka lomakkeella uutiskirje tilataan), tai poista tämä kohta',
          sv: 'TODO: ange vilka andra tjänsteleverantörer som behandlar uppgifterna för er räkning (till exempel den som driver webbplatsen där nyhetsbrevet beställs), eller ta bort den här punkten',
          en: 'TODO: name any other service providers who process the data on your behalf (for example whoever runs the website with the subscription form), or remove this item',
        },
        description: PROCESSES_FOR_US,
        processor: true,
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['newsletter', 'newsletter_statistics'],
        criteria: {
          fi: 'TODO: kerro, kuinka pian poistatte tilaajan tiedot tilauksen perumisen jälkeen (esimerkiksi heti tai 30 päivän kuluessa) ja kuinka kauan säilytätte avaus- ja klikkaustiedot',
          sv: 'TODO: ange hur snart ni raderar prenumerantens uppgifter efter att prenumerationen har avslutats (till exempel genast eller inom 30 dagar) och hur länge ni sparar uppgifterna om öppningar och klick',
          en: "TODO: say how soon you delete a subscriber's data after they unsubscribe (for example at once or within 30 days), and how long you keep the open and click data",
        },
      },
      {
        applies_to: ['consent_records'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte tiedon suostumuksesta ja sen peruuttamisesta (esimerkiksi 2 vuotta peruuttamisesta)',
          sv: 'TODO: ange hur länge ni sparar uppgiften om samtycket och återkallandet (till exempel 2 år efter återkallandet)',
          en: 'TODO: say how long you keep the record of consent and its withdrawal (for example 2 years after withdrawal)',
        },
      },
    ],
    text_after: AFTER_RETENTION,
  },

  security: {
    text: SECURITY_INTRO,
    // The measures are the organisation's to state: the kind's usual ones are the TODO's examples.
    items: [
      todoWithExamples(SECURITY_TODO_LEAD, [
        {
          fi: 'Tilaajatietoihin pääsevät vain ne henkilöt, jotka vastaavat uutiskirjeestä tai markkinoinnista.',
          sv: 'Endast de personer som ansvarar för nyhetsbrevet eller marknadsföringen har tillgång till prenumerantuppgifterna.',
          en: 'Only the people responsible for the newsletter or marketing can access subscriber data.',
        },
        OWN_ACCOUNTS,
        {
          fi: 'Tilauslomake ja lähetyspalvelu käyttävät salattuja yhteyksiä.',
          sv: 'Beställningsformuläret och utskickstjänsten använder krypterade förbindelser.',
          en: 'The subscription form and the mailing service use encrypted connections.',
        },
      ]),
    ],
  },
};
