import type { Language } from '../generated/notice-types.js';

/** The words of the site's own pages and navigation, written here in plain fi/sv/en. */
export interface SiteStrings {
  /** The title of the site's front page. */
  siteTitle: string;
  organisations: string;
  /** The heading of an organisation's list of registers. */
  registers: string;
  register: string;
  languages: string;
  updated: string;
  /** The label of the language switcher. */
  languageSwitcher: string;
  /** The label of the navigation back to the indexes. */
  siteNavigation: string;
  allOrganisations: string;
  businessId: string;
  /** "PDF" with a word saying it is the same notice as a file. */
  pdf: string;
  /** The organisation of notices that name no controller. */
  noController: string;
  /** How many registers an organisation has. */
  registerCount: (count: number) => string;
}

const STRINGS: Record<Language, SiteStrings> = {
  fi: {
    siteTitle: 'Tietosuojaselosteet',
    organisations: 'Organisaatiot',
    registers: 'Rekisterit',
    register: 'Rekisteri',
    languages: 'Kielet',
    updated: 'Päivitetty',
    languageSwitcher: 'Kieli',
    siteNavigation: 'Sivuston rakenne',
    allOrganisations: 'Kaikki organisaatiot',
    businessId: 'Y-tunnus',
    pdf: 'PDF-tiedosto',
    noController: 'Rekisterinpitäjää ei ole nimetty',
    registerCount: (count) => (count === 1 ? '1 rekisteri' : `${count} rekisteriä`),
  },
  sv: {
    siteTitle: 'Dataskyddsbeskrivningar',
    organisations: 'Organisationer',
    registers: 'Register',
    register: 'Register',
    languages: 'Språk',
    updated: 'Uppdaterad',
    languageSwitcher: 'Språk',
    siteNavigation: 'Webbplatsens struktur',
    allOrganisations: 'Alla organisationer',
    businessId: 'FO-nummer',
    pdf: 'PDF-fil',
    noController: 'Ingen personuppgiftsansvarig angiven',
    registerCount: (count) => (count === 1 ? '1 register' : `${count} register`),
  },
  en: {
    siteTitle: 'Privacy notices',
    organisations: 'Organisations',
    registers: 'Registers',
    register: 'Register',
    languages: 'Languages',
    updated: 'Last updated',
    languageSwitcher: 'Language',
    siteNavigation: 'Site navigation',
    allOrganisations: 'All organisations',
    businessId: 'Business ID',
    pdf: 'PDF file',
    noController: 'No controller named',
    registerCount: (count) => (count === 1 ? '1 register' : `${count} registers`),
  },
};

export function siteStrings(language: Language): SiteStrings {
  return STRINGS[language];
}
