import type { RightsTexts } from '../types.js';

/** The rights texts in Swedish: the rights one by one, the objection box, HetiL's rights and the complaint. */
export const svRights: RightsTexts = {
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
