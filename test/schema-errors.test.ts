import { describe, expect, it } from 'vitest';
import { validateText } from './helpers.js';

// ajv's own words never reach the user: each keyword becomes a sentence at the right place.
describe('schema problems in plain words at the right place', () => {
  it('a missing required key points at its parent and names what is missing', async () => {
    const [d, ...rest] = await validateText('notice:\n  profile: gdpr\n');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCHEMA_REQUIRED', line: 1, column: 1, path: '/notice/languages' });
    expect(d!.message).toBe('notice is missing `languages`.');
    expect(d!.hint).toContain('The languages the notice is published in');
  });

  it('an unknown key points at the key and suggests the nearest valid name', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\npurposes:\n  items:\n    - descripton: Laskutus\n');
    expect(d).toMatchObject({
      code: 'SCHEMA_UNKNOWN_KEY',
      line: 5,
      column: 7,
      value: 'descripton',
      path: '/purposes/items/0/descripton',
    });
    expect(d!.hint).toMatch(/^Did you mean `description`\?/);
  });

  it('an unknown top-level section suggests the section meant', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\nretension:\n  text: x\n');
    expect(d).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', line: 3, column: 1 });
    expect(d!.hint).toMatch(/^Did you mean `retention`\?/);
  });

  it('a postal code YAML reads as a number asks for quotes, showing the value as written', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\ncontroller:\n  address:\n    postal_code: 00100\n');
    expect(d).toMatchObject({ code: 'SCHEMA_TYPE', line: 5, column: 18, value: '00100' });
    expect(d!.message).toBe('controller.address.postal_code must be text, not a whole number.');
    expect(d!.hint).toBe('Put it in quotes: "00100" — YAML reads 00100 as a number.');
  });

  it('a phone number YAML reads as a number asks for quotes (through anyOf)', async () => {
    const [d, ...rest] = await validateText('notice:\n  languages: [fi]\ncontroller:\n  phone: +358401234567\n');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCHEMA_TYPE', line: 4, column: 10, value: '+358401234567' });
    expect(d!.hint).toContain('Put it in quotes');
  });

  it('a language list written as a single word is asked to be a list', async () => {
    const [d] = await validateText('notice:\n  languages: fi\n');
    expect(d).toMatchObject({ code: 'SCHEMA_TYPE', line: 2, column: 14 });
    expect(d!.hint).toMatch(/^Write it as a list: \[fi\]/);
  });

  it('a wrong enum value lists the choices and suggests the nearest', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\n  profile: gdrp\n');
    expect(d).toMatchObject({ code: 'SCHEMA_ENUM', line: 3, column: 12, value: 'gdrp' });
    expect(d!.message).toBe('notice.profile must be one of: gdpr, hetil.');
    expect(d!.hint).toBe('Did you mean `gdpr`?');
  });

  it('a Finnish date format is explained with the expected form', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\n  created: 1.1.2016\n');
    expect(d).toMatchObject({ code: 'SCHEMA_FORMAT', line: 3, column: 12, value: '1.1.2016' });
    expect(d!.hint).toContain('YYYY-MM-DD');
  });

  it('an e-mail address that is not one (an obfuscated one, say) is a format error', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\ncontact_person:\n  email: tuki(at)palvelimet.net\n');
    expect(d).toMatchObject({ code: 'SCHEMA_FORMAT', line: 4, column: 10, value: 'tuki(at)palvelimet.net' });
    expect(d!.message).toBe('contact_person.email "tuki(at)palvelimet.net" is an e-mail address in a disguised form.');
    expect(d!.hint).toContain('Write it plainly: tuki@palvelimet.net');
  });

  it("a disguised address in any contact's e-mail field is quoted with its plain form", async () => {
    const fields: [string, string, string][] = [
      ['controller:\n  name: Oy\n  email: "tuki @ palvelimet . net"\n', 'tuki@palvelimet.net', '5:10'],
      ['dpo:\n  designated: true\n  email: [ok@om.fi, "nimi[at]om[dot]fi"]\n', 'nimi@om.fi', '5:21'],
      ['dpo:\n  designated: true\n  officers:\n    - email: "a <at> b.fi"\n', 'a@b.fi', '6:14'],
      ['controller:\n  name: Oy\n  representative:\n    email: "rep (ät) firma.de"\n', 'rep@firma.de', '6:12'],
    ];
    for (const [yaml, plain, at] of fields) {
      const [d] = await validateText(`notice:\n  languages: [fi]\n${yaml}`);
      expect(`${d!.code} ${d!.line}:${d!.column}`).toBe(`SCHEMA_FORMAT ${at}`);
      expect(d!.message).toContain('disguised');
      expect(d!.hint).toContain(`Write it plainly: ${plain} `);
    }
  });

  it('an e-mail field that is no address at all keeps the general hint', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\ncontact_person:\n  email: sähköpostitse\n');
    expect(d).toMatchObject({ code: 'SCHEMA_FORMAT', line: 4, column: 10 });
    expect(d!.hint).toContain('never obfuscated');
  });

  it('an empty text is called empty', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\nregister_name: "  "\n');
    expect(d).toMatchObject({ code: 'SCHEMA_EMPTY', line: 3, column: 16 });
  });

  it('a text in an unknown language: only the branch that fits the value speaks', async () => {
    const diagnostics = await validateText(
      'notice:\n  languages: [fi]\nregister_name:\n  fi: Asiakasrekisteri\n  de: Kundenregister\n',
    );
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['SCHEMA_UNKNOWN_KEY 5:3']);
    expect(diagnostics[0]!.hint).toBe('Valid keys here: fi, sv, en.');
  });

  it('a language listed twice', async () => {
    const [d] = await validateText('notice:\n  languages: [fi, sv, fi]\n');
    expect(d).toMatchObject({ code: 'SCHEMA_DUPLICATE', line: 2, column: 23, value: 'fi' });
  });

  it('a key with no value', async () => {
    const [d] = await validateText('notice:\n  languages: [fi]\ncontroller:\n  name:\n');
    expect(d).toMatchObject({ code: 'SCHEMA_TYPE', line: 4, column: 3 });
    expect(d!.hint).toMatch(/^Give a value after the colon/);
  });

  it('every problem in the file is reported at once, sorted by position', async () => {
    const diagnostics = await validateText(
      'notice:\n  languages: [fi]\n  profile: x\ncontroller:\n  nme: A\n  address:\n    postal_code: 00100\n',
    );
    expect(diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual([
      'SCHEMA_ENUM 3',
      'SCHEMA_UNKNOWN_KEY 5',
      'SCHEMA_TYPE 7',
    ]);
  });
});
