import type { Language } from '../generated/notice-types.js';
import type { Kind } from './starter.js';

/** The questions `notice init` asks on a terminal, in the language the notice is written in. */
export interface Prompts {
  intro: string;
  languages: string;
  name: string;
  businessId: string;
  businessIdInvalid: string;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  profile: string;
  kind: string;
  kinds: Record<Kind, string>;
  /** The choice beside the kinds: every section a TODO, for retyping an existing notice. */
  bare: string;
  dpo: string;
  dpoEmail: string;
  transfers: string;
  yes: string;
  no: string;
  done: string;
  /** What was written; {file}, {languages} and {count} are filled in. */
  wrote: string;
  wroteBare: string;
  /** A finding of validate beside the placeholders; {severity} ({error}, {warning}, {info}), {code}, {line}. */
  alsoFinding: string;
  severities: Record<'error' | 'warning' | 'info', string>;
  workflow: string;
  stopped: string;
  stoppedHint: string;
  /** The file (or the workflow) exists after all; {file} is filled in. */
  wouldOverwrite: string;
  wouldOverwriteHint: string;
  /** The answers give a notice that does not fit the format; {code} and {line} of the first error. */
  invalid: string;
  invalidHint: string;
  /** The label before a hint, where the run prints a failure. */
  hintLabel: string;
}

export const PROMPTS: Record<Language, Prompts> = {
  fi: {
    intro:
      'Luodaan uusi tietosuojaseloste. Paina Enter hyväksyäksesi hakasulkeissa olevan oletuksen; tyhjä vastaus jättää kohdan täytettäväksi myöhemmin.',
    languages: 'Millä kielillä seloste julkaistaan (fi, sv, en, pilkuin eroteltuina)?',
    name: 'Organisaation nimi',
    businessId: 'Y-tunnus (esimerkiksi 0723069-3)',
    businessIdInvalid: 'Tämä ei ole kelvollinen Y-tunnus: tarkista numerot.',
    street: 'Katuosoite',
    postalCode: 'Postinumero',
    city: 'Postitoimipaikka',
    email: 'Sähköpostiosoite, johon rekisteröidyt voivat ottaa yhteyttä',
    phone: 'Puhelinnumero',
    profile: 'Laki: gdpr (tietosuoja-asetus, nykyinen) vai hetil (vanha henkilötietolaki)',
    kind: 'Millainen rekisteri on kyseessä?',
    kinds: {
      customers: 'asiakasrekisteri',
      newsletter: 'uutiskirje ja markkinointi',
      applicants: 'työnhakijat',
      employees: 'henkilöstö',
      members: 'yhdistyksen jäsenrekisteri',
      patients: 'potilasrekisteri',
    },
    bare: 'tyhjä pohja: jokainen osio TODO-kohtana, olemassa olevan selosteen kirjoittamiseen',
    dpo: 'Onko organisaatiolla nimetty tietosuojavastaava?',
    dpoEmail: 'Tietosuojavastaavan sähköpostiosoite',
    transfers: 'Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle (esimerkiksi yhdysvaltalaiseen palveluun)?',
    yes: 'kyllä',
    no: 'ei',
    done: 'Valmis. Täydennä TODO-kohdat ja tarkista seloste komennolla',
    wrote: 'Kirjoitettu {file}: seloste kielillä {languages}, täytettäviä TODO-kohtia {count}.',
    wroteBare: 'Kirjoitettu {file}: tyhjä pohja kielillä {languages}, täytettäviä TODO-kohtia {count}.',
    alsoFinding: '  lisäksi {severity} {code} (rivi {line})',
    severities: { error: 'virhe', warning: 'varoitus', info: 'huomautus' },
    workflow: 'Kirjoitettu {file}: tarkistaa ja kokoaa selosteet jokaisella pushilla.',
    stopped: 'Keskeytetty ennen kuin kaikkiin kysymyksiin vastattiin; mitään ei kirjoitettu.',
    stoppedHint: 'Aja `notice init` uudelleen tai anna tiedot valitsimina ja --yes.',
    wouldOverwrite: '{file} on jo olemassa; se jätettiin ennalleen.',
    wouldOverwriteHint: 'Valitse toinen tiedostonimi tai lisää --force, jos haluat korvata sen.',
    invalid: 'Vastauksista syntyisi seloste, joka ei sovi muotoon: {code} (rivi {line}); mitään ei kirjoitettu.',
    invalidHint:
      'Tarkista vastaukset (esimerkiksi sähköposti- tai verkko-osoitteen muoto) ja aja `notice init` uudelleen.',
    hintLabel: 'vihje',
  },
  sv: {
    intro:
      'Vi skapar en ny dataskyddsbeskrivning. Tryck Enter för att godkänna standardvärdet inom hakparentes; ett tomt svar lämnar punkten att fylla i senare.',
    languages: 'På vilka språk publiceras beskrivningen (fi, sv, en, åtskilda med kommatecken)?',
    name: 'Organisationens namn',
    businessId: 'FO-nummer (till exempel 0723069-3)',
    businessIdInvalid: 'Det här är inte ett giltigt FO-nummer: kontrollera siffrorna.',
    street: 'Gatuadress',
    postalCode: 'Postnummer',
    city: 'Postanstalt',
    email: 'E-postadress som de registrerade kan kontakta',
    phone: 'Telefonnummer',
    profile: 'Lag: gdpr (dataskyddsförordningen, gällande) eller hetil (gamla personuppgiftslagen)',
    kind: 'Vilket slags register gäller det?',
    kinds: {
      customers: 'kundregister',
      newsletter: 'nyhetsbrev och marknadsföring',
      applicants: 'arbetssökande',
      employees: 'personal',
      members: 'föreningens medlemsregister',
      patients: 'patientregister',
    },
    bare: 'tom mall: varje avsnitt som en TODO-punkt, för att skriva in en befintlig beskrivning',
    dpo: 'Har organisationen ett utsett dataskyddsombud?',
    dpoEmail: 'Dataskyddsombudets e-postadress',
    transfers: 'Överförs uppgifter till länder utanför EU eller EES (till exempel till en amerikansk tjänst)?',
    yes: 'ja',
    no: 'nej',
    done: 'Klart. Fyll i TODO-punkterna och kontrollera beskrivningen med kommandot',
    wrote: 'Skrev {file}: en beskrivning på {languages}, med {count} TODO-punkter att fylla i.',
    wroteBare: 'Skrev {file}: en tom mall på {languages}, med {count} TODO-punkter att fylla i.',
    alsoFinding: '  dessutom {severity} {code} (rad {line})',
    severities: { error: 'fel', warning: 'varning', info: 'anmärkning' },
    workflow: 'Skrev {file}: kontrollerar och bygger beskrivningarna vid varje push.',
    stopped: 'Avbrutet innan alla frågor hade besvarats; ingenting skrevs.',
    stoppedHint: 'Kör `notice init` igen, eller ge uppgifterna som flaggor med --yes.',
    wouldOverwrite: '{file} finns redan; den lämnades som den var.',
    wouldOverwriteHint: 'Välj ett annat filnamn, eller lägg till --force för att ersätta den.',
    invalid: 'Svaren skulle ge en beskrivning som inte passar formatet: {code} (rad {line}); ingenting skrevs.',
    invalidHint: 'Kontrollera svaren (till exempel formen på e-post- eller webbadressen) och kör `notice init` igen.',
    hintLabel: 'tips',
  },
  en: {
    intro:
      'Creating a new privacy notice. Press Enter to accept the default in brackets; an empty answer leaves the item to fill in later.',
    languages: 'Which languages is the notice published in (fi, sv, en, separated by commas)?',
    name: 'Name of the organisation',
    businessId: 'Finnish business ID, Y-tunnus (for example 0723069-3)',
    businessIdInvalid: 'This is not a valid business ID: check the digits.',
    street: 'Street address',
    postalCode: 'Postal code',
    city: 'City',
    email: 'E-mail address people can contact',
    phone: 'Phone number',
    profile: 'Law: gdpr (the GDPR, current) or hetil (the old Personal Data Act)',
    kind: 'What kind of register is it?',
    kinds: {
      customers: 'customer register',
      newsletter: 'newsletter and marketing',
      applicants: 'job applicants',
      employees: 'employees',
      members: "an association's member register",
      patients: 'patient register (health care)',
    },
    bare: 'bare: every section a TODO, for retyping a notice you already have',
    dpo: 'Has the organisation designated a data protection officer?',
    dpoEmail: 'E-mail address of the data protection officer',
    transfers: 'Is data transferred outside the EU or the EEA (for example to a US service)?',
    yes: 'yes',
    no: 'no',
    done: 'Done. Fill in the TODO items and check the notice with',
    wrote: 'Wrote {file}: a notice in {languages}, with {count} TODO placeholders to fill in.',
    wroteBare: 'Wrote {file}: a bare notice in {languages}, with {count} TODO placeholders to fill in.',
    alsoFinding: '  also {severity} {code} (line {line})',
    severities: { error: 'error', warning: 'warning', info: 'info' },
    workflow: 'Wrote {file}: validates and builds the notices on every push.',
    stopped: 'Stopped before all questions were answered; nothing was written.',
    stoppedHint: 'Run `notice init` again, or give the facts as options with --yes.',
    wouldOverwrite: '{file} already exists; it was left as it is.',
    wouldOverwriteHint: 'Choose another file name, or add --force to replace it.',
    invalid: 'The answers give a notice that does not fit the format: {code} (line {line}); nothing was written.',
    invalidHint: 'Check the answers (the form of an e-mail or web address, say) and run `notice init` again.',
    hintLabel: 'hint',
  },
};
