import { describe, expect, it } from 'vitest';
import { mapDocument, parseContact } from '../src/import/map/index.js';

// Addresses of a kind ("Postiosoite: …", "Kirjaamon käyntiosoite: …") keep their kind, and their label word when
// the notice's own label for the kind would differ, so that the built notice shows the line as written.

describe('addresses of a kind', () => {
  it('reads a postal address with its kind, and no label when the kind says it', () => {
    const { contact, uses } = parseContact(['Postiosoite: PL 29, 00023 VALTIONEUVOSTO']);
    expect(contact.addresses).toEqual([{ kind: 'postal', po_box: '29', postal_code: '00023', city: 'VALTIONEUVOSTO' }]);
    expect(contact.address).toBeUndefined();
    expect(uses).toEqual(['addresses']);
  });
  it('keeps a label of its own, a street with a city only, and an addressee', () => {
    const { contact } = parseContact([
      'Kirjaamon käyntiosoite: Ritarikatu 2 b, Helsinki',
      'Postadress: Undervisnings- och kulturministeriet, PB 29, 00023 STATSRÅDET',
    ]);
    expect(contact.addresses).toEqual([
      { kind: 'visiting', label: 'Kirjaamon käyntiosoite', street: 'Ritarikatu 2 b', city: 'Helsinki' },
      {
        kind: 'postal',
        addressee: 'Undervisnings- och kulturministeriet',
        po_box: '29',
        postal_code: '00023',
        city: 'STATSRÅDET',
      },
    ]);
  });
  it('reads a plain "Osoite:" as the address, and keeps a line it does not understand as text', () => {
    const { contact } = parseContact(['Osoite: Kappelitie 6, 02200 Espoo', 'Käyntiosoite: toinen kerros, ovi B']);
    expect(contact.address).toEqual({ street: 'Kappelitie 6', postal_code: '02200', city: 'Espoo' });
    expect(contact.addresses).toBeUndefined();
    expect(contact.text).toBe('Käyntiosoite: toinen kerros, ovi B');
  });
});

describe('the controller named in running text', () => {
  const controllerOf = (text: string) =>
    mapDocument(
      {
        file: 'x.md',
        format: 'markdown',
        text,
        blocks: [
          { kind: 'heading', text: 'Rekisterinpitäjä', line: 1, endLine: 1 },
          { kind: 'paragraph', text, line: 2, endLine: 2 },
        ],
      },
      { language: 'fi' },
    );
  it('reads a company name and business ID a paragraph opens with, and keeps the paragraph as written', () => {
    const text =
      'Sensotrend Oy Y-tunnus 2606155-7 Rekisteriä koskeviin kysymyksiin vastataan osoitteessa info@example.fi.';
    const imported = controllerOf(text);
    expect(imported.notice.controller).toMatchObject({ name: 'Sensotrend Oy', business_id: '2606155-7', text });
    expect(imported.inferences.map((i) => i.path.join('.'))).toContain('controller.name');
  });
  it('reads the name a sentence gives ("ylläpitää X, joka …")', () => {
    const text = 'Tapahtumien osallistujarekisteriä ylläpitää Rakastajien kilta, joka on rekisteröimätön yhdistys.';
    expect(controllerOf(text).notice.controller).toMatchObject({ name: 'Rakastajien kilta', text });
  });
  it('reads no name from a sentence that names none', () => {
    const text = 'Rekisteriä koskeviin kysymyksiin vastataan sähköpostitse.';
    expect(controllerOf(text).notice.controller?.name).toBeUndefined();
  });
});

describe('the name of a contact block', () => {
  it("takes the organisation, not its unit, when the unit's line comes first; the unit stays as text", () => {
    const { contact, text } = parseContact(['Kirjastoverkkopalvelut', 'Kansalliskirjasto', 'Puhelin (09) 1911']);
    expect(contact.name).toBe('Kansalliskirjasto');
    expect(text).toEqual(['Kirjastoverkkopalvelut']);
    expect(parseContact(['Nationalbiblioteket', 'Biblioteksnättjänster']).contact.name).toBe('Nationalbiblioteket');
  });
  it('keeps a remark after the name as the name\'s note: "(nedan "Fintraffic")"', () => {
    const { contact, text } = parseContact(['Trafikstyrningsbolaget Fintraffic Oy (nedan "Fintraffic")']);
    expect(contact.name).toBe('Trafikstyrningsbolaget Fintraffic Oy');
    expect(contact.name_note).toBe('(nedan "Fintraffic")');
    expect(text).toEqual([]);
  });
  it('reads a street with its city, and a phone alone, on lines of their own; after a sentence, the rest is text', () => {
    const { contact, text } = parseContact([
      'Trafikstyrningsbolaget Fintraffic Oy (nedan "Fintraffic")',
      'Löneboställsporten 1, 00240 Helsingfors',
      '+358 29 450 7000',
      'Företrädare för den personuppgiftsansvarige är',
      'Mika Ahvenainen',
      'digitraffic@fintraffic.fi',
    ]);
    expect(contact.address).toEqual({ street: 'Löneboställsporten 1', postal_code: '00240', city: 'Helsingfors' });
    expect(contact.phone).toBe('+358 29 450 7000');
    expect(contact.email).toBeUndefined();
    expect(text).toEqual([
      'Företrädare för den personuppgiftsansvarige är',
      'Mika Ahvenainen',
      'digitraffic@fintraffic.fi',
    ]);
  });
});
