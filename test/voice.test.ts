import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language, Notice } from '../src/generated/notice-types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { stringsFor } from '../src/render/strings/index.js';
import { nameFromDescription } from '../src/render/view/context.js';
import { ROOT } from './helpers.js';

const renderer = createRenderer({ version: 'test' });
const LANGUAGES: Language[] = ['fi', 'sv', 'en'];

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

const word = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
/** Words that address the reader or speak as "we", per language: none may appear in the neutral voice. */
const PERSONAL: Record<Language, RegExp[]> = {
  fi: [
    word('sinä|sinu\\p{L}*|voit|olet|et|annoit|katsot|asut|työskentelet|saat|teet'),
    // Possessive suffixes of the second person (tietojasi, suostumuksesi, pyyntöösi, henkilöllisyytesi, ...).
    word('\\p{L}+(?:jasi|tosi|ksesi|öösi|ytesi|jesi|iesi|eesi|stäsi|ssasi|tusi|ltäsi)'),
    word('me|meidän|meitä|meille|meiltä|meihin|emme|\\p{L}+mme'),
  ],
  sv: [word('du|dig|din|ditt|dina|vi|oss|vår|vårt|våra')],
  en: [word('you|your|yours|yourself|we|our|ours|ourselves'), /(?<![\p{L}])us(?![\p{L}])/u],
};

function personalWords(text: string, language: Language): string[] {
  return PERSONAL[language].flatMap((pattern) => {
    const global = new RegExp(pattern.source, pattern.flags + 'g');
    return [...text.matchAll(global)].map((m) => m[0]);
  });
}

/** Every string in a catalog with its path, e.g. ["rights.gdpr.access.text", "..."]. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** A notice that brings in every built-in text that speaks to or of the data subject; its own texts are neutral. */
const EVERYTHING = `notice: { languages: [fi, sv, en], voice: VOICE }
controller: { name: Esimerkki ry }
dpo: { designated: false }
purposes:
  items:
    - { id: service, name: { fi: Palvelu, sv: Tjänst, en: Service }, description: { fi: Palvelu, sv: Tjänst, en: Service } }
    - { id: mail, direct_marketing: true, description: { fi: Markkinointi, sv: Marknadsföring, en: Marketing } }
legal_basis:
  items:
    - { basis: contract, purposes: [service] }
    - { basis: consent, purposes: [mail], article_9_2: e }
    - { basis: legitimate_interests, purposes: [service], interest: { fi: Turvallisuus, sv: Säkerhet, en: Security } }
data_categories:
  identity_code_basis: { fi: Tunnistaminen, sv: Identifiering, en: Identification }
  items:
    - { description: { fi: Nimi, sv: Namn, en: Name }, personal_identity_code: true }
provision_requirement: { requirement: contract_prerequisite }
sources:
  items:
    - { from: data_subject }
    - { from: controller }
    - { from: third_party }
recipients: { none: true }
transfers:
  status: intended
  items:
    - { country: US, mechanism: derogation_49_1_a }
    - { country: US, mechanism: derogation_49_1_b }
    - { country: US, mechanism: derogation_49_1_c }
    - { country: US, mechanism: derogation_49_1_f }
    - { country: US, mechanism: compelling_legitimate_interests }
automated_decisions:
  used: true
  logic: { fi: Pisteytys, sv: Poängsättning, en: Scoring }
  significance: { fi: Hinta, sv: Pris, en: Price }
rights: { standard: true }
complaint: { standard: true }
`;

/** The other statements: no DPO but the contact person, no recipients, no transfers, no automated decisions. */
const STATEMENTS = `notice: { languages: [fi, sv, en], voice: VOICE }
contact_person: { name: A. Esimerkki }
dpo: { designated: true, same_as_contact_person: true }
provision_requirement: { requirement: REQUIREMENT }
recipients: { none: true }
transfers: { status: none }
automated_decisions: { used: false }
`;

const rendered = (yaml: string, language: Language) => renderer.render(notice(yaml), language).markdown;

describe('notice.voice: neutral', () => {
  it('no built-in text of any language addresses the reader or speaks as "we" (HetiL-only texts aside)', () => {
    for (const language of LANGUAGES) {
      const found = strings(stringsFor(language, 'neutral'))
        .filter(([path]) => !path.startsWith('rights.hetil.'))
        .flatMap(([path, text]) => personalWords(text, language).map((w) => `${language} ${path}: ${w}`));
      expect(found).toEqual([]);
    }
  });

  it('the reader voice does address the reader (the check above can fail)', () => {
    for (const language of LANGUAGES)
      expect(strings(stringsFor(language, 'reader')).some(([, text]) => personalWords(text, language).length > 0)).toBe(
        true,
      );
  });

  for (const language of LANGUAGES) {
    it(`${language}: a built notice in the neutral voice has no second-person (or "we") word`, () => {
      const texts = [rendered(EVERYTHING.replace('VOICE', 'neutral'), language)];
      for (const requirement of ['statutory', 'contractual', 'contract_prerequisite', 'voluntary', 'mixed'])
        texts.push(rendered(STATEMENTS.replace('VOICE', 'neutral').replace('REQUIREMENT', requirement), language));
      expect(texts.flatMap((t) => personalWords(t, language))).toEqual([]);
      // The same notices in the reader voice do speak to the reader.
      expect(personalWords(rendered(EVERYTHING.replace('VOICE', 'reader'), language), language)).not.toEqual([]);
    });
  }

  it('names the data subject: rekisteröity / den registrerade / the data subject', () => {
    const yaml = EVERYTHING.replace('VOICE', 'neutral');
    expect(rendered(yaml, 'fi')).toContain('- **Rekisteröity itse**');
    expect(rendered(yaml, 'fi')).toMatch(/^Rekisteröidyllä on alla kerrotut oikeudet/m);
    expect(rendered(yaml, 'sv')).toContain('- **Den registrerade själv**');
    expect(rendered(yaml, 'en')).toContain('- **The data subject**');
    expect(rendered(yaml, 'en')).toMatch(/^## \d+\. Rights of the data subject$/m);
  });

  it('one voice per language: a translation written neutrally keeps its voice, the others address the reader', () => {
    const yaml = EVERYTHING.replace('voice: VOICE', 'voice: { sv: neutral }');
    expect(personalWords(rendered(yaml, 'sv'), 'sv')).toEqual([]);
    expect(rendered(yaml, 'sv')).toContain('- **Den registrerade själv**');
    expect(rendered(yaml, 'fi')).toContain('- **Sinä itse**');
    expect(rendered(yaml, 'en')).toContain('- **You yourself**');
  });

  it('reader is the default: the texts address the reader as before', () => {
    const md = rendered(EVERYTHING.replace('voice: VOICE', 'profile: gdpr'), 'en');
    expect(md).toContain('- **You yourself**');
    expect(md).toContain('You can ask us whether we process data about you.');
    expect(md).toMatch(/^## \d+\. Your rights as a data subject$/m);
  });
});

describe("the tool's labels assert nothing the notice does not say", () => {
  const OLD = [
    'Omat järjestelmämme',
    'käytät palvelujamme',
    'Muut organisaatiot tai rekisterit',
    'Käsittelee tietoja puolestamme',
    'katso tarkemmin alta',
    'Våra egna system',
    'använder våra tjänster',
    'Andra organisationer eller register',
    'för vår räkning',
    'se nedan',
    'Our own systems',
    'as you use our services',
    'Other organisations or registers',
    'on our behalf',
    'see below',
  ];

  it('none of the old fact-asserting labels appears, in either voice, in any language', () => {
    for (const voice of ['reader', 'neutral'])
      for (const language of LANGUAGES) {
        const md = [
          rendered(EVERYTHING.replace('VOICE', voice), language),
          rendered(STATEMENTS.replace('VOICE', voice).replace('REQUIREMENT', 'mixed'), language),
          rendered(
            `notice: { languages: [${language}], voice: ${voice} }\nrecipients: { items: [{ category: IT, processor: true }] }\n`,
            language,
          ),
        ].join('\n');
        for (const old of OLD) expect(md, `${voice} ${language}`).not.toContain(old);
      }
  });

  const sources = `notice: { languages: [fi] }
sources:
  items:
    - { from: data_subject, description: Hakemuksesta. }
    - { from: controller, name: Kassajärjestelmä }
    - { from: third_party, description: Väestötietojärjestelmästä., public: true }
    - { from: [data_subject, third_party] }
`;
  it('a source kind is shown only for a source with no name or description of its own', () => {
    const section = rendered(sources, 'fi').split('## 1. Säännönmukaiset tietolähteet\n\n')[1]!;
    expect(section).toBe(
      [
        '- Hakemuksesta.',
        '- **Kassajärjestelmä**',
        '- Väestötietojärjestelmästä.',
        '  - (julkisesti saatavilla oleva lähde)',
        '- **Sinä itse; Kolmannet osapuolet**',
        '',
      ].join('\n'),
    );
  });

  it('a processor is marked with the legal term, unless its own text says so', () => {
    const md = rendered(
      `notice: { languages: [fi, sv, en] }
recipients:
  items:
    - { category: { fi: Pilvipalvelu, sv: Molntjänst, en: Cloud service }, processor: true }
    - category: { fi: Tilitoimisto, sv: Bokföringsbyrå, en: Accountant }
      description: { fi: Toimii henkilötietojen käsittelijänä., sv: Är personuppgiftsbiträde., en: Acts as a processor. }
      processor: true
    - { category: { fi: Poliisi, sv: Polisen, en: The police } }
`,
      'fi',
    );
    expect(md).toContain('- **Pilvipalvelu**\n  - Henkilötietojen käsittelijä\n- **Tilitoimisto**: Toimii');
    expect(md.match(/Henkilötietojen käsittelijä$/gm)).toHaveLength(1);
    expect(md).toContain('- **Poliisi**\n');
  });

  it('the sentence on automated decisions is left out when the notice says it in its own words', () => {
    const own = `notice: { languages: [en] }
automated_decisions: { used: true, text: Credit checks are automated., logic: Scoring, significance: Price }
`;
    expect(rendered(own, 'en')).not.toContain('by automated means alone');
    expect(rendered(own.replace(' text: Credit checks are automated.,', ''), 'en')).toContain(
      'We make some decisions about you by automated means alone.',
    );
  });

  it('"all the data" stands under a retention period only when other periods cover less', () => {
    const one = `notice: { languages: [en] }\nretention: { items: [{ period: P1Y }] }\n`;
    expect(rendered(one, 'en')).not.toContain('Applies to');
    const two = `notice: { languages: [en] }
purposes: { items: [{ id: p, description: Billing }] }
retention: { items: [{ period: P1Y }, { period: P6Y, applies_to: [p] }] }
`;
    expect(rendered(two, 'en')).toContain(
      '- **1 year**\n  - Applies to: all the data\n- **6 years**\n  - Purposes: Billing',
    );
  });
});

describe('cross-references name the purposes', () => {
  const yaml = `notice: { languages: [fi, en] }
purposes:
  items:
    - id: billing
      name: { fi: Laskutus, en: Billing }
      description: { fi: Laskujen lähettäminen ja perintä., en: Sending and collecting invoices. }
    - id: news
      description: { fi: Uutiskirje., en: Newsletter. }
    - id: long
      description:
        fi: Asiakassuhteen hoitaminen. Tähän kuuluvat tilausten käsittely, toimitukset, asiakaspalvelu ja reklamaatiot.
        en: "Customer service: handling orders, deliveries, questions, complaints and returns, in every channel that we offer."
legal_basis:
  items:
    - { basis: contract, purposes: [long, billing] }
    - { basis: consent, purposes: [news] }
retention:
  items:
    - { period: P6Y, applies_to: [billing] }
`;

  it('legal bases and retention list the names, in the order of the purposes, never numbers', () => {
    const fi = rendered(yaml, 'fi');
    expect(fi).toContain('  - Tarkoitukset: Laskutus; Asiakassuhteen hoitaminen\n');
    expect(fi).toContain('  - Tarkoitukset: Uutiskirje\n');
    expect(fi).toMatch(/- \*\*6 vuotta\*\*\n {2}- Tarkoitukset: Laskutus\n/);
    expect(fi).not.toMatch(/Tarkoitukset: \d/);
    const en = rendered(yaml, 'en');
    expect(en).toContain('  - Purposes: Billing; Customer service\n');
  });

  it('a purpose with a name leads with it, and the purposes are not numbered', () => {
    const fi = rendered(yaml, 'fi');
    expect(fi).toContain('- **Laskutus**: Laskujen lähettäminen ja perintä.\n- Uutiskirje.\n');
    expect(fi).not.toMatch(/^1\. /m);
  });

  it('without a name: the description when short, else its first sentence, what precedes a colon, or its start cut with …', () => {
    expect(nameFromDescription('Uutiskirje.')).toBe('Uutiskirje');
    expect(nameFromDescription('Etc.')).toBe('Etc');
    expect(nameFromDescription('Laskutus\n\nToinen kappale, joka ei kuulu nimeen.')).toBe('Laskutus');
    const long = 'Invoicing and collecting unpaid invoices, and checking credit information when a contract is made';
    expect(nameFromDescription(long)).toBe(
      'Invoicing and collecting unpaid invoices, and checking credit information when a…',
    );
    expect(nameFromDescription(long).length).toBeLessThanOrEqual(81);
  });
});

describe('reviewed goldens, one notice in each voice', () => {
  // The reader voice: test/golden/complete.* (render.test.ts). The neutral voice: an association's register.
  const file = join(ROOT, 'test', 'fixtures', 'voice', 'association-neutral.yaml');
  for (const language of ['fi', 'sv'] as const)
    it(`neutral, ${language}: Markdown and HTML are as reviewed (update only on purpose: vitest -u, then review)`, async () => {
      const result = renderer.render(notice(readFileSync(file, 'utf8')), language);
      await expect(result.markdown).toMatchFileSnapshot(`golden/voice-neutral.${language}.md`);
      await expect(result.html).toMatchFileSnapshot(`golden/voice-neutral.${language}.html`);
    });
});
