import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNotice, loadNoticeBytes } from '../src/load/index.js';
import { isNoticeError, type NoticeError } from '../src/errors.js';
import { createRenderer } from '../src/render/index.js';
import { ROOT, tempDir } from './helpers.js';

const renderer = createRenderer({ version: 'test' });

async function example(name: string): Promise<Notice> {
  return (await loadNotice(join(ROOT, 'examples', name))).data as unknown as Notice;
}

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

describe('the complete example, reviewed golden files', () => {
  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`${language}: Markdown and HTML are as reviewed (update only on purpose: vitest -u, then review the diff)`, async () => {
      const rendered = renderer.render(await example('complete.yaml'), language);
      await expect(rendered.markdown).toMatchFileSnapshot(`golden/complete.${language}.md`);
      await expect(rendered.html).toMatchFileSnapshot(`golden/complete.${language}.html`);
    });
  }

  it('renders the same bytes every time', async () => {
    const data = await example('complete.yaml');
    const first = renderer.render(data, 'sv');
    const second = createRenderer({ version: 'test' }).render(structuredClone(data), 'sv');
    expect(second.html).toBe(first.html);
    expect(second.markdown).toBe(first.markdown);
  });
});

describe('per-language formatting', () => {
  const base = `notice: { languages: [fi, sv, en], created: "2016-01-01", updated: "2018-05-25" }
controller:
  name: Esimerkki Oy
  address: { street: Kappelitie 6, postal_code: "02200", city: { fi: Espoo, sv: Esbo, en: Espoo }, po_box: "12" }
  phone: "019 505 81"
retention:
  items:
    - period: "P1Y6M"
`;
  it('fi: 1.1.2016, national phone number, PL box', () => {
    const md = renderer.render(notice(base), 'fi').markdown;
    expect(md).toContain('Laadittu 1.1.2016 · Päivitetty 25.5.2018');
    expect(md).toContain('Puhelin: 019 505 81');
    expect(md).toContain('Kappelitie 6, PL 12, 02200 Espoo');
    expect(md).toContain('**1 vuosi 6 kuukautta**');
  });
  it('sv: Swedish place names and PB box', () => {
    const md = renderer.render(notice(base), 'sv').markdown;
    expect(md).toContain('Kappelitie 6, PB 12, 02200 Esbo');
    expect(md).toContain('25.5.2018');
  });
  it('en: 1 January 2016, international phone number, country in the address', () => {
    const md = renderer.render(notice(base), 'en').markdown;
    expect(md).toContain('1 January 2016');
    expect(md).toContain('25 May 2018');
    expect(md).toContain('+358 19 505 81');
    expect(md).toContain('Kappelitie 6, P.O. Box 12, FI-02200 Espoo, Finland');
    expect(md).toContain('**1 year 6 months**');
  });
});

describe('phone numbers as the author wrote them', () => {
  const written = (phone: string) =>
    notice(`notice: { languages: [fi, sv, en] }\ncontroller: { name: Esimerkki Oy, phone: "${phone}" }\n`);
  it('fi and sv keep the written form, international ones too; en makes a Finnish number international', () => {
    const international = written('+358 (0)9 3157 6885');
    expect(renderer.render(international, 'fi').markdown).toContain('Puhelin: +358 (0)9 3157 6885');
    expect(renderer.render(international, 'sv').markdown).toContain('Telefon: +358 (0)9 3157 6885');
    expect(renderer.render(international, 'en').markdown).toContain('Phone: +358 9 3157 6885');
    expect(renderer.render(written('0456-383370'), 'fi').markdown).toContain('Puhelin: 0456-383370');
  });
});

describe('notice.introduction: text of its own before the first section', () => {
  const introduced = notice(`notice:
  languages: [fi]
  introduction: |
    Tämä seloste koskee yhdistyksen tapahtumia.
    Päivitetty hallituksen kokouksessa.
controller: { name: Esimerkki ry, email: info@esimerkki.example }
register_name: Osallistujarekisteri
`);
  it('comes after the title block and before section 1, its line break kept, in Markdown and HTML', () => {
    const rendered = renderer.render(introduced, 'fi');
    expect(rendered.markdown).toMatch(
      /^# .*\n\n.*\n\nTämä seloste koskee yhdistyksen tapahtumia\.\\\nPäivitetty hallituksen kokouksessa\.\n\n## 1\. /m,
    );
    const fragment = rendered.fragment;
    const intro = fragment.indexOf('<p>Tämä seloste koskee yhdistyksen tapahtumia.<br>');
    expect(intro).toBeGreaterThan(fragment.indexOf('<h1'));
    // The table of contents lists the sections; the introduction stands above it with the title.
    expect(intro).toBeLessThan(fragment.indexOf('<nav'));
  });
});

describe("an item's lead: a second lead-in inside a list", () => {
  const sources = notice(`notice: { languages: [fi] }
sources:
  text: "Tietolähteitä ovat:"
  items:
    - { from: data_subject, description: asiakkaan ilmoittamat tiedot }
    - { from: third_party, lead: "Muualta hankittavat tiedot:", name: YTJ, description: Y-tunnus }
    - { from: third_party, name: Asiakastieto, description: maksukyky }
`);
  it('ends the list so far with a line of its own, and the list goes on after it, in Markdown and HTML', () => {
    const rendered = renderer.render(sources, 'fi');
    expect(rendered.markdown).toContain(
      '- asiakkaan ilmoittamat tiedot\n\nMuualta hankittavat tiedot:\n\n- **YTJ**: Y-tunnus\n- **Asiakastieto**: maksukyky',
    );
    expect(rendered.html).toMatch(
      /<li>asiakkaan ilmoittamat tiedot<\/li>\n<\/ul>\n<p>Muualta hankittavat tiedot:<\/p>\n<ul>\n<li><strong>YTJ<\/strong>: Y-tunnus<\/li>\n<li><strong>Asiakastieto/,
    );
  });
});

describe('built-in texts follow the legal bases', () => {
  const withBases = (bases: string) =>
    notice(`notice: { languages: [en] }
purposes: { items: [{ id: p, description: Service }] }
legal_basis: { items: [${bases}] }
rights: { standard: true }
`);
  const headings = (n: Notice) => [...renderer.render(n, 'en').markdown.matchAll(/^#{2,3} (.*)$/gm)].map((m) => m[1]!);

  it('contract: portability, no objection, no withdrawal; the complaint comes with the rights', () => {
    const h = headings(withBases('{ basis: contract, purposes: [p] }'));
    expect(h).toEqual(expect.arrayContaining(['Right of access', 'Right to data portability']));
    expect(h.join('|')).not.toMatch(/object|withdraw/i);
    expect(h.some((x) => /complain/i.test(x))).toBe(true);
  });
  it('legitimate interests: the right to object has a section of its own, in a box', () => {
    const n = withBases('{ basis: legitimate_interests, purposes: [p], interest: Security }');
    const md = renderer.render(n, 'en').markdown;
    expect(headings(n).filter((x) => /object/i.test(x))).toHaveLength(1);
    expect(md).toMatch(/^## \d+\. Right to object\n\n> .+/m);
    expect(headings(n).join('|')).not.toMatch(/portability/i);
  });
  it('consent: withdrawal is explained', () => {
    expect(headings(withBases('{ basis: consent, purposes: [p] }')).join('|')).toMatch(/withdraw consent/i);
  });
  it("hetil profile: the old Act's title and rights, no GDPR answer-time text", () => {
    const n = notice(`notice: { languages: [fi], profile: hetil, document_type: tietosuojaseloste }
rights: { standard: true }
`);
    const md = renderer.render(n, 'fi').markdown;
    expect(md).toMatch(/^# Tietosuojaseloste\n\nHenkilötietolaki \(523\/1999\) 10 ja 24 §/);
    expect(md).not.toContain('kuukauden');
  });
});

describe('"no regular disclosures" is not "nobody"', () => {
  const yaml = (recipients: string) =>
    `notice: { languages: [fi, sv, en], profile: hetil }\nrecipients:\n${recipients}\nregister_name: Asiakasrekisteri\n`;

  it("said in the notice's words when it has them, and nothing of notice's own beside them", () => {
    const own = notice(yaml('  regular_disclosures: false\n  text: Ei säännönmukaisia luovutuksia.'));
    const markdown = renderer.render(own, 'fi').markdown;
    expect(markdown).toContain('Ei säännönmukaisia luovutuksia.');
    expect(markdown).not.toContain('Tietoja ei luovuteta säännönmukaisesti.');
    expect(markdown).not.toContain('Emme luovuta tietoja kenellekään.');
  });

  it('said by notice in each language when the notice has no words of its own, never as "nobody"', () => {
    const bare = notice(yaml('  regular_disclosures: false'));
    expect(renderer.render(bare, 'fi').markdown).toContain('Tietoja ei luovuteta säännönmukaisesti.');
    expect(renderer.render(bare, 'sv').markdown).toContain('Uppgifterna lämnas inte ut regelbundet.');
    expect(renderer.render(bare, 'en').markdown).toContain('There are no regular disclosures of the data.');
    expect(renderer.render(bare, 'fi').markdown).not.toContain('kenellekään');
  });
});

describe('drafts', () => {
  it('a notice with TODO placeholders is marked as a draft in every output', () => {
    const n = notice('notice: { languages: [fi] }\nretention: { items: [{ criteria: "TODO: kuinka kauan" }] }\n');
    const rendered = renderer.render(n, 'fi');
    expect(rendered.markdown.startsWith('> **Luonnos**\n')).toBe(true);
    expect(rendered.html).toContain('<strong>Luonnos</strong>');
    expect(renderer.render(notice('notice: { languages: [en] }\n'), 'en').markdown).not.toContain('Draft');
  });
});

describe('user templates', () => {
  it('replace the built-in file of the same name; the rest stay built-in', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'section-register_name.md.hbs'), 'REGISTER: {{text}}\n');
    const md = createRenderer({ templates: dir }).render(
      notice('notice: { languages: [fi] }\nregister_name: Asiakasrekisteri\n'),
      'fi',
    ).markdown;
    expect(md).toContain('REGISTER: Asiakasrekisteri');
    expect(md).toContain('# Tietosuojaseloste');
  });

  /** The NoticeError a render with these template files throws. */
  function templateFailure(files: Record<string, string>, yaml = 'notice: { languages: [fi] }\n'): NoticeError {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    try {
      createRenderer({ templates: dir }).render(notice(yaml), 'fi');
    } catch (error) {
      if (isNoticeError(error)) return Object.assign(error, { hint: error.hint?.replaceAll(dir, 'DIR') });
      throw error;
    }
    throw new Error('the render did not fail');
  }

  it('a template naming a field that does not exist fails with the template named (strict mode)', () => {
    const error = templateFailure({ 'notice.md.hbs': '# {{titel}}\n' });
    expect(error.code).toBe('TEMPLATE_ERROR');
    expect(error.message).toBe(
      'The template notice.md.hbs names "titel", which the view does not have (line 1, column 5).',
    );
  });

  it('a partial naming a field that does not exist is named itself, not the template that calls it', () => {
    const error = templateFailure(
      { 'partials/section-cookies.md.hbs': '{{#each items}}\n- {{nmae}}\n{{/each}}\n' },
      'notice: { languages: [fi] }\ncookies: { items: [{ name: sid }] }\n',
    );
    expect(error.code).toBe('TEMPLATE_ERROR');
    expect(error.message).toBe(
      'The template partials/section-cookies.md.hbs names "nmae", which the view does not have (line 2, column 5).',
    );
    expect(error.hint).toMatch(/README section "Templates".*The file is DIR\/partials\/section-cookies\.md\.hbs\.$/);
  });

  it('a partial that calls a partial that does not exist is named, with the missing one', () => {
    const error = templateFailure(
      { 'partials/section-register_name.md.hbs': '{{> register-box}}\n' },
      'notice: { languages: [fi] }\nregister_name: Asiakasrekisteri\n',
    );
    expect(error.code).toBe('TEMPLATE_ERROR');
    expect(error.message).toBe(
      'The template partials/section-register_name.md.hbs uses the partial "register-box", which does not exist.',
    );
    expect(error.hint).toMatch(/partials\/NAME\.md\.hbs/);
  });

  it('a partial that is not valid Handlebars is named, with the line', () => {
    const error = templateFailure(
      { 'partials/contact.md.hbs': 'ok\n{{#if name}}\n' },
      'notice: { languages: [fi] }\ncontroller: { name: A }\n',
    );
    expect(error.message).toMatch(
      /^The template partials\/contact\.md\.hbs is not valid Handlebars at line 3: Expecting .*\.$/,
    );
  });

  it('a missing templates folder is an error, not a silent fallback', () => {
    expect(() => createRenderer({ templates: join(tempDir(), 'nope') })).toThrow(/does not exist/);
  });
});

describe('transfers to an international organisation and on the Data Privacy Framework', () => {
  const data = notice(`notice: { languages: [en, fi], updated: "2026-12-01" }
transfers:
  status: intended
  items:
    - international_organisation: European Patent Organisation
      mechanism: adequacy
    - country: US
      mechanism: adequacy
      dpf_certified: true
    - country: US
      mechanism: compelling_legitimate_interests
      safeguards: { en: Deleted after 30 days., fi: Poistetaan 30 päivän kuluttua. }
      safeguard_copy: { en: Ask us., fi: Kysy meiltä. }
`);

  it('names the organisation, says the recipient is certified, and shows the safeguards', () => {
    const en = renderer.render(data, 'en').markdown;
    expect(en).toContain('European Patent Organisation');
    expect(en).toContain('Certified under the EU-US Data Privacy Framework: Yes');
    expect(en).toContain('Safeguards: Deleted after 30 days.');
    const fi = renderer.render(data, 'fi').markdown;
    expect(fi).toContain('Sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti');
    expect(fi).toContain('Suojatoimet: Poistetaan 30 päivän kuluttua.');
  });
});
