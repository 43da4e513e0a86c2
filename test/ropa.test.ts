import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './helpers.js';

// The record of processing activities (GDPR Art. 30(1)) as a record keeper
// opens it: the CSV parsed as a spreadsheet would, the workbook read back with
// exceljs, and the gaps as the report gives them.

const FIXTURES = join(ROOT, 'test/fixtures/ropa');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'notice-ropa-'));
  folders.push(folder);
  return folder;
}

/** The CSV's rows as objects keyed by the heading row. */
function csvRecords(file: string): Record<string, string>[] {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)], 'UTF-8 BOM for Excel').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n'), 'the file ends with a row end').toBe(true);
  // RFC 4180, rows ended by CRLF (a row ended by LF alone runs into the next, and has too many fields).
  return parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

async function xlsxRecords(file: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(head.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
  });
  return rows;
}

async function ropa(args: string[], env: Record<string, string | undefined> = {}) {
  return runMain(['ropa', '--no-config', ...args], { env: { SOURCE_DATE_EPOCH: undefined, ...env } });
}

describe('notice ropa of the examples', () => {
  const out = tempFolder();
  let status: number;

  it('writes one record per controller, in each format, and exits 1 on the gaps of the old registers', async () => {
    const run = await ropa([join(ROOT, 'examples'), '--out', out, '--report', 'json']);
    status = run.status ?? -1;
    expect(status).toBe(1);
    const files = readdirSync(out).sort();
    expect(files).toContain('ropa-9184372-3.csv');
    expect(files).toContain('ropa-9184372-3.xlsx');
    expect(files).toContain('ropa-9184372-3.html');
    // The register without a controller is a record of its own, named after its file.
    expect(files).toContain('ropa-lponet-asiakasrekisteri.csv');
  });

  it('CSV: the complete example gives its purposes, a transfer and its safeguard, and the retention in Finnish', () => {
    const [row, ...others] = csvRecords(join(out, 'ropa-9184372-3.csv'));
    expect(others).toEqual([]);
    expect(row!['Käsittely (rekisteri)']).toBe('Internetliittymien asiakasrekisteri');
    expect(row!['Käsittelyn tarkoitukset']).toContain('• Laskutus ja perintä: Laskutus, maksamatta jääneiden');
    const transfers = row!['Siirrot kolmansiin maihin tai kansainvälisille järjestöille ja suojatoimet']!;
    expect(transfers).toContain('Yhdysvallat (Sähköpostiuutiskirjeiden lähetyspalvelun tarjoaja)');
    expect(transfers).toContain('Euroopan komission vakiosopimuslausekkeet');
    // A Markdown link is written as its text and address.
    expect(transfers).toContain('tietosuojavastaavaltamme osoitteesta tietosuoja@esimerkkiverkko.example');
    const retention = row!['Poistamisen määräajat (säilytysajat)']!;
    expect(retention).toContain('3 vuotta (alkaen: Asiakassuhteen päättyminen)');
    expect(retention).toContain('Säädös: Kirjanpitolaki (1336/1997) 2 luku 10 §');
    expect(row!['Tietosuojavastaava ja yhteystiedot']).toBe(
      'Maija Mallikas, ulkoinen tietosuojavastaava, tietosuoja@esimerkkiverkko.example',
    );
    expect(row!['Teknisten ja organisatoristen turvatoimien yleiskuvaus']).toContain('kaksivaiheisella');
  });

  it('XLSX: the same cells, read back with exceljs', async () => {
    const csv = csvRecords(join(out, 'ropa-9184372-3.csv'));
    const xlsx = await xlsxRecords(join(out, 'ropa-9184372-3.xlsx'));
    // The CSV keeps formula-looking text safe with an apostrophe; nothing here starts so.
    expect(xlsx).toEqual(csv);
    expect(xlsx[0]!['Käsittelyn oikeusperusteet']).toContain('Suostumus');
  });

  it('an old register lacking data subjects says so in its cell and in a positioned error', async () => {
    const run = await ropa([join(ROOT, 'examples/iljoja-2015.yaml'), '--out', tempFolder(), '--report', 'json']);
    const report = JSON.parse(run.stdout) as {
      files: { diagnostics: { code: string; line: number; severity: string }[] }[];
    };
    const codes = report.files.flatMap((f) => f.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`));
    expect(codes).toContain('error ROPA_DATA_SUBJECTS_MISSING 25');
    expect(codes).toContain('warning ROPA_RETENTION_MISSING 25');
    // "May be transferred if needed", with no country: the record cannot identify where.
    expect(codes.filter((c) => c.includes('ROPA_TRANSFER_DESTINATION_MISSING'))).toHaveLength(1);
    const [row] = csvRecords(join(out, 'ropa-2039096-6.csv'));
    expect(row!['Rekisteröityjen ryhmät']).toBe('PUUTTUU: rekisterin tiedoissa ei kerrota tätä');
    expect(row!['Siirrot kolmansiin maihin tai kansainvälisille järjestöille ja suojatoimet']).toBe(
      'Tietoja voidaan luovuttaa EU:n tai ETA:n ulkopuolelle, jos asiakkaan palveleminen vaatii sitä.\n' +
        'PUUTTUU: rekisterin tiedoissa ei kerrota tätä',
    );
  });
});

describe('notice ropa of several controllers', () => {
  it('groups registers by business ID (else name), reports gaps at file:line:column, and leaves out a broken notice', async () => {
    const out = tempFolder();
    const run = await ropa([FIXTURES, '--out', out, '--report', 'json']);
    expect(run.status).toBe(1);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(['ropa-9184372-3.csv', 'ropa-beta-association.csv']);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; diagnostics: { code: string; line: number; column: number; severity: string }[] }[];
    };
    const found = report.files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.file.split('/').pop()}:${d.line}:${d.column} ${d.severity} ${d.code}`),
    );
    expect(found.sort()).toEqual([
      'a-applicants.yaml:2:1 warning ROPA_LEGAL_BASIS_MISSING',
      'a-applicants.yaml:2:1 warning ROPA_RETENTION_MISSING',
      'a-applicants.yaml:2:1 warning ROPA_SECURITY_MISSING',
      // The `dpo:` key; the transfer item (`- country: CH`).
      'a-applicants.yaml:9:1 error ROPA_DPO_CONTACT_MISSING',
      'b-members.yaml:31:7 error ROPA_TRANSFER_SAFEGUARDS_MISSING',
      'c-broken.yaml:6:11 error SCHEMA_TYPE',
    ]);

    const alpha = csvRecords(join(out, 'ropa-9184372-3.csv'));
    expect(alpha.map((r) => r['Processing (register)'])).toEqual(['Job applicants', 'Customer register']);
    const [applicants, customers] = alpha;
    expect(customers!['Purposes of the processing']).toBe(
      'Customer service: Serving customers, answering "questions", and billing.',
    );
    expect(customers!['Transfers to third countries or international organisations, and safeguards']).toMatch(
      /^United States \(Mail service\)\. Safeguards: Standard contractual clauses/,
    );
    expect(customers!['Time limits for erasure (retention)']).toBe(
      '5 years (counted from: The end of the customer relationship); Purposes: Customer service',
    );
    expect(customers!['Categories of recipients']).toBe('Cloud hosting provider (processor)');
    expect(applicants!['Time limits for erasure (retention)']).toBe('MISSING: the register does not say this');
    expect(applicants!['General description of technical and organisational security measures']).toBe(
      'MISSING: the register does not say this',
    );
    expect(applicants!['Data protection officer and contact details']).toBe(
      'Dana Officer\nMISSING: the register does not say this',
    );
    expect(applicants!['Categories of recipients']).toBe('The data is not disclosed');

    const [beta] = csvRecords(join(out, 'ropa-beta-association.csv'));
    expect(beta!['Controller and contact details']).toBe('Beta Association\n1 Example Street, 00100 Helsinki');
    expect(beta!['Data protection officer and contact details']).toBe('No data protection officer designated');
    expect(beta!['Transfers to third countries or international organisations, and safeguards']).toContain(
      'Switzerland. Safeguards: ',
    );
    expect(beta!['Transfers to third countries or international organisations, and safeguards']).toContain(
      'MISSING: the register does not say this',
    );
  });

  it('SARIF names the gaps as those of the record, with the article they rest on', async () => {
    const run = await ropa([join(FIXTURES, 'a-applicants.yaml'), '--out', tempFolder(), '--report', 'sarif']);
    const rules = (
      JSON.parse(run.stdout) as {
        runs: {
          tool: { driver: { rules: { id: string; fullDescription: { text: string }; properties: object }[] } };
        }[];
      }
    ).runs[0]!.tool.driver.rules;
    const security = rules.find((r) => r.id === 'ROPA_SECURITY_MISSING')!;
    expect(security.fullDescription.text).toContain('record of processing activities');
    expect(security.fullDescription.text).toContain('GDPR 30(1)(g), 32(1)');
    expect(security.properties).toMatchObject({ tags: ['legal', 'record-of-processing'] });
  });

  it('--lang takes each text in that language, with headings in it', async () => {
    const out = tempFolder();
    await ropa([join(FIXTURES, 'a-customers.yaml'), '--out', out, '--lang', 'fi', '--format', 'csv']);
    const [row] = csvRecords(join(out, 'ropa-9184372-3.csv'));
    expect(row!['Käsittely (rekisteri)']).toBe('Asiakasrekisteri');
    expect(row!['Poistamisen määräajat (säilytysajat)']).toBe(
      '5 vuotta (alkaen: Asiakassuhteen päättyminen); Tarkoitukset: Asiakaspalvelu',
    );
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual(['ropa-9184372-3.csv']);
  });

  it('marks a missing cell in the workbook too, in bold dark red', async () => {
    const out = tempFolder();
    await ropa([join(FIXTURES, 'a-applicants.yaml'), '--out', out, '--format', 'xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'ropa-9184372-3.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const heads = (sheet.getRow(1).values as unknown[]).map(String);
    const cell = sheet.getRow(2).getCell(heads.indexOf('Time limits for erasure (retention)'));
    expect(cell.value).toBe('MISSING: the register does not say this');
    expect(cell.font).toMatchObject({ bold: true, color: { argb: 'FF8B0000' } });
  });
});

describe('the bytes of the record', () => {
  it('two runs give the same bytes in every format; SOURCE_DATE_EPOCH dates the workbook', async () => {
    const [a, b] = [tempFolder(), tempFolder()];
    await ropa([FIXTURES, '--out', a]);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // a zip entry's time has a 2-second step
    await ropa([FIXTURES, '--out', b]);
    const files = readdirSync(a).sort();
    expect(files.length).toBe(7);
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);

    const dated = tempFolder();
    await ropa([join(FIXTURES, 'a-customers.yaml'), '--out', dated, '--format', 'xlsx'], {
      SOURCE_DATE_EPOCH: '1767225600',
    });
    const zip = await JSZip.loadAsync(readFileSync(join(dated, 'ropa-9184372-3.xlsx')));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2026-01-01T00:00:00Z');
    // Without it, the registers' latest date.
    const plain = await JSZip.loadAsync(readFileSync(join(a, 'ropa-9184372-3.xlsx')));
    expect(await plain.file('docProps/core.xml')!.async('string')).toContain('2026-02-01T00:00:00Z');
    for (const entry of Object.values(plain.files)) expect(entry.date.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  }, 30_000);

  it('CSV: a text that starts like a formula stays text', async () => {
    const folder = tempFolder();
    const notice = readFileSync(join(FIXTURES, 'a-applicants.yaml'), 'utf8').replace(
      'register_name: Job applicants',
      'register_name: "=HYPERLINK(\\"http://x.example\\")"',
    );
    writeFileSync(join(folder, 'n.yaml'), notice);
    await ropa([join(folder, 'n.yaml'), '--out', join(folder, 'out'), '--format', 'csv']);
    const [row] = csvRecords(join(folder, 'out', 'ropa-9184372-3.csv'));
    expect(row!['Processing (register)']).toBe('\'=HYPERLINK("http://x.example")');
  });
});

describe('what notice ropa overwrites', () => {
  it("replaces its own output, but not a user's file or an output edited since, unless --force", async () => {
    const out = tempFolder();
    const input = join(FIXTURES, 'b-members.yaml');
    const target = join(out, 'ropa-beta-association.csv');
    writeFileSync(target, 'my own notes\n');
    const refused = await ropa([input, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('ropa-beta-association.csv exists and was not written by notice ropa');
    expect(readFileSync(target, 'utf8')).toBe('my own notes\n');
    expect(readdirSync(out)).toEqual(['ropa-beta-association.csv']);

    expect((await ropa([input, '--out', out, '--force'])).status).toBe(1);
    const written = readFileSync(target, 'utf8');
    expect(written).toContain('Beta Association');
    // Its own output again: replaced without --force.
    expect((await ropa([input, '--out', out])).status).toBe(1);
    // Edited in a spreadsheet since: kept.
    writeFileSync(target, written + '"my note"\r\n');
    expect((await ropa([input, '--out', out])).status).toBe(2);
    expect(readFileSync(target, 'utf8')).toContain('my note');
  });
});
