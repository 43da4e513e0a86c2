import type { Notice } from '../../generated/notice-types.js';
import { textStrings } from './text.js';

/**
 * Words that name a group of data subjects, in fi, sv and en. A register description that says
 * "asiakkaiden nimi ja osoite" (the customers' name and address) names its data subjects, the
 * customers, though it has no `data_subjects` section (HetiL 10 § 3 k. asks for "rekisteröityjen
 * ryhmä", the group). The groups are those of the registers this tool is written for (customer,
 * member, staff, patient and student registers; the seeds and test/fixtures/real/), each as the
 * start of a word, so that inflected forms and compounds count ("asiakkaan", "jäsentiedot", "kunder").
 */
const GROUP_WORDS: readonly string[] = [
  // fi
  'asiakas',
  'asiakk',
  'jäsen',
  'työntekij',
  'henkilökun',
  'henkilöstö',
  'hakij',
  'potila',
  'oppila',
  'opiskelij',
  'käyttäj',
  'yhteyshenkilö',
  'vierailij',
  'kävijä',
  'tilaaj',
  'vuokralai',
  'asukka',
  'asukas',
  'osallistuj',
  'lahjoittaj',
  'vapaaehtoi',
  // sv ("kunde" is "could", not a customer)
  'kund(?!e(?!\\p{L}))',
  'medlem',
  'anställd',
  'sökande',
  'patient',
  'elev(?:er|en|erna|ens)?(?!\\p{L})',
  'studerande',
  'användare',
  'kontaktperson',
  'besökare',
  'abonnent',
  'prenumerant',
  'hyresgäst',
  'deltagare',
  // en
  'customer',
  'client',
  'member',
  'employee',
  'staff',
  'applicant',
  'pupil',
  'student',
  'user',
  'contact person',
  'visitor',
  'subscriber',
  'tenant',
  'participant',
  'donor',
  'volunteer',
];

const GROUP = new RegExp(`(?<!\\p{L})(?:${GROUP_WORDS.join('|')})`, 'iu');

/** The word that names a group of data subjects in the description of the data, if any. */
export function dataSubjectsNamedIn(categories: Notice['data_categories']): string | undefined {
  const texts = [
    categories?.text,
    categories?.text_after,
    ...(categories?.items ?? []).map((item) => item.description),
  ].flatMap(textStrings);
  for (const text of texts) {
    const match = GROUP.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
