// Texts more than one kind of register uses, written once.

export const ACCOUNTING_ACT = {
  fi: 'Kirjanpitolaki (1336/1997) 2 luku 10 §',
  sv: 'Bokföringslagen (1336/1997) 2 kap. 10 §',
  en: 'Accounting Act (1336/1997), chapter 2, section 10',
};

/** A text in fi, sv and en. */
export type Trilingual = { fi: string; sv: string; en: string };

/**
 * A TODO that says what to write and keeps the kind's example as its example
 * ("TODO: how the data is protected, for example: access is limited ...; ..."):
 * the example sentences state facts about an organisation, which a built
 * notice may say only when its author wrote them.
 */
export function todoWithExamples(lead: Trilingual, examples: readonly Trilingual[]): Trilingual {
  const join = (language: keyof Trilingual) =>
    `${lead[language]}${examples
      .map((e) => e[language].replace(/\.$/, ''))
      .map((e) => e.charAt(0).toLocaleLowerCase(language) + e.slice(1))
      .join('; ')}`;
  return { fi: join('fi'), sv: join('sv'), en: join('en') };
}

/** What becomes of the data when its retention period ends: the organisation's to say. */
export const AFTER_RETENTION = todoWithExamples(
  {
    fi: 'TODO: mitä tiedoille tapahtuu säilytysajan päätyttyä, esimerkiksi: ',
    sv: 'TODO: vad som händer med uppgifterna när lagringstiden har gått ut, till exempel: ',
    en: 'TODO: what happens to the data when the retention period ends, for example: ',
  },
  [
    {
      fi: 'Kun säilytysaika päättyy, poistamme tiedot tai muutamme ne muotoon, josta sinua ei voi tunnistaa.',
      sv: 'När lagringstiden har gått ut raderar vi uppgifterna eller gör dem anonyma, så att du inte kan identifieras.',
      en: 'When the retention period ends, we delete the data or make it anonymous so that you can no longer be identified.',
    },
  ],
);

/** An example of a security measure (two-factor sign-in), for the security TODO's examples. */
export const OWN_ACCOUNTS = {
  fi: 'Jokaisella käyttäjällä on omat tunnukset, ja kirjautuminen vaatii salasanan lisäksi toisen tunnistustavan.',
  sv: 'Varje användare har egna användaruppgifter, och inloggningen kräver ett andra identifieringssätt utöver lösenordet.',
  en: 'Every user has their own account, and signing in requires a second factor in addition to the password.',
};

/** The lead of the security TODO of a kind, whose own measures are its examples. */
export const SECURITY_TODO_LEAD: Trilingual = {
  fi: 'TODO: miten tiedot suojataan, esimerkiksi: ',
  sv: 'TODO: hur uppgifterna skyddas, till exempel: ',
  en: 'TODO: how the data is protected, for example: ',
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
