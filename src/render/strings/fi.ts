import { fiRights } from './rights/fi.js';
import type { StringCatalog } from './types.js';

export const fi: StringCatalog = {
  titles: {
    gdpr: 'Tietosuojaseloste',
    hetilRegister: 'Rekisteriseloste',
    hetilPrivacy: 'Tietosuojaseloste',
  },
  lawLines: {
    gdpr: 'EU:n yleinen tietosuoja-asetus (2016/679), 13 ja 14 artikla',
    hetilRegister: 'Henkilötietolaki (523/1999) 10 §',
    hetilPrivacy: 'Henkilötietolaki (523/1999) 10 ja 24 §',
  },
  headings: {
    controller: 'Rekisterinpitäjä',
    controllerHetil: 'Rekisterinpitäjä',
    contact_person: 'Rekisteriasioista vastaava henkilö ja/tai yhteyshenkilö',
    dpo: 'Tietosuojavastaava',
    register_name: 'Rekisterin nimi',
    purposes: 'Henkilötietojen käsittelyn tarkoitukset',
    legal_basis: 'Käsittelyn oikeusperuste',
    data_subjects: 'Rekisteröityjen ryhmät',
    data_categories: 'Rekisterin tietosisältö (käsiteltävät henkilötietoryhmät)',
    provision_requirement: 'Henkilötietojen antamisen pakollisuus ja seuraukset',
    sources: 'Säännönmukaiset tietolähteet',
    recipients: 'Tietojen vastaanottajat ja säännönmukaiset luovutukset',
    transfers: 'Tietojen siirto EU:n tai ETA:n ulkopuolelle',
    retention: 'Henkilötietojen säilytysaika',
    security: 'Rekisterin suojauksen periaatteet',
    automated_decisions: 'Automaattinen päätöksenteko ja profilointi',
    rights: 'Rekisteröidyn oikeudet',
    objection: 'Oikeus vastustaa käsittelyä',
    complaint: 'Oikeus tehdä valitus valvontaviranomaiselle',
    further_processing: 'Käsittely muuhun tarkoitukseen',
    cookies: 'Evästeet',
    changes: 'Selosteen muutokset',
    contents: 'Sisällys',
    extra: 'Lisätietoja',
    and: 'ja',
    changeHistory: 'Muutoshistoria',
  },
  archive: {
    heading: 'julkaistut versiot',
    intro:
      'Tällä sivulla ovat selosteen kaikki julkaistut versiot ja kunkin voimassaoloaika. Voimassa oleva versio on ylimpänä.',
    version: 'Versio',
    inForce: 'Voimassa',
    files: 'Tiedostot',
    now: 'nyt',
    languageSwitcher: 'Kieli',
    languageNames: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  },
  pluralHeadings: { controller: 'Rekisterinpitäjät', controllerHetil: 'Rekisterinpitäjät', dpo: 'Tietosuojavastaavat' },
  labels: {
    created: 'Laadittu',
    updated: 'Päivitetty',
    version: 'Versio',
    draft: 'Luonnos',
    page: 'Sivu',
    businessId: 'Y-tunnus',
    address: 'Osoite',
    postalAddress: 'Postiosoite',
    visitingAddress: 'Käyntiosoite',
    billingAddress: 'Laskutusosoite',
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivut',
    representative: 'Edustaja',
    jointArrangement: 'Rekisterinpitäjien välinen järjestely',
    contactPoint: {
      reader: 'Yhteyspisteenä sinulle tätä rekisteriä koskevissa asioissa toimii',
      neutral: 'Yhteyspisteenä rekisteröidyille tätä rekisteriä koskevissa asioissa toimii',
    },
    dpoNone: { reader: 'Emme ole nimittäneet tietosuojavastaavaa.', neutral: 'Tietosuojavastaavaa ei ole nimitetty.' },
    dpoSameAsContact: {
      reader: 'Edellä mainittu yhteyshenkilö on myös tietosuojavastaavamme.',
      neutral: 'Edellä mainittu yhteyshenkilö on myös rekisterinpitäjän tietosuojavastaava.',
    },
    purposesCovered: 'Tarkoitukset',
    lawReference: 'Lainsäädäntö',
    legitimateInterest: 'Oikeutettu etu',
    specialCategoryCondition: 'Erityisten henkilötietoryhmien käsittelyperuste',
    criminalData: 'Koskee myös rikostuomioihin ja rikkomuksiin liittyviä tietoja (tietosuoja-asetuksen 10 artikla)',
    hetilPoints: '8 §:n 1 momentin kohdat',
    specialCategory: 'Erityinen henkilötietoryhmä',
    criminal: 'Sisältää rikostuomioihin ja rikkomuksiin liittyviä tietoja',
    identityCode: 'Sisältää henkilötunnuksen',
    identityCodeBasis: { reader: 'Miksi käsittelemme henkilötunnusta', neutral: 'Henkilötunnuksen käsittelyn peruste' },
    childConsentAge: 'Ikä, josta alkaen lapsi antaa itse suostumuksen verkkopalveluun',
    years: 'vuotta',
    sourcePublic: '(julkisesti saatavilla oleva lähde)',
    sourceNotPublic: '(ei julkinen lähde)',
    processor: 'Henkilötietojen käsittelijä',
    recipientsNone: { reader: 'Emme luovuta tietoja kenellekään.', neutral: 'Tietoja ei luovuteta kenellekään.' },
    recipientsNoRegular: 'Tietoja ei luovuteta säännönmukaisesti.',
    transfersNone: {
      reader: 'Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle.',
      neutral: 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
    },
    transfersIntended: {
      reader: 'Siirrämme tietoja EU:n tai ETA:n ulkopuolelle seuraavasti:',
      neutral: 'Tietoja siirretään EU:n tai ETA:n ulkopuolelle seuraavasti:',
    },
    country: 'Maa',
    recipient: 'Vastaanottaja',
    mechanism: 'Siirtoperuste',
    safeguardCopy: 'Kopio suojatoimista',
    safeguards: 'Suojatoimet',
    dpfCertified: 'Sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti',
    period: 'Säilytysaika',
    appliesTo: 'Koskee',
    allData: 'kaikki tiedot',
    trigger: 'Alkamisajankohta',
    criteria: 'Perusteet',
    automatedNone: {
      reader:
        'Emme tee sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on sinulle oikeudellisia tai muita vastaavan merkittäviä vaikutuksia.',
      neutral:
        'Rekisteröityä koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on rekisteröidylle oikeudellisia tai muita vastaavan merkittäviä vaikutuksia, ei tehdä.',
    },
    automatedUsed: {
      reader: 'Teemme joitakin sinua koskevia päätöksiä pelkästään automaattisesti. Näin se toimii:',
      neutral: 'Joitakin rekisteröityä koskevia päätöksiä tehdään pelkästään automaattisesti. Näin se toimii:',
    },
    logic: 'Miten päätös tehdään',
    significance: { reader: 'Mitä se merkitsee sinulle', neutral: 'Mitä se merkitsee rekisteröidylle' },
    cookieName: 'Eväste',
    cookiePurpose: 'Tarkoitus',
    cookieDuration: 'Voimassaoloaika',
    thirdParty: 'Kolmannen osapuolen eväste',
    yes: 'Kyllä',
    no: 'Ei',
  },
  bases: {
    consent: 'Suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)',
    contract: 'Sopimus tai sopimusta edeltävät toimet (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)',
    legal_obligation: 'Lakisääteinen velvoite (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta)',
    vital_interests: 'Elintärkeiden etujen suojaaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta)',
    public_task:
      'Yleistä etua koskeva tehtävä tai julkisen vallan käyttö (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)',
    legitimate_interests: 'Oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)',
    hetil_8_1: 'Henkilötietolain (523/1999) 8 §:n 1 momentti',
  },
  article9: {
    a: '9 artiklan 2 kohdan a alakohta: nimenomainen suostumus',
    b: '9 artiklan 2 kohdan b alakohta: työoikeuden, sosiaaliturvan ja sosiaalisen suojelun alan velvollisuudet ja oikeudet',
    c: '9 artiklan 2 kohdan c alakohta: elintärkeiden etujen suojaaminen, kun henkilö ei pysty antamaan suostumusta',
    d: '9 artiklan 2 kohdan d alakohta: säätiön, yhdistyksen tai muun voittoa tavoittelemattoman järjestön jäseniään tai säännöllisiä yhteyshenkilöitään koskeva käsittely',
    e: {
      reader: '9 artiklan 2 kohdan e alakohta: tiedot, jotka olet itse selvästi saattanut julkisiksi',
      neutral: '9 artiklan 2 kohdan e alakohta: tiedot, jotka rekisteröity on itse selvästi saattanut julkisiksi',
    },
    f: '9 artiklan 2 kohdan f alakohta: oikeusvaateen laatiminen, esittäminen tai puolustaminen tai tuomioistuimen lainkäyttötehtävät',
    g: '9 artiklan 2 kohdan g alakohta: laissa säädetty tärkeä yleinen etu',
    h: '9 artiklan 2 kohdan h alakohta: ennaltaehkäisevä lääketiede, työterveyshuolto, lääketieteellinen diagnoosi, terveydenhuolto tai sosiaalihuolto',
    i: '9 artiklan 2 kohdan i alakohta: kansanterveyteen liittyvä yleinen etu',
    j: '9 artiklan 2 kohdan j alakohta: yleistä etua koskeva arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi',
  },
  specialCategories: {
    racial_or_ethnic_origin: 'Rotu tai etninen alkuperä',
    political_opinions: 'Poliittiset mielipiteet',
    religious_beliefs: 'Uskonnollinen tai filosofinen vakaumus',
    trade_union_membership: 'Ammattiliiton jäsenyys',
    genetic: 'Geneettiset tiedot',
    biometric: 'Biometriset tiedot henkilön tunnistamista varten',
    health: 'Terveyttä koskevat tiedot',
    sex_life_or_orientation: 'Seksuaalista käyttäytymistä tai suuntautumista koskevat tiedot',
    social_welfare: 'Sosiaalihuollon tarvetta, palveluja, tukitoimia ja etuuksia koskevat tiedot',
  },
  requirements: {
    statutory: {
      reader: 'Sinun on annettava nämä tiedot, koska laki edellyttää sitä.',
      neutral: 'Rekisteröidyn on annettava nämä tiedot, koska laki edellyttää sitä.',
    },
    contractual: {
      reader: 'Sinun on annettava nämä tiedot, koska sopimuksemme edellyttää sitä.',
      neutral:
        'Rekisteröidyn on annettava nämä tiedot, koska hänen ja rekisterinpitäjän välinen sopimus edellyttää sitä.',
    },
    contract_prerequisite: {
      reader:
        'Tarvitsemme nämä tiedot, jotta voimme tehdä sopimuksen kanssasi. Jos et anna niitä, emme voi tehdä sopimusta.',
      neutral:
        'Tiedot tarvitaan sopimuksen tekemiseksi rekisteröidyn kanssa. Jos rekisteröity ei anna niitä, sopimusta ei voida tehdä.',
    },
    voluntary: 'Tietojen antaminen on vapaaehtoista.',
    mixed: 'Osa tiedoista on pakollisia ja osa vapaaehtoisia.',
  },
  sourceKinds: {
    data_subject: { reader: 'Sinä itse', neutral: 'Rekisteröity itse' },
    controller: 'Rekisterinpitäjä itse',
    third_party: 'Kolmannet osapuolet',
  },
  mechanisms: {
    adequacy: 'Euroopan komission päätös tietosuojan riittävyydestä (tietosuoja-asetuksen 45 artikla)',
    scc: 'Euroopan komission vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta; päätös (EU) 2021/914)',
    sa_scc:
      'Valvontaviranomaisen hyväksymät ja komission vahvistamat vakiotietosuojalausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan d alakohta)',
    bcr: 'Yritystä koskevat sitovat säännöt (tietosuoja-asetuksen 46 artiklan 2 kohdan b alakohta ja 47 artikla)',
    code_of_conduct:
      'Hyväksytyt käytännesäännöt ja vastaanottajan sitovat sitoumukset (tietosuoja-asetuksen 46 artiklan 2 kohdan e alakohta)',
    certification:
      'Hyväksytty sertifiointi ja vastaanottajan sitovat sitoumukset (tietosuoja-asetuksen 46 artiklan 2 kohdan f alakohta)',
    public_authority_instrument:
      'Viranomaisten tai julkisten elinten välinen oikeudellisesti sitova asiakirja (tietosuoja-asetuksen 46 artiklan 2 kohdan a alakohta)',
    ad_hoc_clauses:
      'Valvontaviranomaisen hyväksymät sopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 3 kohdan a alakohta)',
    administrative_arrangement:
      'Viranomaisten välinen hallinnollinen järjestely, jonka valvontaviranomainen on hyväksynyt (tietosuoja-asetuksen 46 artiklan 3 kohdan b alakohta)',
    derogation_49_1_a: {
      reader:
        'Nimenomainen suostumuksesi, jonka annoit, kun sinulle oli kerrottu siirron riskeistä (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta)',
      neutral:
        'Rekisteröidyn nimenomainen suostumus, jonka hän antoi, kun hänelle oli kerrottu siirron riskeistä (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta)',
    },
    derogation_49_1_b: {
      reader:
        'Siirto on tarpeen kanssasi tehdyn sopimuksen täyttämiseksi tai pyytämiesi sopimusta edeltävien toimien toteuttamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta)',
      neutral:
        'Siirto on tarpeen rekisteröidyn ja rekisterinpitäjän välisen sopimuksen täyttämiseksi tai rekisteröidyn pyytämien sopimusta edeltävien toimien toteuttamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta)',
    },
    derogation_49_1_c: {
      reader:
        'Siirto on tarpeen sellaisen sopimuksen tekemiseksi tai täyttämiseksi, jonka teemme etusi mukaisesti jonkun toisen kanssa (tietosuoja-asetuksen 49 artiklan 1 kohdan c alakohta)',
      neutral:
        'Siirto on tarpeen sellaisen sopimuksen tekemiseksi tai täyttämiseksi, jonka rekisterinpitäjä tekee rekisteröidyn edun mukaisesti jonkun toisen kanssa (tietosuoja-asetuksen 49 artiklan 1 kohdan c alakohta)',
    },
    derogation_49_1_d:
      'Siirto on tarpeen tärkeää yleistä etua koskevista syistä (tietosuoja-asetuksen 49 artiklan 1 kohdan d alakohta)',
    derogation_49_1_e:
      'Siirto on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan e alakohta)',
    derogation_49_1_f: {
      reader:
        'Siirto on tarpeen sinun tai toisen henkilön elintärkeiden etujen suojaamiseksi, kun et pysty antamaan suostumusta (tietosuoja-asetuksen 49 artiklan 1 kohdan f alakohta)',
      neutral:
        'Siirto on tarpeen rekisteröidyn tai toisen henkilön elintärkeiden etujen suojaamiseksi, kun rekisteröity ei pysty antamaan suostumusta (tietosuoja-asetuksen 49 artiklan 1 kohdan f alakohta)',
    },
    derogation_49_1_g: 'Siirto julkisesta rekisteristä (tietosuoja-asetuksen 49 artiklan 1 kohdan g alakohta)',
    compelling_legitimate_interests: {
      reader:
        'Pakottavat oikeutetut etumme, kun siirto on kertaluonteinen ja koskee vain rajattua määrää henkilöitä (tietosuoja-asetuksen 49 artiklan 1 kohdan toinen alakohta)',
      neutral:
        'Rekisterinpitäjän pakottavat oikeutetut edut, kun siirto on kertaluonteinen ja koskee vain rajattua määrää henkilöitä (tietosuoja-asetuksen 49 artiklan 1 kohdan toinen alakohta)',
    },
    safe_harbor:
      'EU:n ja Yhdysvaltojen Safe Harbor -järjestely (ei enää voimassa: EU:n tuomioistuin totesi sen pätemättömäksi 6.10.2015)',
    privacy_shield:
      'EU:n ja Yhdysvaltojen Privacy Shield -järjestely (ei enää voimassa: EU:n tuomioistuin totesi sen pätemättömäksi 16.7.2020)',
    scc_2001_497:
      'Komission päätöksen 2001/497/EY vakiosopimuslausekkeet (eivät enää voimassa; viimeinen voimassaolopäivä 27.12.2022)',
    scc_2004_915:
      'Komission päätöksen 2004/915/EY vakiosopimuslausekkeet (eivät enää voimassa; viimeinen voimassaolopäivä 27.12.2022)',
    scc_2010_87:
      'Komission päätöksen 2010/87/EU vakiosopimuslausekkeet (eivät enää voimassa; viimeinen voimassaolopäivä 27.12.2022)',
  },
  units: {
    years: ['vuosi', 'vuotta'],
    months: ['kuukausi', 'kuukautta'],
    weeks: ['viikko', 'viikkoa'],
    days: ['päivä', 'päivää'],
  },
  poBox: 'PL',
  ...fiRights,
};
