import type { Starter } from '../starter.js';
import {
  ACCOUNTING_ACT,
  AFTER_RETENTION,
  BOOKS_KEPT_TEN_YEARS,
  END_OF_FINANCIAL_YEAR,
  END_OF_YEAR_FINANCIAL_YEAR_ENDED,
  OWN_ACCOUNTS,
  PROCESSES_FOR_US,
  SECURITY_INTRO,
  SECURITY_TODO_LEAD,
  todoWithExamples,
} from './shared.js';

/** Customer register of a small company that sells services or products. */
export const customers: Starter = {
  register_name: {
    fi: 'Asiakasrekisteri',
    sv: 'Kundregister',
    en: 'Customer register',
  },

  purposes: {
    items: [
      {
        id: 'customer_relationship',
        name: { fi: 'Asiakassuhteen hoitaminen', sv: 'Kundrelationen', en: 'Customer relationship' },
        description: {
          fi: 'Asiakassuhteen hoitaminen: tilausten käsittely sekä tuotteiden ja palvelujen toimittaminen sinulle.',
          sv: 'Att sköta kundrelationen: hantera beställningar och leverera produkter och tjänster till dig.',
          en: 'Managing the customer relationship: handling orders and delivering products and services to you.',
        },
      },
      {
        id: 'billing',
        name: { fi: 'Laskutus', sv: 'Fakturering', en: 'Invoicing' },
        description: {
          fi: 'Laskutus, maksujen seuraaminen ja maksamatta jääneiden laskujen periminen.',
          sv: 'Fakturering, uppföljning av betalningar och indrivning av obetalda fakturor.',
          en: 'Invoicing, following up payments and collecting unpaid invoices.',
        },
      },
      {
        id: 'customer_service',
        name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst', en: 'Customer service' },
        description: {
          fi: 'Asiakaspalvelu: vastaamme kysymyksiisi ja palautteeseesi sekä käsittelemme reklamaatiot.',
          sv: 'Kundtjänst: vi svarar på dina frågor och din respons och behandlar reklamationer.',
          en: 'Customer service: we answer your questions and feedback and handle complaints about our products and services.',
        },
      },
      {
        id: 'legal_obligations',
        name: { fi: 'Lakisääteiset velvoitteet', sv: 'Lagstadgade skyldigheter', en: 'Legal obligations' },
        description: {
          fi: 'Lakisääteisten velvoitteidemme hoitaminen, kuten kirjanpito ja verotukseen liittyvät velvoitteet.',
          sv: 'Att fullgöra våra lagstadgade skyldigheter, till exempel bokföring och skyldigheter som gäller beskattningen.',
          en: 'Meeting our legal obligations, such as bookkeeping and tax obligations.',
        },
      },
      {
        id: 'direct_marketing',
        name: { fi: 'Suoramarkkinointi', sv: 'Direktmarknadsföring', en: 'Direct marketing' },
        direct_marketing: true,
        description: {
          fi: 'Suoramarkkinointi nykyisille asiakkaille: kerromme omista tuotteistamme, palveluistamme ja tarjouksistamme esimerkiksi sähköpostilla.',
          sv: 'Direktmarknadsföring till våra nuvarande kunder: vi berättar om våra egna produkter, tjänster och erbjudanden, till exempel per e-post.',
          en: 'Direct marketing to our existing customers: we tell you about our own products, services and offers, for example by e-mail.',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'contract',
        purposes: ['customer_relationship', 'billing', 'customer_service'],
        description: {
          fi: 'Käsittely on tarpeen, jotta voimme tehdä kanssasi sopimuksen ja täyttää sen.',
          sv: 'Behandlingen är nödvändig för att vi ska kunna ingå och fullgöra ett avtal med dig.',
          en: 'The processing is necessary to make and carry out a contract with you.',
        },
      },
      {
        basis: 'legitimate_interests',
        purposes: ['customer_relationship', 'billing', 'customer_service'],
        interest: {
          fi: 'Kun asiakkaamme on yritys tai muu organisaatio, käsittelemme sen yhteyshenkilöiden tietoja, koska meillä on oikeutettu etu hoitaa asiakassuhdetta tuon organisaation kanssa.',
          sv: 'När vår kund är ett företag eller en annan organisation behandlar vi uppgifter om dess kontaktpersoner, eftersom vi har ett berättigat intresse av att sköta kundrelationen med organisationen.',
          en: 'When our customer is a company or another organisation, we process data on its contact persons because we have a legitimate interest in managing the customer relationship with that organisation.',
        },
      },
      {
        basis: 'legal_obligation',
        purposes: ['legal_obligations'],
        description: {
          fi: 'Laki velvoittaa meidät pitämään kirjanpitoa ja säilyttämään laskut ja muut tositteet.',
          sv: 'Lagen förpliktar oss att föra bokföring och att spara fakturor och andra verifikationer.',
          en: 'The law requires us to keep accounts and to keep invoices and other vouchers.',
        },
        law_reference: {
          fi: 'Kirjanpitolaki (1336/1997); arvonlisäverolaki (1501/1993)',
          sv: 'Bokföringslagen (1336/1997); mervärdesskattelagen (1501/1993)',
          en: 'Accounting Act (1336/1997); Value Added Tax Act (1501/1993)',
        },
      },
      {
        basis: 'legitimate_interests',
        purposes: ['direct_marketing'],
        interest: {
          fi: 'Meillä on oikeutettu etu markkinoida omia tuotteitamme ja palvelujamme asiakkaillemme. Voit kieltää suoramarkkinoinnin milloin tahansa.',
          sv: 'Vi har ett berättigat intresse av att marknadsföra våra egna produkter och tjänster till våra kunder. Du kan när som helst säga nej till direktmarknadsföring.',
          en: 'We have a legitimate interest in marketing our own products and services to our customers. You can refuse direct marketing at any time.',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'private_customers',
        description: {
          fi: 'Yksityisasiakkaat, jotka ovat ostaneet tai tilanneet meiltä tuotteita tai palveluja.',
          sv: 'Privatkunder som har köpt eller beställt produkter eller tjänster av oss.',
          en: 'Private customers who have bought or ordered products or services from us.',
        },
      },
      {
        id: 'business_contacts',
        description: {
          fi: 'Yritys- ja yhteisöasiakkaidemme yhteyshenkilöt.',
          sv: 'Kontaktpersoner hos våra företags- och organisationskunder.',
          en: 'Contact persons of our business and organisation customers.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'contact_details',
        description: {
          fi: 'Yhteystiedot: nimi, osoite, puhelinnumero ja sähköpostiosoite; yhteyshenkilöistä myös organisaatio ja tehtävänimike.',
          sv: 'Kontaktuppgifter: namn, adress, telefonnummer och e-postadress; för kontaktpersoner också organisationen och befattningen.',
          en: 'Contact details: name, address, phone number and e-mail address; for contact persons also the organisation and job title.',
        },
      },
      {
        id: 'customer_details',
        description: {
          fi: 'Asiakkuustiedot: asiakasnumero, tilaukset ja ostot sekä asiakassuhteen alkamis- ja päättymispäivä.',
          sv: 'Kunduppgifter: kundnummer, beställningar och köp samt datum då kundrelationen började och upphörde.',
          en: 'Customer data: customer number, orders and purchases, and the start and end dates of the customer relationship.',
        },
      },
      {
        id: 'billing_details',
        description: {
          fi: 'Laskutustiedot: laskut, maksut, laskutusosoite ja maksumuistutukset.',
          sv: 'Faktureringsuppgifter: fakturor, betalningar, faktureringsadress och betalningspåminnelser.',
          en: 'Billing data: invoices, payments, billing address and payment reminders.',
        },
      },
      {
        id: 'communications',
        description: {
          fi: 'Yhteydenotot: asiakaspalvelulle lähettämäsi viestit, palautteet ja reklamaatiot.',
          sv: 'Kontakter: meddelanden, respons och reklamationer som du har skickat till vår kundtjänst.',
          en: 'Communications: messages, feedback and complaints you have sent to our customer service.',
        },
      },
      {
        id: 'marketing_choices',
        description: {
          fi: 'Markkinointivalinnat: esimerkiksi se, oletko kieltänyt suoramarkkinoinnin.',
          sv: 'Val om marknadsföring: till exempel om du har sagt nej till direktmarknadsföring.',
          en: 'Marketing choices: for example whether you have refused direct marketing.',
        },
      },
    ],
  },

  provision_requirement: {
    requirement: 'contract_prerequisite',
    text: {
      fi: 'Tarvitsemme nimesi, yhteystietosi ja laskutustietosi, jotta voimme tehdä kanssasi sopimuksen ja toimittaa tilauksesi. Jos et anna niitä, emme voi myydä sinulle tuotteitamme tai palvelujamme.',
      sv: 'Vi behöver ditt namn, dina kontaktuppgifter och dina faktureringsuppgifter för att kunna ingå avtal med dig och leverera din beställning. Om du inte lämnar dem kan vi inte sälja våra produkter eller tjänster till dig.',
      en: 'We need your name, contact details and billing details to make a contract with you and deliver your order. If you do not give them, we cannot sell you our products or services.',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'Sinulta itseltäsi, kun teet tilauksen, asioit kanssamme tai otat yhteyttä asiakaspalveluumme.',
          sv: 'Av dig själv när du gör en beställning, sköter ärenden med oss eller kontaktar vår kundtjänst.',
          en: 'From you, when you place an order, deal with us or contact our customer service.',
        },
      },
      {
        from: 'controller',
        description: {
          fi: 'Omista järjestelmistämme: tilaus-, lasku- ja maksutiedot syntyvät, kun asioit kanssamme.',
          sv: 'Från våra egna system: uppgifter om beställningar, fakturor och betalningar uppstår när du gör affärer med oss.',
          en: 'From our own systems: data on orders, invoices and payments arises when you do business with us.',
        },
      },
      {
        from: 'third_party',
        public: false,
        description: {
          fi: 'Yritysasiakkaaltamme, joka voi ilmoittaa meille yhteyshenkilöidensä tiedot.',
          sv: 'Från vår företagskund, som kan ge oss uppgifter om sina kontaktpersoner.',
          en: 'From our business customer, which may give us the details of its contact persons.',
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kerro, mitkä palveluntarjoajat käsittelevät tietoja puolestanne (esimerkiksi kirjanpitotoimisto, asiakas- ja laskutusjärjestelmän toimittaja, IT-palvelut)',
          sv: 'TODO: ange vilka tjänsteleverantörer som behandlar uppgifterna för er räkning (till exempel bokföringsbyrå, leverantör av kund- och faktureringssystem, IT-tjänster)',
          en: 'TODO: name the service providers who process the data on your behalf (for example your accounting firm, the provider of your customer and billing system, IT services)',
        },
        description: PROCESSES_FOR_US,
        processor: true,
      },
      {
        category: {
          fi: 'TODO: kerro, kenelle tietoja luovutetaan toimituksia tai maksujen perintää varten (esimerkiksi kuljetusyhtiö, perintätoimisto), tai poista tämä kohta',
          sv: 'TODO: ange vem som får uppgifter för leveranser eller indrivning av betalningar (till exempel transportföretag, inkassobyrå), eller ta bort den här punkten',
          en: 'TODO: name who receives data for deliveries or debt collection (for example a transport company, a debt collection agency), or remove this item',
        },
        description: {
          fi: 'Saavat vain ne tiedot, joita toimitus tai perintä edellyttää.',
          sv: 'Får bara de uppgifter som behövs för leveransen eller indrivningen.',
          en: 'Receive only the data needed for the delivery or the collection.',
        },
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['customer_relationship', 'customer_service'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte asiakkuus- ja asiakaspalvelutiedot asiakassuhteen päättymisen jälkeen (esimerkiksi 3 vuotta) ja miksi juuri sen ajan',
          sv: 'TODO: ange hur länge ni sparar kund- och kundtjänstuppgifterna efter att kundrelationen har upphört (till exempel 3 år) och varför just den tiden',
          en: 'TODO: say how long you keep customer and customer service data after the customer relationship ends (for example 3 years), and why that long',
        },
      },
      {
        applies_to: ['direct_marketing'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan asiakassuhteen päättymisen jälkeen vielä markkinoitte (esimerkiksi 12 kuukautta) ja kuinka kauan säilytätte tiedon suoramarkkinointikiellosta',
          sv: 'TODO: ange hur länge efter att kundrelationen har upphört ni fortfarande skickar marknadsföring (till exempel 12 månader) och hur länge ni sparar uppgiften om att kunden har sagt nej till direktmarknadsföring',
          en: 'TODO: say how long after the customer relationship ends you still send marketing (for example 12 months), and how long you keep the record that a customer has refused direct marketing',
        },
      },
      {
        applies_to: ['legal_obligations'],
        period: 'P10Y',
        trigger: END_OF_FINANCIAL_YEAR,
        law_reference: ACCOUNTING_ACT,
        description: BOOKS_KEPT_TEN_YEARS,
      },
      {
        applies_to: ['billing', 'legal_obligations'],
        period: 'P6Y',
        trigger: END_OF_YEAR_FINANCIAL_YEAR_ENDED,
        law_reference: ACCOUNTING_ACT,
        description: {
          fi: 'Laskut, maksutiedot ja muut tositteet säilytetään vähintään kuusi vuotta.',
          sv: 'Fakturor, betalningsuppgifter och andra verifikationer sparas i minst sex år.',
          en: 'Invoices, payment records and other vouchers are kept for at least six years.',
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
          fi: 'Käyttöoikeudet on rajattu henkilöihin, joiden tehtävät edellyttävät tietojen käsittelyä.',
          sv: 'Åtkomsten är begränsad till de personer vars arbetsuppgifter kräver att de behandlar uppgifterna.',
          en: 'Access is limited to the people whose duties require them to handle the data.',
        },
        OWN_ACCOUNTS,
        {
          fi: 'Tiedot siirretään ja tallennetaan salattuina, ja niistä otetaan säännöllisesti varmuuskopiot.',
          sv: 'Uppgifterna överförs och lagras krypterade, och de säkerhetskopieras regelbundet.',
          en: 'The data is encrypted in transit and at rest, and it is backed up regularly.',
        },
        {
          fi: 'Paperiset asiakirjat säilytetään lukitussa tilassa.',
          sv: 'Pappersdokument förvaras i ett låst utrymme.',
          en: 'Paper documents are kept in a locked place.',
        },
      ]),
    ],
  },
};
