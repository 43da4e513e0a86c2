import type { Language } from '../generated/notice-types.js';
import type { ChangeCode } from './registry.js';

/**
 * The words of a change notice (`notice diff --notice`), written here in plain
 * fi/sv/en. Each sentence that speaks of the organisation only says what the
 * two versions of its YAML say; the rights named are those its bases give.
 */
export interface ChangeNoticeStrings {
  title: (register: string) => string;
  /** "{controller} changes how it processes personal data in {register}." */
  lead: (controller: string, register: string) => string;
  effective: (date: string) => string;
  /** No effective date in the YAML: the date of the updated notice. */
  updatedOn: (date: string) => string;
  version: (version: string) => string;
  whatChanges: string;
  otherChanges: string;
  /** Editorial changes are not listed one by one. */
  wording: string;
  whatYouCanDo: string;
  object: string;
  objectMarketing: string;
  withdraw: string;
  ask: (channels: string) => string;
  askNoChannel: string;
  complain: string;
  /** Titles of the changes readers are told of, by code; what is not here is told by its section. */
  changes: Partial<Record<ChangeCode, string>>;
  /** "Changes in: {section}", for a change without a title of its own. */
  inSection: (section: string) => string;
  /** Joins a change's title and what it is about. */
  about: (title: string, what: string) => string;
}

const fi: ChangeNoticeStrings = {
  title: (register) => `Muutoksia henkilötietojen käsittelyyn: ${register}`,
  lead: (controller, register) =>
    `${controller} muuttaa tapaa, jolla se käsittelee henkilötietoja rekisterissä ${register}.`,
  effective: (date) => `Muutokset tulevat voimaan ${date}.`,
  updatedOn: (date) => `Päivitetty tietosuojaseloste on päivätty ${date}.`,
  version: (version) => `Selosteen versio: ${version}.`,
  whatChanges: 'Mikä muuttuu',
  otherChanges: 'Muut muutokset',
  wording: 'Lisäksi selosteen sanamuotoja on tarkennettu.',
  whatYouCanDo: 'Mitä voit tehdä',
  object: 'Voit vastustaa henkilötietojesi käsittelyä siltä osin kuin se perustuu oikeutettuun etuun.',
  objectMarketing: 'Voit kieltää henkilötietojesi käytön suoramarkkinointiin milloin tahansa.',
  withdraw:
    'Voit peruuttaa suostumuksesi milloin tahansa. Peruutus ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.',
  ask: (channels) => `Kysymykset ja pyynnöt: ${channels}.`,
  askNoChannel: 'Voit esittää kysymyksiä ja pyyntöjä rekisterinpitäjälle.',
  complain: 'Voit tehdä valituksen tietosuojavaltuutetulle, jos katsot, että tietojasi käsitellään lainvastaisesti.',
  changes: {
    NEW_PURPOSE: 'Uusi käyttötarkoitus',
    PURPOSE_DIRECT_MARKETING: 'Tietoja käytetään nyt myös suoramarkkinointiin',
    NEW_BASIS: 'Uusi käsittelyn oikeusperuste',
    NEW_DATA_CATEGORY: 'Uusia käsiteltäviä tietoja',
    NEW_SPECIAL_CATEGORY: 'Erityisiin henkilötietoryhmiin kuuluvia tietoja',
    NEW_RECIPIENT: 'Uusi tietojen vastaanottaja',
    NEW_TRANSFER_COUNTRY: 'Tietoja siirretään EU:n ja ETA:n ulkopuolelle',
    RETENTION_LONGER: 'Tietoja säilytetään pidempään',
    NEW_SOURCE: 'Uusi tietolähde',
    NEW_AUTOMATED_DECISIONS: 'Automaattista päätöksentekoa tai profilointia',
    NEW_CONTROLLER: 'Uusi rekisterinpitäjä',
    NEW_DATA_SUBJECTS: 'Rekisteri koskee nyt myös uutta ryhmää',
    RETENTION_SHORTER: 'Tietoja säilytetään lyhyemmän aikaa',
    PURPOSE_REMOVED: 'Käyttötarkoitus poistuu',
    BASIS_REMOVED: 'Oikeusperuste poistuu',
    RECIPIENT_REMOVED: 'Vastaanottaja poistuu',
    RECIPIENT_RENAMED: 'Vastaanottajan nimi muuttuu',
    TRANSFER_REMOVED: 'Tietoja ei enää siirretä',
    TRANSFER_SAFEGUARD_CHANGED: 'Siirron suojatoimi muuttuu',
    SOURCE_REMOVED: 'Tietolähde poistuu',
    DATA_CATEGORY_REMOVED: 'Tietoja ei enää käsitellä',
    CONTACT_CHANGED: 'Yhteystiedot muuttuvat',
    RIGHTS_CHANGED: 'Oikeuksien käyttäminen muuttuu',
    AUTOMATED_DECISIONS_ENDED: 'Automaattinen päätöksenteko päättyy',
  },
  inSection: (section) => `Muutoksia kohdassa ${section}`,
  about: (title, what) => `${title}: ${what}`,
};

const sv: ChangeNoticeStrings = {
  title: (register) => `Ändringar i behandlingen av personuppgifter: ${register}`,
  lead: (controller, register) => `${controller} ändrar hur personuppgifter behandlas i registret ${register}.`,
  effective: (date) => `Ändringarna träder i kraft ${date}.`,
  updatedOn: (date) => `Den uppdaterade dataskyddsbeskrivningen är daterad ${date}.`,
  version: (version) => `Version: ${version}.`,
  whatChanges: 'Vad ändras',
  otherChanges: 'Andra ändringar',
  wording: 'Dessutom har formuleringarna i beskrivningen förtydligats.',
  whatYouCanDo: 'Vad du kan göra',
  object:
    'Du kan invända mot behandlingen av dina personuppgifter till den del den grundar sig på berättigat intresse.',
  objectMarketing: 'Du kan när som helst förbjuda att dina personuppgifter används för direktmarknadsföring.',
  withdraw:
    'Du kan när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av behandlingen innan dess.',
  ask: (channels) => `Frågor och begäranden: ${channels}.`,
  askNoChannel: 'Du kan ställa frågor och framföra begäranden till den personuppgiftsansvarige.',
  complain:
    'Du kan lämna in ett klagomål till dataombudsmannen om du anser att dina uppgifter behandlas i strid med lagen.',
  changes: {
    NEW_PURPOSE: 'Nytt ändamål',
    PURPOSE_DIRECT_MARKETING: 'Uppgifterna används nu också för direktmarknadsföring',
    NEW_BASIS: 'Ny rättslig grund för behandlingen',
    NEW_DATA_CATEGORY: 'Nya uppgifter behandlas',
    NEW_SPECIAL_CATEGORY: 'Uppgifter som hör till särskilda kategorier',
    NEW_RECIPIENT: 'Ny mottagare av uppgifterna',
    NEW_TRANSFER_COUNTRY: 'Uppgifter överförs utanför EU och EES',
    RETENTION_LONGER: 'Uppgifterna sparas längre',
    NEW_SOURCE: 'Ny uppgiftskälla',
    NEW_AUTOMATED_DECISIONS: 'Automatiserat beslutsfattande eller profilering',
    NEW_CONTROLLER: 'Ny personuppgiftsansvarig',
    NEW_DATA_SUBJECTS: 'Registret gäller nu också en ny grupp',
    RETENTION_SHORTER: 'Uppgifterna sparas kortare tid',
    PURPOSE_REMOVED: 'Ändamålet upphör',
    BASIS_REMOVED: 'Den rättsliga grunden upphör',
    RECIPIENT_REMOVED: 'Mottagaren upphör',
    RECIPIENT_RENAMED: 'Mottagarens namn ändras',
    TRANSFER_REMOVED: 'Uppgifter överförs inte längre',
    TRANSFER_SAFEGUARD_CHANGED: 'Skyddsåtgärden för överföringen ändras',
    SOURCE_REMOVED: 'Uppgiftskällan upphör',
    DATA_CATEGORY_REMOVED: 'Uppgifterna behandlas inte längre',
    CONTACT_CHANGED: 'Kontaktuppgifterna ändras',
    RIGHTS_CHANGED: 'Hur du använder dina rättigheter ändras',
    AUTOMATED_DECISIONS_ENDED: 'Det automatiserade beslutsfattandet upphör',
  },
  inSection: (section) => `Ändringar i avsnittet ${section}`,
  about: (title, what) => `${title}: ${what}`,
};

const en: ChangeNoticeStrings = {
  title: (register) => `Changes to how we process personal data: ${register}`,
  lead: (controller, register) => `${controller} is changing how personal data is processed in ${register}.`,
  effective: (date) => `The changes take effect on ${date}.`,
  updatedOn: (date) => `The updated privacy notice is dated ${date}.`,
  version: (version) => `Version: ${version}.`,
  whatChanges: 'What changes',
  otherChanges: 'Other changes',
  wording: 'The wording of the notice has also been made clearer.',
  whatYouCanDo: 'What you can do',
  object: 'You can object to the processing of your personal data where it rests on legitimate interests.',
  objectMarketing: 'You can forbid the use of your personal data for direct marketing at any time.',
  withdraw:
    'You can withdraw your consent at any time. Withdrawing it does not affect the lawfulness of processing before then.',
  ask: (channels) => `Questions and requests: ${channels}.`,
  askNoChannel: 'You can send questions and requests to the controller.',
  complain:
    'You can lodge a complaint with the Data Protection Ombudsman if you think your data is processed unlawfully.',
  changes: {
    NEW_PURPOSE: 'A new purpose',
    PURPOSE_DIRECT_MARKETING: 'The data is now also used for direct marketing',
    NEW_BASIS: 'A new legal basis for the processing',
    NEW_DATA_CATEGORY: 'New kinds of data are processed',
    NEW_SPECIAL_CATEGORY: 'Data of special categories',
    NEW_RECIPIENT: 'A new recipient of the data',
    NEW_TRANSFER_COUNTRY: 'Data is transferred outside the EU and EEA',
    RETENTION_LONGER: 'Data is kept longer',
    NEW_SOURCE: 'A new source of data',
    NEW_AUTOMATED_DECISIONS: 'Automated decision-making or profiling',
    NEW_CONTROLLER: 'A new controller',
    NEW_DATA_SUBJECTS: 'The register now also covers a new group',
    RETENTION_SHORTER: 'Data is kept for a shorter time',
    PURPOSE_REMOVED: 'A purpose ends',
    BASIS_REMOVED: 'A legal basis ends',
    RECIPIENT_REMOVED: 'A recipient ends',
    RECIPIENT_RENAMED: "A recipient's name changes",
    TRANSFER_REMOVED: 'Data is no longer transferred',
    TRANSFER_SAFEGUARD_CHANGED: 'The safeguard of a transfer changes',
    SOURCE_REMOVED: 'A source of data ends',
    DATA_CATEGORY_REMOVED: 'Data no longer processed',
    CONTACT_CHANGED: 'Contact details change',
    RIGHTS_CHANGED: 'How you use your rights changes',
    AUTOMATED_DECISIONS_ENDED: 'Automated decision-making ends',
  },
  inSection: (section) => `Changes in the section ${section}`,
  about: (title, what) => `${title}: ${what}`,
};

export const CHANGE_NOTICE_STRINGS: Record<Language, ChangeNoticeStrings> = { fi, sv, en };
