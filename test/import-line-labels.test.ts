// `notice import` keeps the labels a notice writes on its contact and date lines when they are not notice's own
// for that line ("Sähköpostiosoite" for "Sähköposti", "Puh.", "Nimi:", "Laatimispäivämäärä"), so that the built
// notice reads those lines as written; notice's own labels are not written out.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { importFile } from '../src/import/index.js';
import { parseContact } from '../src/import/map/contact.js';
import { createRenderer } from '../src/render/index.js';
import { ROOT, tempDir } from './helpers.js';
import { withoutHeader } from './tools/import-corpus.js';

const renderer = createRenderer({ version: 'test' });

async function imported(fixture: string): Promise<{ notice: Notice; markdown: string }> {
  let path = join(ROOT, 'test/fixtures', fixture);
  if (fixture.startsWith('real/') || fixture.startsWith('seeds/')) {
    const copy = join(tempDir(), basename(fixture));
    writeFileSync(copy, withoutHeader(readFileSync(path, 'utf8')));
    path = copy;
  }
  const { notice } = (await importFile(path)).imported;
  return { notice, markdown: renderer.render(notice, notice.notice.languages[0]!).markdown };
}

describe('contact lines keep their labels', () => {
  it('okm-oiva (fi): "Puh." and "Sähköpostiosoite" come back as written', async () => {
    const { notice, markdown } = await imported('real/okm-oiva.txt');
    expect(notice.controller?.labels).toEqual({ phone: 'Puh.', email: 'Sähköpostiosoite' });
    expect(markdown).toContain('- Puh. 0295 16001 (keskus)');
    expect(markdown).toContain('- Sähköpostiosoite: <kirjaamo@minedu.fi>');
    expect(markdown).toContain('- Sähköpostiosoite: <okmtietosuojavastaava@minedu.fi>');
    expect(markdown).not.toContain('Sähköposti: ');
  });

  it('okm-oiva (sv): "E-postadress" comes back as written', async () => {
    const { markdown } = await imported('real/okm-oiva.sv.txt');
    expect(markdown).toContain('- E-postadress: <kirjaamo@minedu.fi>');
    expect(markdown).not.toContain('E-post: ');
  });

  it('kiekkohamsteri: "Nimi:", "Puhelinnumero:" and "Sähköpostiosoite:" come back as written', async () => {
    const { notice, markdown } = await imported('import/kiekkohamsteri.html');
    expect(notice.controller?.labels).toEqual({ name: 'Nimi', phone: 'Puhelinnumero', email: 'Sähköpostiosoite' });
    // The name is a labelled line, not the bold name line.
    expect(markdown).toContain('- Nimi: Ville Piispa\n');
    expect(markdown).not.toContain('**Ville Piispa**');
    expect(markdown).toContain('- Puhelinnumero: +358 50 568 1007\n');
    expect(markdown).toContain('- Sähköpostiosoite: <ville.piispa@gmail.com>\n');
  });

  it('ILJOJA (seed 004): "Nimi: ILJOJA Networks" comes back as written', async () => {
    const { markdown } = await imported('seeds/004_55cb80dffc86378e.txt');
    expect(markdown).toContain('- Nimi: ILJOJA Networks\n');
  });

  it("a label that is notice's own, or an unlabelled line, writes no labels", () => {
    expect(
      parseContact(['Esimerkki Oy', 'Puhelin: 09 123 4567', 'Sähköposti: info@esimerkki.fi'], 'fi').contact,
    ).not.toHaveProperty('labels');
    expect(parseContact(['Esimerkki Oy', 'info@esimerkki.fi'], 'fi').contact).not.toHaveProperty('labels');
    // The same line in a Swedish notice is not notice's own label there.
    expect(parseContact(['Sähköposti: info@esimerkki.fi'], 'sv').contact.labels).toEqual({ email: 'Sähköposti' });
  });
});

describe('date lines keep their labels', () => {
  it('teekkarispeksi: "Laatimispäivämäärä" and "Viimeisin muutos" come back as written', async () => {
    const { notice, markdown } = await imported('import/teekkarispeksi-tapahtumat.md');
    expect(notice.notice.labels).toEqual({ created: 'Laatimispäivämäärä', updated: 'Viimeisin muutos' });
    expect(markdown).toContain('Laatimispäivämäärä: 21.5.2018 · Viimeisin muutos: 22.5.2018');
  });

  it("notice's own date labels are not written out", async () => {
    const dir = tempDir();
    const file = join(dir, 'dated.txt');
    writeFileSync(
      file,
      'Tietosuojaseloste\n\nLaadittu 1.3.2024, päivitetty 15.9.2025\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy\n',
    );
    const { notice } = (await importFile(file)).imported;
    expect(notice.notice.created).toBe('2024-03-01');
    expect(notice.notice.updated).toBe('2025-09-15');
    // "päivitetty" is written in lower case mid-line: kept as written, "Laadittu" is notice's own.
    expect(notice.notice.labels).toEqual({ updated: 'päivitetty' });
  });
});
