import { describe, expect, it } from 'vitest';
import { parseContact } from '../src/import/map/index.js';

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
