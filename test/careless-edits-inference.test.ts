import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { ROOT, validateText } from './helpers.js';

// Careless edits a DPO makes to a valid notice, each one change to examples/complete.yaml (which has no
// findings), and the code the lint must answer it with; then edits that look alike but are right, which
// must not produce the code. The rules: L03 (DPO contact), L05 (an interest that names none), L10 (the
// objection to direct marketing apart), L27 (what marketing, profiling and analytics purposes need), L28
// (profiling while `automated_decisions.used` is false). complete.yaml's statement on automated decisions
// speaks of profiling and of the credit check, so no one change to it brings PROFILING_NOT_DECLARED: its
// fixtures (test/fixtures/rules/L28.*) show when it is reported.

const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');

// complete.yaml's purposes and bases, by index.
const CUSTOMER = ['purposes', 'items', 0];
const BILLING = ['purposes', 'items', 1];
const NEWSLETTER = ['purposes', 'items', 4];
const INTEREST = ['legal_basis', 'items', 2, 'interest'];
const CONSENT_BASIS = ['legal_basis', 'items', 3];

interface Case {
  edit: string;
  apply(doc: Document): void;
  code: string;
}

function text(fi: string, sv: string, en: string) {
  return { fi, sv, en };
}

/** Adds an item to the list at `path` as the DPO would, at its end. */
function append(doc: Document, path: (string | number)[], item: unknown): void {
  doc.addIn(path, doc.createNode(item));
}

const MUST_REPORT: Case[] = [
  {
    edit: 'the interest shortened to "Oikeutettu etu." in Finnish',
    apply: (doc) => doc.setIn([...INTEREST, 'fi'], 'Oikeutettu etu.'),
    code: 'LEGITIMATE_INTEREST_EMPTY',
  },
  {
    edit: 'the English interest replaced by "Our legitimate business interests."',
    apply: (doc) => doc.setIn([...INTEREST, 'en'], 'Our legitimate business interests.'),
    code: 'LEGITIMATE_INTEREST_EMPTY',
  },
  {
    edit: 'the Swedish interest replaced by "Vårt berättigade intresse och våra affärsbehov."',
    apply: (doc) => doc.setIn([...INTEREST, 'sv'], 'Vårt berättigade intresse och våra affärsbehov.'),
    code: 'LEGITIMATE_INTEREST_EMPTY',
  },
  {
    edit: 'the newsletter (direct marketing) put on the contract basis instead of consent',
    apply: (doc) => doc.setIn([...CONSENT_BASIS, 'basis'], 'contract'),
    code: 'INTEREST_OR_CONSENT_MISSING',
  },
  {
    edit: 'the customer-relationship purpose (on contract) now also develops the relationship',
    apply: (doc) =>
      doc.setIn(
        [...CUSTOMER, 'name'],
        text(
          'Liittymän toimitus ja asiakassuhteen kehittäminen',
          'Leverans av anslutningen och utveckling av kundrelationen',
          'Connection and customer relationship development',
        ),
      ),
    code: 'INTEREST_OR_CONSENT_MISSING',
  },
  {
    edit: 'a web-analytics purpose added without linking a basis to it',
    apply: (doc) =>
      append(doc, ['purposes', 'items'], {
        id: 'analytics',
        name: text('Verkkoanalytiikka', 'Webbanalys', 'Web analytics'),
        description: text(
          'Seuraamme sivujemme käyttöä analytiikkatyökalulla.',
          'Vi följer hur vår webbplats används med ett verktyg för webbanalys.',
          'We follow how our website is used with an analytics tool.',
        ),
      }),
    code: 'INTEREST_OR_CONSENT_MISSING',
  },
  {
    edit: 'the newsletter rewritten as "Suoramarkkinointi", its direct_marketing flag dropped on the way',
    apply: (doc) =>
      doc.setIn(NEWSLETTER, {
        id: 'newsletter',
        name: text('Suoramarkkinointi', 'Direktmarknadsföring', 'Direct marketing'),
        description: text(
          'Lähetämme sähköpostilla tarjouksia, jos olet antanut siihen suostumuksesi.',
          'Vi skickar erbjudanden per e-post, om du har gett ditt samtycke till det.',
          'We send offers by e-mail, if you have given your consent.',
        ),
      }),
    code: 'OBJECTION_RIGHT_MISSING',
  },
  {
    edit: "the DPO's e-mail address deleted, the name left",
    apply: (doc) => doc.deleteIn(['dpo', 'email']),
    code: 'DPO_CONTACT_MISSING',
  },
  {
    edit: 'a second data protection officer added by name only',
    apply: (doc) => doc.setIn(['dpo', 'officers'], doc.createNode([{ name: 'Pekka Malli' }])),
    code: 'DPO_CONTACT_MISSING',
  },
  {
    edit: 'an own rights text that lists the ban on direct marketing among the other rights',
    apply: (doc) =>
      doc.setIn(
        ['rights', 'items'],
        doc.createNode([
          {
            covers: ['access', 'rectification', 'objection_marketing'],
            text: text(
              'Voit tarkastaa ja korjata tietosi sekä kieltää suoramarkkinoinnin.',
              'Du kan kontrollera och rätta dina uppgifter och säga nej till direktmarknadsföring.',
              'You can check and correct your data and refuse direct marketing.',
            ),
          },
        ]),
      ),
    code: 'MARKETING_OBJECTION_NOT_SEPARATE',
  },
];

const MUST_NOT_REPORT: Case[] = [
  {
    edit: 'billing says in so many words that the data is not used for marketing',
    apply: (doc) =>
      doc.setIn(
        [...BILLING, 'description'],
        text(
          'Laskutus ja perintä. Emme käytä laskutustietoja markkinointiin.',
          'Fakturering och indrivning. Vi använder inte faktureringsuppgifterna för marknadsföring.',
          'Invoicing and collection. We do not use billing data for marketing.',
        ),
      ),
    code: 'INTEREST_OR_CONSENT_MISSING',
  },
  {
    edit: "the DPO's e-mail replaced by the web address of a contact form",
    apply: (doc) => {
      doc.deleteIn(['dpo', 'email']);
      doc.setIn(['dpo', 'website'], 'https://www.esimerkkiverkko.example/tietosuoja');
    },
    code: 'DPO_CONTACT_MISSING',
  },
  {
    edit: 'an own text that covers both objections together, apart from the other rights',
    apply: (doc) =>
      doc.setIn(
        ['rights', 'items'],
        doc.createNode([
          {
            covers: ['objection', 'objection_marketing'],
            text: text(
              'Voit vastustaa käsittelyä ja kieltää suoramarkkinoinnin milloin tahansa.',
              'Du kan invända mot behandlingen och säga nej till direktmarknadsföring när som helst.',
              'You can object to the processing and refuse direct marketing at any time.',
            ),
          },
        ]),
      ),
    code: 'MARKETING_OBJECTION_NOT_SEPARATE',
  },
  {
    edit: 'a newsletter purpose that profiles subscribers, which the statement on automated decisions speaks of',
    apply: (doc) =>
      doc.setIn(
        [...NEWSLETTER, 'description'],
        text(
          'Uutiskirje, jonka sisältö valitaan profiloimalla tilaajan kiinnostuksen kohteet, jos olet antanut suostumuksesi.',
          'Nyhetsbrev vars innehåll väljs genom profilering av prenumerantens intressen, om du har gett ditt samtycke.',
          'A newsletter whose content is chosen by profiling your interests, if you have given your consent.',
        ),
      ),
    code: 'PROFILING_NOT_DECLARED',
  },
];

async function codesAfter(apply: (doc: Document) => void): Promise<string[]> {
  const doc = parseDocument(COMPLETE);
  apply(doc);
  return (await validateText(doc.toString(), {}, 'complete.yaml')).map((d) => d.code);
}

describe('careless edits to the model notice: what marketing, profiling and the DPO need', () => {
  it('the model notice itself has no findings', async () => {
    expect(await codesAfter(() => {})).toEqual([]);
  });

  for (const { edit, apply, code } of MUST_REPORT) {
    it(`${edit}: ${code}`, async () => {
      expect(await codesAfter(apply)).toContain(code);
    });
  }

  for (const { edit, apply, code } of MUST_NOT_REPORT) {
    it(`${edit}: no ${code}`, async () => {
      expect(await codesAfter(apply)).not.toContain(code);
    });
  }
});
