import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNotice, loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { validateNotice } from '../src/validate/index.js';
import { FIXED_TODAY, ROOT } from './helpers.js';

// More than one of a thing (issue 12): joint controllers (GDPR Art. 26), several data protection
// officers, addresses of several kinds, and a representative that is shown as what it is.

const renderer = createRenderer({ version: 'test' });
const JOINT = join(ROOT, 'test/fixtures/several/joint-authorities.yaml');

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}
const markdown = (n: Notice, language: 'fi' | 'sv' | 'en') => renderer.render(n, language).markdown;
/** The text of one section of a Markdown notice, from its heading to the next. */
const section = (md: string, heading: string) =>
  md.split(/^## /m).find((s) => s.replace(/^\d+\. /, '').startsWith(heading));

describe('joint controllers: two public authorities running one register (fi + sv)', () => {
  it('validates with no findings', async () => {
    expect(await validateNotice(await loadNotice(JOINT), { today: FIXED_TODAY })).toEqual([]);
  });

  const expected = {
    fi: {
      heading: 'Rekisterinpitäjät',
      names: ['Esimerkkilän kaupunki', 'Mallilan kunta'],
      arrangement: 'Rekisterinpitäjien välinen järjestely',
      arrangementText: 'kaupunki vastaa kirjastojärjestelmästä',
      contactPoint: 'Yhteyspisteenä sinulle tätä rekisteriä koskevissa asioissa toimii **Esimerkkilän kaupunki**.',
      dpoHeading: 'Tietosuojavastaavat',
      addresses: ['Postiosoite: PL 20, 99100 Esimerkkilä', 'Käyntiosoite: Torikatu 1, 99100 Esimerkkilä'],
    },
    sv: {
      heading: 'Personuppgiftsansvariga',
      names: ['Exempelby stad', 'Modellby kommun'],
      arrangement: 'Arrangemanget mellan de personuppgiftsansvariga',
      arrangementText: 'staden ansvarar för bibliotekssystemet',
      contactPoint: 'Din kontaktpunkt i frågor som gäller detta register är **Exempelby stad**.',
      dpoHeading: 'Dataskyddsombud',
      addresses: ['Postadress: PB 20, 99100 Exempelby', 'Besöksadress: Torggatan 1, 99100 Exempelby'],
    },
  } as const;

  for (const language of ['fi', 'sv'] as const) {
    const want = expected[language];

    it(`${language}: Markdown and HTML are as reviewed (update only on purpose: vitest -u, then review the diff)`, async () => {
      const rendered = renderer.render((await loadNotice(JOINT)).data as unknown as Notice, language);
      await expect(rendered.markdown).toMatchFileSnapshot(`golden/joint-authorities.${language}.md`);
      await expect(rendered.html).toMatchFileSnapshot(`golden/joint-authorities.${language}.html`);
    });

    it(`${language} Markdown: both controllers with their details, the arrangement and the contact point, under a plural heading`, async () => {
      const md = markdown((await loadNotice(JOINT)).data as unknown as Notice, language);
      expect(md).toMatch(new RegExp(`^## 1\\. ${want.heading}$`, 'm'));
      const controllers = section(md, want.heading)!;
      expect(controllers).toContain(`**${want.names[0]}**`);
      expect(controllers).toContain(`**${want.names[1]}**`);
      expect(controllers).toContain('0201256-6');
      expect(controllers).toContain('0204819-8');
      for (const line of want.addresses) expect(controllers).toContain(`- ${line}`);
      expect(controllers).toContain(`**${want.arrangement}**`);
      expect(controllers).toContain(want.arrangementText);
      expect(controllers.trimEnd().endsWith(want.contactPoint)).toBe(true);
      expect(md).toMatch(new RegExp(`^## 2\\. ${want.dpoHeading}$`, 'm'));
    });

    it(`${language} HTML: the same, with both names in the page title and the author`, async () => {
      const html = renderer.render((await loadNotice(JOINT)).data as unknown as Notice, language).html;
      expect(html).toMatch(new RegExp(`<h2 id="[^"]+">1\\. ${want.heading}</h2>`));
      expect(html).toContain(`<strong>${want.names[0]}</strong>`);
      expect(html).toContain(`<strong>${want.names[1]}</strong>`);
      expect(html).toContain(`<p><strong>${want.arrangement}</strong></p>`);
      expect(html).toContain(`<meta name="author" content="${want.names[0]}, ${want.names[1]}">`);
      expect(html).toMatch(new RegExp(`<title>[^<]+ – ${want.names[0]}, ${want.names[1]}</title>`));
    });
  }

  it('under the hetil profile the Swedish heading is the old term, in the plural', () => {
    const n = notice(`notice: { languages: [sv], profile: hetil }
controller: { name: A stad, email: a@a.example }
joint_controllers: [{ name: B kommun, email: b@b.example }]
`);
    expect(markdown(n, 'sv')).toMatch(/^## 1\. Registeransvariga$/m);
  });

  it('in the neutral voice the contact point names the data subjects, not "you"', () => {
    const n = notice(`notice: { languages: [fi, sv, en] }
controller: { name: A, email: a@a.example }
joint_controllers: [{ name: B, email: b@b.example, contact_point: true }]
`);
    (n.notice as { voice?: string }).voice = 'neutral';
    expect(markdown(n, 'fi')).toContain(
      'Yhteyspisteenä rekisteröidyille tätä rekisteriä koskevissa asioissa toimii **B**.',
    );
    expect(markdown(n, 'sv')).toContain(
      'Kontaktpunkten för de registrerade i frågor som gäller detta register är **B**.',
    );
    expect(markdown(n, 'en')).toContain(
      'The contact point for data subjects in matters concerning this register is **B**.',
    );
  });

  it('one controller keeps the singular heading, and says nothing of a contact point or an arrangement', () => {
    const n = notice(`notice: { languages: [en] }
controller: { name: A, email: a@a.example, contact_point: true }
`);
    const md = markdown(n, 'en');
    expect(md).toMatch(/^## 1\. Controller$/m);
    expect(md).not.toMatch(/contact point|Arrangement/);
  });

  it('without a joint arrangement or a contact point, neither is invented', () => {
    const n = notice(`notice: { languages: [en] }
controller: { name: A, email: a@a.example }
joint_controllers: [{ name: B, email: b@b.example }]
`);
    const md = markdown(n, 'en');
    expect(md).toMatch(/^## 1\. Controllers$/m);
    expect(md).not.toMatch(/contact point|Arrangement/);
  });
});

describe('several data protection officers', () => {
  const dpo = (body: string) =>
    markdown(
      notice(`notice: { languages: [en] }\ncontact_person: { name: Cee, email: c@x.example }\ndpo:\n${body}`),
      'en',
    );

  it('the officer given directly and those under `officers` are all shown, under a plural heading', () => {
    const md = dpo(`  designated: true
  name: Ann
  email: ann@x.example
  officers:
    - { name: Bob, phone: "09 123 4567" }
    - { name: Cid, email: cid@x.example }
`);
    const officers = section(md, 'Data protection officers')!;
    expect(officers).toBeDefined();
    for (const name of ['**Ann**', '**Bob**', '**Cid**']) expect(officers).toContain(name);
    expect(officers).toContain('Phone: +358 9 123 4567');
  });

  it('one officer under `officers` keeps the singular heading', () => {
    expect(dpo('  designated: true\n  officers: [{ name: Bob, email: bob@x.example }]\n')).toMatch(
      /^## \d+\. Data protection officer$/m,
    );
  });

  it('`same_as_contact_person` with further officers: the statement, then the others, in the plural', () => {
    const md = dpo(
      '  designated: true\n  same_as_contact_person: true\n  officers: [{ name: Bob, email: bob@x.example }]\n',
    );
    const officers = section(md, 'Data protection officers')!;
    expect(officers).toContain('The contact person above is also our data protection officer.');
    expect(officers).toContain('**Bob**');
  });

  it('`designated: false` still says that none is designated', () => {
    expect(dpo('  designated: false\n')).toContain('We have not designated a data protection officer.');
  });
});

describe('addresses with their kind', () => {
  const yaml = `notice: { languages: [fi, sv, en] }
contact_person:
  name: Cee
  address: { street: Kuja 1, postal_code: "00100", city: Helsinki }
  addresses:
    - { kind: visiting, street: Katu 2, postal_code: "00100", city: { fi: Helsinki, sv: Helsingfors, en: Helsinki } }
    - { kind: billing, po_box: "7", postal_code: "00101", city: Helsinki }
    - { kind: postal, street: Väg 3, postal_code: "111 22", city: Stockholm, country: SE }
`;
  it.each([
    [
      'fi',
      [
        'Osoite: Kuja 1, 00100 Helsinki',
        'Käyntiosoite: Katu 2, 00100 Helsinki',
        'Laskutusosoite: PL 7, 00101 Helsinki',
        'Postiosoite: Väg 3, 111 22 Stockholm, Ruotsi',
      ],
    ],
    [
      'sv',
      [
        'Adress: Kuja 1, 00100 Helsinki',
        'Besöksadress: Katu 2, 00100 Helsingfors',
        'Faktureringsadress: PB 7, 00101 Helsinki',
        'Postadress: Väg 3, 111 22 Stockholm, Sverige',
      ],
    ],
    [
      'en',
      [
        'Address: Kuja 1, FI-00100 Helsinki, Finland',
        'Visiting address: Katu 2, FI-00100 Helsinki, Finland',
        'Billing address: P.O. Box 7, FI-00101 Helsinki, Finland',
        'Postal address: Väg 3, 111 22 Stockholm, Sweden',
      ],
    ],
  ] as const)('%s: each address under the label of its kind, after the plain `address`', (language, lines) => {
    const md = markdown(notice(yaml), language);
    expect(md).toContain(lines.map((l) => `- ${l}`).join('\n'));
  });
});

describe('the representative and the contact person are shown as what they are', () => {
  const n = notice(`notice: { languages: [fi, en] }
controller:
  name: Example Inc.
  address: { street: 1 Main Street, postal_code: "10001", city: New York, country: US }
  representative: { name: Edustus Oy, email: edustus@x.example }
contact_person: { name: Cee, email: c@x.example }
`);
  it('the Art. 27 representative is labelled, under the controller', () => {
    expect(section(markdown(n, 'fi'), 'Rekisterinpitäjä')).toContain('Edustaja: **Edustus Oy**');
    expect(section(markdown(n, 'en'), 'Controller')).toContain('Representative: **Edustus Oy**');
  });
  it('the contact person has its own section and is never called a representative', () => {
    const person = section(markdown(n, 'en'), 'Contact person')!;
    expect(person).toContain('**Cee**');
    expect(person).not.toMatch(/Representative/);
  });
});
