import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportNotice, exportText, loadNotice, loadNoticeBytes, type Notice } from '../src/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice-export.schema.json'), 'utf8'));
const validateExport = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

function expectValid(data: unknown, what: string): void {
  expect(validateExport(data), `${what}: ${JSON.stringify(validateExport.errors?.slice(0, 3))}`).toBe(true);
}

/** Builds JSON of the notices the paths name into a fresh folder; the run and the folder. */
async function buildJson(paths: string[], out = tempDir()) {
  const run = await runMain(['build', ...paths, '--out', out, '--format', 'json', '--report', 'json']);
  return { run, out, report: JSON.parse(run.stdout) };
}

/** A one-purpose notice in fi and sv, with `extra` lines at the end. */
function smallNotice(extra = ''): string {
  return `notice:
  languages: [fi, sv]
  updated: "2026-01-15"
  version: "1.2"
controller:
  name: Esimerkki Oy
  address: { street: Katu 1, postal_code: "00100", city: { fi: Helsinki, sv: Helsingfors } }
purposes:
  items:
    - id: customers
      name: { fi: Asiakassuhde, sv: Kundrelation }
      description: { fi: Asiakassuhteen hoitaminen., sv: Skötsel av kundrelationen. }
${extra}`;
}

describe('notice build --format json', () => {
  it('exports every example in every language, each valid against the published schema', async () => {
    const examples = readdirSync(join(ROOT, 'examples'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(ROOT, 'examples', name));
    const { run, out } = await buildJson(examples);
    expect(run.status).toBeLessThanOrEqual(1);
    const written = readdirSync(out).filter((name) => name.endsWith('.json'));
    for (const file of examples) {
      const { data } = await loadNotice(file);
      for (const language of (data as unknown as Notice).notice.languages) {
        const name = `${file
          .split('/')
          .pop()!
          .replace(/\.yaml$/, '')}.${language}.json`;
        expect(written).toContain(name);
        const exported = JSON.parse(readFileSync(join(out, name), 'utf8'));
        expectValid(exported, name);
        expect(exported.language).toBe(language);
      }
    }
  });

  it('writes examples/complete.yaml in Finnish as the reviewed golden file, and the library gives the same', async () => {
    const file = join(ROOT, 'examples/complete.yaml');
    const loaded = await loadNotice(file);
    const notice = loaded.data as unknown as Notice;
    // A fixed generator version: the golden does not change with each release.
    const { data, diagnostics } = exportNotice(notice, 'fi', { version: '0.0.0' });
    expect(diagnostics).toEqual([]);
    await expect(exportText(data)).toMatchFileSnapshot('golden/complete.fi.json');
    const { out } = await buildJson([file]);
    const built = readFileSync(join(out, 'complete.fi.json'), 'utf8');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(built).toBe(exportText(exportNotice(notice, 'fi', { version }).data));
  });

  it('resolves texts, applies defaults and adds what the rendered notice derives', async () => {
    const { data } = exportNotice(
      (await loadNotice(join(ROOT, 'examples/complete.yaml'))).data as unknown as Notice,
      'en',
    );
    expect(data.notice).toMatchObject({ profile: 'gdpr', document_type: 'tietosuojaseloste', title: 'Privacy notice' });
    expect(data.controller?.address).toMatchObject({ country: 'FI', country_name: 'Finland' });
    expect(data.transfers?.items?.[0]).toMatchObject({ country: 'US', country_name: 'United States' });
    expect(data.retention?.items?.[0]?.period_text).toBe('3 years');
    expect(data.rights?.applicable).toContain('portability');
    expect(data.rights?.shown.map((right) => right.covers[0])).toContain('withdraw_consent');
    expect(data.objection?.items.map((item) => item.covers)).toEqual([['objection'], ['objection_marketing']]);
    expect(data.complaint?.supervisory_authority?.website).toMatch(/^https:\/\/tietosuoja\.fi/);
    expect(data.sections[0]).toEqual({ key: 'controller', number: 1, heading: 'Controller', parts: ['controller'] });
  });

  it('names the bases as the notice does under the Personal Data Act: a GDPR basis without its article', () => {
    const text = smallNotice(`legal_basis:
  items:
    - { basis: hetil_8_1, hetil_points: [1, 5], purposes: [customers] }
    - { basis: consent, purposes: [customers] }
`).replace('languages: [fi, sv]', 'languages: [fi, sv]\n  profile: hetil');
    const { data } = exportNotice(loadNoticeBytes(text, 'hetil.yaml').data as unknown as Notice, 'fi');
    expect(data.notice).toMatchObject({ profile: 'hetil', document_type: 'rekisteriseloste' });
    const [general, consent] = data.legal_basis!.items!;
    expect(general!.hetil_points_labels).toHaveLength(2);
    expect(consent!.basis_label).not.toMatch(/tietosuoja-asetu/);
    expectValid(data, 'hetil fi');
  });

  it("says notice's sentences on recipients and automated decisions only where the notice has no words of its own", () => {
    const exported = (extra: string) =>
      exportNotice(loadNoticeBytes(smallNotice(extra), 'statements.yaml').data as unknown as Notice, 'sv').data;
    const bare = exported('recipients: { none: true }\nautomated_decisions: { used: false }\n');
    expect(bare.recipients?.statement).toMatch(/\S/);
    expect(bare.automated_decisions?.statement).toMatch(/\S/);
    const own = exported(
      'recipients: { none: true, text: { fi: Ei kenellekään., sv: Ingen. } }\n' +
        'automated_decisions: { used: false, text: { fi: Ei., sv: Nej. } }\n',
    );
    expect(own.recipients).toEqual({ none: true, text: 'Ingen.' });
    expect(own.automated_decisions).toEqual({ used: false, text: 'Nej.' });
  });

  it('writes the same bytes whatever order the YAML keys are in', async () => {
    const dir = tempDir();
    const reordered = `purposes:
  items:
    - description: { sv: Skötsel av kundrelationen., fi: Asiakassuhteen hoitaminen. }
      name: { sv: Kundrelation, fi: Asiakassuhde }
      id: customers
controller:
  address: { city: { sv: Helsingfors, fi: Helsinki }, postal_code: "00100", street: Katu 1 }
  name: Esimerkki Oy
notice:
  version: "1.2"
  updated: "2026-01-15"
  languages: [fi, sv]
`;
    writeFileSync(join(dir, 'a.yaml'), smallNotice());
    writeFileSync(join(dir, 'b.yaml'), reordered);
    const { out } = await buildJson([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    const a = readFileSync(join(out, 'a.sv.json'), 'utf8');
    expect(readFileSync(join(out, 'b.sv.json'), 'utf8')).toBe(a);
    expect(JSON.parse(a).controller.address.city).toBe('Helsingfors');
    expect(Object.keys(JSON.parse(a).notice)).toEqual([
      'profile',
      'document_type',
      'voice',
      'languages',
      'title',
      'legal_reference',
      'updated',
      'version',
    ]);
  });

  it('exports a notice made of shared parts merged', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'test/fixtures/organisations'), dir, { recursive: true });
    const { run, out } = await buildJson([join(dir, 'kahvila-aamukaste/customers.yaml')]);
    expect(run.status).toBe(0);
    const exported = JSON.parse(readFileSync(join(out, 'customers.fi.json'), 'utf8'));
    expectValid(exported, 'customers.fi.json');
    // From _organisation.yaml, and from ../_standard-texts.yaml through it.
    expect(exported.controller.name).toBe('Kahvila Aamukaste Oy');
    expect(exported.security.items.length).toBeGreaterThan(0);
    expect(exported.register_name).toBe('Asiakasrekisteri');
    expect(exported).not.toHaveProperty('extends');
  });

  it('gives a text missing in the language in another one, as the notice does, and says so at its position; an up-to-date output says so again', async () => {
    const dir = tempDir();
    const file = join(dir, 'notice.yaml');
    writeFileSync(file, smallNotice('register_name: { fi: Asiakasrekisteri }\n'));
    const out = tempDir();
    const first = await buildJson([file], out);
    const fallbacks = (report: { files: { diagnostics: { code: string }[] }[] }) =>
      report.files[0]!.diagnostics.filter((d) => d.code === 'EXPORT_TEXT_FALLBACK');
    expect(fallbacks(first.report)).toEqual([
      expect.objectContaining({ severity: 'warning', line: 13, column: 16, path: '/register_name' }),
    ]);
    expect(fallbacks(first.report)[0]).toMatchObject({
      message: expect.stringContaining('sv JSON gives this text in fi'),
    });
    expect(JSON.parse(readFileSync(join(out, 'notice.sv.json'), 'utf8')).register_name).toBe('Asiakasrekisteri');
    const second = await buildJson([file], out);
    expect(second.report.files[0].written ?? []).toEqual([]);
    expect(fallbacks(second.report)).toEqual(fallbacks(first.report));
  });

  it('keeps hostile text as data: a page can inline the JSON in a script element', async () => {
    const hostile = '</script><script>alert(1)</script><!-- & "quotes" \\ \u2028';
    const notice = loadNoticeBytes(
      smallNotice(`register_name: { fi: '${hostile.replace(/'/g, "''")}', sv: x }\n`),
      'hostile.yaml',
    ).data as unknown as Notice;
    const text = exportText(exportNotice(notice, 'fi').data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text).register_name).toBe(hostile);
  });

  it('is published with the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./export-schema.json']).toBe('./schemas/notice-export.schema.json');
    expect(pkg.files).toContain('schemas');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
