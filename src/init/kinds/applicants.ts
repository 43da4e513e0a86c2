import type { Starter } from '../starter.js';
import {
  AFTER_RETENTION,
  OWN_ACCOUNTS,
  PROCESSES_FOR_US,
  SECURITY_INTRO,
  SECURITY_TODO_LEAD,
  todoWithExamples,
} from './shared.js';

/** Job applicant (recruitment) register. */
export const applicants: Starter = {
  register_name: {
    fi: 'Työnhakijarekisteri',
    sv: 'Register över arbetssökande',
    en: 'Job applicant register',
  },

  purposes: {
    items: [
      {
        id: 'recruitment',
        name: { fi: 'Rekrytointi', sv: 'Rekrytering', en: 'Recruitment' },
        description: {
          fi: 'Rekrytointi: hakemusten käsittely, hakijoiden arviointi ja haastattelut sekä valintapäätös ja siitä tiedottaminen.',
          sv: 'Rekrytering: att behandla ansökningar, bedöma sökande och hålla intervjuer samt fatta och meddela beslut om vem som anställs.',
          en: 'Recruitment: handling applications, assessing applicants, holding interviews, and making and announcing the hiring decision.',
        },
      },
      {
        id: 'future_openings',
        name: { fi: 'Tulevat avoimet paikat', sv: 'Kommande lediga platser', en: 'Future openings' },
        description: {
          fi: 'Hakemuksesi säilyttäminen, jotta voimme ottaa sinuun yhteyttä myöhemmin avautuvista paikoista, jos olet antanut siihen suostumuksesi.',
          sv: 'Att spara din ansökan så att vi kan kontakta dig om platser som blir lediga senare, om du har gett ditt samtycke till det.',
          en: 'Keeping your application so that we can contact you about later openings, if you have given your consent.',
        },
      },
      {
        id: 'legal_claims',
        name: {
          fi: 'Rekrytoinnin asianmukaisuuden osoittaminen',
          sv: 'Att visa att rekryteringen gick rätt till',
          en: 'Showing that the recruitment was handled properly',
        },
        description: {
          fi: 'Rekrytoinnin asianmukaisuuden osoittaminen, jos valinnasta esitetään esimerkiksi syrjintäväite.',
          sv: 'Att kunna visa att rekryteringen gick rätt till, om någon till exempel påstår att valet var diskriminerande.',
          en: 'Being able to show that the recruitment was handled properly if, for example, the decision is claimed to be discriminatory.',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'contract',
        purposes: ['recruitment'],
        description: {
          fi: 'Käsittely on tarpeen, jotta voimme hakemuksesi perusteella ratkaista, teemmekö kanssasi työsopimuksen.',
          sv: 'Behandlingen är nödvändig för att vi utifrån din ansökan ska kunna avgöra om vi ingår ett arbetsavtal med dig.',
          en: 'The processing is necessary so that, based on your application, we can decide whether to make an employment contract with you.',
        },
      },
      {
        basis: 'consent',
        purposes: ['future_openings'],
        description: {
          fi: 'Säilytämme hakemustasi tulevia paikkoja varten vain suostumuksellasi. Voit peruuttaa suostumuksesi milloin tahansa.',
          sv: 'Vi sparar din ansökan för kommande lediga platser endast med ditt samtycke. Du kan återkalla samtycket när som helst.',
          en: 'We keep your application for future openings only with your consent. You can withdraw your consent at any time.',
        },
      },
      {
        basis: 'legitimate_interests',
        purposes: ['legal_claims'],
        interest: {
          fi: 'Meillä on oikeutettu etu pystyä osoittamaan, että rekrytointi tehtiin tasapuolisesti ja lain mukaan, jos valinta riitautetaan.',
          sv: 'Vi har ett berättigat intresse av att kunna visa att rekryteringen var rättvis och lagenlig, om valet ifrågasätts.',
          en: 'We have a legitimate interest in being able to show that the recruitment was fair and lawful if the decision is challenged.',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'job_applicants',
        description: {
          fi: 'Henkilöt, jotka hakevat meiltä avointa työpaikkaa tai jättävät avoimen hakemuksen.',
          sv: 'Personer som söker en ledig plats hos oss eller lämnar en öppen ansökan.',
          en: 'People who apply for a vacancy with us or send us an open application.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'contact_details',
        description: {
          fi: 'Yhteystiedot: nimi, puhelinnumero, sähköpostiosoite ja osoite.',
          sv: 'Kontaktuppgifter: namn, telefonnummer, e-postadress och adress.',
          en: 'Contact details: name, phone number, e-mail address and address.',
        },
      },
      {
        id: 'application_data',
        description: {
          fi: 'Hakemuksen tiedot: ansioluettelo, koulutus, työkokemus, osaaminen, palkkatoive ja muut tiedot, jotka itse kerrot hakemuksessasi.',
          sv: 'Uppgifter i ansökan: meritförteckning, utbildning, arbetserfarenhet, kompetens, löneanspråk och annat som du själv berättar i ansökan.',
          en: 'Application data: CV, education, work experience, skills, salary expectation and anything else you tell us in your application.',
        },
      },
      {
        id: 'assessment_data',
        description: {
          fi: 'Arviointitiedot: haastattelumuistiinpanot, arviot soveltuvuudestasi ja soveltuvuusarviointien tulokset, jos osallistut niihin suostumuksellasi.',
          sv: 'Bedömningsuppgifter: anteckningar från intervjuer, bedömningar av din lämplighet och resultat av lämplighetsbedömningar, om du deltar i dem med ditt samtycke.',
          en: 'Assessment data: interview notes, assessments of your suitability and the results of aptitude assessments, if you take part in them with your consent.',
        },
      },
      {
        id: 'reference_data',
        description: {
          fi: 'Suosittelijoidesi yhteystiedot ja heiltä suostumuksellasi saadut tiedot.',
          sv: 'Dina referensers kontaktuppgifter och det som de med ditt samtycke berättar för oss.',
          en: "Your referees' contact details and what they tell us with your consent.",
        },
      },
      {
        id: 'consent_status',
        description: {
          fi: 'Tieto siitä, oletko antanut suostumuksen hakemuksesi säilyttämiseen myöhempiä paikkoja varten.',
          sv: 'Uppgift om huruvida du har samtyckt till att vi sparar din ansökan för senare lediga platser.',
          en: 'Whether you have consented to us keeping your application for later openings.',
        },
      },
    ],
  },

  provision_requirement: {
    requirement: 'contract_prerequisite',
    text: {
      fi: 'Tarvitsemme yhteystietosi ja tiedot osaamisestasi, jotta voimme arvioida hakemuksesi. Jos et anna niitä, emme voi ottaa sinua huomioon haussa.',
      sv: 'Vi behöver dina kontaktuppgifter och uppgifter om din kompetens för att kunna bedöma din ansökan. Om du inte lämnar dem kan vi inte beakta dig i rekryteringen.',
      en: 'We need your contact details and information about your skills to assess your application. If you do not give them, we cannot consider you for the position.',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'Sinulta itseltäsi: hakemuksestasi, sen liitteistä ja haastatteluista.',
          sv: 'Av dig själv: från din ansökan, dess bilagor och intervjuerna.',
          en: 'From you: your application, its attachments and the interviews.',
        },
      },
      {
        from: 'controller',
        description: {
          fi: 'Rekrytointiin osallistuvilta työntekijöiltämme, jotka kirjaavat arvionsa haastatteluista.',
          sv: 'Från våra anställda som deltar i rekryteringen och antecknar sina bedömningar från intervjuerna.',
          en: 'From our employees who take part in the recruitment and record their assessments of the interviews.',
        },
      },
      {
        from: 'third_party',
        public: false,
        description: {
          fi: 'Suosittelijoilta ja soveltuvuusarvioinnin tekijältä, mutta vain suostumuksellasi, kuten laki yksityisyyden suojasta työelämässä (759/2004) edellyttää.',
          sv: 'Från dina referenser och från den som gör en lämplighetsbedömning, men endast med ditt samtycke, så som lagen om integritetsskydd i arbetslivet (759/2004) kräver.',
          en: 'From your referees and from the provider of an aptitude assessment, but only with your consent, as the Act on the Protection of Privacy in Working Life (759/2004) requires.',
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kerro, mitkä palveluntarjoajat käsittelevät hakijoiden tietoja puolestanne (esimerkiksi rekrytointijärjestelmän toimittaja, IT-palvelut)',
          sv: 'TODO: ange vilka tjänsteleverantörer som behandlar de sökandes uppgifter för er räkning (till exempel leverantören av rekryteringssystemet, IT-tjänster)',
          en: "TODO: name the service providers who process applicants' data on your behalf (for example the provider of your recruitment system, IT services)",
        },
        description: PROCESSES_FOR_US,
        processor: true,
      },
      {
        category: {
          fi: 'TODO: kerro, käytättekö rekrytointikonsulttia tai soveltuvuusarviointien tekijää, tai poista tämä kohta',
          sv: 'TODO: ange om ni anlitar en rekryteringskonsult eller en leverantör av lämplighetsbedömningar, eller ta bort den här punkten',
          en: 'TODO: say whether you use a recruitment consultant or an aptitude assessment provider, or remove this item',
        },
        description: {
          fi: 'Saavat ne hakijoiden tiedot, joita rekrytointi tai arviointi edellyttää.',
          sv: 'Får de uppgifter om de sökande som rekryteringen eller bedömningen kräver.',
          en: "Receive the applicants' data that the recruitment or the assessment requires.",
        },
        processor: true,
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['recruitment', 'legal_claims'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte hakemukset ja arviointitiedot valinnan jälkeen (esimerkiksi 2 vuotta) ja miksi; ottakaa huomioon syrjintää koskevien vaatimusten määräajat',
          sv: 'TODO: ange hur länge ni sparar ansökningarna och bedömningarna efter att valet har gjorts (till exempel 2 år) och varför; beakta tidsfristerna för krav som gäller diskriminering',
          en: 'TODO: say how long you keep applications and assessments after the hiring decision (for example 2 years), and why; take into account the time limits for discrimination claims',
        },
      },
      {
        applies_to: ['future_openings'],
        criteria: {
          fi: 'TODO: kerro, kuinka kauan säilytätte hakemuksen suostumuksen perusteella (esimerkiksi 12 kuukautta)',
          sv: 'TODO: ange hur länge ni sparar ansökan med stöd av samtycket (till exempel 12 månader)',
          en: 'TODO: say how long you keep an application on the basis of consent (for example 12 months)',
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
          fi: 'Hakemuksia käsittelevät vain rekrytointiin osallistuvat henkilöt.',
          sv: 'Endast de personer som deltar i rekryteringen behandlar ansökningarna.',
          en: 'Only the people taking part in the recruitment handle the applications.',
        },
        OWN_ACCOUNTS,
        {
          fi: 'Tiedot siirretään ja tallennetaan salattuina.',
          sv: 'Uppgifterna överförs och lagras krypterade.',
          en: 'The data is encrypted in transit and at rest.',
        },
        {
          fi: 'Paperiset hakemukset ja muistiinpanot säilytetään lukitussa tilassa ja hävitetään tietoturvallisesti.',
          sv: 'Ansökningar och anteckningar på papper förvaras i ett låst utrymme och förstörs på ett säkert sätt.',
          en: 'Paper applications and notes are kept in a locked place and destroyed securely.',
        },
      ]),
    ],
  },
};
