import type { DocumentType, Language, Notice, Profile } from '../generated/notice-types.js';

/**
 * The sections a notice has under each profile and document type (the legal
 * section list): what `notice init --bare` writes, each as a TODO to retype.
 * `dpo`, `provision_requirement`, `automated_decisions` and
 * `further_processing` are GDPR duties; HetiL's rights block (24 §) and the
 * complaint belong to a HetiL tietosuojaseloste, not to a plain
 * rekisteriseloste (10 §).
 */
export function bareSections(profile: Profile, documentType: DocumentType): readonly BareSection[] {
  if (profile === 'gdpr') return GDPR_SECTIONS;
  return documentType === 'tietosuojaseloste' ? HETIL_PRIVACY_SECTIONS : HETIL_SECTIONS;
}

/** A section `--bare` writes as a placeholder. */
export type BareSection = keyof typeof BARE_TEXTS.en;

const HETIL_SECTIONS = [
  'contact_person',
  'register_name',
  'purposes',
  'legal_basis',
  'data_subjects',
  'data_categories',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'cookies',
  'changes',
] as const satisfies readonly BareSection[];

const HETIL_PRIVACY_SECTIONS = [
  ...HETIL_SECTIONS.slice(0, -2),
  'rights',
  'complaint',
  ...HETIL_SECTIONS.slice(-2),
] as const satisfies readonly BareSection[];

const GDPR_SECTIONS = [
  'contact_person',
  'register_name',
  'purposes',
  'legal_basis',
  'data_subjects',
  'data_categories',
  'provision_requirement',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'automated_decisions',
  'rights',
  'complaint',
  'further_processing',
  'cookies',
  'changes',
] as const satisfies readonly BareSection[];

/**
 * The placeholders of a bare notice: each says what to copy there from the
 * notice being retyped, and nothing about the organisation. Sections a notice
 * may not have say that they can be deleted.
 */
export const BARE_TEXTS = {
  fi: {
    contact_person: 'TODO: rekisteriasioista vastaava henkilö ja yhteystiedot selosteen mukaan, tai poista tämä osio',
    register_name: 'TODO: rekisterin nimi',
    purposes:
      'TODO: käsittelyn tarkoitukset selosteen sanoin (tai luettelona items-kohdassa, yksi tarkoitus kerrallaan)',
    legal_basis: 'TODO: käsittelyn oikeusperuste selosteen sanoin; merkitse peruste myös items-kohtaan (basis)',
    data_subjects: 'TODO: rekisteröityjen ryhmät selosteen mukaan',
    data_categories: 'TODO: rekisterin tietosisältö selosteen mukaan',
    provision_requirement:
      'TODO: onko tietojen antaminen pakollista ja mitä seuraa, jos niitä ei anneta; tarkista myös requirement',
    sources: 'TODO: säännönmukaiset tietolähteet selosteen mukaan',
    recipients: 'TODO: tietojen vastaanottajat ja säännönmukaiset luovutukset selosteen mukaan',
    transfers: 'TODO: siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle, selosteen sanoin; tarkista myös status',
    retention: 'TODO: säilytysaika selosteen mukaan, tai poista tämä osio, jos selosteessa ei sitä ole',
    security: 'TODO: rekisterin suojauksen periaatteet selosteen mukaan',
    automated_decisions:
      'TODO: mitä seloste sanoo automaattisesta päätöksenteosta ja profiloinnista; tarkista myös used',
    rights: 'TODO: miten ja mihin rekisteröity lähettää pyyntönsä selosteen mukaan',
    complaint: 'TODO: oikeus tehdä valitus valvontaviranomaiselle selosteen sanoin, tai poista tämä teksti',
    further_processing: 'TODO: käsittely muuhun tarkoitukseen selosteen mukaan, tai poista tämä osio',
    cookies: 'TODO: evästeet selosteen mukaan, tai poista tämä osio',
    changes: 'TODO: selosteen muutokset selosteen mukaan, tai poista tämä osio',
  },
  sv: {
    contact_person:
      'TODO: personen som ansvarar för registerärenden och kontaktuppgifterna enligt beskrivningen, eller ta bort avsnittet',
    register_name: 'TODO: registrets namn',
    purposes:
      'TODO: ändamålen med behandlingen med beskrivningens ord (eller som en lista under items, ett ändamål i taget)',
    legal_basis: 'TODO: den rättsliga grunden med beskrivningens ord; ange grunden också under items (basis)',
    data_subjects: 'TODO: grupperna av registrerade enligt beskrivningen',
    data_categories: 'TODO: registrets datainnehåll enligt beskrivningen',
    provision_requirement:
      'TODO: om det är obligatoriskt att lämna uppgifterna och vad som följer om de inte lämnas; kontrollera också requirement',
    sources: 'TODO: de regelmässiga uppgiftskällorna enligt beskrivningen',
    recipients: 'TODO: mottagarna och de regelmässiga utlämnandena enligt beskrivningen',
    transfers: 'TODO: om uppgifter överförs utanför EU eller EES, med beskrivningens ord; kontrollera också status',
    retention: 'TODO: lagringstiden enligt beskrivningen, eller ta bort avsnittet om beskrivningen inte har det',
    security: 'TODO: principerna för skyddet av registret enligt beskrivningen',
    automated_decisions:
      'TODO: vad beskrivningen säger om automatiserat beslutsfattande och profilering; kontrollera också used',
    rights: 'TODO: hur och vart den registrerade skickar sin begäran enligt beskrivningen',
    complaint: 'TODO: rätten att klaga hos tillsynsmyndigheten med beskrivningens ord, eller ta bort texten',
    further_processing: 'TODO: behandling för andra ändamål enligt beskrivningen, eller ta bort avsnittet',
    cookies: 'TODO: kakor enligt beskrivningen, eller ta bort avsnittet',
    changes: 'TODO: ändringar i beskrivningen enligt beskrivningen, eller ta bort avsnittet',
  },
  en: {
    contact_person:
      'TODO: the contact person for the register and their details as the notice gives them, or delete this section',
    register_name: 'TODO: the name of the register',
    purposes: "TODO: the purposes in the notice's words (or as a list in items, one purpose each)",
    legal_basis: "TODO: the legal basis in the notice's words; give the basis in items too (basis)",
    data_subjects: 'TODO: the groups of people in the register, as the notice gives them',
    data_categories: 'TODO: the data in the register, as the notice gives it',
    provision_requirement:
      'TODO: whether people must give the data and what follows if they do not; check requirement too',
    sources: 'TODO: the regular sources of the data, as the notice gives them',
    recipients: 'TODO: the recipients and regular disclosures, as the notice gives them',
    transfers: "TODO: whether data leaves the EU or EEA, in the notice's words; check status too",
    retention: 'TODO: how long data is kept, as the notice says, or delete this section if it does not',
    security: 'TODO: the principles of securing the register, as the notice gives them',
    automated_decisions: 'TODO: what the notice says on automated decisions and profiling; check used too',
    rights: 'TODO: how and where people send their requests, as the notice says',
    complaint: "TODO: the right to complain to the supervisory authority in the notice's words, or delete this text",
    further_processing: 'TODO: processing for other purposes, as the notice says, or delete this section',
    cookies: 'TODO: cookies, as the notice says, or delete this section',
    changes: 'TODO: changes to the notice, as the notice says, or delete this section',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The value of one bare section, its text a placeholder `todo`. */
export function bareSection(section: BareSection, todo: unknown): Partial<Notice> {
  switch (section) {
    case 'register_name':
      return { register_name: todo as never };
    case 'contact_person':
      return { contact_person: { text: todo as never } };
    case 'provision_requirement':
      // `mixed` is the requirement "explained in the text": it asserts nothing until the text says it.
      return { provision_requirement: { requirement: 'mixed', text: todo as never } };
    case 'rights':
      return { rights: { standard: true, how_to: todo as never } };
    case 'complaint':
      return { complaint: { standard: true, text: todo as never } };
    case 'transfers':
    case 'automated_decisions':
      // Written by the caller, from the facts.
      return {};
    default:
      return { [section]: { text: todo } } as Partial<Notice>;
  }
}
