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
  checks:
    'A notice whose data subjects include children and whose online service rests on consent says from what age a child consents alone and how a guardian consents for a younger child.',
  why: "When an information society service is offered directly to a child on the basis of consent, the consent of a child under the age set by law is valid only if the holder of parental responsibility gives or authorises it, and the controller must make reasonable efforts to verify that (GDPR Art. 8(1)-(2)). In Finland the age is 13 (Tietosuojalaki 1050/2018 5 §). Information addressed to a child must be in language a child can understand (12(1)), and children and their parents need to know when the child's own consent is enough and how a guardian takes part. The Personal Data Act had no such rule, so it is off under hetil.",
  codes: {
    CHILD_CONSENT_AGE_MISSING: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 8(1)-(2); Tietosuojalaki 1050/2018 5 § (13 years in Finland)',
      fails: `
        purposes:
          items:
            - id: customers
              name: Harrastussovellus
              description: Harrastussovelluksen käyttäjätili ja viestit valmentajalle
        legal_basis:
          items:
            - basis: consent
              purposes: [customers]
        data_subjects:
          items:
            - description: Seuran juniorit eli 7–17-vuotiaat lapset ja heidän huoltajansa`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Harrastussovellus
              description: Harrastussovelluksen käyttäjätili ja viestit valmentajalle
        legal_basis:
          items:
            - basis: consent
              purposes: [customers]
        data_subjects:
          items:
            - description: Seuran juniorit eli 7–17-vuotiaat lapset ja heidän huoltajansa
          children:
            included: true
            consent_age: 13
            guardian_consent: Alle 13-vuotiaan lapsen puolesta suostumuksen antaa huoltaja, joka tunnistautuu pankkitunnuksilla ennen kuin lapsen käyttäjätili avataan.`,
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
