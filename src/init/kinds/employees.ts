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

/** Employee (personnel) register. */
export const employees: Starter = {
  register_name: {
    fi: 'Henkilöstörekisteri',
    sv: 'Personalregister',
    en: 'Personnel register',
  },

  purposes: {
    items: [
      {
        id: 'employment_relationship',
        name: { fi: 'Työsuhteen hoitaminen', sv: 'Anställningsförhållandet', en: 'Employment relationship' },
        description: {
          fi: 'Työsuhteen hoitaminen: työsopimus, työtehtävät, työajat, lomat ja poissaolot, osaamisen kehittäminen sekä työvälineet ja käyttöoikeudet.',
          sv: 'Att sköta anställningsförhållandet: arbetsavtal, arbetsuppgifter, arbetstider, semestrar och frånvaro, kompetensutveckling samt arbetsredskap och behörigheter.',
          en: 'Managing the employment relationship: the employment contract, duties, working hours, holidays and absences, training, and work equipment and access rights.',
        },
      },
      {
        id: 'payroll',
        name: { fi: 'Palkanmaksu', sv: 'Löneutbetalning', en: 'Payroll' },
        description: {
          fi: 'Palkkojen ja kulukorvausten maksaminen.',
          sv: 'Att betala löner och kostnadsersättningar.',
          en: 'Paying salaries and expense reimbursements.',
        },
      },
      {
        id: 'employer_obligations',
        name: {
          fi: 'Työnantajan lakisääteiset velvoitteet',
          sv: 'Arbetsgivarens lagstadgade skyldigheter',
          en: "The employer's legal obligations",
        },
        description: {
          fi: 'Työnantajan lakisääteiset velvoitteet, kuten ennakonpidätys, ilmoitukset tulorekisteriin, eläke- ja tapaturmavakuutus, työaika- ja vuosilomakirjanpito sekä työterveyshuollon ja työturvallisuuden järjestäminen.',
          sv: 'Arbetsgivarens lagstadgade skyldigheter, till exempel förskottsinnehållning, anmälningar till inkomstregistret, pensions- och olycksfallsförsäkring, bokföring av arbetstid och semester samt att ordna företagshälsovård och arbetarskydd.',
          en: "The employer's legal obligations, such as tax withholding, reports to the Incomes Register, pension and accident insurance, working time and annual holiday records, and arranging occupational health care and safety.",
        },
      },
      {
        id: 'sickness_absence',
        name: { fi: 'Sairauspoissaolot', sv: 'Sjukfrånvaro', en: 'Sickness absence' },
        description: {
          fi: 'Sairauspoissaolojen käsittely, sairausajan palkan maksaminen ja työkykyä koskevat asiat.',
          sv: 'Att hantera sjukfrånvaro, betala lön för sjukdomstid och sköta frågor som gäller arbetsförmågan.',
          en: 'Handling sickness absences, paying sick pay, and matters concerning your ability to work.',
        },
      },
      {
        id: 'bookkeeping',
        name: { fi: 'Kirjanpito', sv: 'Bokföring', en: 'Bookkeeping' },
        description: {
          fi: 'Kirjanpito, johon palkka- ja kulukorvaustiedot kuuluvat tositteina.',
          sv: 'Bokföring, där uppgifterna om löner och kostnadsersättningar ingår som verifikationer.',
          en: 'Bookkeeping, in which salary and expense records are kept as vouchers.',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'contract',
        purposes: ['employment_relationship', 'payroll'],
        description: {
          fi: 'Käsittely on tarpeen työsopimuksen tekemiseksi ja täyttämiseksi.',
          sv: 'Behandlingen är nödvändig för att ingå och fullgöra arbetsavtalet.',
          en: 'The processing is necessary to make and carry out your employment contract.',
        },
      },
      {
        basis: 'legal_obligation',
        purposes: ['payroll', 'employer_obligations'],
        description: {
          fi: 'Laki velvoittaa työnantajan käsittelemään työntekijöiden tietoja muun muassa verotusta, vakuutuksia ja työaikoja varten.',
          sv: 'Lagen förpliktar arbetsgivaren att behandla uppgifter om de anställda bland annat för beskattning, försäkringar och arbetstider.',
          en: "The law requires employers to process their employees' data for taxation, insurance and working hours, among other things.",
        },
        law_reference: {
          fi: 'Laki yksityisyyden suojasta työelämässä (759/2004); työsopimuslaki (55/2001); työaikalaki (872/2019); vuosilomalaki (162/2005); ennakkoperintälaki (1118/1996); laki tulotietojärjestelmästä (53/2018); työntekijän eläkelaki (395/2006); työtapaturma- ja ammattitautilaki (459/2015); työturvallisuuslaki (738/2002); työterveyshuoltolaki (1383/2001)',
          sv: 'Lagen om integritetsskydd i arbetslivet (759/2004); arbetsavtalslagen (55/2001); arbetstidslagen (872/2019); semesterlagen (162/2005); lagen om förskottsuppbörd (1118/1996); lagen om inkomstdatasystemet (53/2018); lagen om pension för arbetstagare (395/2006); lagen om olycksfall i arbetet och om yrkessjukdomar (459/2015); arbetarskyddslagen (738/2002); lagen om företagshälsovård (1383/2001)',
          en: "Act on the Protection of Privacy in Working Life (759/2004); Employment Contracts Act (55/2001); Working Hours Act (872/2019); Annual Holidays Act (162/2005); Prepayment Act (1118/1996); Act on the Income Information System (53/2018); Employees Pensions Act (395/2006); Workers' Compensation Act (459/2015); Occupational Safety and Health Act (738/2002); Occupational Health Care Act (1383/2001)",
        },
      },
      {
        basis: 'legal_obligation',
        purposes: ['sickness_absence'],
        article_9_2: 'b',
        description: {
          fi: 'Käsittelemme terveystietojasi vain lain sallimissa tilanteissa, kuten sairausajan palkan maksamiseksi, ja vain jos saamme ne sinulta tai kirjallisella suostumuksellasi muualta.',
          sv: 'Vi behandlar uppgifter om din hälsa endast när lagen tillåter det, till exempel för att betala lön för sjukdomstid, och endast om vi får dem av dig eller med ditt skriftliga samtycke från någon annan.',
          en: 'We process data about your health only where the law allows it, for example to pay sick pay, and only if we get it from you or, with your written consent, from someone else.',
        },
        law_reference: {
          fi: 'Laki yksityisyyden suojasta työelämässä (759/2004) 5 §; työsopimuslaki (55/2001) 2 luku 11 §; työterveyshuoltolaki (1383/2001)',
          sv: 'Lagen om integritetsskydd i arbetslivet (759/2004) 5 §; arbetsavtalslagen (55/2001) 2 kap. 11 §; lagen om företagshälsovård (1383/2001)',
          en: 'Act on the Protection of Privacy in Working Life (759/2004), section 5; Employment Contracts Act (55/2001), chapter 2, section 11; Occupational Health Care Act (1383/2001)',
        },
      },
      {
        basis: 'legal_obligation',
        purposes: ['bookkeeping'],
        description: {
          fi: 'Laki velvoittaa meidät pitämään kirjanpitoa ja säilyttämään palkkatositteet.',
          sv: 'Lagen förpliktar oss att föra bokföring och att spara löneverifikationerna.',
          en: 'The law requires us to keep accounts and to keep the payroll vouchers.',
        },
        law_reference: {
          fi: 'Kirjanpitolaki (1336/1997)',
          sv: 'Bokföringslagen (1336/1997)',
          en: 'Accounting Act (1336/1997)',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'current_employees',
        description: {
          fi: 'Nykyiset työntekijämme, myös määräaikaiset ja osa-aikaiset.',
          sv: 'Våra nuvarande anställda, också visstidsanställda och deltidsanställda.',
          en: 'Our current employees, including fixed-term and part-time employees.',
        },
      },
      {
        id: 'former_employees',
        description: {
          fi: 'Entiset työntekijämme.',
          sv: 'Våra tidigare anställda.',
          en: 'Our former employees.',
        },
      },
      {
        id: 'next_of_kin',
        description: {
          fi: 'Lähiomaiset, joiden yhteystiedot työntekijä on antanut meille hätätilanteita varten.',
          sv: 'Anhöriga vars kontaktuppgifter en anställd har gett oss för nödsituationer.',
          en: 'Next of kin whose contact details an employee has given us for emergencies.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'personal_details',
        personal_identity_code: true,
        description: {
          fi: 'Henkilö- ja yhteystiedot: nimi, henkilötunnus, osoite, puhelinnumero, sähköpostiosoite ja lähiomaisen yhteystiedot, jos annat ne.',
          sv: 'Person- och kontaktuppgifter: namn, personbeteckning, adress, telefonnummer, e-postadress och kontaktuppgifter till en anhörig, om du ger dem.',
          en: 'Personal and contact details: name, personal identity code, address, phone number, e-mail address and, if you give them, the contact details of your next of kin.',
        },
      },
      {
        id: 'employment_details',
        description: {
          fi: 'Työsuhteen tiedot: työsopimus, tehtävä, työsuhteen alkamis- ja päättymispäivä, työajat, lomat, poissaolot, koulutukset, kehityskeskustelut ja käyttöoikeudet.',
          sv: 'Uppgifter om anställningen: arbetsavtal, befattning, anställningens start- och slutdatum, arbetstider, semestrar, frånvaro, utbildningar, utvecklingssamtal och behörigheter.',
          en: 'Employment data: employment contract, position, start and end dates, working hours, holidays, absences, training, performance reviews and access rights.',
        },
      },
      {
        id: 'payroll_details',
        description: {
          fi: 'Palkkatiedot: palkka ja palkanlisät, verokortin tiedot, pankkitilin numero sekä kulukorvaukset.',
          sv: 'Löneuppgifter: lön och lönetillägg, uppgifterna på skattekortet, bankkontonummer och kostnadsersättningar.',
          en: 'Payroll data: salary and allowances, tax card details, bank account number and expense reimbursements.',
        },
      },
      {
        id: 'health_data',
        special_category: 'health',
        description: {
          fi: 'Terveystiedot: lääkärintodistukset sairauspoissaoloista ja työterveyshuollon lausunnot työkyvystäsi.',
          sv: 'Hälsouppgifter: läkarintyg om sjukfrånvaro och företagshälsovårdens utlåtanden om din arbetsförmåga.',
          en: 'Health data: medical certificates for sickness absences and statements by occupational health care on your ability to work.',
        },
      },
    ],
    identity_code_basis: {
      fi: 'Käsittelemme henkilötunnustasi, koska laki edellyttää sitä palkanmaksussa, verotuksessa, tulorekisteri-ilmoituksissa sekä eläke- ja tapaturmavakuutuksessa (tietosuojalaki 1050/2018, 29 §).',
      sv: 'Vi behandlar din personbeteckning eftersom lagen kräver det vid lönebetalning, beskattning, anmälningar till inkomstregistret samt pensions- och olycksfallsförsäkring (dataskyddslagen 1050/2018, 29 §).',
      en: 'We process your personal identity code because the law requires it for payroll, taxation, reports to the Incomes Register, and pension and accident insurance (Data Protection Act 1050/2018, section 29).',
    },
  },

  provision_requirement: {
    requirement: 'mixed',
    text: {
      fi: 'Laki ja työsopimus edellyttävät, että annat meille henkilö-, vero- ja pankkitietosi; ilman niitä emme voi maksaa palkkaasi oikein emmekä hoitaa työnantajan velvoitteita. Lähiomaisen yhteystietojen antaminen on vapaaehtoista.',
      sv: 'Lagen och arbetsavtalet kräver att du ger oss dina person-, skatte- och bankuppgifter; utan dem kan vi inte betala din lön rätt eller sköta arbetsgivarens skyldigheter. Det är frivilligt att ge kontaktuppgifter till en anhörig.',
      en: 'The law and your employment contract require you to give us your personal, tax and bank details; without them we cannot pay your salary correctly or meet our duties as an employer. Giving the contact details of your next of kin is voluntary.',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'Sinulta itseltäsi, kun teet työsopimuksen, ja työsuhteen aikana.',
          sv: 'Av dig själv när du ingår arbetsavtalet och under anställningen.',
          en: 'From you, when you sign your employment contract and during your employment.',
        },
      },
      {
        from: 'controller',
        description: {
          fi: 'Omista järjestelmistämme: esimerkiksi työaika-, loma- ja palkkatiedot syntyvät työsuhteen aikana.',
          sv: 'Från våra egna system: till exempel uppstår uppgifter om arbetstid, semester och lön under anställningen.',
          en: 'From our own systems: for example, working time, holiday and salary data arises during your employment.',
        },
      },
      {
        from: 'third_party',
        public: false,
        name: {
          fi: 'Verohallinto',
          sv: 'Skatteförvaltningen',
          en: 'Finnish Tax Administration',
        },
        description: {
          fi: 'Saamme verokorttisi tiedot ennakonpidätyksen laskemista varten.',
          sv: 'Vi får uppgifterna på ditt skattekort för att beräkna förskottsinnehållningen.',
          en: 'We receive your tax card details to calculate tax withholding.',
        },
      },
      {
        from: 'third_party',
        public: false,
        description: {
          fi: 'Työterveyshuollosta saamme työkykyäsi koskevia lausuntoja siinä laajuudessa kuin laki sallii.',
          sv: 'Från företagshälsovården får vi utlåtanden om din arbetsförmåga i den omfattning som lagen tillåter.',
          en: 'From occupational health care we receive statements on your ability to work, to the extent the law allows.',
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kerro, mitkä palveluntarjoajat käsittelevät henkilöstön tietoja puolestanne (esimerkiksi palkanlaskenta- tai tilitoimisto, henkilöstöhallinnon järjestelmä)',
          sv: 'TODO: ange vilka tjänsteleverantörer som behandlar personaluppgifterna för er räkning (till exempel lönebyrå eller bokföringsbyrå, personaladministrativt system)',
          en: 'TODO: name the service providers who process personnel data on your behalf (for example your payroll or accounting firm, your HR system)',
        },
        description: PROCESSES_FOR_US,
        processor: true,
      },
      {
        category: {
          fi: 'TODO: kerro, mille vakuutusyhtiöille ja työterveyshuollon palveluntarjoajalle tietoja luovutetaan (esimerkiksi työeläkevakuutusyhtiö, tapaturmavakuutusyhtiö)',
          sv: 'TODO: ange vilka försäkringsbolag och vilken leverantör av företagshälsovård som får uppgifter (till exempel arbetspensionsförsäkringsbolag, olycksfallsförsäkringsbolag)',
          en: 'TODO: name the insurance companies and the occupational health care provider who receive data (for example your earnings-related pension insurer, your accident insurer)',
        },
        description: {
          fi: 'Saavat tiedot, joita lakisääteiset vakuutukset ja työterveyshuolto edellyttävät.',
          sv: 'Får de uppgifter som de lagstadgade försäkringarna och företagshälsovården kräver.',
          en: 'Receive the data needed for statutory insurance and occupational health care.',
        },
        processor: false,
      },
      {
        category: {
          fi: 'TODO: kerro, mille viranomaisille tietoja luovutetaan lain perusteella (esimerkiksi tulorekisteri, Verohallinto, Kela)',
          sv: 'TODO: ange vilka myndigheter som får uppgifter med stöd av lag (till exempel inkomstregistret, Skatteförvaltningen, FPA)',
          en: 'TODO: name the authorities who receive data by law (for example the Incomes Register, the Tax Administration, Kela)',
        },
        description: {
          fi: 'Saavat tiedot, jotka laki velvoittaa meidät ilmoittamaan.',
          sv: 'Får de uppgifter som vi enligt lag är skyldiga att lämna.',
          en: 'Receive the data that the law requires us to report.',
        },
        processor: false,
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['employment_relationship'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte työsuhteen tiedot sen päättymisen jälkeen ja miksi (esimerkiksi työtodistuksen antamista tai mahdollisia vaatimuksia varten)',
          sv: 'TODO: ange hur länge ni sparar uppgifterna om anställningen efter att den har upphört och varför (till exempel för att kunna ge arbetsintyg eller svara på eventuella krav)',
          en: 'TODO: say how long you keep employment data after the employment ends, and why (for example to issue an employment certificate or answer possible claims)',
        },
      },
      {
        applies_to: ['payroll', 'employer_obligations'],
        criteria: {
          fi: 'TODO: kerro palkka-, työaika- ja vuosilomatietojen säilytysajat; tarkistakaa lakien vähimmäisajat (esimerkiksi työaikalaki, vuosilomalaki, työeläkelait)',
          sv: 'TODO: ange lagringstiderna för uppgifter om lön, arbetstid och semester; kontrollera lagarnas minimitider (till exempel arbetstidslagen, semesterlagen, arbetspensionslagarna)',
          en: 'TODO: give the retention periods for salary, working time and holiday records; check the minimum periods set by law (for example the Working Hours Act, the Annual Holidays Act, the earnings-related pension acts)',
        },
      },
      {
        applies_to: ['sickness_absence'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte terveystiedot (esimerkiksi lääkärintodistukset) ja milloin ne hävitetään',
          sv: 'TODO: ange hur länge ni sparar hälsouppgifterna (till exempel läkarintyg) och när de förstörs',
          en: 'TODO: say how long you keep health data (such as medical certificates) and when it is destroyed',
        },
      },
      {
        applies_to: ['bookkeeping'],
        period: 'P10Y',
        trigger: END_OF_FINANCIAL_YEAR,
        law_reference: ACCOUNTING_ACT,
        description: BOOKS_KEPT_TEN_YEARS,
      },
      {
        applies_to: ['bookkeeping'],
        period: 'P6Y',
        trigger: END_OF_YEAR_FINANCIAL_YEAR_ENDED,
        law_reference: ACCOUNTING_ACT,
        description: {
          fi: 'Palkkalaskelmat, kulukorvausten tositteet ja muut tositteet säilytetään vähintään kuusi vuotta.',
          sv: 'Lönespecifikationer, verifikationer för kostnadsersättningar och andra verifikationer sparas i minst sex år.',
          en: 'Payslips, expense claim vouchers and other vouchers are kept for at least six years.',
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
          fi: 'Henkilöstötietoihin pääsevät vain esihenkilöt, henkilöstöhallinto ja palkanlaskenta siltä osin kuin he tarvitsevat tietoja tehtävissään.',
          sv: 'Endast chefer, personaladministrationen och löneräkningen har tillgång till personaluppgifterna, och bara i den mån de behöver dem i sina uppgifter.',
          en: 'Only managers, HR and payroll can access personnel data, and only as far as their duties require.',
        },
        {
          fi: 'Terveystiedot säilytetään erillään muista henkilöstötiedoista, ja niitä käsittelevät vain nimetyt henkilöt, joita sitoo vaitiolovelvollisuus.',
          sv: 'Hälsouppgifterna förvaras åtskilda från övriga personaluppgifter, och endast utsedda personer med tystnadsplikt behandlar dem.',
          en: 'Health data is kept separate from other personnel data, and only designated people bound by confidentiality handle it.',
        },
        OWN_ACCOUNTS,
        {
          fi: 'Tiedot siirretään ja tallennetaan salattuina, ja paperiset asiakirjat säilytetään lukitussa tilassa.',
          sv: 'Uppgifterna överförs och lagras krypterade, och pappersdokument förvaras i ett låst utrymme.',
          en: 'The data is encrypted in transit and at rest, and paper documents are kept in a locked place.',
        },
      ]),
    ],
  },
};
