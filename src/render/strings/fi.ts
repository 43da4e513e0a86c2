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
  rights: {
    intro: {
      reader:
        'Sinulla on alla kerrotut oikeudet, jotka koskevat henkilötietojasi. Voit käyttää niitä ottamalla meihin yhteyttä.',
      neutral:
        'Rekisteröidyllä on alla kerrotut oikeudet häntä koskeviin henkilötietoihin. Oikeuksia käytetään ottamalla yhteyttä rekisterinpitäjään.',
    },
    gdpr: {
      access: {
        title: 'Oikeus saada pääsy tietoihin',
        text: {
          reader:
            'Voit kysyä meiltä, käsittelemmekö sinua koskevia tietoja. Jos käsittelemme, saat kopion tiedoista ja tietoa siitä, miten käytämme niitä.',
          neutral:
            'Rekisteröity voi kysyä rekisterinpitäjältä, käsitelläänkö häntä koskevia tietoja. Jos käsitellään, hän saa kopion tiedoista ja tietoa siitä, miten niitä käytetään.',
        },
      },
      rectification: {
        title: 'Oikeus tietojen oikaisemiseen',
        text: {
          reader:
            'Jos sinua koskevat tiedot ovat virheellisiä, voit pyytää meitä korjaamaan ne. Voit myös pyytää meitä täydentämään puutteellisia tietoja.',
          neutral:
            'Jos rekisteröityä koskevat tiedot ovat virheellisiä, hän voi pyytää rekisterinpitäjää korjaamaan ne. Hän voi myös pyytää täydentämään puutteellisia tietoja.',
        },
      },
      erasure: {
        title: 'Oikeus tietojen poistamiseen',
        text: {
          reader:
            'Voit pyytää meitä poistamaan tietosi esimerkiksi silloin, kun emme enää tarvitse niitä. Emme voi poistaa tietoja, jotka laki velvoittaa meidät säilyttämään.',
          neutral:
            'Rekisteröity voi pyytää rekisterinpitäjää poistamaan häntä koskevat tiedot esimerkiksi silloin, kun niitä ei enää tarvita. Tietoja, jotka laki velvoittaa säilyttämään, ei voida poistaa.',
        },
      },
      restriction: {
        title: 'Oikeus käsittelyn rajoittamiseen',
        text: {
          reader:
            'Voit tietyissä tilanteissa pyytää meitä rajoittamaan tietojesi käsittelyä. Silloin säilytämme tiedot mutta emme muuten käytä niitä, esimerkiksi sillä aikaa, kun tarkistamme, ovatko ne oikein.',
          neutral:
            'Rekisteröity voi tietyissä tilanteissa pyytää rekisterinpitäjää rajoittamaan häntä koskevien tietojen käsittelyä. Silloin tiedot säilytetään mutta niitä ei muuten käytetä, esimerkiksi sillä aikaa, kun tarkistetaan, ovatko ne oikein.',
        },
      },
      notification: {
        title: 'Ilmoitusvelvollisuus vastaanottajille',
        text: {
          reader:
            'Jos korjaamme tai poistamme tietojasi tai rajoitamme niiden käsittelyä, ilmoitamme siitä kaikille, joille olemme luovuttaneet tietoja, ellei se ole mahdotonta tai vaadi kohtuuttomasti vaivaa. Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.',
          neutral:
            'Jos rekisterinpitäjä korjaa tai poistaa rekisteröityä koskevia tietoja tai rajoittaa niiden käsittelyä, se ilmoittaa siitä kaikille, joille tietoja on luovutettu, ellei se ole mahdotonta tai vaadi kohtuuttomasti vaivaa. Rekisteröidyn pyynnöstä rekisterinpitäjä kertoo, keitä nämä vastaanottajat ovat.',
        },
      },
      portability: {
        title: 'Oikeus siirtää tiedot järjestelmästä toiseen',
        text: {
          reader:
            'Voit saada meille antamasi tiedot yleisesti käytetyssä, koneluettavassa muodossa. Voit myös pyytää meitä siirtämään ne suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.',
          neutral:
            'Rekisteröity voi saada rekisterinpitäjälle antamansa tiedot yleisesti käytetyssä, koneluettavassa muodossa. Hän voi myös pyytää siirtämään ne suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.',
        },
      },
      objection_marketing: {
        title: 'Oikeus kieltää suoramarkkinointi',
        text: {
          reader:
            'Voit milloin tahansa kieltää meitä käyttämästä tietojasi suoramarkkinointiin ja siihen liittyvään profilointiin. Sinun ei tarvitse perustella kieltoa. Sen jälkeen emme enää käytä tietojasi tähän tarkoitukseen.',
          neutral:
            'Rekisteröity voi milloin tahansa kieltää käyttämästä häntä koskevia tietoja suoramarkkinointiin ja siihen liittyvään profilointiin. Kieltoa ei tarvitse perustella. Sen jälkeen tietoja ei enää käytetä tähän tarkoitukseen.',
        },
      },
      automated_decisions: {
        title: 'Automaattiset yksittäispäätökset',
        text: {
          reader:
            'Jos teemme sinua koskevan päätöksen pelkästään automaattisesti, voit pyytää, että ihminen tarkistaa sen. Voit myös kertoa oman näkemyksesi ja kiistää päätöksen.',
          neutral:
            'Jos rekisteröityä koskeva päätös tehdään pelkästään automaattisesti, hän voi pyytää, että ihminen tarkistaa sen. Hän voi myös esittää oman näkemyksensä ja kiistää päätöksen.',
        },
      },
      withdraw_consent: {
        title: 'Oikeus peruuttaa suostumus',
        text: {
          reader:
            'Kun käsittelemme tietojasi suostumuksesi perusteella, voit peruuttaa suostumuksesi milloin tahansa yhtä helposti kuin annoit sen. Ennen peruuttamista tehty käsittely pysyy lainmukaisena.',
          neutral:
            'Kun tietoja käsitellään rekisteröidyn suostumuksen perusteella, hän voi peruuttaa suostumuksensa milloin tahansa yhtä helposti kuin antoi sen. Ennen peruuttamista tehty käsittely pysyy lainmukaisena.',
        },
      },
    },
    hetil: {
      access: {
        title: 'Tarkastusoikeus',
        text: {
          reader:
            'Voit tarkastaa, mitä tietoja sinusta on tallennettu rekisteriin. Tarkastus on maksuton kerran vuodessa (henkilötietolain 26 §).',
          neutral:
            'Rekisteröity voi tarkastaa, mitä häntä koskevia tietoja rekisteriin on tallennettu. Tarkastus on maksuton kerran vuodessa (henkilötietolain 26 §).',
        },
      },
      rectification: {
        title: 'Oikeus vaatia tiedon korjaamista',
        text: {
          reader:
            'Voit vaatia, että korjaamme rekisterissä olevat virheelliset, tarpeettomat, puutteelliset tai vanhentuneet tiedot (henkilötietolain 29 §).',
          neutral:
            'Rekisteröity voi vaatia, että rekisterissä olevat virheelliset, tarpeettomat, puutteelliset tai vanhentuneet häntä koskevat tiedot korjataan (henkilötietolain 29 §).',
        },
      },
      objection_marketing: {
        title: 'Kielto-oikeus',
        text: {
          reader:
            'Voit kieltää meitä käsittelemästä tietojasi suoramarkkinointia, etämyyntiä, markkina- ja mielipidetutkimuksia, henkilömatrikkeleita ja sukututkimusta varten (henkilötietolain 30 §).',
          neutral:
            'Rekisteröity voi kieltää käsittelemästä häntä koskevia tietoja suoramarkkinointia, etämyyntiä, markkina- ja mielipidetutkimuksia, henkilömatrikkeleita ja sukututkimusta varten (henkilötietolain 30 §).',
        },
      },
    },
    answer: {
      reader:
        'Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai saamme paljon pyyntöjä, voimme pidentää aikaa kahdella kuukaudella, ja kerromme siitä sinulle ensimmäisen kuukauden aikana. Pyynnöt ovat maksuttomia, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton, ja voimme pyytää sinua vahvistamaan henkilöllisyytesi.',
      neutral:
        'Rekisterinpitäjä vastaa pyyntöön ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, aikaa voidaan pidentää kahdella kuukaudella, ja siitä kerrotaan rekisteröidylle ensimmäisen kuukauden aikana. Pyynnöt ovat maksuttomia, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton, ja rekisteröityä voidaan pyytää vahvistamaan henkilöllisyytensä.',
    },
  },
  objection: {
    title: 'Oikeus vastustaa käsittelyä',
    text: {
      reader:
        'Kun käsittelemme tietojasi oikeutetun etumme perusteella tai hoitaaksemme yleistä etua koskevaa tehtävää, voit vastustaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvästä syystä. Lopetamme silloin käsittelyn, ellemme pysty osoittamaan, että sille on painava ja perusteltu syy, joka menee etujesi ja oikeuksiesi edelle, tai ellemme tarvitse tietoja oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.',
      neutral:
        'Kun tietoja käsitellään rekisterinpitäjän oikeutetun edun perusteella tai yleistä etua koskevan tehtävän hoitamiseksi, rekisteröity voi vastustaa käsittelyä henkilökohtaiseen tilanteeseensa liittyvästä syystä. Käsittely lopetetaan silloin, ellei rekisterinpitäjä pysty osoittamaan, että sille on painava ja perusteltu syy, joka menee rekisteröidyn etujen ja oikeuksien edelle, tai ellei tietoja tarvita oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.',
    },
  },
  hetil: {
    bases: {
      consent: 'Suostumus',
      contract: 'Sopimus tai sopimusta edeltävät toimet',
      legal_obligation: 'Lakisääteinen velvoite',
      vital_interests: 'Elintärkeiden etujen suojaaminen',
      public_task: 'Yleistä etua koskeva tehtävä tai julkisen vallan käyttö',
      legitimate_interests: 'Oikeutettu etu',
    },
    points8: {
      1: '1) yksiselitteisesti annettu suostumus',
      2: '2) toimeksianto, sopimus tai muu siihen rinnastettava oikeussuhde tai sopimusta edeltävät toimet',
      3: '3) elintärkeän edun suojaaminen',
      4: '4) laissa säädetty käsittely tai laissa säädetty tehtävä tai velvoite',
      5: '5) asiallinen yhteys rekisterinpitäjän toimintaan, kuten asiakas-, palvelus- tai jäsenyyssuhde (yhteysvaatimus)',
      6: '6) saman konsernin tai muun taloudellisen yhteenliittymän asiakkaita tai työntekijöitä koskevat tiedot yhteenliittymän sisällä',
      7: '7) maksuliikenne, atk-ajot tai muut niihin rinnastettavat toimeksiannosta hoidettavat tehtävät',
      8: '8) yleisesti saatavilla olevat tiedot henkilön asemasta ja tehtävistä julkisyhteisössä, elinkeinoelämässä tai järjestössä',
      9: '9) tietosuojalautakunnan lupa',
    },
    sensitiveGround: 'Arkaluonteisten tietojen käsittelyperuste (henkilötietolain 12 §:n 1 momentti)',
    points12: {
      1: '1) nimenomainen suostumus',
      2: '2) henkilön itse julkistamat tiedot yhteiskunnallisesta, poliittisesta tai uskonnollisesta vakaumuksesta tai ammattiliittoon kuulumisesta',
      3: '3) elintärkeän edun suojaaminen, kun suostumusta ei voida antaa',
      4: '4) oikeudellisen vaateen laatiminen, esittäminen, puolustaminen tai ratkaiseminen',
      5: '5) laissa säädetty käsittely tai laissa säädetty tehtävä',
      6: '6) historiallinen tai tieteellinen tutkimus tai tilastointi',
      7: '7) vakaumusta edustavan yhdistyksen tai yhteisön jäseniään ja säännöllisiä yhteyshenkilöitään koskevat vakaumustiedot',
      8: '8) ammattiyhdistysten jäseniään ja säännöllisiä yhteyshenkilöitään koskevat tiedot ammattiliittoon kuulumisesta',
      9: '9) ammattiliittoon kuulumista koskeva tieto, jota rekisterinpitäjä tarvitsee työoikeudellisten oikeuksiensa ja velvollisuuksiensa hoitamiseen',
      10: '10) terveydenhuollon toimintayksikön tai ammattihenkilön toiminnassaan saamat tiedot rekisteröidyn terveydestä ja hoidosta',
      11: '11) vakuutuslaitoksen vakuutustoiminnassa saamat terveys- tai rikostiedot, kun niitä tarvitaan sen vastuun selvittämiseen',
      12: '12) sosiaalihuollon viranomaisen, laitoksen tai palvelujen tuottajan toiminnassaan saamat tiedot rekisteröidyn sosiaalihuollosta',
      13: '13) tietosuojalautakunnan lupa',
    },
    sensitiveCategory: 'Arkaluonteinen tieto',
    complaint: {
      reader:
        'Jos et saa tarkastaa tietojasi tai vaatimaasi korjausta ei tehdä, voit saattaa asian tietosuojavaltuutetun käsiteltäväksi.',
      neutral:
        'Jos rekisteröity ei saa tarkastaa tietojaan tai hänen vaatimaansa korjausta ei tehdä, hän voi saattaa asian tietosuojavaltuutetun käsiteltäväksi.',
    },
  },
  complaint: {
    text: {
      reader:
        'Jos katsot, että käsittelemme tietojasi tietosuojalainsäädännön vastaisesti, voit tehdä valituksen valvontaviranomaiselle. Suomessa se on tietosuojavaltuutettu, mutta voit tehdä valituksen myös siinä EU-maassa, jossa asut tai työskentelet tai jossa epäilty rikkomus tapahtui.',
      neutral:
        'Jos rekisteröity katsoo, että häntä koskevien tietojen käsittely rikkoo tietosuojalainsäädäntöä, hän voi tehdä valituksen valvontaviranomaiselle. Suomessa se on tietosuojavaltuutettu, mutta valituksen voi tehdä myös siinä EU-maassa, jossa rekisteröity asuu tai työskentelee tai jossa epäilty rikkomus tapahtui.',
    },
    authority: {
      name: 'Tietosuojavaltuutetun toimisto',
      visitingAddress: 'Lintulahdenkuja 4, 00530 Helsinki',
      postalAddress: 'PL 800, 00531 Helsinki',
      phone: '029 566 6700',
      email: 'tietosuoja@om.fi',
      website: 'https://tietosuoja.fi',
    },
  },
};
