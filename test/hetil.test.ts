import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNotice, loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { validateNotice } from '../src/validate/index.js';
import { FIXED_TODAY, ROOT } from './helpers.js';

// A notice under `profile: hetil` is a document of the Personal Data Act (523/1999): nothing notice
// writes into it cites the GDPR, and it is judged as the Act stood. What it lacks under today's law is
// the migration report's business (`--profile gdpr`).

const renderer = createRenderer({ version: 'test' });
const LANGUAGES = ['fi', 'sv', 'en'] as const;
// The seed examples under the Personal Data Act (LamisNET 2018 cites the GDPR and is a gdpr notice).
const HETIL_EXAMPLES = ['iljoja-2015.yaml', 'lponet-2016.yaml'];
const SENSITIVE = join(ROOT, 'test/fixtures/hetil/sensitive.yaml');

/** What would cite the GDPR, in any of the three languages. */
const GDPR_WORDS = [
  /GDPR/i,
  /artikla/i,
  /\bArt\./,
  /tietosuoja-asetu/i,
  /dataskyddsförordning/i,
  /General Data Protection Regulation/i,
];

async function data(file: string): Promise<Notice> {
  return (await loadNotice(file)).data as unknown as Notice;
}

/**
 * The notice with its own words that cite the GDPR replaced (LamisNET's text itself cites
 * "tietosuoja-asetuksen artikla 22"): what is left to find in the output is notice's own.
 */
function withoutOwnGdprWords<T>(value: T): T {
  if (typeof value === 'string') return (GDPR_WORDS.some((w) => w.test(value)) ? 'Oma teksti.' : value) as unknown as T;
  if (Array.isArray(value)) return value.map(withoutOwnGdprWords) as unknown as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutOwnGdprWords(v)])) as T;
  return value;
}

function gdprWordsIn(text: string): string[] {
  return GDPR_WORDS.flatMap((w) => text.match(new RegExp(w.source, w.flags.includes('i') ? 'gi' : 'g')) ?? []);
}

/** A small HetiL notice in one language, with extra YAML. */
function hetilNotice(extra: string, language: 'fi' | 'sv' | 'en' = 'fi'): Notice {
  const loaded = loadNoticeBytes(
    `notice: { languages: [${language}], profile: hetil, document_type: tietosuojaseloste, created: "2016-01-01" }\n${extra}`,
    'inline.yaml',
  );
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

describe('a HetiL notice renders no GDPR article anywhere', () => {
  const files = [...HETIL_EXAMPLES.map((f) => join(ROOT, 'examples', f)), SENSITIVE];
  for (const file of files) {
    for (const language of LANGUAGES) {
      it(`${file.split('/').pop()} in ${language}: Markdown and HTML`, async () => {
        const notice = withoutOwnGdprWords(await data(file));
        const { markdown, html } = renderer.render(notice, language);
        expect(gdprWordsIn(markdown)).toEqual([]);
        expect(gdprWordsIn(html)).toEqual([]);
      });
    }
  }

  it('not even where the notice uses a GDPR field: bases, Art. 9(2) and 10, transfer mechanisms', () => {
    const notice = hetilNotice(`purposes: { items: [{ id: p, description: Asiakassuhde, direct_marketing: true }] }
legal_basis:
  items:
    - { basis: consent, purposes: [p], article_9_2: a, article_10: true }
    - { basis: legitimate_interests, interest: Asiakassuhde }
data_categories: { items: [{ description: Terveystiedot, special_category: health }, { description: Rikostiedot, criminal: true }] }
transfers: { status: intended, items: [{ country: US, mechanism: scc }, { country: JP, mechanism: adequacy }, { country: IN, mechanism: bcr }, { country: BR, mechanism: derogation_49_1_a }] }
rights: { standard: true }
complaint: { standard: true }
`);
    for (const language of LANGUAGES) {
      const { markdown, html } = renderer.render(notice, language);
      expect(gdprWordsIn(markdown)).toEqual([]);
      expect(gdprWordsIn(html)).toEqual([]);
    }
    // The same notice under the GDPR does cite it: the check above can fail.
    const asGdpr = { ...notice, notice: { ...notice.notice, profile: 'gdpr' as const } };
    expect(gdprWordsIn(renderer.render(asGdpr, 'en').markdown).length).toBeGreaterThan(0);
  });

  it('names the HetiL grounds: the 8 § 1 mom. points and the 12 § ground with their meaning, sensitive data as such', async () => {
    const { markdown: fi } = renderer.render(await data(SENSITIVE), 'fi');
    expect(fi).toContain('8 §:n 1 momentin kohdat: 2) toimeksianto');
    expect(fi).toContain(
      'Arkaluonteisten tietojen käsittelyperuste (henkilötietolain 12 §:n 1 momentti): 1) nimenomainen suostumus',
    );
    expect(fi).toContain('Arkaluonteinen tieto: Terveyttä koskevat tiedot');
    expect(fi).not.toContain('Erityinen henkilötietoryhmä');
    const { markdown: sv } = renderer.render(await data(SENSITIVE), 'sv');
    expect(sv).toContain('Grund för behandling av känsliga uppgifter (12 § 1 mom. i personuppgiftslagen): 5)');
    const { markdown: en } = renderer.render(await data(SENSITIVE), 'en');
    expect(en).toContain('Ground for processing sensitive data (Personal Data Act, section 12(1)): 1) express consent');
  });

  it('social-welfare data (HetiL 11 § 6 k.) is sensitive under the Act, with its 12 § ground; a GDPR notice does not call it special', () => {
    const yaml = `data_categories: { items: [{ description: Sosiaalipalvelut, special_category: social_welfare }] }
legal_basis: { items: [{ basis: hetil_8_1, hetil_points: [4], hetil_12: 12 }] }`;
    const { markdown } = renderer.render(hetilNotice(yaml), 'fi');
    expect(markdown).toContain(
      'Arkaluonteinen tieto: Sosiaalihuollon tarvetta, palveluja, tukitoimia ja etuuksia koskevat tiedot',
    );
    expect(markdown).toContain(
      '12) sosiaalihuollon viranomaisen, laitoksen tai palvelujen tuottajan toiminnassaan saamat tiedot rekisteröidyn sosiaalihuollosta',
    );
    const gdpr = renderer.render(hetilNotice(yaml), 'fi', 'gdpr').markdown;
    expect(gdpr).not.toContain('Erityinen henkilötietoryhmä');
    expect(gdpr).not.toContain('Sosiaalihuollon tarvetta');
  });

  it('reviewed golden files of a HetiL notice with sensitive data (fi, sv, en)', async () => {
    for (const language of LANGUAGES) {
      const { markdown, html } = renderer.render(await data(SENSITIVE), language);
      await expect(markdown).toMatchFileSnapshot(`golden/hetil-sensitive.${language}.md`);
      await expect(html).toMatchFileSnapshot(`golden/hetil-sensitive.${language}.html`);
    }
  });
});

describe('HetiL rights and complaint cite the Act as it stood, in both voices', () => {
  const yaml = `purposes: { items: [{ description: Uutiskirje, direct_marketing: true }] }
rights: { standard: true }
complaint: { standard: true }
`;
  const sections = {
    fi: ['26 §', '29 §', '30 §'],
    sv: ['26 §', '29 §', '30 §'],
    en: ['section 26', 'section 29', 'section 30'],
  };
  const reader = { fi: 'Voit tarkastaa', sv: 'Du kan kontrollera', en: 'You can check' };
  const neutral = {
    fi: 'Rekisteröity voi tarkastaa',
    sv: 'Den registrerade kan kontrollera',
    en: 'The data subject can check',
  };
  const ombudsman = {
    fi: 'tietosuojavaltuutetun käsiteltäväksi',
    sv: 'dataombudsmannen',
    en: 'Data Protection Ombudsman',
  };
  for (const language of LANGUAGES) {
    it(`${language}: tarkastusoikeus 26 §, correction 29 §, kielto-oikeus 30 §; reader by default, neutral on request`, () => {
      const byDefault = renderer.render(hetilNotice(yaml, language), language).markdown;
      for (const section of sections[language]) expect(byDefault).toContain(section);
      expect(byDefault).toContain(reader[language]);
      expect(byDefault).toContain(ombudsman[language]);
      const neutralNotice = hetilNotice(yaml, language);
      (neutralNotice.notice as { voice?: string }).voice = 'neutral';
      const inNeutral = renderer.render(neutralNotice, language).markdown;
      expect(inNeutral).toContain(neutral[language]);
      expect(inNeutral).not.toContain(reader[language]);
      for (const section of sections[language]) expect(inNeutral).toContain(section);
    });
  }
});

async function findings(file: string, profile?: 'gdpr') {
  const loaded = await loadNotice(file);
  return validateNotice(loaded, { today: FIXED_TODAY, ...(profile ? { profile } : {}) });
}

describe('under its own profile a HetiL notice is not told that HetiL is repealed', () => {
  for (const file of [...HETIL_EXAMPLES.map((f) => join(ROOT, 'examples', f)), SENSITIVE]) {
    it(file.split('/').pop()!, async () => {
      const own = await findings(file);
      expect(own.filter((d) => d.code === 'PROFILE_DATE_MISMATCH' || d.code === 'HETIL_REPEALED')).toEqual([]);
      // Other repealed laws are still findings (LPOnet cites the law that 917/2014 replaced in 2015).
      const aboutHetil = (m: string) =>
        /Henkilötietolaki|Personal Data Act/.test(m) && /repeal|out of date|no longer|replaced|displaced/i.test(m);
      expect(own.filter((d) => aboutHetil(d.message))).toEqual([]);
    });
  }

  it('a hetil notice dated after the Act ceased to apply (from 1.1.2019) is still a date out of its profile', async () => {
    const loaded = loadNoticeBytes('notice: { languages: [fi], profile: hetil, created: "2020-01-01" }\n', 't.yaml');
    const codes = (await validateNotice(loaded, { today: FIXED_TODAY })).map((d) => d.code);
    expect(codes).toContain('PROFILE_DATE_MISMATCH');
  });

  it('says the Act was displaced by the GDPR on 25.5.2018 and repealed on 1.1.2019, in each message about it', async () => {
    const saysIt =
      /displaced the Personal Data Act on 2018-05-25 and the Act was repealed on 2019-01-01|GDPR displaced on 2018-05-25 and Tietosuojalaki 1050\/2018 repealed on 2019-01-01/;
    const old = loadNoticeBytes('notice: { languages: [fi], profile: hetil, created: "2020-01-01" }\n', 't.yaml');
    const mismatch = (await validateNotice(old, { today: FIXED_TODAY })).find(
      (d) => d.code === 'PROFILE_DATE_MISMATCH',
    )!;
    expect(mismatch.message).toMatch(saysIt);
    const cited = loadNoticeBytes(
      'notice: { languages: [fi], created: "2024-01-01" }\npurposes: { text: Käsittelemme tietoja henkilötietolain mukaisesti. }\n',
      't.yaml',
    );
    const citation = (await validateNotice(cited, { today: FIXED_TODAY })).find(
      (d) => d.code === 'REPEALED_LAW_CITED',
    )!;
    expect(citation.message).toMatch(saysIt);
  });

  it('GDPR fields in a HetiL notice are findings at their place, naming the HetiL field to use', async () => {
    const loaded = loadNoticeBytes(
      `notice: { languages: [fi], profile: hetil, created: "2016-01-01" }
purposes: { items: [{ id: p, description: Asiakassuhde }] }
data_categories: { items: [{ description: Terveystiedot, special_category: health }] }
legal_basis:
  items:
    - { basis: consent, purposes: [p], article_9_2: a }
`,
      't.yaml',
    );
    const found = await validateNotice(loaded, { today: FIXED_TODAY });
    const basis = found.find((d) => d.code === 'LEGAL_BASIS_GDPR')!;
    expect([basis.line, basis.column, basis.path]).toEqual([6, 16, '/legal_basis/items/0/basis']);
    expect(basis.hint).toContain('hetil_8_1');
    expect(basis.hint).toContain('[1]');
    const ground = found.find((d) => d.code === 'SENSITIVE_GROUND_GDPR')!;
    expect(ground.path).toBe('/legal_basis/items/0/article_9_2');
    expect(ground.hint).toContain('hetil_12');
    // The data has a ground, in the wrong field: said once, at the field.
    expect(found.map((d) => d.code)).not.toContain('SPECIAL_CATEGORY_WITHOUT_BASIS');
  });
});

describe('the migration view (--profile gdpr) says what a HetiL notice lacks today, each thing once', () => {
  for (const name of HETIL_EXAMPLES) {
    it(name, async () => {
      const file = join(ROOT, 'examples', name);
      const migration = await findings(file, 'gdpr');
      const repealed = migration.filter((d) => d.code === 'HETIL_REPEALED');
      expect(repealed).toHaveLength(1);
      expect(repealed[0]!.path).toBe('/notice/profile');
      expect(repealed[0]!.message).toMatch(/displaced on 2018-05-25 .*repealed on 2019-01-01/);
      expect(migration.map((d) => d.code)).not.toContain('PROFILE_DATE_MISMATCH');
      // Every finding has its place, and no finding is said twice at one place.
      const keys = migration.map((d) => `${d.code} ${d.path}`);
      expect(keys.length).toBe(new Set(keys).size);
      for (const d of migration) expect(d.line).toBeGreaterThan(0);
      // A 10 § register description lacks the GDPR's own items.
      const codes = new Set(migration.map((d) => d.code));
      for (const code of ['PROVISION_REQUIREMENT_MISSING', 'TRANSFER_DETAILS_MISSING']) expect(codes).toContain(code);
    });
  }

  it('a HetiL ground is reported once, as the field to replace', async () => {
    const migration = await findings(SENSITIVE, 'gdpr');
    const legacy = migration.filter((d) => d.code === 'LEGAL_BASIS_LEGACY' || d.code === 'SENSITIVE_GROUND_LEGACY');
    expect(legacy.map((d) => d.path).sort()).toEqual([
      '/legal_basis/items/0/basis',
      '/legal_basis/items/0/hetil_12',
      '/legal_basis/items/1/basis',
      '/legal_basis/items/1/hetil_12',
    ]);
    expect(migration.map((d) => d.code)).not.toContain('SPECIAL_CATEGORY_WITHOUT_BASIS');
    expect(readFileSync(SENSITIVE, 'utf8')).toContain('profile: hetil');
  });
});
