import type { Strings } from './types.js';

export const fi: Strings = {
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
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivut',
    representative: 'Edustaja',
    dpoNone: 'Emme ole nimittäneet tietosuojavastaavaa.',
    dpoSameAsContact: 'Edellä mainittu yhteyshenkilö on myös tietosuojavastaavamme.',
    purposesCovered: 'Tarkoitukset',
    lawReference: 'Lainsäädäntö',
    legitimateInterest: 'Oikeutettu etu',
    specialCategoryCondition: 'Erityisten henkilötietoryhmien käsittelyperuste',
    criminalData: 'Koskee myös rikostuomioihin ja rikkomuksiin liittyviä tietoja (tietosuoja-asetuksen 10 artikla)',
    hetilPoints: '8 §:n 1 momentin kohdat',
    specialCategory: 'Erityinen henkilötietoryhmä',
    criminal: 'Sisältää rikostuomioihin ja rikkomuksiin liittyviä tietoja',
    identityCode: 'Sisältää henkilötunnuksen',
    identityCodeBasis: 'Miksi käsittelemme henkilötunnusta',
    sourcePublic: '(julkisesti saatavilla oleva lähde)',
    sourceNotPublic: '(ei julkinen lähde)',
    processor: 'Käsittelee tietoja puolestamme',
    recipientsNone: 'Emme luovuta tietoja kenellekään.',
    transfersNone: 'Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle.',
    transfersIntended: 'Siirrämme tietoja EU:n tai ETA:n ulkopuolelle seuraavasti:',
    country: 'Maa',
    recipient: 'Vastaanottaja',
    mechanism: 'Siirtoperuste',
    safeguardCopy: 'Kopio suojatoimista',
    period: 'Säilytysaika',
    appliesTo: 'Koskee',
    allData: 'kaikki tiedot',
    trigger: 'Alkamisajankohta',
    criteria: 'Perusteet',
    automatedNone:
      'Emme tee sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on sinulle oikeudellisia tai muita vastaavan merkittäviä vaikutuksia.',
    automatedUsed: 'Teemme joitakin sinua koskevia päätöksiä pelkästään automaattisesti. Näin se toimii:',
    logic: 'Miten päätös tehdään',
    significance: 'Mitä se merkitsee sinulle',
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
    e: '9 artiklan 2 kohdan e alakohta: tiedot, jotka olet itse selvästi saattanut julkisiksi',
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
  },
  requirements: {
    statutory: 'Sinun on annettava nämä tiedot, koska laki edellyttää sitä.',
    contractual: 'Sinun on annettava nämä tiedot, koska sopimuksemme edellyttää sitä.',
    contract_prerequisite:
      'Tarvitsemme nämä tiedot, jotta voimme tehdä sopimuksen kanssasi. Jos et anna niitä, emme voi tehdä sopimusta.',
    voluntary: 'Tietojen antaminen on vapaaehtoista.',
    mixed: 'Osa tiedoista on pakollisia ja osa vapaaehtoisia; katso tarkemmin alta.',
  },
  sourceKinds: {
    data_subject: 'Sinä itse',
    controller: 'Omat järjestelmämme, kun käytät palvelujamme',
    third_party: 'Muut organisaatiot tai rekisterit',
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
    derogation_49_1_a:
      'Nimenomainen suostumuksesi, jonka annoit, kun sinulle oli kerrottu siirron riskeistä (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta)',
    derogation_49_1_b:
      'Siirto on tarpeen kanssasi tehdyn sopimuksen täyttämiseksi tai pyytämiesi sopimusta edeltävien toimien toteuttamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta)',
    derogation_49_1_c:
      'Siirto on tarpeen sellaisen sopimuksen tekemiseksi tai täyttämiseksi, jonka teemme etusi mukaisesti jonkun toisen kanssa (tietosuoja-asetuksen 49 artiklan 1 kohdan c alakohta)',
    derogation_49_1_d:
      'Siirto on tarpeen tärkeää yleistä etua koskevista syistä (tietosuoja-asetuksen 49 artiklan 1 kohdan d alakohta)',
    derogation_49_1_e:
      'Siirto on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan e alakohta)',
    derogation_49_1_f:
      'Siirto on tarpeen sinun tai toisen henkilön elintärkeiden etujen suojaamiseksi, kun et pysty antamaan suostumusta (tietosuoja-asetuksen 49 artiklan 1 kohdan f alakohta)',
    derogation_49_1_g: 'Siirto julkisesta rekisteristä (tietosuoja-asetuksen 49 artiklan 1 kohdan g alakohta)',
    compelling_legitimate_interests:
      'Pakottavat oikeutetut etumme, kun siirto on kertaluonteinen ja koskee vain rajattua määrää henkilöitä (tietosuoja-asetuksen 49 artiklan 1 kohdan toinen alakohta)',
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
    intro:
      'Sinulla on alla kerrotut oikeudet, jotka koskevat henkilötietojasi. Voit käyttää niitä ottamalla meihin yhteyttä.',
    gdpr: {
      access: {
        title: 'Oikeus saada pääsy tietoihin',
        text: 'Voit kysyä meiltä, käsittelemmekö sinua koskevia tietoja. Jos käsittelemme, saat kopion tiedoista ja tietoa siitä, miten käytämme niitä.',
      },
      rectification: {
        title: 'Oikeus tietojen oikaisemiseen',
        text: 'Jos sinua koskevat tiedot ovat virheellisiä, voit pyytää meitä korjaamaan ne. Voit myös pyytää meitä täydentämään puutteellisia tietoja.',
      },
      erasure: {
        title: 'Oikeus tietojen poistamiseen',
        text: 'Voit pyytää meitä poistamaan tietosi esimerkiksi silloin, kun emme enää tarvitse niitä. Emme voi poistaa tietoja, jotka laki velvoittaa meidät säilyttämään.',
      },
      restriction: {
        title: 'Oikeus käsittelyn rajoittamiseen',
        text: 'Voit tietyissä tilanteissa pyytää meitä rajoittamaan tietojesi käsittelyä. Silloin säilytämme tiedot mutta emme muuten käytä niitä, esimerkiksi sillä aikaa, kun tarkistamme, ovatko ne oikein.',
      },
      notification: {
        title: 'Ilmoitusvelvollisuus vastaanottajille',
        text: 'Jos korjaamme tai poistamme tietojasi tai rajoitamme niiden käsittelyä, ilmoitamme siitä kaikille, joille olemme luovuttaneet tietoja, ellei se ole mahdotonta tai vaadi kohtuuttomasti vaivaa. Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.',
      },
      portability: {
        title: 'Oikeus siirtää tiedot järjestelmästä toiseen',
        text: 'Voit saada meille antamasi tiedot yleisesti käytetyssä, koneluettavassa muodossa. Voit myös pyytää meitä siirtämään ne suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.',
      },
      objection_marketing: {
        title: 'Oikeus kieltää suoramarkkinointi',
        text: 'Voit milloin tahansa kieltää meitä käyttämästä tietojasi suoramarkkinointiin ja siihen liittyvään profilointiin. Sinun ei tarvitse perustella kieltoa. Sen jälkeen emme enää käytä tietojasi tähän tarkoitukseen.',
      },
      automated_decisions: {
        title: 'Automaattiset yksittäispäätökset',
        text: 'Jos teemme sinua koskevan päätöksen pelkästään automaattisesti, voit pyytää, että ihminen tarkistaa sen. Voit myös kertoa oman näkemyksesi ja kiistää päätöksen.',
      },
      withdraw_consent: {
        title: 'Oikeus peruuttaa suostumus',
        text: 'Kun käsittelemme tietojasi suostumuksesi perusteella, voit peruuttaa suostumuksesi milloin tahansa yhtä helposti kuin annoit sen. Ennen peruuttamista tehty käsittely pysyy lainmukaisena.',
      },
    },
    hetil: {
      access: {
        title: 'Tarkastusoikeus',
        text: 'Voit tarkastaa, mitä tietoja sinusta on tallennettu rekisteriin. Tarkastus on maksuton kerran vuodessa (henkilötietolain 26 §).',
      },
      rectification: {
        title: 'Oikeus vaatia tiedon korjaamista',
        text: 'Voit vaatia, että korjaamme rekisterissä olevat virheelliset, tarpeettomat, puutteelliset tai vanhentuneet tiedot (henkilötietolain 29 §).',
      },
      objection_marketing: {
        title: 'Kielto-oikeus',
        text: 'Voit kieltää meitä käsittelemästä tietojasi suoramarkkinointia, etämyyntiä, markkina- ja mielipidetutkimuksia, henkilömatrikkeleita ja sukututkimusta varten (henkilötietolain 30 §).',
      },
    },
    answer:
      'Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai saamme paljon pyyntöjä, voimme pidentää aikaa kahdella kuukaudella, ja kerromme siitä sinulle ensimmäisen kuukauden aikana. Pyynnöt ovat maksuttomia, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton, ja voimme pyytää sinua vahvistamaan henkilöllisyytesi.',
  },
  objection: {
    title: 'Oikeus vastustaa käsittelyä',
    text: 'Kun käsittelemme tietojasi oikeutetun etumme perusteella tai hoitaaksemme yleistä etua koskevaa tehtävää, voit vastustaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvästä syystä. Lopetamme silloin käsittelyn, ellemme pysty osoittamaan, että sille on painava ja perusteltu syy, joka menee etujesi ja oikeuksiesi edelle, tai ellemme tarvitse tietoja oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen.',
  },
  complaint: {
    text: 'Jos katsot, että käsittelemme tietojasi tietosuojalainsäädännön vastaisesti, voit tehdä valituksen valvontaviranomaiselle. Suomessa se on tietosuojavaltuutettu, mutta voit tehdä valituksen myös siinä EU-maassa, jossa asut tai työskentelet tai jossa epäilty rikkomus tapahtui.',
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
