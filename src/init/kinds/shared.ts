// Texts more than one kind of register uses, written once.

export const ACCOUNTING_ACT = {
  fi: 'Kirjanpitolaki (1336/1997) 2 luku 10 §',
  sv: 'Bokföringslagen (1336/1997) 2 kap. 10 §',
  en: 'Accounting Act (1336/1997), chapter 2, section 10',
};

export const AFTER_RETENTION = {
  fi: 'Kun säilytysaika päättyy, poistamme tiedot tai muutamme ne muotoon, josta sinua ei voi tunnistaa.',
  sv: 'När lagringstiden har gått ut raderar vi uppgifterna eller gör dem anonyma, så att du inte kan identifieras.',
  en: 'When the retention period ends, we delete the data or make it anonymous so that you can no longer be identified.',
};

export const OWN_ACCOUNTS = {
  fi: 'Jokaisella käyttäjällä on omat tunnukset, ja kirjautuminen vaatii salasanan lisäksi toisen tunnistustavan.',
  sv: 'Varje användare har egna användaruppgifter, och inloggningen kräver ett andra identifieringssätt utöver lösenordet.',
  en: 'Every user has their own account, and signing in requires a second factor in addition to the password.',
};

export const PROCESSES_FOR_US = {
  fi: 'Käsittelevät tietoja puolestamme ja vain ohjeidemme mukaan.',
  sv: 'Behandlar uppgifterna för vår räkning och endast enligt våra instruktioner.',
  en: 'Process the data on our behalf and only on our instructions.',
};

export const SECURITY_INTRO = {
  fi: 'Huolehdimme tietojen turvallisuudesta seuraavin keinoin.',
  sv: 'Vi skyddar uppgifterna på följande sätt.',
  en: 'We protect the data in the following ways.',
};

export const BOOKS_KEPT_TEN_YEARS = {
  fi: 'Tilinpäätös ja kirjanpidon tilikirjat säilytetään vähintään 10 vuotta tilikauden päättymisestä.',
  sv: 'Bokslutet och bokföringsböckerna sparas i minst 10 år efter räkenskapsperiodens slut.',
  en: 'The financial statements and the books of account are kept for at least 10 years from the end of the financial year.',
};

export const END_OF_FINANCIAL_YEAR = {
  fi: 'Tilikauden päättyminen',
  sv: 'Räkenskapsperiodens slut',
  en: 'The end of the financial year',
};

export const END_OF_YEAR_FINANCIAL_YEAR_ENDED = {
  fi: 'Sen vuoden loppu, jonka aikana tilikausi päättyi',
  sv: 'Utgången av det år då räkenskapsperioden gick ut',
  en: 'The end of the year in which the financial year ended',
};
