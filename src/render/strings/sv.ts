import { svRights } from './rights/sv.js';
import type { StringCatalog } from './types.js';

export const sv: StringCatalog = {
  titles: {
    gdpr: 'Dataskyddsbeskrivning',
    hetilRegister: 'Registerbeskrivning',
    hetilPrivacy: 'Dataskyddsbeskrivning',
  },
  lawLines: {
    gdpr: 'EU:s allmänna dataskyddsförordning (2016/679), artiklarna 13 och 14',
    hetilRegister: 'Personuppgiftslag (523/1999) 10 §',
    hetilPrivacy: 'Personuppgiftslag (523/1999) 10 och 24 §',
  },
  headings: {
    controller: 'Personuppgiftsansvarig',
    controllerHetil: 'Registeransvarig',
    contact_person: 'Person som ansvarar för registerärenden och/eller kontaktperson',
    dpo: 'Dataskyddsombud',
    register_name: 'Registrets namn',
    purposes: 'Ändamålen med behandlingen av personuppgifter',
    legal_basis: 'Rättslig grund för behandlingen',
    data_subjects: 'Grupper av registrerade',
    data_categories: 'Registrets datainnehåll (kategorier av personuppgifter)',
    provision_requirement: 'Skyldighet att lämna personuppgifter och följder',
    sources: 'Regelmässiga uppgiftskällor',
    recipients: 'Mottagare och regelmässiga utlämnanden av uppgifter',
    transfers: 'Överföring av uppgifter till länder utanför EU eller EES',
    retention: 'Lagringstid för personuppgifterna',
    security: 'Principer för skydd av registret',
    automated_decisions: 'Automatiserat beslutsfattande och profilering',
    rights: 'Den registrerades rättigheter',
    objection: 'Rätt att invända mot behandling',
    complaint: 'Rätt att inge klagomål till en tillsynsmyndighet',
    further_processing: 'Behandling för andra ändamål',
    cookies: 'Kakor',
    changes: 'Ändringar i beskrivningen',
    contents: 'Innehåll',
    extra: 'Mer information',
    and: 'och',
    changeHistory: 'Ändringshistorik',
  },
  archive: {
    heading: 'publicerade versioner',
    intro:
      'På den här sidan finns alla publicerade versioner av beskrivningen och när var och en gällde. Den version som gäller nu står överst.',
    version: 'Version',
    inForce: 'Gällde',
    files: 'Filer',
    now: 'nu',
    languageSwitcher: 'Språk',
    languageNames: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  },
  pluralHeadings: {
    controller: 'Personuppgiftsansvariga',
    controllerHetil: 'Registeransvariga',
    dpo: 'Dataskyddsombud',
  },
  labels: {
    created: 'Upprättad',
    updated: 'Uppdaterad',
    version: 'Version',
    draft: 'Utkast',
    page: 'Sida',
    businessId: 'FO-nummer',
    address: 'Adress',
    postalAddress: 'Postadress',
    visitingAddress: 'Besöksadress',
    billingAddress: 'Faktureringsadress',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
    representative: 'Företrädare',
    jointArrangement: 'Arrangemanget mellan de personuppgiftsansvariga',
    contactPoint: {
      reader: 'Din kontaktpunkt i frågor som gäller detta register är',
      neutral: 'Kontaktpunkten för de registrerade i frågor som gäller detta register är',
    },
    dpoNone: { reader: 'Vi har inte utsett något dataskyddsombud.', neutral: 'Inget dataskyddsombud har utsetts.' },
    dpoSameAsContact: {
      reader: 'Kontaktpersonen ovan är också vårt dataskyddsombud.',
      neutral: 'Kontaktpersonen ovan är också den personuppgiftsansvariges dataskyddsombud.',
    },
    purposesCovered: 'Ändamål',
    lawReference: 'Lagstiftning',
    legitimateInterest: 'Berättigat intresse',
    specialCategoryCondition: 'Grund för behandling av särskilda kategorier av personuppgifter',
    criminalData:
      'Gäller även uppgifter om fällande domar i brottmål och lagöverträdelser (artikel 10 i dataskyddsförordningen)',
    hetilPoints: 'Punkter i 8 § 1 mom.',
    specialCategory: 'Särskild kategori av personuppgifter',
    criminal: 'Innehåller uppgifter om fällande domar i brottmål och lagöverträdelser',
    identityCode: 'Innehåller personbeteckningen',
    identityCodeBasis: {
      reader: 'Varför vi behandlar personbeteckningen',
      neutral: 'Grunden för behandlingen av personbeteckningen',
    },
    childConsentAge: 'Ålder från vilken ett barn självt ger sitt samtycke till en onlinetjänst',
    years: 'år',
    sourcePublic: '(allmänt tillgänglig källa)',
    sourceNotPublic: '(inte en allmänt tillgänglig källa)',
    processor: 'Personuppgiftsbiträde',
    recipientsNone: {
      reader: 'Vi lämnar inte ut uppgifterna till någon.',
      neutral: 'Uppgifterna lämnas inte ut till någon.',
    },
    recipientsNoRegular: 'Uppgifterna lämnas inte ut regelbundet.',
    transfersNone: {
      reader: 'Vi överför inte uppgifter till länder utanför EU eller EES.',
      neutral: 'Uppgifter överförs inte till länder utanför EU eller EES.',
    },
    transfersIntended: {
      reader: 'Vi överför uppgifter till länder utanför EU eller EES enligt följande:',
      neutral: 'Uppgifter överförs till länder utanför EU eller EES enligt följande:',
    },
    country: 'Land',
    recipient: 'Mottagare',
    mechanism: 'Grund för överföringen',
    safeguardCopy: 'Kopia av skyddsåtgärderna',
    safeguards: 'Skyddsåtgärder',
    dpfCertified: 'Certifierad enligt dataskyddsramen mellan EU och USA',
    period: 'Lagringstid',
    appliesTo: 'Gäller',
    allData: 'alla uppgifter',
    trigger: 'Räknas från',
    criteria: 'Kriterier',
    automatedNone: {
      reader:
        'Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling, inklusive profilering, och som har rättsliga följder eller på liknande sätt påverkar dig i betydande grad.',
      neutral:
        'Inga beslut om den registrerade fattas enbart på grundval av automatiserad behandling, inklusive profilering, om besluten har rättsliga följder för den registrerade eller på liknande sätt påverkar honom eller henne i betydande grad.',
    },
    automatedUsed: {
      reader: 'Vi fattar vissa beslut om dig helt automatiskt. Så här går det till:',
      neutral: 'Vissa beslut om den registrerade fattas helt automatiskt. Så här går det till:',
    },
    logic: 'Hur beslutet fattas',
    significance: { reader: 'Vad det innebär för dig', neutral: 'Vad det innebär för den registrerade' },
    cookieName: 'Kaka',
    cookiePurpose: 'Ändamål',
    cookieDuration: 'Lagringstid',
    thirdParty: 'Tredjepartskaka',
    yes: 'Ja',
    no: 'Nej',
  },
  bases: {
    consent: 'Samtycke (artikel 6.1 a i dataskyddsförordningen)',
    contract: 'Avtal eller åtgärder innan ett avtal ingås (artikel 6.1 b i dataskyddsförordningen)',
    legal_obligation: 'Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)',
    vital_interests: 'Skydd av grundläggande intressen (artikel 6.1 d i dataskyddsförordningen)',
    public_task: 'Uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e i dataskyddsförordningen)',
    legitimate_interests: 'Berättigat intresse (artikel 6.1 f i dataskyddsförordningen)',
    hetil_8_1: '8 § 1 mom. i personuppgiftslagen (523/1999)',
  },
  article9: {
    a: 'Artikel 9.2 a: uttryckligt samtycke',
    b: 'Artikel 9.2 b: skyldigheter och rättigheter inom arbetsrätt, social trygghet och socialt skydd',
    c: 'Artikel 9.2 c: grundläggande intressen för en person som inte kan ge sitt samtycke',
    d: 'Artikel 9.2 d: behandling som en stiftelse, förening eller annan ideell organisation utför om sina medlemmar eller personer som har regelbunden kontakt med den',
    e: {
      reader: 'Artikel 9.2 e: uppgifter som du själv tydligt har offentliggjort',
      neutral: 'Artikel 9.2 e: uppgifter som den registrerade själv tydligt har offentliggjort',
    },
    f: 'Artikel 9.2 f: rättsliga anspråk som ska fastställas, göras gällande eller försvaras, eller domstolarnas dömande verksamhet',
    g: 'Artikel 9.2 g: ett viktigt allmänt intresse enligt lag',
    h: 'Artikel 9.2 h: förebyggande medicin, yrkesmedicin, medicinska diagnoser, hälso- och sjukvård eller social omsorg',
    i: 'Artikel 9.2 i: ett allmänt intresse på folkhälsoområdet',
    j: 'Artikel 9.2 j: arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål',
  },
  specialCategories: {
    racial_or_ethnic_origin: 'Ras eller etniskt ursprung',
    political_opinions: 'Politiska åsikter',
    religious_beliefs: 'Religiös eller filosofisk övertygelse',
    trade_union_membership: 'Medlemskap i fackförening',
    genetic: 'Genetiska uppgifter',
    biometric: 'Biometriska uppgifter för att identifiera en person',
    health: 'Uppgifter om hälsa',
    sex_life_or_orientation: 'Uppgifter om sexualliv eller sexuell läggning',
    social_welfare: 'Uppgifter om behov av socialvård och om tjänster, stödåtgärder och förmåner inom socialvården',
  },
  requirements: {
    statutory: {
      reader: 'Du måste lämna de här uppgifterna, eftersom lagen kräver det.',
      neutral: 'Den registrerade måste lämna de här uppgifterna, eftersom lagen kräver det.',
    },
    contractual: {
      reader: 'Du måste lämna de här uppgifterna, eftersom vårt avtal med dig kräver det.',
      neutral:
        'Den registrerade måste lämna de här uppgifterna, eftersom avtalet mellan den registrerade och den personuppgiftsansvarige kräver det.',
    },
    contract_prerequisite: {
      reader:
        'Vi behöver de här uppgifterna för att kunna ingå ett avtal med dig. Om du inte lämnar dem kan vi inte ingå avtalet.',
      neutral:
        'Uppgifterna behövs för att ett avtal ska kunna ingås med den registrerade. Om den registrerade inte lämnar dem kan avtalet inte ingås.',
    },
    voluntary: 'Det är frivilligt att lämna de här uppgifterna.',
    mixed: 'En del av uppgifterna är obligatoriska och en del frivilliga.',
  },
  sourceKinds: {
    data_subject: { reader: 'Du själv', neutral: 'Den registrerade själv' },
    controller: 'Den personuppgiftsansvarige själv',
    third_party: 'Tredje parter',
  },
  mechanisms: {
    adequacy: 'Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen)',
    scc: 'Europeiska kommissionens standardavtalsklausuler (artikel 46.2 c i dataskyddsförordningen; beslut (EU) 2021/914)',
    sa_scc:
      'Standardiserade dataskyddsbestämmelser som en tillsynsmyndighet har antagit och kommissionen godkänt (artikel 46.2 d i dataskyddsförordningen)',
    bcr: 'Bindande företagsbestämmelser (artiklarna 46.2 b och 47 i dataskyddsförordningen)',
    code_of_conduct:
      'Godkänd uppförandekod med bindande åtaganden av mottagaren (artikel 46.2 e i dataskyddsförordningen)',
    certification:
      'Godkänd certifiering med bindande åtaganden av mottagaren (artikel 46.2 f i dataskyddsförordningen)',
    public_authority_instrument:
      'Rättsligt bindande instrument mellan myndigheter eller offentliga organ (artikel 46.2 a i dataskyddsförordningen)',
    ad_hoc_clauses: 'Avtalsklausuler som tillsynsmyndigheten har godkänt (artikel 46.3 a i dataskyddsförordningen)',
    administrative_arrangement:
      'Administrativ överenskommelse mellan myndigheter som tillsynsmyndigheten har godkänt (artikel 46.3 b i dataskyddsförordningen)',
    derogation_49_1_a: {
      reader:
        'Ditt uttryckliga samtycke, som du gav efter att ha informerats om riskerna (artikel 49.1 a i dataskyddsförordningen)',
      neutral:
        'Den registrerades uttryckliga samtycke, som gavs efter att han eller hon hade informerats om riskerna (artikel 49.1 a i dataskyddsförordningen)',
    },
    derogation_49_1_b: {
      reader:
        'Nödvändigt för att fullgöra ett avtal mellan dig och oss eller för åtgärder som du har begärt innan avtalet ingås (artikel 49.1 b i dataskyddsförordningen)',
      neutral:
        'Nödvändigt för att fullgöra ett avtal mellan den registrerade och den personuppgiftsansvarige eller för åtgärder som den registrerade har begärt innan avtalet ingås (artikel 49.1 b i dataskyddsförordningen)',
    },
    derogation_49_1_c: {
      reader:
        'Nödvändigt för att ingå eller fullgöra ett avtal i ditt intresse mellan oss och någon annan (artikel 49.1 c i dataskyddsförordningen)',
      neutral:
        'Nödvändigt för att ingå eller fullgöra ett avtal i den registrerades intresse mellan den personuppgiftsansvarige och någon annan (artikel 49.1 c i dataskyddsförordningen)',
    },
    derogation_49_1_d: 'Nödvändigt av viktiga skäl som rör allmänintresset (artikel 49.1 d i dataskyddsförordningen)',
    derogation_49_1_e:
      'Nödvändigt för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 49.1 e i dataskyddsförordningen)',
    derogation_49_1_f: {
      reader:
        'Nödvändigt för att skydda dina eller någon annans grundläggande intressen när du inte kan ge ditt samtycke (artikel 49.1 f i dataskyddsförordningen)',
      neutral:
        'Nödvändigt för att skydda den registrerades eller någon annans grundläggande intressen när den registrerade inte kan ge sitt samtycke (artikel 49.1 f i dataskyddsförordningen)',
    },
    derogation_49_1_g: 'Överföring från ett offentligt register (artikel 49.1 g i dataskyddsförordningen)',
    compelling_legitimate_interests: {
      reader:
        'Våra tvingande berättigade intressen, vid en enstaka överföring som gäller endast ett begränsat antal personer (artikel 49.1 andra stycket i dataskyddsförordningen)',
      neutral:
        'Den personuppgiftsansvariges tvingande berättigade intressen, vid en enstaka överföring som gäller endast ett begränsat antal personer (artikel 49.1 andra stycket i dataskyddsförordningen)',
    },
    safe_harbor:
      'Safe Harbor-ordningen mellan EU och USA (gäller inte längre: EU-domstolen förklarade den ogiltig 6.10.2015)',
    privacy_shield:
      'Privacy Shield-ramverket mellan EU och USA (gäller inte längre: EU-domstolen förklarade det ogiltigt 16.7.2020)',
    scc_2001_497:
      'Standardavtalsklausulerna i kommissionens beslut 2001/497/EG (gäller inte längre; sista giltighetsdag 27.12.2022)',
    scc_2004_915:
      'Standardavtalsklausulerna i kommissionens beslut 2004/915/EG (gäller inte längre; sista giltighetsdag 27.12.2022)',
    scc_2010_87:
      'Standardavtalsklausulerna i kommissionens beslut 2010/87/EU (gäller inte längre; sista giltighetsdag 27.12.2022)',
  },
  units: {
    years: ['år', 'år'],
    months: ['månad', 'månader'],
    weeks: ['vecka', 'veckor'],
    days: ['dag', 'dagar'],
  },
  poBox: 'PB',
  ...svRights,
};
