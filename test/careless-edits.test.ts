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
  // Sections and statements a DPO deletes or shortens.
  {
    name: 'the legal obligation no longer lists its purpose',
    path: ['legal_basis', 'items', 1, 'purposes'],
    value: ['billing'],
    codes: ['PURPOSE_WITHOUT_BASIS'],
  },
  {
    name: 'a customer-survey purpose added without a basis or a retention',
    path: ['purposes', 'items', 5],
    value: {
      id: 'survey',
      name: tri('Asiakaskysely', 'Kundenkät', 'Customer survey'),
      description: tri(
        'Kysymme asiakkailta palautetta palvelusta.',
        'Vi ber kunderna om respons på tjänsten.',
        'We ask customers for feedback on the service.',
      ),
    },
    codes: ['PURPOSE_WITHOUT_BASIS', 'RETENTION_NOT_COVERED'],
  },
  {
    name: 'the consent basis of the newsletter deleted',
    path: ['legal_basis', 'items', 3],
    value: DELETE,
    codes: ['INTEREST_OR_CONSENT_MISSING', 'PURPOSE_WITHOUT_BASIS'],
  },
  {
    name: 'the legitimate interest deleted from its basis',
    path: ['legal_basis', 'items', 2, 'interest'],
    value: DELETE,
    codes: ['LEGITIMATE_INTEREST_MISSING'],
  },
  {
    name: 'the law of the legal obligation deleted',
    path: ['legal_basis', 'items', 1, 'law_reference'],
    value: DELETE,
    codes: ['LAW_REFERENCE_MISSING'],
  },
  {
    name: 'the law of the legal obligation replaced by the Personal Data Act',
    path: ['legal_basis', 'items', 1, 'law_reference'],
    value: tri('Henkilötietolaki (523/1999)', 'Personuppgiftslagen (523/1999)', 'Personal Data Act (523/1999)'),
    codes: ['REPEALED_LAW_CITED'],
  },
  {
    name: 'the retention item of the security logs deleted',
    path: ['retention', 'items', 3],
    value: DELETE,
    codes: ['RETENTION_NOT_COVERED'],
  },
  {
    name: 'a purpose id mistyped in a retention item',
    path: ['retention', 'items', 0, 'applies_to'],
    value: ['customer_relationships'],
    codes: ['ID_UNKNOWN', 'RETENTION_NOT_COVERED'],
  },
  {
    name: 'the DPO section deleted',
    path: ['dpo'],
    value: DELETE,
    codes: ['DPO_NOT_STATED'],
  },
  {
    name: 'the recipients section deleted',
    path: ['recipients'],
    value: DELETE,
    codes: ['RECIPIENTS_MISSING'],
  },
  {
    name: 'the transfers section deleted',
    path: ['transfers'],
    value: DELETE,
    codes: ['TRANSFERS_NOT_STATED'],
  },
  {
    name: 'the statement on automated decisions deleted',
    path: ['automated_decisions'],
    value: DELETE,
    codes: ['AUTOMATED_DECISIONS_NOT_STATED'],
  },
  {
    name: 'the statement on whether data must be given deleted',
    path: ['provision_requirement'],
    value: DELETE,
    codes: ['PROVISION_REQUIREMENT_MISSING'],
  },
  // Rights.
  {
    name: 'the built-in rights turned off, with no rights of its own',
    path: ['rights', 'standard'],
    value: false,
    codes: ['CONSENT_WITHDRAWAL_MISSING', 'RIGHTS_MISSING'],
  },
  {
    name: 'the rights written out by hand, leaving out the withdrawal of consent',
    path: ['rights'],
    value: {
      how_to: tri(
        'Kirjoita osoitteeseen tietosuoja@esimerkkiverkko.example.',
        'Skriv till tietosuoja@esimerkkiverkko.example.',
        'Write to tietosuoja@esimerkkiverkko.example.',
      ),
      items: [
        {
          covers: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'complaint'],
          text: tri(
            'Voit tarkastaa, korjata, poistaa, rajoittaa ja siirtää tietosi ja tehdä valituksen tietosuojavaltuutetulle.',
            'Du kan kontrollera, rätta, radera, begränsa och flytta dina uppgifter och klaga hos dataombudsmannen.',
            'You can check, correct, delete, restrict and move your data, and complain to the Data Protection Ombudsman.',
          ),
        },
        {
          covers: ['objection'],
          text: tri(
            'Voit vastustaa käsittelyä.',
            'Du kan invända mot behandlingen.',
            'You can object to the processing.',
          ),
        },
        {
          covers: ['objection_marketing'],
          text: tri(
            'Voit kieltää suoramarkkinoinnin.',
            'Du kan förbjuda direktmarknadsföring.',
            'You can refuse direct marketing.',
          ),
        },
      ],
    },
    codes: ['CONSENT_WITHDRAWAL_MISSING'],
  },
  // Transfers.
  {
    name: 'the newsletter transfer moved to India, its safeguard left out',
    path: ['transfers', 'items', 0],
    value: {
      country: 'IN',
      recipient: tri('Lähetyspalvelu', 'Utskickstjänst', 'Mailing service'),
      description: tri(
        'Tilaajien sähköpostiosoitteet.',
        'Prenumeranternas e-postadresser.',
        "Subscribers' e-mail addresses.",
      ),
    },
    codes: ['TRANSFER_MECHANISM_MISSING'],
  },
  {
    name: 'the US transfer said to rest on adequacy, the recipient not certified under the DPF',
    path: ['transfers', 'items', 0, 'mechanism'],
    value: 'adequacy',
    codes: ['TRANSFER_US_DPF_MISSING'],
  },
  {
    name: 'the US transfer put back on the Privacy Shield',
    path: ['transfers', 'items', 0, 'mechanism'],
    value: 'privacy_shield',
    codes: ['TRANSFER_MECHANISM_INVALID'],
  },
  // Languages, dates, identity codes, forms.
  {
    name: 'a purpose description rewritten in Finnish only',
    path: ['purposes', 'items', 2, 'description'],
    value: { fi: 'Lakisääteiset velvoitteet, kuten kirjanpito.' },
    codes: ['TEXT_LANGUAGE_MISSING'],
  },
  {
    name: 'the register name made one plain string in a notice of three languages',
    path: ['register_name'],
    value: 'Internetliittymien asiakasrekisteri',
    codes: ['TEXT_NOT_TRANSLATED'],
  },
  {
    name: 'the update date set in the future',
    path: ['notice', 'updated'],
    value: '2027-01-15',
    codes: ['DATE_IN_FUTURE'],
  },
  {
    name: 'the update date set before the creation date',
    path: ['notice', 'updated'],
    value: '2023-12-31',
    codes: ['DATE_ORDER'],
  },
  {
    name: 'both dates deleted',
    path: ['notice'],
    value: { profile: 'gdpr', document_type: 'tietosuojaseloste', languages: ['fi', 'sv', 'en'] },
    codes: ['DATE_MISSING'],
  },
  {
    name: 'the identity code added to the customer data, with no ground',
    path: ['data_categories', 'items', 1, 'personal_identity_code'],
    value: true,
    codes: ['IDENTITY_CODE_BASIS_MISSING'],
  },
  {
    name: 'a digit of the business ID mistyped',
    path: ['controller', 'business_id'],
    value: '9184372-4',
    codes: ['BUSINESS_ID_CHECKSUM'],
  },
  {
    name: 'the postal code written with four digits',
    path: ['controller', 'address', 'postal_code'],
    value: '2100',
    codes: ['POSTAL_CODE_INVALID'],
  },
  {
    name: "the contact person's phone written with letters",
    path: ['contact_person', 'phone'],
    value: '050 ABC 4567',
    codes: ['PHONE_INVALID'],
  },
  {
    name: 'the register name left as TODO in every language',
    path: ['register_name'],
    value: tri('TODO', 'TODO', 'TODO'),
    codes: ['PLACEHOLDER_UNFILLED', 'PLACEHOLDER_UNFILLED', 'PLACEHOLDER_UNFILLED'],
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
    // 13(2)(d) asks for the right to complain, and the built-in rights (`rights.standard`) state it; only
    // the authority's contact details go with the section.
    name: 'the complaint section deleted: the built-in rights still tell of the complaint',
    path: ['complaint'],
    value: DELETE,
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
