import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { Language, Notice } from '../src/generated/notice-types.js';
import { loadNotice, loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { codesAt, ROOT, validateText } from './helpers.js';

// layout: the notice's own order, headings, numbering and joined sections (README "Headings and layout"),
// and line breaks kept where the author wrote them.
const renderer = createRenderer({ version: 'test' });

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

/** The second-level headings as a reader sees them: in the Markdown read by commonmark.js, and in notice's HTML. */
function headings(data: Notice, language: Language = 'fi') {
  const rendered = renderer.render(data, language);
  const text = (html: string) =>
    [...html.matchAll(/<h2(?: id="([^"]*)")?>(.*?)<\/h2>/g)].map((m) => ({ id: m[1], text: decode(m[2]!) }));
  const markdown = text(new HtmlRenderer().render(new Parser().parse(rendered.markdown)));
  // notice's fragment: the first h2 is the table of contents.
  const html = text(rendered.fragment).slice(1);
  const toc = [...rendered.fragment.matchAll(/<li><a href="#([^"]*)">(.*?)<\/a><\/li>/g)].map((m) => ({
    id: m[1],
    text: decode(m[2]!),
  }));
  return { markdown: markdown.map((h) => h.text), html, toc, rendered };
}

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const BASE = `notice: { languages: [fi, sv, en] }
controller: { name: Esimerkki Oy, email: tietosuoja@esimerkki.example }
register_name: { fi: Asiakasrekisteri, sv: Kundregister, en: Customer register }
purposes:
  items:
    - id: service
      description: { fi: Palvelun tuottaminen, sv: Att tillhandahålla tjänsten, en: Providing the service }
legal_basis:
  items:
    - basis: contract
      purposes: [service]
recipients:
  items:
    - category: { fi: Tilitoimisto, sv: Bokföringsbyrå, en: Accounting firm }
transfers: { status: none }
retention:
  items:
    - period: P2Y
security:
  items:
    - { fi: Salasanat, sv: Lösenord, en: Passwords }
`;

describe('layout: headings of the notice’s own', () => {
  it('a heading per language replaces the built-in one; sections without one keep the built-in heading', () => {
    const data = notice(
      `${BASE}layout:
  headings:
    purposes: { fi: Mihin tietoja käytetään?, sv: Vad används uppgifterna till?, en: What is the data used for? }
`,
    );
    expect(headings(data, 'fi').markdown).toContain('3. Mihin tietoja käytetään?');
    expect(headings(data, 'sv').markdown).toContain('3. Vad används uppgifterna till?');
    expect(headings(data, 'en').markdown).toContain('3. What is the data used for?');
    expect(headings(data, 'fi').markdown).toContain('1. Rekisterinpitäjä');
    expect(headings(data, 'en').html.map((h) => h.text)).toContain('3. What is the data used for?');
  });

  it('label, question and list-line headings stay as written and are headings, in Markdown and in HTML', () => {
    const data = notice(
      `${BASE}layout:
  numbered: false
  headings:
    controller: { fi: "1) Rekisterinpitäjä", sv: "1. Personuppgiftsansvarig", en: "- Controller" }
    register_name: { fi: "Rekisterin nimi:", sv: "Registrets namn:", en: "+ Name of the register" }
    purposes: { fi: "Mitä tietoja käsittelemme?", sv: "# Ändamål #", en: "* Purposes" }
`,
    );
    const expected = {
      fi: ['1) Rekisterinpitäjä', 'Rekisterin nimi:', 'Mitä tietoja käsittelemme?'],
      sv: ['1. Personuppgiftsansvarig', 'Registrets namn:', '# Ändamål #'],
      en: ['- Controller', '+ Name of the register', '* Purposes'],
    };
    for (const language of ['fi', 'sv', 'en'] as const) {
      const found = headings(data, language);
      expect(found.markdown.slice(0, 3), language).toEqual(expected[language]);
      expect(
        found.html.slice(0, 3).map((h) => h.text),
        language,
      ).toEqual(expected[language]);
      expect(
        found.toc.slice(0, 3).map((h) => h.text),
        language,
      ).toEqual(expected[language]);
      // One h2 per section and nothing more: no heading text became a list or a paragraph.
      expect(found.html.length, language).toBe(found.rendered.view.sections.length);
      expect(found.markdown.length, language).toBe(found.rendered.view.sections.length);
    }
  });

  it('headings keep unique, stable ids that the table of contents links to', () => {
    const data = notice(
      `${BASE}layout:
  numbered: false
  headings:
    purposes: { fi: Tiedot, sv: Uppgifter, en: Data }
    legal_basis: { fi: Tiedot, sv: Uppgifter, en: Data }
`,
    );
    const first = headings(data, 'fi');
    const ids = first.html.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('tiedot');
    expect(ids).toContain('tiedot-2');
    expect(first.toc.map((h) => h.id)).toEqual(ids);
    expect(headings(structuredClone(data), 'fi').html).toEqual(first.html);
  });
});

describe('layout: order, numbering, joined sections', () => {
  it('order sets the sequence and the numbers follow it', () => {
    const data = notice(`${BASE}layout:\n  order: [register_name, controller, purposes, legal_basis]\n`);
    expect(headings(data, 'fi').markdown.slice(0, 4)).toEqual([
      '1. Rekisterin nimi',
      '2. Rekisterinpitäjä',
      '3. Henkilötietojen käsittelyn tarkoitukset',
      '4. Käsittelyn oikeusperuste',
    ]);
  });

  it('sections with content that order leaves out follow the listed ones in the standard order, and validate warns', async () => {
    const yaml = `${BASE}layout:\n  order: [register_name, purposes]\n`;
    expect(headings(notice(yaml), 'en').markdown).toEqual([
      '1. Name of the register / processing activity',
      '2. Purposes of the processing',
      '3. Controller',
      '4. Legal basis for the processing',
      '5. Recipients and regular disclosures',
      '6. Transfers outside the EU/EEA',
      '7. Retention period',
      '8. Principles of data security',
    ]);
    const line = yaml.split('\n').findIndex((l) => l.includes('order:')) + 1;
    expect(codesAt((await validateText(yaml)).filter((d) => d.code === 'LAYOUT_SECTION_UNLISTED'))).toEqual(
      ['controller', 'legal_basis', 'recipients', 'transfers', 'retention', 'security'].map(
        () => `LAYOUT_SECTION_UNLISTED ${line}:3`,
      ),
    );
  });

  it('numbered: false shows the headings without numbers', () => {
    const data = notice(`${BASE}layout:\n  numbered: false\n`);
    const found = headings(data, 'sv');
    expect(found.markdown[0]).toBe('Personuppgiftsansvarig');
    expect(found.markdown.every((h) => !/^\d/.test(h))).toBe(true);
    expect(found.html[0]!.text).toBe('Personuppgiftsansvarig');
  });

  it('joined sections share one heading and run as one section, their contents one after the other', () => {
    const data = notice(
      `${BASE}layout:
  order: [controller, register_name, purposes+legal_basis, recipients+transfers, security+retention]
  headings:
    recipients+transfers: { fi: Kenelle tietoja luovutetaan?, sv: Vem får uppgifterna?, en: Who receives the data? }
`,
    );
    const fi = headings(data, 'fi');
    expect(fi.markdown).toEqual([
      '1. Rekisterinpitäjä',
      '2. Rekisterin nimi',
      // Without a heading of its own: the built-in headings joined.
      '3. Henkilötietojen käsittelyn tarkoitukset ja käsittelyn oikeusperuste',
      '4. Kenelle tietoja luovutetaan?',
      '5. Rekisterin suojauksen periaatteet ja henkilötietojen säilytysaika',
    ]);
    expect(headings(data, 'en').markdown[2]).toBe('3. Purposes of the processing and legal basis for the processing');
    expect(headings(data, 'en').markdown[4]).toBe('5. Principles of data security and retention period');
    const html = fi.rendered.fragment;
    const section = (n: number) => html.split(/<h2 id=/)[n]!;
    // Each part keeps its own content, in order: recipients' list, then the transfers statement.
    expect(section(4)).toMatch(/Tilitoimisto[\s\S]*Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle/);
    // Security's list and retention's list stay two lists, not one list run together.
    expect(section(5).match(/<ul>/g)!.length).toBeGreaterThanOrEqual(2);
    expect(section(5)).toMatch(/<li>Salasanat<\/li>\s*<\/ul>[\s\S]*<ul>\s*<li><strong>2 vuotta/);
    expect(fi.rendered.view.sections[2]!.key).toBe('combined');
    expect(fi.rendered.view.sections[2]!.parts.map((p) => p.key)).toEqual(['purposes', 'legal_basis']);
  });

  it('the register name stays in the page and PDF metadata when it is joined with another section', () => {
    const data = notice(`${BASE}layout:\n  order: [controller+register_name]\n`);
    expect(renderer.render(data, 'sv').meta.keywords).toContain('Kundregister');
    expect(headings(data, 'sv').markdown[0]).toBe('1. Personuppgiftsansvarig och registrets namn');
  });

  it('an extra section stands in the middle by its id; without order, after still places it', () => {
    const extras = `extra_sections:
  - id: cookies_info
    title: { fi: Evästeet sivustolla, sv: Kakor, en: Cookies on the site }
    text: { fi: Ei evästeitä., sv: Inga kakor., en: No cookies. }
    after: security
`;
    const ordered = notice(`${BASE}${extras}layout:\n  order: [controller, cookies_info, register_name]\n`);
    expect(headings(ordered, 'en').markdown.slice(0, 3)).toEqual([
      '1. Controller',
      '2. Cookies on the site',
      '3. Name of the register / processing activity',
    ]);
    const byAfter = headings(notice(`${BASE}${extras}`), 'en').markdown;
    expect(byAfter.at(-1)).toBe('9. Cookies on the site');
    expect(byAfter.at(-2)).toBe('8. Principles of data security');
  });
});

describe('line breaks in texts', () => {
  const address = `notice: { languages: [en] }
controller:
  name: Example Association
  text: |
    Example Association
    c/o Jane Doe
    Example Street 1
    00100 Helsinki

    Second paragraph
    goes on here.
    - a list item
      on two lines
    - another item
security:
  text: >
    Folded text
    is one line.
`;

  it('a literal block keeps its lines: four lines of an address are four lines in HTML', () => {
    const { fragment, markdown } = renderer.render(notice(address), 'en');
    expect(fragment).toContain('<p>Example Association<br>c/o Jane Doe<br>Example Street 1<br>00100 Helsinki</p>');
    expect(fragment).toContain('<p>Second paragraph<br>goes on here.</p>');
    // List items stay list items; a line break inside one is kept.
    expect(fragment).toMatch(/<li>a list item<br>on two lines<\/li>\s*<li>another item<\/li>/);
    // Folded text is folded by YAML: no break.
    expect(fragment).toContain('<p>Folded text is one line.</p>');
    // GitHub and other readers see the same breaks in the Markdown.
    expect(new HtmlRenderer().render(new Parser().parse(markdown))).toContain(
      'Example Association<br />\nc/o Jane Doe<br />\nExample Street 1<br />\n00100 Helsinki',
    );
  });

  it('tables and quotes are left as tables and quotes', () => {
    const data = notice(`notice: { languages: [en] }
security:
  text: |
    | measure | where |
    |---|---|
    | locks | office |
    > quoted
    > on two lines
`);
    const { fragment } = renderer.render(data, 'en');
    expect(fragment).toMatch(/<td>locks<\/td>\s*<td>office<\/td>/);
    expect(fragment).toMatch(/<blockquote>\s*<p>quoted<br>on two lines<\/p>/);
  });
});

describe('layout findings', () => {
  it('a heading of the notice’s own in a language the notice lacks is reported at its place', async () => {
    const yaml = `notice: { languages: [fi, sv] }
register_name: { fi: Asiakasrekisteri, sv: Kundregister }
layout:
  headings:
    register_name: { fi: "Rekisterin nimi:" }
`;
    expect(codesAt((await validateText(yaml)).filter((d) => d.code.startsWith('TEXT_')))).toEqual([
      'TEXT_LANGUAGE_MISSING 5:5',
    ]);
  });

  it('a token with spaces or capitals is a schema error at the token; a heading key with a typo is named', async () => {
    const yaml = `notice: { languages: [fi] }
register_name: Asiakasrekisteri
layout:
  order: [register_name, "purposes + legal_basis"]
  headings:
    Register_name: Nimi
`;
    const found = await validateText(yaml);
    expect(codesAt(found)).toEqual(['SCHEMA_FORMAT 4:26', 'SCHEMA_UNKNOWN_KEY 6:5']);
    expect(found[1]!.hint).toMatch(/Did you mean `register_name`\?/);
  });
});

describe('the golden notice with a layout of its own', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`${language}: Markdown and HTML are as reviewed`, async () => {
      const data = (await loadNotice(join(ROOT, 'test/fixtures/layout/association.yaml'))).data as unknown as Notice;
      const rendered = renderer.render(data, language);
      await expect(rendered.markdown).toMatchFileSnapshot(`golden/layout-association.${language}.md`);
      await expect(rendered.html).toMatchFileSnapshot(`golden/layout-association.${language}.html`);
    });
  }

  it('validates without findings', async () => {
    const diagnostics = await validateText(readFileSync(join(ROOT, 'test/fixtures/layout/association.yaml')));
    expect(codesAt(diagnostics)).toEqual([]);
  });
});
