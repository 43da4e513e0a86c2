import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import type { Language } from '../../generated/notice-types.js';
import { CHILD_WORDS, ONLINE_SERVICE_WORDS } from '../data/sensitive-words.js';
import { compileWords, dataDescriptionTexts, findWord } from './find-words.js';
import { hasText } from './text.js';
import type { DataPath, Rule } from './types.js';

const CHILD = compileWords(CHILD_WORDS);
const ONLINE = compileWords(ONLINE_SERVICE_WORDS);

export const childrenConsentAge: Rule = {
  id: 'L34',
  name: 'children-consent-age',
  reference: 'GDPR 8; Tietosuojalaki 1050/2018 5 §',
  codes: {
    CHILD_CONSENT_AGE_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 8(1)-(2); Tietosuojalaki 1050/2018 5 § (13 years in Finland)',
    },
  },
  check({ notice, languages, report }) {
    const children = notice.data_subjects?.children;
    if (children?.included === false) return;
    if (children?.consent_age !== undefined && hasText(children.guardian_consent)) return;
    const langs = languages as Language[];

    // Which purposes an online service offers on consent: the purpose's own flag, else its words; a consent
    // basis that lists no purposes is judged by its own description.
    const purposes = notice.purposes?.items ?? [];
    const online = (index: number) => {
      const purpose = purposes[index]!;
      if (purpose.online_service !== undefined) return purpose.online_service;
      const path = ['purposes', 'items', index];
      const texts = [
        { path: [...path, 'name'], value: purpose.name },
        { path: [...path, 'description'], value: purpose.description },
      ];
      return findWord(texts, ONLINE, langs) !== undefined;
    };
    let service: string | undefined;
    for (const [index, basis] of (notice.legal_basis?.items ?? []).entries()) {
      if (basis.basis !== 'consent') continue;
      if (basis.purposes === undefined) {
        const texts = [{ path: ['legal_basis', 'items', index, 'description'], value: basis.description }];
        if (findWord(texts, ONLINE, langs)) service = 'the service it describes';
      } else {
        const hit = purposes.findIndex((p, i) => p.id !== undefined && basis.purposes!.includes(p.id) && online(i));
        if (hit >= 0) service = `the purpose \`${purposes[hit]!.id}\``;
      }
      if (service) break;
    }
    if (!service) return;

    let at: DataPath;
    let who: string;
    if (children?.included) {
      at = ['data_subjects', 'children'];
      who = 'Children are among the data subjects (`children.included`)';
    } else {
      const word = findWord(dataDescriptionTexts(notice), CHILD, langs);
      if (!word) return;
      at = word.path;
      who = `Children are among the data subjects ("${printable(word.word, QUOTED_LENGTH)}")`;
    }
    const missing = [
      children?.consent_age === undefined && 'the age from which a child consents alone',
      !hasText(children?.guardian_consent) && 'how a guardian consents for a younger child',
    ]
      .filter(Boolean)
      .join(' or ');
    report('CHILD_CONSENT_AGE_MISSING', at, {
      message: `${who} and ${service} is an online service resting on consent, but the notice does not say ${missing} (GDPR 8; 13 years in Finland, Tietosuojalaki 1050/2018 5 §).`,
      hint: 'Add `data_subjects.children` with `included: true`, `consent_age: 13` and `guardian_consent:` (how the holder of parental responsibility gives or authorises consent for a younger child, and how you check it). If children are not among the people the service is for, write `children: { included: false }`.',
    });
  },
};
