import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mapDocument } from '../src/import/map/index.js';
import type { Block, ImportDocument, ImportedNotice } from '../src/import/types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { hasFormatErrors, validateNotice } from '../src/validate/index.js';

// Nothing invented: a value the format requires (automated_decisions.used, transfers.status,
// provision_requirement.requirement, sources[].from) is filled only when the notice's words settle it, with an
// Inference naming those words. When they do not, the section is kept as written (heading and text) without the
// structure, and `validate` reports what the law still asks.

function doc(blocks: [Block['kind'], string][]): ImportDocument {
  return {
    file: 'test.txt',
    format: 'text',
    text: blocks.map(([, text]) => text).join('\n\n'),
    blocks: blocks.map(([kind, text], i) => ({ kind, text, line: i * 2 + 1, endLine: i * 2 + 1 })),
  };
}

/** A GDPR notice of a controller and purposes, with one section more under `heading`. */
function noticeWith(heading: string, ...content: [Block['kind'], string][]): ImportedNotice {
  return mapDocument(
    doc([
      ['heading', 'Tietosuojaseloste'],
      ['heading', 'Rekisterinpitäjä'],
      ['paragraph', 'Esimerkki Oy'],
      ['heading', 'Henkilötietojen käsittelyn tarkoitus'],
      ['paragraph', 'Käsittelemme tietoja asiakassuhteen hoitamiseksi.'],
      ['heading', heading],
      ...content,
    ]),
    { language: 'fi', profile: 'gdpr' },
  );
}

async function codes(imported: ImportedNotice): Promise<string[]> {
  const diagnostics = await validateNotice(loadNoticeBytes(stringify(imported.notice), 'imported.yaml'));
  expect(hasFormatErrors(diagnostics)).toBe(false);
  return diagnostics.map((d) => d.code);
}

const noteAt = (imported: ImportedNotice, path: string) =>
  imported.inferences.find((i) => i.path.join('.') === path)?.note;

describe('automated decisions', () => {
  it('clear no: used: false, with the words that deny it', async () => {
    const imported = noticeWith('Automaattinen päätöksenteko', [
      'paragraph',
      'Automaattisia päätöksiä tai profilointia ei tehdä.',
    ]);
    expect(imported.notice.automated_decisions).toEqual({
      used: false,
      text: 'Automaattisia päätöksiä tai profilointia ei tehdä.',
    });
    expect(noteAt(imported, 'automated_decisions.used')).toMatch(/ei tehdä/);
    expect(await codes(imported)).not.toContain('AUTOMATED_DECISIONS_NOT_STATED');
  });
  it('clear no under a heading that names them: "This site doesn\'t handle data under these circumstances."', () => {
    const imported = mapDocument(
      doc([
        ['heading', 'What automated decision making and/or profiling we do with user data'],
        ['paragraph', "This site doesn't handle data under these circumstances."],
      ]),
      { language: 'en' },
    );
    expect(imported.notice.automated_decisions?.used).toBe(false);
  });
  it('clear yes: used: true, with the words that state it', async () => {
    const imported = noticeWith('Automaattinen päätöksenteko', [
      'paragraph',
      'Luottopäätöksessä käytetään automaattista päätöksentekoa, joka perustuu maksuhistoriaan.',
    ]);
    expect(imported.notice.automated_decisions?.used).toBe(true);
    expect(noteAt(imported, 'automated_decisions.used')).toMatch(/käytetään/);
    // Used, so validate asks for the logic and the significance.
    expect(await codes(imported)).toContain('AUTOMATED_DECISIONS_DETAILS_MISSING');
  });
  it('unclear: no automated_decisions, the section kept as an extra section, and the gap reported', async () => {
    const imported = noticeWith('Automaattinen päätöksenteko', ['paragraph', 'Lisätietoja saat asiakaspalvelustamme.']);
    expect(imported.notice.automated_decisions).toBeUndefined();
    expect(imported.notice.extra_sections).toEqual([
      expect.objectContaining({ title: 'Automaattinen päätöksenteko', text: 'Lisätietoja saat asiakaspalvelustamme.' }),
    ]);
    const id = imported.notice.extra_sections![0]!.id!;
    expect(imported.notice.layout?.order).toContain(id);
    expect(imported.notice.layout?.order).not.toContain('automated_decisions');
    expect(await codes(imported)).toContain('AUTOMATED_DECISIONS_NOT_STATED');
  });
});

describe('transfers outside the EU/EEA', () => {
  it('clear no: status none', () => {
    const imported = noticeWith('Tietojen siirto EU:n tai ETA:n ulkopuolelle', [
      'paragraph',
      'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
    ]);
    expect(imported.notice.transfers?.status).toBe('none');
  });
  it('a denial with "unless needed" is not none: status intended', () => {
    const imported = noticeWith('Tietojen siirto EU:n tai ETA:n ulkopuolelle', [
      'paragraph',
      'Tietoja ei luovuteta EU:n tai ETA:n ulkopuolelle mikäli se ei ole tarpeellista.',
    ]);
    expect(imported.notice.transfers?.status).toBe('intended');
    expect(noteAt(imported, 'transfers.status')).toMatch(/mikäli/);
  });
  it('clear yes: status intended, with the words', () => {
    const imported = noticeWith('Tietojen siirto EU:n tai ETA:n ulkopuolelle', [
      'paragraph',
      'Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle vakiosopimuslausekkeiden perusteella.',
    ]);
    expect(imported.notice.transfers?.status).toBe('intended');
    expect(noteAt(imported, 'transfers.status')).toMatch(/voidaan siirtää/);
  });
  it('unclear: no transfers, the section kept as written, and TRANSFERS_NOT_STATED', async () => {
    const imported = noticeWith('Tietojen siirto EU:n tai ETA:n ulkopuolelle', [
      'paragraph',
      'Huolehdimme tietojen asianmukaisesta käsittelystä.',
    ]);
    expect(imported.notice.transfers).toBeUndefined();
    expect(imported.notice.extra_sections?.[0]?.text).toBe('Huolehdimme tietojen asianmukaisesta käsittelystä.');
    expect(await codes(imported)).toContain('TRANSFERS_NOT_STATED');
  });
  it('unclear in a joined section: its words stay with the other part, and TRANSFERS_NOT_STATED', async () => {
    const imported = noticeWith('Tietojen luovutukset ja siirto EU:n tai ETA:n ulkopuolelle', [
      'paragraph',
      'Tietoja ei luovuteta muille.',
    ]);
    expect(imported.notice.transfers).toBeUndefined();
    expect(imported.notice.recipients?.text).toBe('Tietoja ei luovuteta muille.');
    expect(await codes(imported)).toContain('TRANSFERS_NOT_STATED');
  });
});

describe('provision requirement', () => {
  it('clear: statutory, voluntary, and mixed when both are named', () => {
    const of = (sentence: string) =>
      noticeWith('Henkilötietojen antamisen pakollisuus', ['paragraph', sentence]).notice.provision_requirement
        ?.requirement;
    expect(of('Tietojen antaminen on lakisääteistä.')).toBe('statutory');
    expect(of('Tietojen antaminen on vapaaehtoista.')).toBe('voluntary');
    expect(of('Nimi on pakollinen tieto, puhelinnumero vapaaehtoinen.')).toBe('mixed');
  });
  it('unclear: no provision_requirement, and PROVISION_REQUIREMENT_MISSING', async () => {
    const imported = noticeWith('Henkilötietojen antamisen pakollisuus', [
      'paragraph',
      'Kysy lisää asiakaspalvelusta.',
    ]);
    expect(imported.notice.provision_requirement).toBeUndefined();
    expect(imported.notice.extra_sections?.[0]?.title).toBe('Henkilötietojen antamisen pakollisuus');
    expect(await codes(imported)).toContain('PROVISION_REQUIREMENT_MISSING');
  });
});

describe('sources', () => {
  it('clear: items with `from` read from the words', () => {
    const imported = noticeWith(
      'Säännönmukaiset tietolähteet',
      ['item', 'Rekisteröidyn itse antamat tiedot'],
      ['item', 'Väestötietojärjestelmästä saatavat osoitetiedot'],
    );
    expect(imported.notice.sources?.items?.map((i) => i.from)).toEqual(['data_subject', 'third_party']);
  });
  it('unclear: the list stays the section text, no `from` guessed', () => {
    const imported = noticeWith(
      'Säännönmukaiset tietolähteet',
      ['item', 'Rekisteröidyn itse antamat tiedot'],
      ['item', 'Muut tiedot'],
    );
    expect(imported.notice.sources).toEqual({ text: '- Rekisteröidyn itse antamat tiedot\n- Muut tiedot' });
  });
});

describe('recipients: no regular disclosures (HetiL 10 § 4 k.)', () => {
  it('reads regular_disclosures: false from the words, and keeps them as the text', () => {
    const imported = noticeWith('Säännönmukaiset luovutukset', ['paragraph', 'Ei säännönmukaisia luovutuksia.']);
    expect(imported.notice.recipients).toEqual({ text: 'Ei säännönmukaisia luovutuksia.', regular_disclosures: false });
    expect(noteAt(imported, 'recipients.regular_disclosures')).toMatch(/Ei säännönmukaisia luovutuksia/);
  });
  it('says nothing of regular disclosures when the words do not', () => {
    const imported = noticeWith('Säännönmukaiset luovutukset', [
      'paragraph',
      'Tietoja luovutetaan perintätoimistolle.',
    ]);
    expect(imported.notice.recipients?.regular_disclosures).toBeUndefined();
  });
});
