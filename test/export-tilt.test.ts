import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import { exportTilt } from '../src/export/tilt/index.js';
import type { Language, Notice } from '../src/generated/notice-types.js';
import { loadNotice, loadNoticeBytes, type LoadedNotice } from '../src/load/index.js';
import { buildNotices } from '../src/outputs/index.js';
import { exampleNotice } from './example-notice.js';
import { FIXED_TODAY, ROOT, runMain, tempDir } from './helpers.js';

// TILT's published schema, as shipped in schemas/vendor/tilt/: draft-07, which is ajv's default draft (the
// project's own schemas are 2020-12). It is someone else's schema, so ajv's strict checks of schema style are
// off, and its patterns are read without the `u` flag, as a draft-07 validator reads them (one has `\:`).
const require = createRequire(import.meta.url);
const { default: Ajv } = require('ajv') as typeof import('ajv');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const tiltSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/vendor/tilt/tilt-schema.json'), 'utf8'));
const validateTilt = ajv.compile(tiltSchema);

function schemaErrors(document: unknown): string[] {
  return validateTilt(document) ? [] : (validateTilt.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function exported(loaded: LoadedNotice, language: Language) {
  const notice = loaded.data as unknown as Notice;
  return exportTilt({
    notice,
    language,
    locate: loaded.locate,
    file: loaded.file,
    rendered: () => {
      throw new Error('a TILT export does not need the rendered notice');
    },
    version: 'test',
  });
}

function inline(yaml: string, file = 'inline.yaml'): LoadedNotice {
  const loaded = loadNoticeBytes(yaml, file);
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded;
}

/** The example notice of the rule tests with a fragment merged in, exported in Finnish. */
function exportOf(fragment: string) {
  const output = exported(inline(exampleNotice(fragment).text), 'fi');
  return { ...output, document: JSON.parse(output.text) };
}

const at = (diagnostics: Diagnostic[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => `${d.line}:${d.column} ${d.path}`);

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));

describe('--format tilt: valid against TILT’s published schema', () => {
  it('the shipped schema is the one from TILT’s repository, with its licence, and it rejects what is not TILT', () => {
    expect(readFileSync(join(ROOT, 'schemas/vendor/tilt/LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(ROOT, 'schemas/vendor/tilt/README.md'), 'utf8')).toContain(
      'ba058791e97087f59a1bb3ee9c9f259af56150a6',
    );
    const complete = JSON.parse(
      exported(inline(readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8')), 'fi').text,
    );
    expect(schemaErrors({ ...complete, meta: { ...complete.meta, version: '2.0' } })).toContain(
      '/meta/version must be integer',
    );
    expect(schemaErrors({ ...complete, dataProtectionOfficer: { name: 'x' } }).length).toBeGreaterThan(0);
  });

  for (const name of EXAMPLES) {
    it(`examples/${name}: every language exports a TILT document the schema accepts`, async () => {
      const loaded = await loadNotice(join(ROOT, 'examples', name));
      const notice = loaded.data as unknown as Notice;
      for (const language of notice.notice.languages) {
        const document = JSON.parse(exported(loaded, language).text);
        expect(schemaErrors(document), `${name} ${language}`).toEqual([]);
        expect(document.meta.language).toBe(language);
      }
    });
  }

  it('a notice with the least the format allows still exports a valid document, reporting what TILT required', () => {
    const loaded = inline('notice:\n  languages: [sv]\ncontroller:\n  name: Förening rf\n');
    const output = exported(loaded, 'sv');
    expect(schemaErrors(JSON.parse(output.text))).toEqual([]);
    const missing = output.diagnostics.filter((d) => d.code === 'TILT_MISSING').map((d) => d.message);
    expect(missing.join('\n')).toMatch(/address/);
    expect(missing.join('\n')).toMatch(/e-mail address.*not-given@email\.invalid/);
    expect(missing.join('\n')).toMatch(/creation and modification dates.*1970-01-01/);
  });
});

describe('--format tilt: the complete example, reviewed golden file', () => {
  it('fi is as reviewed (update only on purpose: vitest -u, then review the diff)', async () => {
    const loaded = await loadNotice(join(ROOT, 'examples/complete.yaml'));
    await expect(exported(loaded, 'fi').text).toMatchFileSnapshot('golden/complete.fi.tilt.json');
  });
});

describe('--format tilt: mapping', () => {
  it('legal bases are TILT references, with Art. 9(2) conditions and Art. 10 as references of their own', () => {
    const { document } = exportOf(`
legal_basis:
  items:
    - basis: contract
      purposes: [customers]
      description: Sopimus.
      article_9_2: h
      article_10: true
`);
    const references = document.dataDisclosed[0].legalBases.map((b: { reference: string }) => b.reference);
    expect(references).toEqual(['GDPR-6-1-b', 'GDPR-9-2-h', 'GDPR-10']);
  });

  it('a retention period is a storage entry with its ISO 8601 duration, its purposes and their bases', async () => {
    const loaded = await loadNotice(join(ROOT, 'examples/complete.yaml'));
    const document = JSON.parse(exported(loaded, 'en').text);
    const [first] = document.dataDisclosed[0].storage;
    expect(first).toEqual({
      temporal: [{ description: 'The end of the customer relationship', ttl: 'P3Y' }],
      purposeConditional: ['Connection and customer relationship'],
      legalBasisConditional: ['GDPR-6-1-b'],
      aggregationFunction: 'max',
    });
    expect(document.thirdCountryTransfers).toEqual([
      {
        country: 'US',
        standardDataProtectionClause: { available: true, description: expect.stringMatching(/^Standard contractual/) },
      },
    ]);
    expect(document.rightToComplain.supervisoryAuthority.name).toBe('Office of the Data Protection Ombudsman');
  });

  it('rights TILT has a field for are there; the right to object is reported where the notice states it', () => {
    const { document, diagnostics } = exportOf(`
purposes:
  items:
    - id: customers
      description: Uutiskirje.
      direct_marketing: true
`);
    expect(document.rightToInformation).toEqual({
      available: true,
      description: expect.stringContaining('Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example.'),
    });
    // Portability applies under a contract; withdrawing consent does not without consent.
    expect(document.rightToDataPortability.available).toBe(true);
    expect(document.rightToWithdrawConsent).toEqual({ available: false });
    const objections = diagnostics.filter((d) => d.code === 'TILT_NOT_HELD' && /"objection/.test(d.message));
    expect(objections.map((d) => [d.path, d.severity, /objection_marketing/.test(d.message)])).toEqual([
      ['/rights/standard', 'info', true],
    ]);
  });

  it('a special category is reported at its position, in the file it is written in', () => {
    const text = exampleNotice(`
data_categories:
  items:
    - id: health
      description: Terveystiedot.
      special_category: health
`).text;
    const output = exported(inline(text, 'special.yaml'), 'fi');
    const line = text.split('\n').findIndex((l) => l.includes('special_category: health')) + 1;
    const [found] = output.diagnostics.filter((d) => d.path === '/data_categories/items/0/special_category');
    expect(found).toMatchObject({ code: 'TILT_NOT_HELD', severity: 'info', file: 'special.yaml', line });
  });

  it('no officer designated: the controller’s details fill TILT’s required officer, said as a note', () => {
    const { document, diagnostics } = exportOf('dpo:\n  designated: false\n');
    expect(document.dataProtectionOfficer.name).toBe(document.controller.name);
    expect(at(diagnostics, 'TILT_FILLED').some((where) => where.endsWith('/dpo/designated'))).toBe(true);
  });
});

describe('--format tilt: deterministic and safe', () => {
  it('the same notice gives the same bytes; _hash is the SHA-256 of the document without it, _id a UUID', async () => {
    const first = exported(await loadNotice(join(ROOT, 'examples/complete.yaml')), 'sv').text;
    const second = exported(await loadNotice(join(ROOT, 'examples/complete.yaml')), 'sv').text;
    expect(second).toBe(first);
    const document = JSON.parse(first);
    const { _hash, ...meta } = document.meta;
    const withoutHash = { ...document, meta };
    const serialized = `${JSON.stringify(withoutHash, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    expect(_hash).toBe(createHash('sha256').update(serialized).digest('hex'));
    expect(document.meta._id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(document.meta.created).toBe('2024-03-01');
    expect(document.meta.modified).toBe('2025-09-15');
  });

  it('_id stays with the register across versions, and differs by language; _hash follows the content', () => {
    const base = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const next = base
      .replace('updated: "2025-09-15"', 'updated: "2026-01-10"')
      .replace('version: "2.0"', 'version: "3"');
    const before = JSON.parse(exported(inline(base), 'fi').text).meta;
    const after = JSON.parse(exported(inline(next), 'fi').text).meta;
    expect(after._id).toBe(before._id);
    expect(after._hash).not.toBe(before._hash);
    expect(after).toMatchObject({ modified: '2026-01-10', version: 3 });
    expect(JSON.parse(exported(inline(base), 'en').text).meta._id).not.toBe(before._id);
  });

  it('hostile text stays data: the JSON parses back to the text as written, and holds no markup to break out of a script', () => {
    const hostile = '</script><script>alert(1)</script> {{constructor}} & "quoted" \\ \u202e\u2028 `code`';
    const { text, document } = exportOf(`
controller:
  name: ${JSON.stringify(hostile)}
purposes:
  items:
    - id: customers
      description: ${JSON.stringify(hostile)}
`);
    expect(document.controller.name).toBe(hostile);
    expect(document.dataDisclosed[0].purposes[0].description).toBe(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(schemaErrors(document)).toEqual([]);
  });
});

describe('--format tilt: through notice build', () => {
  it('writes customers.<lang>.tilt.json, reports notes once however many languages, and again when up to date', async () => {
    const out = tempDir();
    const args = ['build', 'examples/complete.yaml', '--format', 'tilt', '-o', out, '--no-config', '-r', 'json'];
    const first = await runMain(args);
    expect(first.status).toBe(0);
    for (const language of ['fi', 'sv', 'en'])
      expect(schemaErrors(JSON.parse(readFileSync(join(out, `complete.${language}.tilt.json`), 'utf8')))).toEqual([]);
    const report = (run: { stdout: string }) =>
      (JSON.parse(run.stdout).files[0].diagnostics as Diagnostic[]).filter((d) => d.code.startsWith('TILT_'));
    const notes = report(first);
    expect(notes.length).toBeGreaterThan(0);
    const keys = notes.map((d) => `${d.code} ${d.path} ${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    const again = await runMain(args);
    expect(report(again)).toEqual(notes);
  });

  it("meta.url is the full notice's address when the build is given one, else its HTML page's path", async () => {
    const out = tempDir();
    const build = (...extra: string[]) =>
      runMain([
        'build',
        'examples/complete.yaml',
        '--format',
        'tilt',
        '-o',
        out,
        '--no-config',
        '-r',
        'json',
        ...extra,
      ]);
    const meta = () => JSON.parse(readFileSync(join(out, 'complete.sv.tilt.json'), 'utf8')).meta;
    const addressNote = (run: { stdout: string }) =>
      (JSON.parse(run.stdout).files[0].diagnostics as Diagnostic[]).filter(
        (d) => d.code === 'TILT_FILLED' && d.message.includes('web address of the notice'),
      );
    const local = await build();
    expect(meta().url).toBe('complete.sv.html');
    expect(addressNote(local)).toHaveLength(1);
    const given = await build('--full-url', 'https://example.fi/tietosuoja/{name}.{lang}.html');
    expect(meta().url).toBe('https://example.fi/tietosuoja/complete.sv.html');
    expect(addressNote(given)).toEqual([]);
  });

  it('a build twice into two folders writes the same bytes', async () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b])
      await buildNotices([join(ROOT, 'examples/complete.yaml')], { out, formats: ['tilt'], today: FIXED_TODAY });
    for (const language of ['fi', 'sv', 'en']) {
      const name = `complete.${language}.tilt.json`;
      expect(readFileSync(join(b, name))).toEqual(readFileSync(join(a, name)));
    }
  });
});
