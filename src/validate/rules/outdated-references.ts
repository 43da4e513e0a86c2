import { OUTDATED_NAMES } from '../data/laws.js';
import { textStrings } from './text.js';
import type { Rule } from './types.js';

/** The day the GDPR began to apply and displaced the Personal Data Act. */
export const GDPR_START = '2018-05-25';
/** The day Tietosuojalaki 1050/2018 repealed the Personal Data Act (it had been displaced since 25.5.2018). */
export const HETIL_REPEALED_FROM = '2019-01-01';

export const outdatedReferences: Rule = {
  id: 'L17',
  name: 'current-law-cited',
  reference:
    'GDPR 99(2); Tietosuojalaki 1050/2018 (repealed HetiL 523/1999); Laki sähköisen viestinnän palveluista 917/2014',
  checks:
    "The profile fits the notice's date, and the texts cite no repealed law and no authority by a name it no longer has.",
  why: 'The GDPR has applied since 25 May 2018 (Art. 99(2)) and displaced the Personal Data Act 523/1999, which the Data Protection Act 1050/2018 repealed on 1 January 2019: a notice dated after that cannot rest on the Act, and one dated before the GDPR applied was not written under it. A text that cites a repealed law (the Act on Data Protection in Electronic Communications 516/2004, replaced from 1.1.2015; the name Information Society Code, which the Act 917/2014 lost in 2021) or a renamed authority (Viestintävirasto, Traficom since 1.1.2019) misleads the reader about the rules and the authorities that protect them. `notice validate --profile gdpr` on an old register description is the migration report, which says once that the Act is gone.',
  codes: {
    PROFILE_DATE_MISMATCH: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 99(2): HetiL 523/1999 displaced by the GDPR on 25.5.2018, repealed on 1.1.2019',
      fails: `
        notice:
          created: "2017-03-01"`,
      passes: `
        notice:
          created: "2017-03-01"
          updated: "2025-01-15"`,
    },
    HETIL_REPEALED: {
      gdpr: 'info',
      hetil: 'off',
      ground: 'the migration report: HetiL 523/1999 displaced by the GDPR on 25.5.2018, repealed on 1.1.2019',
      fails: `
        # notice validate --profile gdpr
        notice:
          profile: hetil
          created: "2015-01-01"
`,
      passes: `
        # notice validate --profile gdpr
        notice:
          profile: gdpr`,
    },
    REPEALED_LAW_CITED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground:
        'HetiL 523/1999 (displaced by the GDPR on 25.5.2018, repealed on 1.1.2019; not under `hetil`), sähköisen viestinnän tietosuojalaki 516/2004 (from 1.1.2015), the name tietoyhteiskuntakaari (from 1.1.2021)',
      fails: `
        notice:
          legal_reference: Henkilötietolaki (523/1999) 10 §`,
      passes: `
        notice:
          legal_reference: EU:n yleinen tietosuoja-asetus (2016/679), 13 artikla`,
    },
    RENAMED_AUTHORITY_CITED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'Viestintävirasto, since 1.1.2019 Traficom',
      fails: `
        cookies:
          text: Evästeiden käyttöä valvoo Viestintävirasto.`,
      passes: `
        cookies:
          text: Evästeiden käyttöä valvoo Liikenne- ja viestintävirasto Traficom.`,
    },
  },
  check({ notice, profile, ownProfile, texts, referenceDate, report }) {
    const date = notice.notice.updated ?? notice.notice.created;
    const dateKey = notice.notice.updated ? 'updated' : 'created';
    if (profile === 'gdpr' && ownProfile === 'hetil') {
      // The migration report: said once, where the notice names its law; the other findings are what it lacks.
      report('HETIL_REPEALED', notice.notice.profile ? ['notice', 'profile'] : ['notice'], {
        message: `The notice was written under the Personal Data Act (523/1999), which the GDPR displaced on ${GDPR_START} and the Data Protection Act 1050/2018 repealed on ${HETIL_REPEALED_FROM}; the other findings are what it lacks under today's law.`,
        hint: 'Bring the notice up to date by fixing the findings, then set `profile: gdpr` and `notice.updated`.',
      });
    } else if (date && profile === 'hetil' && date >= HETIL_REPEALED_FROM) {
      // A notice of the old Act is judged as of its own date; a date when the Act no longer existed is not one.
      report('PROFILE_DATE_MISMATCH', ['notice', dateKey], {
        message: `The notice is dated ${date}, but uses the hetil profile: the GDPR displaced the Personal Data Act on ${GDPR_START} and the Act was repealed on ${HETIL_REPEALED_FROM}.`,
        hint: 'Give the date the notice was written under the Act, or use `profile: gdpr`; `notice validate --profile gdpr` lists what the notice then lacks.',
      });
    } else if (date && profile === 'gdpr' && date < GDPR_START) {
      report('PROFILE_DATE_MISMATCH', ['notice', dateKey], {
        message: `The notice is dated ${date}, before the GDPR applied (${GDPR_START}), but uses the gdpr profile.`,
        hint: 'Update `notice.updated` when you bring the notice up to date, or use `profile: hetil` for the historical document.',
      });
    }
    for (const text of texts) {
      const strings = textStrings(text.value);
      for (const outdated of OUTDATED_NAMES) {
        if (outdated.lawOfProfile === profile) continue;
        if (referenceDate < outdated.outdatedFrom || !strings.some((s) => outdated.pattern.test(s))) continue;
        const law = outdated.kind === 'law';
        report(law ? 'REPEALED_LAW_CITED' : 'RENAMED_AUTHORITY_CITED', text.path, {
          message: `The text cites ${outdated.name}, ${outdated.why ?? `which is out of date since ${outdated.outdatedFrom}`}.`,
          hint: `Refer to ${outdated.replacement} instead.`,
        });
      }
    }
  },
};
