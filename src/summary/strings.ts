import type { Language, Voice } from '../generated/notice-types.js';

/** The rights the summary gives one sentence each: the GDPR's that a reader acts on, and the Personal Data Act's. */
export type SummaryRight =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'objection'
  | 'objection_marketing'
  | 'automated_decisions'
  | 'withdraw_consent';

/**
 * The texts the layered notice adds to what the notice's YAML says, in one language: headings, one sentence
 * per right and the link to the full notice. Written for the summary (the full notice's rights texts are two
 * or three sentences each); they address the reader (NeutralTexts below say them of the data subject, for
 * a notice in the neutral voice), and none states a fact about the organisation.
 */
export interface SummaryStrings {
  title: { gdpr: string; hetil: string };
  /** One sentence under the title: this is the short version. */
  intro: string;
  headings: {
    controller: string;
    dpo: string;
    purposes: string;
    recipients: string;
    transfers: string;
    retention: string;
    rights: string;
    complaint: string;
  };
  /** HetiL 10 §'s items, in its order. */
  hetilHeadings: {
    controller: string;
    purposes: string;
    data: string;
    sources: string;
    disclosures: string;
    security: string;
  };
  contactPerson: string;
  /** Before the countries data goes to, when the notice lists transfers. */
  transfersTo: string;
  rights: Record<SummaryRight, string>;
  hetilRights: Record<'access' | 'rectification' | 'objection_marketing', string>;
  /** When the notice does not say how to use the rights: whom to contact, as the notice names them above. */
  howToDefault: string;
  howToLabel: string;
  complaint: string;
  fullNotice: { gdpr: string; hetil: string };
}

const fi: SummaryStrings = {
  title: { gdpr: 'Tietosuojaseloste lyhyesti', hetil: 'Rekisteriseloste lyhyesti' },
  intro: 'Tässä ovat tärkeimmät tiedot henkilötietojen käsittelystä. Kaikki tiedot ovat koko selosteessa.',
  headings: {
    controller: 'Rekisterinpitäjä',
    dpo: 'Tietosuojavastaava',
    purposes: 'Mihin tietoja käytetään',
    recipients: 'Kuka saa tietoja',
    transfers: 'Siirrot EU:n ja ETA:n ulkopuolelle',
    retention: 'Kuinka kauan tietoja säilytetään',
    rights: 'Oikeutesi',
    complaint: 'Valitusoikeus',
  },
  hetilHeadings: {
    controller: 'Rekisterinpitäjä',
    purposes: 'Henkilötietojen käsittelyn tarkoitus',
    data: 'Rekisterin tietosisältö',
    sources: 'Säännönmukaiset tietolähteet',
    disclosures: 'Tietojen säännönmukaiset luovutukset ja siirrot EU:n tai ETA:n ulkopuolelle',
    security: 'Rekisterin suojauksen periaatteet',
  },
  contactPerson: 'Yhteyshenkilö',
  transfersTo: 'Tietoja siirretään EU:n ja ETA:n ulkopuolelle:',
  rights: {
    access: 'Saat tietää, mitä tietoja sinusta käsitellään, ja saat niistä kopion.',
    rectification: 'Voit pyytää korjaamaan virheelliset tietosi ja täydentämään puutteelliset.',
    erasure: 'Voit pyytää poistamaan tietosi, kun niiden käsittelylle ei ole enää perustetta.',
    restriction:
      'Voit pyytää rajoittamaan käsittelyä esimerkiksi siksi aikaa, kun tietojen oikeellisuutta tarkistetaan.',
    portability: 'Voit saada antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle.',
    objection: 'Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuun tai yleisen edun mukaiseen tehtävään.',
    objection_marketing: 'Voit milloin tahansa kieltää käyttämästä tietojasi suoramarkkinointiin.',
    automated_decisions: 'Voit pyytää, että ihminen arvioi pelkästään automaattisesti tehdyn päätöksen.',
    withdraw_consent: 'Voit peruuttaa suostumuksesi milloin tahansa.',
  },
  hetilRights: {
    access: 'Voit tarkastaa, mitä tietoja sinusta on rekisterissä.',
    rectification: 'Voit vaatia virheellisen tiedon korjaamista.',
    objection_marketing: 'Voit kieltää käyttämästä tietojasi suoramarkkinointiin.',
  },
  howToDefault: 'Voit käyttää oikeuksiasi ottamalla yhteyttä rekisterinpitäjään.',
  howToLabel: 'Näin käytät oikeuksiasi:',
  complaint: 'Voit tehdä valituksen valvontaviranomaiselle:',
  fullNotice: { gdpr: 'Lue koko tietosuojaseloste', hetil: 'Lue koko rekisteriseloste' },
};

const sv: SummaryStrings = {
  title: { gdpr: 'Dataskyddsbeskrivning i korthet', hetil: 'Registerbeskrivning i korthet' },
  intro: 'Här är det viktigaste om hur personuppgifterna behandlas. All information finns i hela beskrivningen.',
  headings: {
    controller: 'Personuppgiftsansvarig',
    dpo: 'Dataskyddsombud',
    purposes: 'Vad uppgifterna används till',
    recipients: 'Vem som får uppgifterna',
    transfers: 'Överföringar utanför EU och EES',
    retention: 'Hur länge uppgifterna sparas',
    rights: 'Dina rättigheter',
    complaint: 'Rätt att klaga',
  },
  hetilHeadings: {
    controller: 'Registeransvarig',
    purposes: 'Ändamålet med behandlingen av personuppgifter',
    data: 'Registrets datainnehåll',
    sources: 'Regelbundna uppgiftskällor',
    disclosures: 'Regelbundna utlämnanden och överföringar utanför EU eller EES',
    security: 'Principerna för skyddet av registret',
  },
  contactPerson: 'Kontaktperson',
  transfersTo: 'Uppgifter överförs utanför EU och EES:',
  rights: {
    access: 'Du får veta vilka uppgifter om dig som behandlas och får en kopia av dem.',
    rectification: 'Du kan begära att felaktiga uppgifter rättas och att ofullständiga kompletteras.',
    erasure: 'Du kan begära att dina uppgifter raderas när det inte längre finns grund för att behandla dem.',
    restriction:
      'Du kan begära att behandlingen begränsas, till exempel medan det kontrolleras att uppgifterna är riktiga.',
    portability: 'Du kan få de uppgifter du har lämnat i maskinläsbar form och föra över dem till någon annan.',
    objection:
      'Du kan invända mot behandling som grundar sig på berättigat intresse eller en uppgift av allmänt intresse.',
    objection_marketing: 'Du kan när som helst förbjuda att dina uppgifter används för direktmarknadsföring.',
    automated_decisions: 'Du kan begära att en människa prövar ett beslut som har fattats enbart automatiskt.',
    withdraw_consent: 'Du kan när som helst återkalla ditt samtycke.',
  },
  hetilRights: {
    access: 'Du kan kontrollera vilka uppgifter om dig som finns i registret.',
    rectification: 'Du kan kräva att en felaktig uppgift rättas.',
    objection_marketing: 'Du kan förbjuda att dina uppgifter används för direktmarknadsföring.',
  },
  howToDefault: 'Du kan använda dina rättigheter genom att kontakta den personuppgiftsansvarige.',
  howToLabel: 'Så här använder du dina rättigheter:',
  complaint: 'Du kan lämna in ett klagomål till tillsynsmyndigheten:',
  fullNotice: { gdpr: 'Läs hela dataskyddsbeskrivningen', hetil: 'Läs hela registerbeskrivningen' },
};

const en: SummaryStrings = {
  title: { gdpr: 'Privacy notice in brief', hetil: 'Register description in brief' },
  intro: 'This is the most important information on how personal data is processed. The full notice has all of it.',
  headings: {
    controller: 'Controller',
    dpo: 'Data protection officer',
    purposes: 'What the data is used for',
    recipients: 'Who receives the data',
    transfers: 'Transfers outside the EU and EEA',
    retention: 'How long the data is kept',
    rights: 'Your rights',
    complaint: 'Right to complain',
  },
  hetilHeadings: {
    controller: 'Controller',
    purposes: 'Purpose of processing personal data',
    data: 'Data content of the register',
    sources: 'Regular sources of data',
    disclosures: 'Regular disclosures and transfers outside the EU or EEA',
    security: 'Principles of protecting the register',
  },
  contactPerson: 'Contact person',
  transfersTo: 'Data is transferred outside the EU and EEA:',
  rights: {
    access: 'You can find out what data about you is processed, and get a copy of it.',
    rectification: 'You can ask for wrong data about you to be corrected and incomplete data completed.',
    erasure: 'You can ask for your data to be erased when there is no longer a ground to process it.',
    restriction: 'You can ask for processing to be restricted, for example while the accuracy of the data is checked.',
    portability: 'You can get the data you gave in a machine-readable form and pass it on to someone else.',
    objection: 'You can object to processing based on legitimate interests or on a task in the public interest.',
    objection_marketing: 'You can forbid the use of your data for direct marketing at any time.',
    automated_decisions: 'You can ask for a person to review a decision made by automated means alone.',
    withdraw_consent: 'You can withdraw your consent at any time.',
  },
  hetilRights: {
    access: 'You can check what data about you is in the register.',
    rectification: 'You can demand that wrong data be corrected.',
    objection_marketing: 'You can forbid the use of your data for direct marketing.',
  },
  howToDefault: 'You can use your rights by contacting the controller.',
  howToLabel: 'How to use your rights:',
  complaint: 'You can lodge a complaint with the supervisory authority:',
  fullNotice: { gdpr: 'Read the full privacy notice', hetil: 'Read the full register description' },
};

/**
 * The texts that address the reader, as the notice's neutral voice (`notice.voice: neutral`) says them: of
 * "the data subject", as the full notice does in that voice.
 */
type NeutralTexts = Pick<SummaryStrings, 'rights' | 'hetilRights' | 'howToDefault' | 'howToLabel' | 'complaint'> & {
  rightsHeading: string;
};

const fiNeutral: NeutralTexts = {
  rightsHeading: 'Rekisteröidyn oikeudet',
  rights: {
    access: 'Rekisteröity saa tietää, mitä häntä koskevia tietoja käsitellään, ja saa niistä kopion.',
    rectification: 'Rekisteröity voi pyytää korjaamaan virheelliset tietonsa ja täydentämään puutteelliset.',
    erasure: 'Rekisteröity voi pyytää poistamaan tietonsa, kun niiden käsittelylle ei ole enää perustetta.',
    restriction:
      'Rekisteröity voi pyytää rajoittamaan käsittelyä esimerkiksi siksi aikaa, kun tietojen oikeellisuutta tarkistetaan.',
    portability: 'Rekisteröity voi saada antamansa tiedot koneluettavassa muodossa ja siirtää ne toiselle.',
    objection:
      'Rekisteröity voi vastustaa käsittelyä, joka perustuu oikeutettuun etuun tai yleisen edun mukaiseen tehtävään.',
    objection_marketing: 'Rekisteröity voi milloin tahansa kieltää käyttämästä tietojaan suoramarkkinointiin.',
    automated_decisions: 'Rekisteröity voi pyytää, että ihminen arvioi pelkästään automaattisesti tehdyn päätöksen.',
    withdraw_consent: 'Rekisteröity voi peruuttaa suostumuksensa milloin tahansa.',
  },
  hetilRights: {
    access: 'Rekisteröity voi tarkastaa, mitä häntä koskevia tietoja rekisterissä on.',
    rectification: 'Rekisteröity voi vaatia virheellisen tiedon korjaamista.',
    objection_marketing: 'Rekisteröity voi kieltää käyttämästä tietojaan suoramarkkinointiin.',
  },
  howToDefault: 'Oikeuksia käytetään ottamalla yhteyttä rekisterinpitäjään.',
  howToLabel: 'Oikeuksien käyttäminen:',
  complaint: 'Rekisteröity voi tehdä valituksen valvontaviranomaiselle:',
};

const svNeutral: NeutralTexts = {
  rightsHeading: 'Den registrerades rättigheter',
  rights: {
    access: 'Den registrerade får veta vilka uppgifter om honom eller henne som behandlas och får en kopia av dem.',
    rectification: 'Den registrerade kan begära att felaktiga uppgifter rättas och att ofullständiga kompletteras.',
    erasure:
      'Den registrerade kan begära att uppgifterna raderas när det inte längre finns grund för att behandla dem.',
    restriction:
      'Den registrerade kan begära att behandlingen begränsas, till exempel medan det kontrolleras att uppgifterna är riktiga.',
    portability:
      'Den registrerade kan få de uppgifter han eller hon har lämnat i maskinläsbar form och föra över dem till någon annan.',
    objection:
      'Den registrerade kan invända mot behandling som grundar sig på berättigat intresse eller en uppgift av allmänt intresse.',
    objection_marketing:
      'Den registrerade kan när som helst förbjuda att uppgifterna om honom eller henne används för direktmarknadsföring.',
    automated_decisions:
      'Den registrerade kan begära att en människa prövar ett beslut som har fattats enbart automatiskt.',
    withdraw_consent: 'Den registrerade kan när som helst återkalla sitt samtycke.',
  },
  hetilRights: {
    access: 'Den registrerade kan kontrollera vilka uppgifter om honom eller henne som finns i registret.',
    rectification: 'Den registrerade kan kräva att en felaktig uppgift rättas.',
    objection_marketing:
      'Den registrerade kan förbjuda att uppgifterna om honom eller henne används för direktmarknadsföring.',
  },
  howToDefault: 'Rättigheterna utövas genom att kontakta den personuppgiftsansvarige.',
  howToLabel: 'Så här utövas rättigheterna:',
  complaint: 'Den registrerade kan lämna in ett klagomål till tillsynsmyndigheten:',
};

const enNeutral: NeutralTexts = {
  rightsHeading: 'Rights of the data subject',
  rights: {
    access: 'The data subject can find out what data about them is processed, and get a copy of it.',
    rectification: 'The data subject can ask for wrong data to be corrected and incomplete data completed.',
    erasure: 'The data subject can ask for their data to be erased when there is no longer a ground to process it.',
    restriction:
      'The data subject can ask for processing to be restricted, for example while the accuracy of the data is checked.',
    portability:
      'The data subject can get the data they gave in a machine-readable form and pass it on to someone else.',
    objection:
      'The data subject can object to processing based on legitimate interests or on a task in the public interest.',
    objection_marketing: 'The data subject can forbid the use of their data for direct marketing at any time.',
    automated_decisions: 'The data subject can ask for a person to review a decision made by automated means alone.',
    withdraw_consent: 'The data subject can withdraw their consent at any time.',
  },
  hetilRights: {
    access: 'The data subject can check what data about them is in the register.',
    rectification: 'The data subject can demand that wrong data be corrected.',
    objection_marketing: 'The data subject can forbid the use of their data for direct marketing.',
  },
  howToDefault: 'The rights are used by contacting the controller.',
  howToLabel: 'How the rights are used:',
  complaint: 'The data subject can lodge a complaint with the supervisory authority:',
};

const CATALOGS: Record<Language, { reader: SummaryStrings; neutral: NeutralTexts }> = {
  fi: { reader: fi, neutral: fiNeutral },
  sv: { reader: sv, neutral: svNeutral },
  en: { reader: en, neutral: enNeutral },
};

/** The summary's texts in a language and in the notice's voice (`reader`, the default, or `neutral`). */
export function summaryStrings(language: Language, voice: Voice = 'reader'): SummaryStrings {
  const { reader, neutral } = CATALOGS[language];
  if (voice === 'reader') return reader;
  const { rightsHeading, ...texts } = neutral;
  return { ...reader, ...texts, headings: { ...reader.headings, rights: rightsHeading } };
}
