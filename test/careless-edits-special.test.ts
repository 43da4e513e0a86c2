import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { ROOT, validateText } from './helpers.js';

// Careless edits to the model notice (examples/complete.yaml, which has no findings): each case makes one
// change a busy author might make, as a YAML edit, and names the code the validator must answer it with.
// The rules: special-category words (L32), the Art. 9(2) point and its basis (L33), the children's consent
// age (L34), and the sources of Art. 14 (L12).
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');

async function codesAfter(edit: (doc: Document) => void): Promise<string[]> {
  const doc = parseDocument(COMPLETE);
  edit(doc);
  const diagnostics = await validateText(doc.toString(), {}, 'complete.yaml');
  return diagnostics.map((d) => `${d.severity} ${d.code}`);
}

const texts = (fi: string, sv: string, en: string) => ({ fi, sv, en });

interface Case {
  name: string;
  edit: (doc: Document) => void;
  /** `severity CODE` the edit must produce. */
  code: string;
}

const CASES: Case[] = [
  {
    name: 'a data category of sick leave, not marked as health data',
    edit: (doc) =>
      doc.addIn(
        ['data_categories', 'items'],
        doc.createNode({
          id: 'absences',
          description: texts('Sairauspoissaolot.', 'Sjukfrånvaro.', 'Sick leave.'),
        }),
      ),
    code: 'warning SPECIAL_CATEGORY_NOT_FLAGGED',
  },
  {
    name: 'only the Finnish text of a category gains "terveydentila"',
    edit: (doc) =>
      doc.setIn(
        ['data_categories', 'items', 1, 'description', 'fi'],
        'Asiakassuhteen tiedot: asiakasnumero, syntymäaika ja terveydentila, jos se vaikuttaa asennukseen.',
      ),
    code: 'warning SPECIAL_CATEGORY_NOT_FLAGGED',
  },
  {
    name: 'the English text of the contact data mentions medical certificates',
    edit: (doc) =>
      doc.setIn(
        ['data_categories', 'items', 0, 'description', 'en'],
        'Contact details: name, address, phone number, e-mail address and medical certificates.',
      ),
    code: 'warning SPECIAL_CATEGORY_NOT_FLAGGED',
  },
  {
    name: 'the Swedish text of a group names the members of a trade union',
    edit: (doc) =>
      doc.setIn(
        ['data_subjects', 'items', 1, 'description', 'sv'],
        'Kontaktpersoner hos fackförbund som är våra kunder.',
      ),
    code: 'warning SPECIAL_CATEGORY_NOT_FLAGGED',
  },
  {
    name: 'explicit consent (9(2)(a)) on the contract basis',
    edit: (doc) => doc.setIn(['legal_basis', 'items', 0, 'article_9_2'], 'a'),
    code: 'warning SPECIAL_CATEGORY_BASIS_MISMATCH',
  },
  {
    name: 'substantial public interest (9(2)(g)) on the consent basis',
    edit: (doc) => doc.setIn(['legal_basis', 'items', 3, 'article_9_2'], 'g'),
    code: 'warning SPECIAL_CATEGORY_BASIS_MISMATCH',
  },
  {
    name: 'research (9(2)(j)) on legitimate interests, with no law named',
    edit: (doc) => doc.setIn(['legal_basis', 'items', 2, 'article_9_2'], 'j'),
    code: 'error SPECIAL_CATEGORY_LAW_MISSING',
  },
  {
    name: 'public health (9(2)(i)) on the contract basis, with no law named',
    edit: (doc) => doc.setIn(['legal_basis', 'items', 0, 'article_9_2'], 'i'),
    code: 'error SPECIAL_CATEGORY_LAW_MISSING',
  },
  {
    name: 'the population register loses `public: true`',
    edit: (doc) => doc.deleteIn(['sources', 'items', 2, 'public']),
    code: 'error SOURCE_PUBLIC_NOT_STATED',
  },
  {
    name: 'the credit information company loses `public: false`',
    edit: (doc) => doc.deleteIn(['sources', 'items', 3, 'public']),
    code: 'error SOURCE_PUBLIC_NOT_STATED',
  },
  {
    name: 'a new source: a bought marketing list, not said to be public or not',
    edit: (doc) =>
      doc.addIn(
        ['sources', 'items'],
        doc.createNode({
          from: 'third_party',
          name: texts('Osoitepalvelu', 'Adresstjänst', 'Address service'),
          description: texts('Ostetut osoitteet.', 'Köpta adresser.', 'Bought addresses.'),
        }),
      ),
    code: 'error SOURCE_PUBLIC_NOT_STATED',
  },
  {
    name: 'the newsletter becomes one of a web service for children, still on consent',
    edit: (doc) =>
      doc.setIn(
        ['purposes', 'items', 4, 'description'],
        doc.createNode(
          texts(
            'Lasten verkkopalvelun uutiskirje, jos olet antanut siihen suostumuksesi.',
            'Nyhetsbrevet för vår webbtjänst för barn, om du har gett ditt samtycke.',
            'The newsletter of our online service for children, if you have given your consent.',
          ),
        ),
      ),
    code: 'warning CHILD_CONSENT_AGE_MISSING',
  },
  {
    name: 'children said to be among the users of an online newsletter, with no age rule',
    edit: (doc) =>
      doc.setIn(
        ['data_subjects', 'items', 2, 'description'],
        doc.createNode(
          texts(
            'Verkkopalvelumme uutiskirjeen tilaajat, myös alle 13-vuotiaat.',
            'Prenumeranter på nyhetsbrevet i vår webbtjänst, också barn.',
            'Subscribers to the newsletter of our online service, children too.',
          ),
        ),
      ),
    code: 'warning CHILD_CONSENT_AGE_MISSING',
  },
];

describe('careless edits to the model notice: special categories, Art. 9(2), children, sources', () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.code.split(' ')[1]}`, async () => {
      expect(await codesAfter(c.edit)).toContain(c.code);
    });
  }

  it('the unedited model notice has none of these codes', async () => {
    expect(await codesAfter(() => {})).toEqual([]);
  });
});

// Edits that look alike but are right: the rules must stay silent.
describe('edits that must not be reported', () => {
  it('a sentence saying health and union data are not processed', async () => {
    const codes = await codesAfter((doc) =>
      doc.setIn(
        ['data_categories', 'text'],
        doc.createNode(
          texts(
            'Emme käsittele terveystietoja emmekä tietoja ammattiliiton jäsenyydestä.',
            'Vi behandlar inte uppgifter om hälsa eller medlemskap i fackförening.',
            'We do not process health data or data on trade-union membership.',
          ),
        ),
      ),
    );
    expect(codes).toEqual([]);
  });

  it('explicit consent (9(2)(a)) on the consent basis', async () => {
    expect(await codesAfter((doc) => doc.setIn(['legal_basis', 'items', 3, 'article_9_2'], 'a'))).toEqual([]);
  });

  it('health care (9(2)(h)) on the legal-obligation basis, whose law is named', async () => {
    expect(await codesAfter((doc) => doc.setIn(['legal_basis', 'items', 1, 'article_9_2'], 'h'))).toEqual([]);
  });

  it("the whole sources section removed: the data is then the person's own (Art. 13), no source list is due", async () => {
    const codes = await codesAfter((doc) => doc.delete('sources'));
    expect(codes.filter((c) => /SOURCE/.test(c))).toEqual([]);
  });

  it('children among the subscribers, with the age rule', async () => {
    const codes = await codesAfter((doc) => {
      CASES.at(-1)!.edit(doc);
      doc.setIn(
        ['data_subjects', 'children'],
        doc.createNode({
          included: true,
          consent_age: 13,
          guardian_consent: texts(
            'Alle 13-vuotiaan puolesta tilauksen vahvistaa huoltaja sähköpostiin lähetetyllä linkillä.',
            'För barn under 13 år bekräftar vårdnadshavaren prenumerationen via en länk i e-posten.',
            'For a child under 13, a guardian confirms the subscription through a link sent by e-mail.',
          ),
        }),
      );
    });
    expect(codes).toEqual([]);
  });
});
