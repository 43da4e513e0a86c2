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
  rights: {
    intro: {
      reader:
        'Du har de rättigheter som beskrivs nedan när det gäller dina personuppgifter. Du kan använda dem genom att kontakta oss.',
      neutral:
        'Den registrerade har de rättigheter som beskrivs nedan när det gäller personuppgifter om honom eller henne. Rättigheterna utövas genom att kontakta den personuppgiftsansvarige.',
    },
    gdpr: {
      access: {
        title: 'Rätt till tillgång',
        text: {
          reader:
            'Du kan fråga oss om vi behandlar uppgifter om dig. Om vi gör det, kan du få en kopia av uppgifterna och information om hur vi använder dem.',
          neutral:
            'Den registrerade kan fråga den personuppgiftsansvarige om uppgifter om honom eller henne behandlas. Om så är fallet, kan den registrerade få en kopia av uppgifterna och information om hur de används.',
        },
      },
      rectification: {
        title: 'Rätt till rättelse',
        text: {
          reader:
            'Om uppgifter om dig är felaktiga kan du be oss rätta dem. Du kan också be oss komplettera ofullständiga uppgifter.',
          neutral:
            'Om uppgifter om den registrerade är felaktiga kan han eller hon begära att den personuppgiftsansvarige rättar dem. Den registrerade kan också begära att ofullständiga uppgifter kompletteras.',
        },
      },
      erasure: {
        title: 'Rätt till radering',
        text: {
          reader:
            'Du kan be oss radera dina uppgifter, till exempel om vi inte längre behöver dem. Vi kan inte radera uppgifter som vi enligt lag måste bevara.',
          neutral:
            'Den registrerade kan begära att den personuppgiftsansvarige raderar uppgifterna om honom eller henne, till exempel om de inte längre behövs. Uppgifter som enligt lag måste bevaras kan inte raderas.',
        },
      },
      restriction: {
        title: 'Rätt till begränsning av behandling',
        text: {
          reader:
            'I vissa situationer kan du be oss begränsa behandlingen av dina uppgifter. Då lagrar vi uppgifterna men använder dem inte på annat sätt, till exempel medan vi kontrollerar att de är korrekta.',
          neutral:
            'I vissa situationer kan den registrerade begära att den personuppgiftsansvarige begränsar behandlingen av uppgifterna om honom eller henne. Då lagras uppgifterna men används inte på annat sätt, till exempel medan det kontrolleras att de är korrekta.',
        },
      },
      notification: {
        title: 'Anmälningsskyldighet',
        text: {
          reader:
            'Om vi rättar eller raderar dina uppgifter eller begränsar behandlingen av dem, meddelar vi alla som vi har lämnat ut uppgifterna till, om det inte är omöjligt eller kräver oskäligt mycket arbete. Om du vill berättar vi vilka mottagarna är.',
          neutral:
            'Om den personuppgiftsansvarige rättar eller raderar uppgifter om den registrerade eller begränsar behandlingen av dem, meddelar den personuppgiftsansvarige alla som uppgifterna har lämnats ut till, om det inte är omöjligt eller kräver oskäligt mycket arbete. På begäran får den registrerade veta vilka mottagarna är.',
        },
      },
      portability: {
        title: 'Rätt till dataportabilitet',
        text: {
          reader:
            'Du kan få de uppgifter som du har lämnat till oss i ett vanligt, maskinläsbart format. Du kan också be oss överföra dem direkt till en annan personuppgiftsansvarig, om det är tekniskt möjligt.',
          neutral:
            'Den registrerade kan få de uppgifter som han eller hon har lämnat till den personuppgiftsansvarige i ett vanligt, maskinläsbart format. Den registrerade kan också begära att de överförs direkt till en annan personuppgiftsansvarig, om det är tekniskt möjligt.',
        },
      },
      objection_marketing: {
        title: 'Rätt att invända mot direktmarknadsföring',
        text: {
          reader:
            'Du kan när som helst säga nej till att vi använder dina uppgifter för direktmarknadsföring och för profilering i samband med den. Du behöver inte ange något skäl. Därefter använder vi inte längre dina uppgifter för det ändamålet.',
          neutral:
            'Den registrerade kan när som helst motsätta sig att uppgifterna om honom eller henne används för direktmarknadsföring och för profilering i samband med den. Inget skäl behöver anges. Därefter används uppgifterna inte längre för det ändamålet.',
        },
      },
      automated_decisions: {
        title: 'Automatiserade individuella beslut',
        text: {
          reader:
            'Om vi fattar ett beslut om dig helt automatiskt kan du begära att en människa går igenom det. Du kan också framföra din synpunkt och bestrida beslutet.',
          neutral:
            'Om ett beslut om den registrerade fattas helt automatiskt kan han eller hon begära att en människa går igenom det. Den registrerade kan också framföra sin synpunkt och bestrida beslutet.',
        },
      },
      withdraw_consent: {
        title: 'Rätt att återkalla samtycke',
        text: {
          reader:
            'När vi behandlar dina uppgifter med stöd av ditt samtycke kan du när som helst återkalla samtycket, lika enkelt som du gav det. Den behandling som skedde innan du återkallade samtycket är fortfarande laglig.',
          neutral:
            'När uppgifterna behandlas med stöd av den registrerades samtycke kan han eller hon när som helst återkalla samtycket, lika enkelt som det gavs. Den behandling som skedde innan samtycket återkallades är fortfarande laglig.',
        },
      },
    },
    hetil: {
      access: {
        title: 'Rätt till insyn',
        text: {
          reader:
            'Du kan kontrollera vilka uppgifter om dig som finns i registret. Det är avgiftsfritt en gång per år (26 § i personuppgiftslagen).',
          neutral:
            'Den registrerade kan kontrollera vilka uppgifter om honom eller henne som finns i registret. Det är avgiftsfritt en gång per år (26 § i personuppgiftslagen).',
        },
      },
      rectification: {
        title: 'Rättelse av uppgifter',
        text: {
          reader:
            'Du kan kräva att vi rättar uppgifter i registret som är felaktiga, onödiga, ofullständiga eller föråldrade (29 § i personuppgiftslagen).',
          neutral:
            'Den registrerade kan kräva att uppgifter om honom eller henne i registret som är felaktiga, onödiga, ofullständiga eller föråldrade rättas (29 § i personuppgiftslagen).',
        },
      },
      objection_marketing: {
        title: 'Förbudsrätt',
        text: {
          reader:
            'Du kan förbjuda oss att behandla dina uppgifter för direktmarknadsföring, distansförsäljning, marknads- och opinionsundersökningar, personmatriklar och släktforskning (30 § i personuppgiftslagen).',
          neutral:
            'Den registrerade kan förbjuda att uppgifter om honom eller henne behandlas för direktmarknadsföring, distansförsäljning, marknads- och opinionsundersökningar, personmatriklar och släktforskning (30 § i personuppgiftslagen).',
        },
      },
    },
    answer: {
      reader:
        'Vi svarar på din begäran utan onödigt dröjsmål och senast inom en månad. Om begäran är komplicerad eller om vi får många begäranden kan vi förlänga tiden med två månader, och då meddelar vi dig det inom den första månaden. Det är avgiftsfritt att göra en begäran, om den inte är uppenbart ogrundad eller orimlig, och vi kan be dig bekräfta din identitet.',
      neutral:
        'Den personuppgiftsansvarige svarar på en begäran utan onödigt dröjsmål och senast inom en månad. Om begäran är komplicerad eller om begärandena är många kan tiden förlängas med två månader, och då meddelas den registrerade det inom den första månaden. Det är avgiftsfritt att göra en begäran, om den inte är uppenbart ogrundad eller orimlig, och den registrerade kan ombes bekräfta sin identitet.',
    },
  },
  objection: {
    title: 'Rätt att göra invändningar',
    text: {
      reader:
        'När vi behandlar dina uppgifter med stöd av vårt berättigade intresse eller för att utföra en uppgift av allmänt intresse, kan du invända mot behandlingen av skäl som gäller din särskilda situation. Vi slutar då behandla uppgifterna, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen och rättigheter, eller om vi behöver uppgifterna för att fastställa, göra gällande eller försvara rättsliga anspråk.',
      neutral:
        'När uppgifterna behandlas med stöd av den personuppgiftsansvariges berättigade intresse eller för att utföra en uppgift av allmänt intresse, kan den registrerade invända mot behandlingen av skäl som gäller hans eller hennes särskilda situation. Behandlingen upphör då, om inte den personuppgiftsansvarige kan visa tvingande berättigade skäl som väger tyngre än den registrerades intressen och rättigheter, eller behöver uppgifterna för att fastställa, göra gällande eller försvara rättsliga anspråk.',
    },
  },
  hetil: {
    bases: {
      consent: 'Samtycke',
      contract: 'Avtal eller åtgärder innan ett avtal ingås',
      legal_obligation: 'Rättslig förpliktelse',
      vital_interests: 'Skydd av grundläggande intressen',
      public_task: 'Uppgift av allmänt intresse eller myndighetsutövning',
      legitimate_interests: 'Berättigat intresse',
    },
    points8: {
      1: '1) entydigt samtycke',
      2: '2) uppdrag, avtal eller annat jämförbart rättsförhållande, eller åtgärder innan ett avtal ingås',
      3: '3) skydd av ett vitalt intresse',
      4: '4) behandling som föreskrivs i lag, eller en uppgift eller skyldighet som följer av lag',
      5: '5) saklig anknytning till den registeransvariges verksamhet, till exempel som kund, anställd eller medlem (anknytningskrav)',
      6: '6) uppgifter om kunder eller anställda inom en koncern eller annan ekonomisk sammanslutning',
      7: '7) betalningsrörelse, automatisk databehandling eller jämförbara uppgifter som sköts på uppdrag',
      8: '8) allmänt tillgängliga uppgifter om en persons ställning och uppdrag i offentliga samfund, näringslivet eller organisationer',
      9: '9) tillstånd av datasekretessnämnden',
    },
    sensitiveGround: 'Grund för behandling av känsliga uppgifter (12 § 1 mom. i personuppgiftslagen)',
    points12: {
      1: '1) uttryckligt samtycke',
      2: '2) uppgifter om samhällelig, politisk eller religiös övertygelse eller medlemskap i fackförening som personen själv har offentliggjort',
      3: '3) skydd av ett vitalt intresse när samtycke inte kan ges',
      4: '4) upprättande, framställande, försvar eller avgörande av ett rättsligt anspråk',
      5: '5) behandling som föreskrivs i lag, eller en uppgift som följer av lag',
      6: '6) historisk eller vetenskaplig forskning eller statistik',
      7: '7) uppgifter om övertygelse som en förening eller sammanslutning med sådan övertygelse har om sina medlemmar och regelbundna kontakter',
      8: '8) uppgifter om medlemskap i fackförening som fackföreningar har om sina medlemmar och regelbundna kontakter',
      9: '9) en uppgift om medlemskap i fackförening som den registeransvarige behöver för sina rättigheter och skyldigheter inom arbetsrätten',
      10: '10) uppgifter om den registrerades hälsa och vård som en verksamhetsenhet eller yrkesutbildad person inom hälso- och sjukvården har fått i sin verksamhet',
      11: '11) hälso- eller brottsuppgifter som en försäkringsanstalt har fått i försäkringsverksamheten, när de behövs för att utreda dess ansvar',
      12: '12) uppgifter om den registrerades socialvård som en socialvårdsmyndighet, inrättning eller serviceproducent har fått i sin verksamhet',
      13: '13) tillstånd av datasekretessnämnden',
    },
    sensitiveCategory: 'Känslig uppgift',
    complaint: {
      reader:
        'Om du inte får kontrollera dina uppgifter eller om den rättelse du har krävt inte görs, kan du föra ärendet till dataombudsmannen.',
      neutral:
        'Om den registrerade inte får kontrollera sina uppgifter eller om den rättelse som han eller hon har krävt inte görs, kan ärendet föras till dataombudsmannen.',
    },
  },
  complaint: {
    text: {
      reader:
        'Om du anser att vi behandlar dina uppgifter i strid med dataskyddslagstiftningen, kan du lämna in ett klagomål till en tillsynsmyndighet. I Finland är det dataombudsmannen, men du kan också klaga i det EU-land där du bor eller arbetar eller där den misstänkta överträdelsen skedde.',
      neutral:
        'Om den registrerade anser att uppgifterna om honom eller henne behandlas i strid med dataskyddslagstiftningen, kan han eller hon lämna in ett klagomål till en tillsynsmyndighet. I Finland är det dataombudsmannen, men klagomålet kan också lämnas i det EU-land där den registrerade bor eller arbetar eller där den misstänkta överträdelsen skedde.',
    },
    authority: {
      name: 'Dataombudsmannens byrå',
      visitingAddress: 'Fågelviksgränden 4, 00530 Helsingfors',
      postalAddress: 'PB 800, 00531 Helsingfors',
      phone: '029 566 6700',
      email: 'tietosuoja@om.fi',
      website: 'https://tietosuoja.fi/sv',
    },
  },
};
