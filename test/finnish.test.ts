import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, checkBusinessId } from '../src/finnish/business-id.js';
import { normalisePhone } from '../src/finnish/phone.js';

// Test vectors from shared/reference/legal.md §4.1 and §4.3.
describe('Y-tunnus check digit', () => {
  it.each(['0354505-7', '0723069-3', '2701131-6', '2039096-6', '0245974-7', '2077474-0', '0737546-2', '1234567-1'])(
    '%s is valid',
    (id) => {
      expect(checkBusinessId(id)).toBeUndefined();
    },
  );
  it.each(['2077474-1', '0354505-8'])('%s has a wrong check digit', (id) =>
    expect(checkBusinessId(id)).toBe('checksum'),
  );
  it('a body with remainder 1 has no valid check digit at all', () => {
    expect(businessIdCheckDigit('0000006')).toBeUndefined();
    for (let digit = 0; digit <= 9; digit++) expect(checkBusinessId(`0000006-${digit}`)).toBe('checksum');
  });
  it.each(['FI07230693', '723069-3', '0723069 3', ''])('"%s" is not in the Y-tunnus form', (id) =>
    expect(checkBusinessId(id)).toBe('format'),
  );
});

describe('phone numbers as Finns write them', () => {
  it.each([
    ['019 505 81', '+3581950581'],
    ['019 505 8216', '+358195058216'],
    ['0456-383370', '+358456383370'],
    ['+358 40 1636 588', '+358401636588'],
    ['+358 (0)9 3157 6885', '+358931576885'],
    ['029 56 66700', '+358295666700'],
    ['00358 9 123 4567', '+35891234567'],
    ['+46 8 123 456 78', '+46812345678'],
  ])('%s → %s', (written, e164) => expect(normalisePhone(written)).toBe(e164));
  it.each(['puhelin', '12', '+358 0', '040 123 4567 ext. 5'])('"%s" is not a phone number', (written) =>
    expect(normalisePhone(written)).toBeUndefined(),
  );
});
