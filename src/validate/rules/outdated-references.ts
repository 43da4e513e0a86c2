import { OUTDATED_NAMES } from '../data/laws.js';
import { textStrings } from './text.js';
import type { Rule } from './types.js';

/** The day the GDPR began to apply and displaced the Personal Data Act. */
export const GDPR_START = '2018-05-25';

export const outdatedReferences: Rule = {
  id: 'L17',
  name: 'current-law-cited',
  reference:
    'GDPR 99(2); Tietosuojalaki 1050/2018 (repealed HetiL 523/1999); Laki sähköisen viestinnän palveluista 917/2014',
  codes: {
    PROFILE_DATE_MISMATCH: { gdpr: 'warning', hetil: 'warning', ground: 'GDPR 99(2): from 25.5.2018' },
    REPEALED_LAW_CITED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground:
        'HetiL 523/1999 (from 25.5.2018), sähköisen viestinnän tietosuojalaki 516/2004 (from 1.1.2015), the name tietoyhteiskuntakaari (from 1.1.2021)',
    },
    RENAMED_AUTHORITY_CITED: { gdpr: 'warning', hetil: 'warning', ground: 'Viestintävirasto, since 1.1.2019 Traficom' },
  },
  check({ notice, profile, texts, referenceDate, report }) {
    const date = notice.notice.updated ?? notice.notice.created;
    if (date && profile === 'hetil' && date >= GDPR_START) {
      report('PROFILE_DATE_MISMATCH', ['notice', notice.notice.updated ? 'updated' : 'created'], {
        message: `The notice is dated ${date}, after the GDPR replaced the Personal Data Act on ${GDPR_START}, but uses the hetil profile.`,
        hint: 'Use `profile: gdpr`; `notice validate --profile gdpr` lists what the notice then lacks.',
      });
    } else if (date && profile === 'gdpr' && date < GDPR_START) {
      report('PROFILE_DATE_MISMATCH', ['notice', notice.notice.updated ? 'updated' : 'created'], {
        message: `The notice is dated ${date}, before the GDPR applied (${GDPR_START}), but uses the gdpr profile.`,
        hint: 'Update `notice.updated` when you bring the notice up to date, or use `profile: hetil` for the historical document.',
      });
    }
    for (const text of texts) {
      const strings = textStrings(text.value);
      for (const outdated of OUTDATED_NAMES) {
        if (referenceDate < outdated.outdatedFrom || !strings.some((s) => outdated.pattern.test(s))) continue;
        const law = outdated.kind === 'law';
        report(law ? 'REPEALED_LAW_CITED' : 'RENAMED_AUTHORITY_CITED', text.path, {
          message: `The text cites ${outdated.name}, which is out of date since ${outdated.outdatedFrom}.`,
          hint: `Refer to ${outdated.replacement} instead.`,
        });
      }
    }
  },
};
