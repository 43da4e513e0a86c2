// The author's own labels on contact and date lines (`labels` on a controller or contact, `notice.labels`):
// each replaces notice's built-in label for its kind of line, in each language; without them nothing changes.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';
import { validateText } from './helpers.js';

const renderer = createRenderer({ version: 'test' });

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

const contactLines = `  business_id: "0723069-3"
  address: { street: Kappelitie 6, postal_code: "02200", city: Espoo }
  phone: [{ number: "0295 16001", label: keskus }]
  email: kirjaamo@esimerkki.example
  website: https://esimerkki.example
`;

describe('contact labels', () => {
  const labelled = notice(`notice: { languages: [fi] }
controller:
  name: ILJOJA Networks
${contactLines}  labels:
    name: Nimi
    business_id: Yritystunnus
    address: Postiosoite
    phone: Puh.
    email: "Sähköpostiosoite:"
    website: Kotisivu
`);
  const md = renderer.render(labelled, 'fi').markdown;

  it('replace the built-in label of each kind of line', () => {
    expect(md).toContain('- Yritystunnus: 0723069-3\n');
    expect(md).toContain('- Postiosoite: Kappelitie 6, 02200 Espoo\n');
    expect(md).toContain('- Sähköpostiosoite: <kirjaamo@esimerkki.example>\n');
    expect(md).toContain('- Kotisivu: <https://esimerkki.example>\n');
    expect(md).not.toMatch(/Y-tunnus|Puhelin|Sähköposti:|Verkkosivut/);
  });

  it('are followed by ": ", or by a space only when they end in ":" or "." already', () => {
    expect(md).toContain('- Puh. 0295 16001 (keskus)\n');
    expect(md).not.toContain('Puh.:');
    expect(md).not.toContain('Sähköpostiosoite::');
  });

  it('a name label shows the name as a labelled line instead of the bold name line', () => {
    expect(md).toContain('- Nimi: ILJOJA Networks\n');
    expect(md).not.toContain('**ILJOJA Networks**');
    expect(renderer.render(labelled, 'fi').fragment).toContain('<li>Nimi: ILJOJA Networks</li>');
  });

  it('work on a contact person, a data protection officer, its officers and a representative', () => {
    const everywhere = notice(`notice: { languages: [fi] }
controller:
  name: Esimerkki Oy
  representative: { name: Edustaja GmbH, email: rep@esimerkki.example, labels: { email: Sähköpostiosoite } }
contact_person: { name: Maija Meikäläinen, phone: "050 123 4567", labels: { phone: Puhelinnumero } }
dpo:
  designated: true
  email: dpo@esimerkki.example
  labels: { email: "E-mail:" }
  officers: [{ name: Matti Virtanen, phone: "050 765 4321", labels: { name: Nimi, phone: Puh. } }]
`);
    const out = renderer.render(everywhere, 'fi').markdown;
    expect(out).toContain('- Sähköpostiosoite: <rep@esimerkki.example>');
    expect(out).toContain('- Puhelinnumero: 050 123 4567');
    expect(out).toContain('- E-mail: <dpo@esimerkki.example>');
    expect(out).toContain('- Nimi: Matti Virtanen\n- Puh. 050 765 4321');
    // The controller, unlabelled, keeps its bold name.
    expect(out).toContain('**Esimerkki Oy**');
  });

  it('are Texts: each language shows its own label', () => {
    const both = notice(`notice: { languages: [fi, sv] }
controller:
  name: Esimerkki Oy
  email: info@esimerkki.example
  labels: { email: { fi: Sähköpostiosoite, sv: E-postadress } }
`);
    expect(renderer.render(both, 'fi').markdown).toContain('- Sähköpostiosoite: <info@esimerkki.example>');
    expect(renderer.render(both, 'sv').markdown).toContain('- E-postadress: <info@esimerkki.example>');
  });

  it("without labels, every line keeps notice's own label and the name its bold line", () => {
    const plain = renderer.render(
      notice(`notice: { languages: [fi] }\ncontroller:\n  name: ILJOJA Networks\n${contactLines}`),
      'fi',
    ).markdown;
    expect(plain).toContain('**ILJOJA Networks**');
    for (const line of [
      '- Y-tunnus: 0723069-3',
      '- Osoite: Kappelitie 6, 02200 Espoo',
      '- Puhelin: 0295 16001 (keskus)',
      '- Sähköposti: <kirjaamo@esimerkki.example>',
      '- Verkkosivut: <https://esimerkki.example>',
    ])
      expect(plain).toContain(line);
  });
});

describe('date line labels (notice.labels)', () => {
  it('replace Laadittu / Päivitetty / Versio, followed by ": " or, after "." or ":", a space', () => {
    const dated = notice(`notice:
  languages: [fi]
  created: "2018-05-21"
  updated: "2018-05-22"
  version: "1.2"
  labels: { created: Laatimispäivämäärä, updated: "Viimeisin muutos:", version: Ver. }
controller: { name: Esimerkki Oy }
`);
    expect(renderer.render(dated, 'fi').markdown).toContain(
      'Laatimispäivämäärä: 21.5.2018 · Viimeisin muutos: 22.5.2018 · Ver. 1.2',
    );
  });

  it('a label given for one kind leaves the others built-in, in each language', () => {
    const dated = notice(`notice:
  languages: [fi, en]
  created: "2018-05-21"
  updated: "2018-05-22"
  labels: { updated: { fi: Muutettu, en: Revised } }
controller: { name: Esimerkki Oy }
`);
    expect(renderer.render(dated, 'fi').markdown).toContain('Laadittu 21.5.2018 · Muutettu: 22.5.2018');
    expect(renderer.render(dated, 'en').markdown).toContain('Created 21 May 2018 · Revised: 22 May 2018');
  });
});

describe('validation', () => {
  it('a phone label is a word, not a phone number: no PHONE_INVALID for `labels.phone`', async () => {
    const diagnostics = await validateText(`notice: { languages: [fi, sv] }
controller:
  name: Esimerkki Oy
  phone: "0295 16001"
  labels: { phone: { fi: Puh., sv: Tfn } }
contact_person: { name: Maija, phone: "050 123 4567", labels: { phone: Puhelinnumero } }
`);
    expect(diagnostics.map((d) => d.code)).not.toContain('PHONE_INVALID');
  });
});
