import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';

// `data_subjects.children` (GDPR 8; Tietosuojalaki 1050/2018 5 §) is shown to the reader after the groups
// of people, in each language of the notice.
const renderer = createRenderer({ version: 'test' });

function notice(children: string): Notice {
  const yaml = `notice: { languages: [fi, sv, en], created: "2025-01-01" }
controller: { name: Seura ry, email: seura@seura.example }
data_subjects:
  items:
    - description: { fi: Seuran juniorit., sv: Föreningens juniorer., en: The club's juniors. }
${children}`;
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

const WITH_RULE = `  children:
    included: true
    consent_age: 13
    guardian_consent:
      fi: Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja.
      sv: För barn under 13 år ger vårdnadshavaren samtycket.
      en: For a child under 13, a guardian gives the consent.
`;

describe('the age rule for children is shown after the groups of people', () => {
  it.each([
    [
      'fi',
      '**Ikä, josta alkaen lapsi antaa itse suostumuksen verkkopalveluun:** 13 vuotta. Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja.',
    ],
    [
      'sv',
      '**Ålder från vilken ett barn självt ger sitt samtycke till en onlinetjänst:** 13 år. För barn under 13 år ger vårdnadshavaren samtycket.',
    ],
    [
      'en',
      '**Age from which a child gives consent to an online service alone:** 13 years. For a child under 13, a guardian gives the consent.',
    ],
  ] as const)('%s', (language, line) => {
    const { markdown } = renderer.render(notice(WITH_RULE), language);
    expect(markdown).toContain(line);
    expect(markdown.indexOf(line)).toBeGreaterThan(markdown.indexOf('junior'));
  });

  it('says nothing when children are not among the data subjects', () => {
    const { markdown } = renderer.render(notice('  children: { included: false, consent_age: 13 }\n'), 'en');
    expect(markdown).not.toContain('Age from which a child');
  });
});
