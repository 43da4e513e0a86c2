import type { Language } from '../generated/notice-types.js';

/** The columns of the record, one per fact that GDPR Art. 30(1) asks for (plus the register's name and file). */
export const COLUMNS = [
  'register',
  'controller',
  'jointControllers',
  'representative',
  'dpo',
  'purposes',
  'legalBases',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'security',
  'file',
] as const;

export type Column = (typeof COLUMNS)[number];

/** The record's own words in one language: its title, column headings and the words of its cells. */
export interface RopaStrings {
  /** "Seloste käsittelytoimista": the title of the record. */
  title: string;
  /** The line under the title naming the law. */
  lawLine: string;
  headings: Record<Column, string>;
  /** A cell whose fact the register does not give: said plainly, never a blank cell. */
  missing: string;
  /** Stands for the controller's name in a record of registers that name none. */
  unknownController: string;
  /** A fact that does not apply (no joint controllers, no representative). */
  none: string;
  dpoNotDesignated: string;
  recipientsNone: string;
  transfersNone: string;
  processor: string;
  businessId: string;
  purposes: string;
  safeguards: string;
  trigger: string;
  criteria: string;
  lawReference: string;
  specialCategory: string;
  criminal: string;
  /** The caption of the HTML table. */
  caption: string;
  /** "Made from N registers" under the HTML title. */
  registers: (count: number) => string;
}

const fi: RopaStrings = {
  title: 'Seloste käsittelytoimista',
  lawLine: 'EU:n yleinen tietosuoja-asetus (2016/679), 30 artiklan 1 kohta',
  headings: {
    register: 'Käsittely (rekisteri)',
    controller: 'Rekisterinpitäjä ja yhteystiedot',
    jointControllers: 'Yhteisrekisterinpitäjät',
    representative: 'Rekisterinpitäjän edustaja',
    dpo: 'Tietosuojavastaava ja yhteystiedot',
    purposes: 'Käsittelyn tarkoitukset',
    legalBases: 'Käsittelyn oikeusperusteet',
    dataSubjects: 'Rekisteröityjen ryhmät',
    dataCategories: 'Henkilötietoryhmät',
    recipients: 'Vastaanottajien ryhmät',
    transfers: 'Siirrot kolmansiin maihin tai kansainvälisille järjestöille ja suojatoimet',
    retention: 'Poistamisen määräajat (säilytysajat)',
    security: 'Teknisten ja organisatoristen turvatoimien yleiskuvaus',
    file: 'Selosteen tiedosto',
  },
  missing: 'PUUTTUU: rekisterin tiedoissa ei kerrota tätä',
  unknownController: 'rekisterinpitäjä puuttuu',
  none: 'Ei ole',
  dpoNotDesignated: 'Tietosuojavastaavaa ei ole nimitetty',
  recipientsNone: 'Tietoja ei luovuteta',
  transfersNone: 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle',
  processor: 'henkilötietojen käsittelijä',
  businessId: 'Y-tunnus',
  purposes: 'Tarkoitukset',
  safeguards: 'Suojatoimet',
  trigger: 'Alkaen',
  criteria: 'Peruste',
  lawReference: 'Säädös',
  specialCategory: 'erityinen henkilötietoryhmä',
  criminal: 'rikostuomioita ja rikkomuksia koskevia tietoja',
  caption: 'Käsittelytoimet, yksi rivi kutakin rekisteriä kohden',
  registers: (count) => (count === 1 ? '1 rekisteri' : `${count} rekisteriä`),
};

const sv: RopaStrings = {
  title: 'Register över behandling',
  lawLine: 'EU:s allmänna dataskyddsförordning (2016/679), artikel 30.1',
  headings: {
    register: 'Behandling (register)',
    controller: 'Personuppgiftsansvarig och kontaktuppgifter',
    jointControllers: 'Gemensamt personuppgiftsansvariga',
    representative: 'Den personuppgiftsansvariges företrädare',
    dpo: 'Dataskyddsombud och kontaktuppgifter',
    purposes: 'Ändamålen med behandlingen',
    legalBases: 'Rättslig grund för behandlingen',
    dataSubjects: 'Kategorier av registrerade',
    dataCategories: 'Kategorier av personuppgifter',
    recipients: 'Kategorier av mottagare',
    transfers: 'Överföringar till tredjeländer eller internationella organisationer och skyddsåtgärder',
    retention: 'Tidsfrister för radering (lagringstider)',
    security: 'Allmän beskrivning av tekniska och organisatoriska säkerhetsåtgärder',
    file: 'Beskrivningens fil',
  },
  missing: 'SAKNAS: registrets uppgifter säger inte detta',
  unknownController: 'personuppgiftsansvarig saknas',
  none: 'Finns inte',
  dpoNotDesignated: 'Inget dataskyddsombud har utsetts',
  recipientsNone: 'Uppgifterna lämnas inte ut',
  transfersNone: 'Uppgifterna överförs inte till länder utanför EU eller EES',
  processor: 'personuppgiftsbiträde',
  businessId: 'FO-nummer',
  purposes: 'Ändamål',
  safeguards: 'Skyddsåtgärder',
  trigger: 'Räknat från',
  criteria: 'Kriterier',
  lawReference: 'Författning',
  specialCategory: 'särskild kategori av personuppgifter',
  criminal: 'uppgifter om fällande domar i brottmål och lagöverträdelser',
  caption: 'Behandlingar, en rad per register',
  registers: (count) => (count === 1 ? '1 register' : `${count} register`),
};

const en: RopaStrings = {
  title: 'Record of processing activities',
  lawLine: 'General Data Protection Regulation (EU) 2016/679, Article 30(1)',
  headings: {
    register: 'Processing (register)',
    controller: 'Controller and contact details',
    jointControllers: 'Joint controllers',
    representative: "Controller's representative",
    dpo: 'Data protection officer and contact details',
    purposes: 'Purposes of the processing',
    legalBases: 'Legal bases of the processing',
    dataSubjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    recipients: 'Categories of recipients',
    transfers: 'Transfers to third countries or international organisations, and safeguards',
    retention: 'Time limits for erasure (retention)',
    security: 'General description of technical and organisational security measures',
    file: 'Notice file',
  },
  missing: 'MISSING: the register does not say this',
  unknownController: 'controller not named',
  none: 'None',
  dpoNotDesignated: 'No data protection officer designated',
  recipientsNone: 'The data is not disclosed',
  transfersNone: 'The data is not transferred outside the EU or EEA',
  processor: 'processor',
  businessId: 'Business ID',
  purposes: 'Purposes',
  safeguards: 'Safeguards',
  trigger: 'Counted from',
  criteria: 'Criteria',
  lawReference: 'Law',
  specialCategory: 'special category of personal data',
  criminal: 'data on criminal convictions and offences',
  caption: 'Processing activities, one row per register',
  registers: (count) => (count === 1 ? '1 register' : `${count} registers`),
};

const CATALOGS: Record<Language, RopaStrings> = { fi, sv, en };

export function ropaStrings(language: Language): RopaStrings {
  return CATALOGS[language];
}
