import { describe, expect, it } from 'vitest';
import { checkFidelity, htmlText, lineLabels, markdownText, normalise, splitOriginal } from './tools/fidelity.js';

// The fidelity checker (test/tools/fidelity.ts) is itself a test tool: these tests pin what it finds and misses.

const ORIGINAL = [
  '# Organisation: Esimerkki ry',
  '# Source: nowhere',
  'Tietosuojaseloste',
  '',
  '1. Rekisterinpitäjä',
  'Esimerkki ry',
  'Esimerkkikatu 1',
  '',
  'Mitä tietoja käsittelemme?',
  '',
  'Käsittelemme jäsenten nimiä. Emme myy tietoja kenellekään.',
  'Tietoja säilytetään jäsenyyden ajan,',
  'ja sen jälkeen vuoden.',
  '',
  '- sähköpostiosoite',
  '- kotikunta',
].join('\n');

describe('splitting an original', () => {
  const units = splitOriginal(ORIGINAL);
  const text = (kind: string) => units.filter((u) => u.kind === kind).map((u) => u.text);

  it('skips the header and finds the headings: alone, numbered (number dropped), a question', () => {
    expect(text('heading')).toEqual(['Tietosuojaseloste', 'Rekisterinpitäjä', 'Mitä tietoja käsittelemme?']);
    expect(units.some((u) => u.text.includes('Organisation'))).toBe(false);
    expect(units[0]).toMatchObject({ text: 'Tietosuojaseloste', line: 3 });
  });

  it('splits sentences, joins a sentence broken over lines, keeps address and list lines apart', () => {
    expect(text('sentence')).toEqual([
      'Esimerkki ry',
      'Esimerkkikatu 1',
      'Käsittelemme jäsenten nimiä.',
      'Emme myy tietoja kenellekään.',
      'Tietoja säilytetään jäsenyyden ajan, ja sen jälkeen vuoden.',
      'sähköpostiosoite',
      'kotikunta',
    ]);
  });

  it('takes a "heading<TAB>content" line as a heading and its content', () => {
    expect(splitOriginal('3. Rekisterin nimi\tAsiakasrekisteri')).toEqual([
      { kind: 'heading', text: 'Rekisterin nimi', line: 1 },
      { kind: 'sentence', text: 'Asiakasrekisteri', line: 1 },
    ]);
  });
  it('does not end a sentence at an abbreviation, and splits a list flattened into one table cell', () => {
    expect(splitOriginal('Yhteys\t- Tuki puh. 019 505 81. Vaihde - Laskutus -Myynti').map((u) => u.text)).toEqual([
      'Yhteys',
      'Tuki puh. 019 505 81.',
      'Vaihde',
      'Laskutus',
      'Myynti',
    ]);
  });
});

describe('normalising', () => {
  it('unifies quotes and dashes, collapses whitespace, keeps case', () => {
    expect(normalise('”Privacy Shield” –viitekehys\u00a0 ja  ’X’ — Y')).toBe(
      '"Privacy Shield" -viitekehys ja \'X\' - Y',
    );
    expect(normalise('Abc')).not.toBe(normalise('abc'));
  });

  it('removes Markdown markup, escapes and link targets', () => {
    expect(
      markdownText('## 1. Otsikko\n\n**Lihava** ja *kursiivi* \\- [linkki](https://x.example) 1\\. kohta\n\n- kohta'),
    ).toBe('1. Otsikko Lihava ja kursiivi - linkki 1. kohta kohta');
  });

  it('takes a hard line break (a backslash at the end of a line) as a space', () => {
    expect(markdownText('ovat\\\nrekisterinpitäjän etu\\\n\\- ei lista')).toBe('ovat rekisterinpitäjän etu - ei lista');
  });

  it('keeps the address of an autolink, and drops raw HTML tags', () => {
    expect(markdownText('Sähköposti: <tuki@example.fi>, <https://example.fi/a> <span>x</span>')).toBe(
      'Sähköposti: tuki@example.fi, https://example.fi/a x',
    );
  });

  it('takes the visible text of HTML: no head or style, inline tags join, block tags separate, entities decoded', () => {
    expect(
      htmlText(
        '<html><head><title>T</title><style>p{}</style></head><body><h2>Ot&shy;sikko</h2><p>Ei <strong>mitään</strong>&nbsp;&amp; &#8212;</p></body></html>',
      ),
    ).toBe('Otsikko Ei mitään & -');
  });
});

describe('checking a built notice', () => {
  const built = {
    markdown:
      '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nEsimerkki ry\\\nEsimerkkikatu 1\n\n## Mitä tietoja käsittelemme?\n\nKäsittelemme **jäsenten** nimiä. Tietoja säilytetään jäsenyyden ajan, ja sen jälkeen vuoden.\n\n- sähköpostiosoite\n- kotikunta\n',
    html: '<h1>Tietosuojaseloste</h1><h2>1. Rekisterinpitäjä</h2><p>Esimerkki ry<br>Esimerkkikatu 1</p><h2>Mitä tietoja käsittelemme?</h2><p>Käsittelemme <strong>jäsenten</strong> nimiä. Tietoja säilytetään jäsenyyden ajan, ja sen jälkeen vuoden.</p><ul><li>sähköpostiosoite</li></ul>',
  };

  it('finds the sentences and headings that are there and reports those that are not, per output', () => {
    const result = checkFidelity(ORIGINAL, built);
    expect(result.missing.markdown.map((u) => u.text)).toEqual(['Emme myy tietoja kenellekään.']);
    expect(result.missing.html.map((u) => u.text)).toEqual(['Emme myy tietoja kenellekään.', 'kotikunta']);
    expect(result.share.markdown).toBeCloseTo(9 / 10);
    expect(result.share.html).toBeCloseTo(8 / 10);
  });

  it('reports a heading that the output lacks', () => {
    const result = checkFidelity(ORIGINAL, {
      ...built,
      markdown: built.markdown.replace('## Mitä tietoja käsittelemme?', '## Tiedot'),
    });
    expect(result.missing.markdown).toContainEqual({ kind: 'heading', text: 'Mitä tietoja käsittelemme?', line: 9 });
  });

  it('exempts a deliberate difference, and reports an exemption that exempts nothing', () => {
    const exemptions = [
      { text: 'Emme myy tietoja kenellekään.', reason: 'a claim the YAML cannot carry' },
      { text: 'Tätä lausetta ei ole.', reason: 'stale' },
    ];
    const result = checkFidelity(ORIGINAL, built, exemptions);
    expect(result.exempt.map((u) => u.text)).toEqual(['Emme myy tietoja kenellekään.']);
    expect(result.missing.markdown).toEqual([]);
    expect(result.unusedExemptions).toEqual([exemptions[1]]);
  });

  it('reports an exemption as stale when what it exempts is found after all', () => {
    const exemptions = [{ text: 'Käsittelemme jäsenten nimiä.', reason: 'no longer needed' }];
    const result = checkFidelity(ORIGINAL, built, exemptions);
    expect(result.exempt.map((u) => u.text)).toEqual(['Käsittelemme jäsenten nimiä.']);
    expect(result.unusedExemptions).toEqual(exemptions);
  });

  it('takes the text of the HTML as given when a browser has rendered it', () => {
    const result = checkFidelity(ORIGINAL, { markdown: built.markdown, htmlText: 'Tietosuojaseloste' });
    expect(result.missing.html.length).toBe(9);
  });
});

describe('a contact or date line taken apart into labelled fields', () => {
  const original = [
    'LPOnet Oy, 0354505-7 Linnunrata 6, 07900 Loviisa 019 505 81',
    '',
    '01.01.2016',
    '',
    'Asiakasrekisteri',
  ].join('\n');
  const shown = (lines: string[]) => {
    const markdown = lines.join('\n\n');
    return { markdown, htmlText: markdown, lineLabels: lineLabels('fi') };
  };
  const found = (lines: string[]) => {
    const result = checkFidelity(original, shown(lines));
    const missing = new Set(result.missing.markdown.map((u) => u.text));
    return { kept: result.units.filter((u) => !missing.has(u.text)).map((u) => u.text), result };
  };

  it("is found when every word is there in order with only notice's labels between, and counted apart", () => {
    const { kept, result } = found([
      '**LPOnet Oy**',
      '- Y-tunnus: 0354505-7',
      '- Osoite: Linnunrata 6, 07900 Loviisa',
      '- Puhelin: 019 505 81',
      'Laadittu 1.1.2016',
    ]);
    expect(kept).toEqual(['LPOnet Oy, 0354505-7 Linnunrata 6, 07900 Loviisa 019 505 81', '01.01.2016']);
    expect(result.asFields.map((u) => u.text)).toEqual(kept);
  });

  it('is not found when a word is lost, when the order changes, or when other words come between', () => {
    const lost = found(['**LPOnet Oy**', '- Y-tunnus: 0354505-7', '- Osoite: Linnunrata 6, 07900 Loviisa']);
    const reordered = found([
      '**LPOnet Oy**',
      '- Puhelin: 019 505 81',
      '- Y-tunnus: 0354505-7 Linnunrata 6, 07900 Loviisa',
    ]);
    const between = found(['**LPOnet Oy** on yritys, 0354505-7 Linnunrata 6, 07900 Loviisa 019 505 81']);
    for (const { kept } of [lost, reordered, between]) expect(kept).toEqual([]);
  });

  it('finds a word alone only under a label, and not without the labels', () => {
    expect(found(['Seloste 1.1.2016', 'ASIAKASREKISTERI']).kept).toEqual([]);
    const withoutLabels = checkFidelity(original, { markdown: 'Laadittu 1.1.2016', htmlText: 'Laadittu 1.1.2016' });
    expect(withoutLabels.missing.markdown.map((u) => u.text)).toContain('01.01.2016');
  });
});
