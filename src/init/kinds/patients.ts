import type { Starter } from '../starter.js';
import { SECURITY_INTRO } from './shared.js';

/**
 * The laws on patient records, as `law_reference`: the sector law beside the GDPR. (The basis names its
 * ground in `article_9_2`, or `hetil_12` under the Personal Data Act; its text does not cite an article.)
 */
const PATIENT_LAWS = {
  fi: 'Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023); laki potilaan asemasta ja oikeuksista (785/1992)',
  sv: 'Lagen om behandling av kunduppgifter inom social- och hälsovården (703/2023); lagen om patientens ställning och rättigheter (785/1992)',
  en: 'Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023); Act on the Status and Rights of Patients (785/1992)',
};

/**
 * A health-care provider's patient register (potilasrekisteri): health data,
 * a special category, kept because the law requires patient records.
 */
export const patients: Starter = {
  register_name: {
    fi: 'Potilasrekisteri',
    sv: 'Patientregister',
    en: 'Patient register',
  },

  purposes: {
    items: [
      {
        id: 'patient_care',
        name: { fi: 'Potilaan hoito', sv: 'Patientens vård', en: 'Patient care' },
        description: {
          fi: 'Potilaan hoidon suunnittelu, toteutus ja seuranta sekä niiden kirjaaminen potilasasiakirjoihin.',
          sv: 'Att planera, ge och följa upp patientens vård och att föra in den i journalhandlingarna.',
          en: "Planning, giving and following up the patient's care, and recording it in the patient records.",
        },
      },
      {
        id: 'appointments_and_billing',
        name: { fi: 'Ajanvaraus ja laskutus', sv: 'Tidsbokning och fakturering', en: 'Appointments and billing' },
        description: {
          fi: 'TODO: ajanvaraus ja laskutus, jos käsittelette niitä tässä rekisterissä, tai poista tämä kohta',
          sv: 'TODO: tidsbokning och fakturering, om ni behandlar dem i detta register, eller ta bort punkten',
          en: 'TODO: appointments and billing, if you handle them in this register, or remove this item',
        },
      },
    ],
  },

  legal_basis: {
    items: [
      {
        basis: 'legal_obligation',
        purposes: ['patient_care'],
        article_9_2: 'h',
        description: {
          fi: 'Terveydenhuollon palvelujen antajan on lain mukaan laadittava ja säilytettävä potilasasiakirjat. Terveystietoja käsitellään terveydenhuollon tarkoituksiin ammattihenkilöiden vaitiolovelvollisuuden alaisina.',
          sv: 'Den som ger hälso- och sjukvård ska enligt lag upprätta och förvara journalhandlingar. Hälsouppgifterna behandlas för hälso- och sjukvårdens ändamål av yrkesutbildade personer med tystnadsplikt.',
          en: 'A provider of health care must by law make and keep patient records. Health data is processed for the purposes of health care by professionals bound by confidentiality.',
        },
        law_reference: PATIENT_LAWS,
      },
      {
        basis: 'contract',
        purposes: ['appointments_and_billing'],
        description: {
          fi: 'TODO: tarkista ajanvarauksen ja laskutuksen peruste, tai poista tämä kohta',
          sv: 'TODO: kontrollera grunden för tidsbokning och fakturering, eller ta bort punkten',
          en: 'TODO: check the basis of appointments and billing, or remove this item',
        },
      },
    ],
  },

  data_subjects: {
    items: [
      {
        id: 'patients',
        description: {
          fi: 'Potilaat.',
          sv: 'Patienterna.',
          en: 'Patients.',
        },
      },
    ],
  },

  data_categories: {
    items: [
      {
        id: 'identification',
        description: {
          fi: 'TODO: potilaan henkilö- ja yhteystiedot, joita käsittelette (esimerkiksi nimi, henkilötunnus, osoite, puhelinnumero)',
          sv: 'TODO: de person- och kontaktuppgifter om patienten som ni behandlar (till exempel namn, personbeteckning, adress, telefonnummer)',
          en: "TODO: the patient's identity and contact details you process (for example name, personal identity code, address, phone number)",
        },
      },
      {
        id: 'health_data',
        special_category: 'health',
        description: {
          fi: 'Terveystiedot: hoitoa varten kirjatut tiedot terveydentilasta, tutkimuksista ja hoidosta.',
          sv: 'Hälsouppgifter: uppgifter om hälsotillstånd, undersökningar och vård som förs in för vården.',
          en: 'Health data: what is recorded for the care about the state of health, examinations and treatment.',
        },
      },
    ],
    identity_code_basis: {
      fi: 'TODO: miksi käsittelette henkilötunnusta ja millä lain perusteella',
      sv: 'TODO: varför ni behandlar personbeteckningen och med stöd av vilken lag',
      en: 'TODO: why you process the personal identity code, and under which law',
    },
  },

  provision_requirement: {
    requirement: 'mixed',
    text: {
      fi: 'TODO: mitkä tiedot potilaan on annettava hoitoa varten ja mitä seuraa, jos hän ei anna niitä',
      sv: 'TODO: vilka uppgifter patienten måste lämna för vården och vad som följer om hen inte lämnar dem',
      en: 'TODO: which data the patient must give for the care and what follows if they do not',
    },
  },

  sources: {
    items: [
      {
        from: 'data_subject',
        description: {
          fi: 'Potilaalta itseltään.',
          sv: 'Av patienten själv.',
          en: 'From the patient.',
        },
      },
      {
        from: 'third_party',
        public: false,
        description: {
          fi: 'TODO: muut lähteet (esimerkiksi lähetteet ja muut terveydenhuollon toimijat potilaan suostumuksella tai lain nojalla), tai poista tämä kohta',
          sv: 'TODO: andra källor (till exempel remisser och andra aktörer inom hälso- och sjukvården med patientens samtycke eller med stöd av lag), eller ta bort punkten',
          en: "TODO: other sources (for example referrals and other health-care providers, with the patient's consent or under the law), or remove this item",
        },
      },
    ],
  },

  recipients: {
    items: [
      {
        category: {
          fi: 'TODO: kenelle potilastietoja luovutetaan ja millä perusteella (potilastiedot ovat salassa pidettäviä), ja kuka käsittelee niitä puolestanne (esimerkiksi potilastietojärjestelmän toimittaja)',
          sv: 'TODO: till vem patientuppgifterna lämnas ut och på vilken grund (de är sekretessbelagda), och vem som behandlar dem för er räkning (till exempel leverantören av patientdatasystemet)',
          en: 'TODO: who receives patient data and on what basis (patient data is confidential), and who processes it on your behalf (for example the supplier of the patient record system)',
        },
      },
    ],
  },

  retention: {
    items: [
      {
        applies_to: ['patient_care'],
        law_reference: PATIENT_LAWS,
        criteria: {
          fi: 'TODO: potilasasiakirjojen säilytysajat, kuten lainsäädäntö ne säätää',
          sv: 'TODO: förvaringstiderna för journalhandlingarna, så som lagstiftningen föreskriver dem',
          en: 'TODO: the retention periods of patient records, as the legislation sets them',
        },
      },
      {
        applies_to: ['appointments_and_billing'],
        criteria: {
          fi: 'TODO: kuinka kauan säilytätte ajanvaraus- ja laskutustiedot, tai poista tämä kohta',
          sv: 'TODO: hur länge ni sparar uppgifterna om tidsbokning och fakturering, eller ta bort punkten',
          en: 'TODO: how long you keep appointment and billing data, or remove this item',
        },
      },
    ],
  },

  security: {
    text: SECURITY_INTRO,
    items: [
      {
        fi: 'TODO: miten potilastiedot suojataan (esimerkiksi käyttöoikeudet hoitosuhteen mukaan ja käytön lokiseuranta)',
        sv: 'TODO: hur patientuppgifterna skyddas (till exempel behörigheter enligt vårdrelationen och loggning av användningen)',
        en: 'TODO: how patient data is protected (for example access rights by care relationship and logging of use)',
      },
    ],
  },
};
