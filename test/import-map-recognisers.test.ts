import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  findBases,
  findBusinessIds,
  findCitations,
  findDates,
  findEmails,
  findObfuscatedEmails,
  findPeriods,
  findPhones,
  findThirdCountries,
  findUrls,
  mapDocument,
  parseContact,
  sectionsOfHeading,
} from '../src/import/map/index.js';
import type { Block, ImportDocument } from '../src/import/types.js';

// Each recogniser of the map stage on the forms found in real notices.

function doc(blocks: [Block['kind'], string, Partial<Block>?][]): ImportDocument {
  return {
    file: 'test.txt',
    format: 'text',
    text: blocks.map(([, text]) => text).join('\n\n'),
    blocks: blocks.map(([kind, text, extra], i) => ({ kind, text, line: i * 2 + 1, endLine: i * 2 + 1, ...extra })),
  };
}

describe('headings', () => {
  it('knows numbered HetiL sections', () => {
    expect(sectionsOfHeading('1. Rekisterinpitäjä')).toEqual(['controller']);
    expect(sectionsOfHeading('6. Säännönmukaiset tietolähteet')).toEqual(['sources']);
    expect(sectionsOfHeading('9. Rekisterin suojauksen periaatteet')).toEqual(['security']);
  });
  it('knows labels with a colon, in Swedish too', () => {
    expect(sectionsOfHeading('Rekisterin ylläpitäjä:')).toEqual(['controller']);
    expect(sectionsOfHeading('Registrets ändamål:')).toEqual(['purposes']);
    expect(sectionsOfHeading('Personuppgifternas förvaringstid:')).toEqual(['retention']);
  });
  it('knows headings in capitals', () => {
    expect(sectionsOfHeading('REKISTERIN TIETOSISÄLTÖ')).toEqual(['data_categories']);
  });
  it('knows question headings in fi, sv and en', () => {
    expect(sectionsOfHeading('Mitä tietoja käsittelemme?')).toEqual(['data_categories']);
    expect(sectionsOfHeading('Vilka uppgifter behandlar vi?')).toEqual(['data_categories']);
    expect(sectionsOfHeading('What data do we collect?')).toEqual(['data_categories']);
    expect(sectionsOfHeading('How long do we keep your data?')).toEqual(['retention']);
  });
  it('splits a heading that joins sections', () => {
    expect(sectionsOfHeading('Säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle')).toEqual([
      'recipients',
      'transfers',
    ]);
    expect(sectionsOfHeading('Yhteyshenkilö/tietosuojavastaava')).toEqual(['contact_person', 'dpo']);
    expect(sectionsOfHeading('Rekisterinpitäjä ja rekisterinpitäjän yhteystiedot')).toEqual(['controller']);
  });
  it('knows none for a heading of something else', () => {
    expect(sectionsOfHeading('Yleistä')).toBeUndefined();
  });

  it('finds a heading written as a list line, and a table label cell', () => {
    const result = mapDocument(
      doc([
        ['item', 'Rekisterin nimi'],
        ['paragraph', 'Asiakasrekisteri'],
        [
          'row',
          'Rekisterin suojauksen periaatteet | Tiedot ovat lukitussa tilassa.',
          { cells: ['Rekisterin suojauksen periaatteet', 'Tiedot ovat lukitussa tilassa.'] },
        ],
      ]),
      { language: 'fi' },
    );
    expect(result.notice.register_name).toBe('Asiakasrekisteri');
    expect(result.notice.security).toEqual({ text: 'Tiedot ovat lukitussa tilassa.' });
    expect(result.notice.layout?.order).toEqual(['register_name', 'security']);
  });

  it('makes an unknown markup heading an extra section, and keeps a numbered original faithful', () => {
    const result = mapDocument(
      doc([
        ['paragraph', '1. Rekisterinpitäjä'],
        ['paragraph', 'Esimerkki Oy'],
        ['paragraph', '2. Rekisterin nimi'],
        ['paragraph', 'Asiakasrekisteri'],
        ['paragraph', '3. Rekisterin tietosisältö'],
        ['item', 'nimi'],
        ['item', 'osoite'],
        ['paragraph', 'Tiedot päivitetään vuosittain.'],
        ['heading', 'Muuta tietoa', { level: 2 }],
        ['paragraph', 'Kysy lisää.'],
      ]),
      { language: 'fi' },
    );
    expect(result.notice.layout).toEqual({
      numbered: false,
      order: ['controller', 'register_name', 'data_categories', 'muuta_tietoa'],
      headings: {
        controller: '1. Rekisterinpitäjä',
        register_name: '2. Rekisterin nimi',
        data_categories: '3. Rekisterin tietosisältö',
      },
    });
    expect(result.notice.data_categories).toEqual({
      items: [{ description: 'nimi' }, { description: 'osoite' }],
      text_after: 'Tiedot päivitetään vuosittain.',
    });
    expect(result.notice.extra_sections).toEqual([{ id: 'muuta_tietoa', title: 'Muuta tietoa', text: 'Kysy lisää.' }]);
  });

  it('keeps a line that cannot be placed in the nearest section, never dropping it', () => {
    const result = mapDocument(
      doc([
        ['paragraph', 'Rekisterin suojauksen periaatteet'],
        ['paragraph', 'Palvelimet ovat lukitussa tilassa.'],
        ['paragraph', 'Tämä ei kuulu mihinkään'],
      ]),
      { language: 'fi' },
    );
    expect(result.notice.security?.text).toContain('Tämä ei kuulu mihinkään');
    expect(new Set(result.placements.map((p) => p.block))).toEqual(new Set([0, 1, 2]));
  });
});

describe('facts', () => {
  it('keeps obfuscated e-mail addresses as written, out of the e-mail field', () => {
    expect(findObfuscatedEmails('Sähköposti: aki.lassila(at)helsinki.fi')).toEqual(['aki.lassila(at)helsinki.fi']);
    expect(findObfuscatedEmails('tietosuoja[at]om.fi')).toEqual(['tietosuoja[at]om.fi']);
    expect(findObfuscatedEmails('tuki @ palvelimet . net')).toEqual(['tuki @ palvelimet . net']);
    expect(findObfuscatedEmails('etunimi.sukunimi@yritys.fi')).toEqual(['etunimi.sukunimi@yritys.fi']);
    expect(findEmails('etunimi.sukunimi@yritys.fi, tuki@yritys.fi.')).toEqual(['tuki@yritys.fi']);
    const { contact } = parseContact(['Sähköposti: aki.lassila(at)helsinki.fi', 'E-mail: info@example.fi']);
    expect(contact.email).toBe('info@example.fi');
    expect(contact.text).toBe('Sähköposti: aki.lassila(at)helsinki.fi');
  });

  it('finds phone numbers and web addresses', () => {
    expect(findPhones('Puhelin: +358 (0)9 3157 6885')).toEqual(['+358 (0)9 3157 6885']);
    expect(findPhones('puh. 019 505 81, y-tunnus 0723069-3')).toEqual(['019 505 81']);
    expect(findUrls('Katso www.esimerkki.fi tai https://example.fi/tietosuoja.')).toEqual([
      'www.esimerkki.fi',
      'https://example.fi/tietosuoja',
    ]);
  });

  it('checks a business ID', () => {
    expect(findBusinessIds('Y-tunnus: 2039096-6')).toEqual(['2039096-6']);
    expect(findBusinessIds('Y-tunnus: 2039096-5')).toEqual([]);
  });

  it('reads a contact block into fields, and leaves what it does not understand in text', () => {
    const { contact } = parseContact([
      'Nimi: ILJOJA Networks',
      'Y-tunnus: 2039096-6',
      'Osoite: Niittykatu 28, 04400 Järvenpää',
      'Puhelin: +358 (0)9 3157 6885',
      'Kotipaikka: Helsinki',
    ]);
    expect(contact).toEqual({
      name: 'ILJOJA Networks',
      business_id: '2039096-6',
      address: { street: 'Niittykatu 28', postal_code: '04400', city: 'Järvenpää' },
      phone: '+358 (0)9 3157 6885',
      text: 'Kotipaikka: Helsinki',
    });
    expect(parseContact(['LPOnet Oy, 0354505-7 Linnunrata 6, 07900 Loviisa 019 505 81']).contact).toEqual({
      name: 'LPOnet Oy',
      business_id: '0354505-7',
      address: { street: 'Linnunrata 6', postal_code: '07900', city: 'Loviisa' },
      phone: '019 505 81',
    });
  });

  it('reads dates in each form, with what they date', () => {
    const iso = (text: string): [string, string | undefined][] => findDates(text).map((d) => [d.iso, d.role]);
    expect(iso('Päivitetty 25.5.2018')).toEqual([['2018-05-25', 'updated']]);
    expect(iso('Laadittu 01.01.2016')).toEqual([['2016-01-01', 'created']]);
    expect(iso('Upprättad 2019-03-01, uppdaterad 2020-02-01')).toEqual([
      ['2019-03-01', 'created'],
      ['2020-02-01', 'updated'],
    ]);
    expect(iso('Last updated: 3 March 2024')).toEqual([['2024-03-03', 'updated']]);
    expect(iso('Created March 3, 2024')).toEqual([['2024-03-03', 'created']]);
    expect(iso('päivitetty 1. maaliskuuta 2024')).toEqual([['2024-03-01', 'updated']]);
    expect(iso('uppdaterad 1 mars 2024')).toEqual([['2024-03-01', 'updated']]);
  });

  it('finds the law cited, and from it and the date the profile', () => {
    expect(findCitations('Henkilötietolaki (523/99) 10 §')).toEqual({ hetil: 'Henkilötietolaki' });
    expect(findCitations('EU:n yleisen tietosuoja-asetuksen (2016/679) mukainen').gdpr).toBeDefined();
    expect(findCitations('sähköisen viestinnän tietosuojalakia')).toEqual({});
    const notice = (text: string): ReturnType<typeof mapDocument> =>
      mapDocument(
        doc([
          ['paragraph', 'Tietosuojaseloste'],
          ['paragraph', text],
        ]),
        { language: 'fi' },
      );
    // Updated after 25.5.2018 and citing the GDPR: gdpr, even though it also cites the Personal Data Act.
    const both = notice('Henkilötietolain 10 § ja EU:n tietosuoja-asetuksen mukainen seloste. Päivitetty 1.6.2018');
    expect(both.notice.notice.profile).toBe('gdpr');
    expect(both.notice.notice.updated).toBe('2018-06-01');
    expect(both.inferences.find((i) => i.path.join('.') === 'notice.profile')?.note).toMatch(/GDPR/);
    expect(notice('Henkilötietolain 10 §:n mukainen rekisteriseloste').notice.notice.profile).toBe('hetil');
  });

  it('tells the language by its common words, unless the user gives it', () => {
    expect(detectLanguage('Rekisterin tiedot ovat luottamuksellisia ja niitä ei luovuteta.').language).toBe('fi');
    expect(detectLanguage('Uppgifterna i registret är konfidentiella och lämnas inte ut.').language).toBe('sv');
    expect(detectLanguage('We keep your personal data safe and do not share it.').language).toBe('en');
    const result = mapDocument(doc([['paragraph', 'We keep your personal data safe.']]), { language: 'sv' });
    expect(result.notice.notice.languages).toEqual(['sv']);
  });

  it('names legal bases in each language', () => {
    expect(findBases('Käsittely perustuu rekisteröidyn suostumukseen.')).toEqual(['consent']);
    expect(findBases('rekisterinpitäjän oikeutettu etu ja lakisääteinen velvoite')).toEqual([
      'legitimate_interests',
      'legal_obligation',
    ]);
    expect(findBases('Behandlingen grundar sig på avtal.')).toEqual(['contract']);
    expect(findBases('berättigat intresse')).toEqual(['legitimate_interests']);
    expect(findBases('rättslig förpliktelse')).toEqual(['legal_obligation']);
    expect(findBases('We process it on the basis of your consent.')).toEqual(['consent']);
    expect(findBases('necessary for the performance of a task carried out in the public interest')).toEqual([
      'public_task',
    ]);
  });

  it('makes a sentence naming one basis an item, its words the description', () => {
    const result = mapDocument(
      doc([
        ['paragraph', 'Käsittelyn oikeusperuste'],
        ['item', 'Rekisteröidyn ja rekisterinpitäjän välillä oleva sopimussuhde.'],
        ['item', 'Rekisterinpitäjän lakisääteisten velvoitteiden toteuttaminen.'],
      ]),
      { language: 'fi' },
    );
    expect(result.notice.legal_basis?.items).toEqual([
      { basis: 'contract', description: 'Rekisteröidyn ja rekisterinpitäjän välillä oleva sopimussuhde.' },
      { basis: 'legal_obligation', description: 'Rekisterinpitäjän lakisääteisten velvoitteiden toteuttaminen.' },
    ]);
    expect(result.inferences.some((i) => i.path.join('.') === 'legal_basis.items.0.basis')).toBe(true);
  });

  it('reads retention periods as ISO 8601 durations', () => {
    expect(findPeriods('Tietoja säilytetään 10 vuotta.').map((p) => p.period)).toEqual(['P10Y']);
    expect(findPeriods('6 kuukautta viimeisen kirjautumisen jälkeen').map((p) => p.period)).toEqual(['P6M']);
    expect(findPeriods('We keep them for two years.').map((p) => p.period)).toEqual(['P2Y']);
    expect(findPeriods('sparas i 12 månader').map((p) => p.period)).toEqual(['P12M']);
  });

  it('finds countries outside the EU/EEA for transfers, and a stated none', () => {
    expect(findThirdCountries('Palvelin sijaitsee Yhdysvalloissa ja Ruotsissa.')).toEqual(['US']);
    const result = mapDocument(
      doc([
        ['paragraph', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle'],
        ['paragraph', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.'],
      ]),
      { language: 'fi' },
    );
    expect(result.notice.transfers).toEqual({
      status: 'none',
      text: 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
    });
  });
});
