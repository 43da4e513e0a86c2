import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT, validateText } from './helpers.js';

// Careless edits: one change a DPO might make to a valid notice (examples/complete.yaml, which has no
// findings at all), and the code `notice validate` must then report, and nothing else. Each edit is a
// YAML edit at one path: a value set (a mapping replaces the whole node) or, with `DELETE`, a key removed.
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
const DELETE = Symbol('delete');

interface CarelessEdit {
  /** What the editor did, in a few words. */
  name: string;
  path: (string | number)[];
  value: unknown;
  /** Every code the edited notice reports, sorted. */
  codes: string[];
  /** Words the report must contain (the quoted value, the plain form...). */
  says?: string[];
}

const tri = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const CASES: CarelessEdit[] = [
  // Retention that gives no period.
  {
    name: 'a retention item rewritten as "toistaiseksi"',
    path: ['retention', 'items', 0],
    value: { criteria: tri('Toistaiseksi.', 'Tills vidare.', 'Until further notice.') },
    codes: ['RETENTION_EMPTY'],
    says: ['Toistaiseksi.'],
  },
  {
    name: 'a retention item that says "permanently"',
    path: ['retention', 'items', 0],
    value: { description: tri('Tietoja säilytetään pysyvästi.', 'Uppgifterna sparas permanent.', 'Kept permanently.') },
    codes: ['RETENTION_EMPTY'],
  },
  {
    name: 'a retention item that says "as long as needed"',
    path: ['retention', 'items', 0],
    value: {
      criteria: tri('Niin kauan kuin on tarpeen.', 'Så länge det behövs.', 'As long as needed.'),
      applies_to: ['customer_relationship'],
    },
    codes: ['RETENTION_EMPTY'],
  },
  {
    name: 'the whole retention section replaced by one sentence of "indefinitely"',
    path: ['retention'],
    value: {
      text: tri(
        'Tietoja säilytetään toistaiseksi.',
        'Uppgifterna sparas tills vidare.',
        'We keep the data indefinitely.',
      ),
    },
    codes: ['RETENTION_EMPTY'],
  },
  {
    name: 'a retention item as long as necessary for a purpose, no period',
    path: ['retention', 'items', 0],
    value: {
      criteria: tri(
        'Niin kauan kuin on tarpeen asiakassuhteen hoitamiseksi.',
        'Så länge det behövs för att sköta kundrelationen.',
        'As long as necessary to manage the customer relationship.',
      ),
    },
    codes: ['RETENTION_GENERIC'],
  },
  // Recipient lines that name nobody.
  {
    name: 'a recipient line reduced to "Kumppanit"',
    path: ['recipients', 'items', 2],
    value: { category: tri('Kumppanit', 'Samarbetspartners', 'Partners') },
    codes: ['RECIPIENT_UNNAMED'],
    says: ['Kumppanit'],
  },
  {
    name: 'a recipient line of "third parties where necessary"',
    path: ['recipients', 'items', 2],
    value: {
      description: tri(
        'Kolmannet osapuolet tarvittaessa.',
        'Tredje parter vid behov.',
        'Third parties where necessary.',
      ),
    },
    codes: ['RECIPIENT_UNNAMED'],
  },
  {
    name: 'a recipient line that restates the heading',
    path: ['recipients', 'items', 1],
    value: { category: tri('Tietojen vastaanottajat', 'Mottagare', 'Recipients') },
    codes: ['RECIPIENT_UNNAMED'],
  },
  {
    name: 'a recipient named "Muut"',
    path: ['recipients', 'items', 0],
    value: { name: tri('Muut', 'Övriga', 'Others'), processor: true },
    codes: ['RECIPIENT_UNNAMED'],
  },
  // Disguised e-mail addresses, in contact details and in prose.
  {
    name: "the DPO's e-mail address written with (at)",
    path: ['dpo', 'email'],
    value: 'tietosuoja(at)esimerkkiverkko.example',
    codes: ['SCHEMA_FORMAT'],
    says: ['"tietosuoja(at)esimerkkiverkko.example"', 'tietosuoja@esimerkkiverkko.example'],
  },
  {
    name: "the controller's e-mail address written with spaces round the @ and the dot",
    path: ['controller', 'email'],
    value: 'asiakaspalvelu @ esimerkkiverkko . example',
    codes: ['SCHEMA_FORMAT'],
    says: ['asiakaspalvelu@esimerkkiverkko.example'],
  },
  {
    name: "the contact person's e-mail address written with [at] and [dot]",
    path: ['contact_person', 'email'],
    value: 'matti.meikalainen[at]esimerkkiverkko[dot]example',
    codes: ['SCHEMA_FORMAT'],
    says: ['matti.meikalainen@esimerkkiverkko.example'],
  },
  {
    name: 'a sentence under the DPO with the address written with (at)',
    path: ['dpo', 'text'],
    value: tri(
      'Tavoitat tietosuojavastaavan myös osoitteesta tietosuoja(at)esimerkkiverkko.example.',
      'Du når dataskyddsombudet också på tietosuoja(at)esimerkkiverkko.example.',
      'You can also reach the DPO at tietosuoja(at)esimerkkiverkko.example.',
    ),
    codes: ['EMAIL_OBFUSCATED'],
    says: ['tietosuoja@esimerkkiverkko.example'],
  },
];

// Edits that must not be reported: concrete wording the checks above must leave alone.
const HARMLESS: Omit<CarelessEdit, 'codes'>[] = [
  {
    name: 'a retention with named periods and one general clause',
    path: ['retention', 'items', 0],
    value: {
      description: tri(
        'Sopimuksen ja takuun voimassaoloaika, varmuuskopioissa viisi vuotta ja kirjanpidossa lain mukainen aika.',
        'Avtalets löptid och garantitiden, fem år i säkerhetskopior och den tid lagen kräver i bokföringen.',
        'The term of the contract and the warranty, five years in backups, and as long as required by law in the accounts.',
      ),
    },
  },
  {
    name: 'a recipient category of partners with what they do',
    path: ['recipients', 'items', 2],
    value: {
      category: tri(
        'Kumppanit, jotka asentavat liittymän',
        'Samarbetspartners som installerar anslutningen',
        'Partners who install the connection',
      ),
    },
  },
  {
    name: "the controller's own details cut to a phone number: the contact person's e-mail still reaches it",
    path: ['controller'],
    value: { name: 'Esimerkkiverkko Oy', business_id: '9184372-3', phone: '09 123 4567' },
  },
  {
    name: 'the contact person left without a phone',
    path: ['contact_person', 'phone'],
    value: DELETE,
  },
];

function edited(path: (string | number)[], value: unknown): string {
  const doc = parseDocument(COMPLETE);
  if (value === DELETE) doc.deleteIn(path);
  else doc.setIn(path, doc.createNode(value));
  return doc.toString();
}

describe('careless edits to the model notice', () => {
  it('the model notice itself reports nothing', async () => {
    expect(await validateText(COMPLETE)).toEqual([]);
  });

  for (const { name, path, value, codes, says } of CASES) {
    it(`${name}: ${codes.join(', ')}`, async () => {
      const found = await validateText(edited(path, value));
      expect(found.map((d) => d.code).sort()).toEqual(codes);
      const report = found.map((d) => `${d.message} ${d.hint ?? ''}`).join('\n');
      for (const words of says ?? []) expect(report).toContain(words);
    });
  }

  for (const { name, path, value } of HARMLESS) {
    it(`${name}: nothing`, async () => {
      expect((await validateText(edited(path, value))).map((d) => d.code)).toEqual([]);
    });
  }
});
