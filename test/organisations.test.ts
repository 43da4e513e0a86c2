import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices, findNoticeFiles, loadNotice, recordOfProcessing } from '../src/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';
import { filesUnder } from './site-helpers.js';

// The walk-through of the README's "Notices for many registers and organisations", on the fixture tree of
// three invented companies with four registers each, sharing _organisation.yaml and _standard-texts.yaml.
const TREE = join(ROOT, 'test/fixtures/organisations');
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
const IDS = { kahvila: '3184529-2', rakennus: '2987613-7', tilitoimisto: '1456782-5' };

function copyOfTree(): string {
  const dir = tempDir();
  cpSync(TREE, join(dir, 'clients'), { recursive: true });
  return join(dir, 'clients');
}

describe('one build of every organisation', () => {
  it('refuses one output folder for twelve registers named alike, and says how to keep them apart', async () => {
    const clients = copyOfTree();
    const run = await runMain(['build', clients, '--no-config', '--out', join(clients, '../out'), '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would both be built as customers.<lang>.*');
    expect(run.stderr).toContain('{dir}/{name}.{lang}.{ext}');
  });

  it('with naming {dir}/{name}.{lang}.{ext}, puts each organisation in its folder', async () => {
    const clients = copyOfTree();
    const out = join(clients, '../out');
    const build = () =>
      buildNotices([clients], { out, formats: ['md'], naming: '{dir}/{name}.{lang}.{ext}', env: ENV });
    const results = await build();
    expect(results.filter((r) => r.built)).toHaveLength(12);
    // Each register reaches two parts through a chain; the next build finds every output up to date.
    expect((await build()).flatMap((r) => r.written)).toEqual([]);
    const files = filesUnder(out).filter((f) => !f.startsWith('.'));
    expect(files).toHaveLength(12);
    expect(files).toContain('rakennus-kallio/customers.fi.md');
    expect(files).toContain('kahvila-aamukaste/job-applicants.fi.md');
    // The controller comes from each organisation's own part.
    expect(readFileSync(join(out, 'rakennus-kallio/customers.fi.md'), 'utf8')).toContain('Rakennus Kallio Oy');
    expect(readFileSync(join(out, 'kahvila-aamukaste/customers.fi.md'), 'utf8')).not.toContain('Rakennus Kallio');
  });
});

describe('a privacy site of every organisation', () => {
  it('has an index per organisation listing its four registers, by the business ID its part gives', async () => {
    const clients = copyOfTree();
    const site = join(clients, '../site');
    const run = await runMain(['build', clients, '--no-config', '--site', site, '-q'], { env: ENV });
    expect(run.stderr).toBe('');
    const pages = filesUnder(site).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(1 + 3 + 12);
    for (const id of Object.values(IDS)) {
      const index = readFileSync(join(site, id, 'index.html'), 'utf8');
      for (const register of ['customers', 'newsletter', 'job-applicants', 'employees'])
        expect(index, `${id} lists ${register}`).toContain(`href="${register}/fi.html"`);
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Tilitoimisto Lukupari');

    // A new phone number in one organisation's part: only its pages are written again.
    const part = join(clients, 'rakennus-kallio/_organisation.yaml');
    writeFileSync(part, readFileSync(part, 'utf8').replaceAll('08 531 2040', '08 531 2041'));
    const before = new Map(pages.map((page) => [page, readFileSync(join(site, page), 'utf8')]));
    await runMain(['build', clients, '--no-config', '--site', site, '-q'], { env: ENV });
    const changed = pages.filter((page) => readFileSync(join(site, page), 'utf8') !== before.get(page));
    expect(changed.sort()).toEqual(
      ['customers', 'employees', 'job-applicants', 'newsletter'].map((r) => `${IDS.rakennus}/${r}/fi.html`),
    );
    expect(readFileSync(join(site, IDS.rakennus, 'customers/fi.html'), 'utf8')).toContain('08 531 2041');
  });
});

describe('the record of processing activities of every organisation', () => {
  it('is one record per company with a row per register, filled from the shared parts', async () => {
    const files = await findNoticeFiles([TREE]);
    expect(files).toHaveLength(12);
    const { records, results } = await recordOfProcessing(await Promise.all(files.map((f) => loadNotice(f))));
    expect(results.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(records.map((r) => [r.controllerName, r.processings.length])).toEqual([
      ['Tilitoimisto Lukupari Ky', 4],
      ['Rakennus Kallio Oy', 4],
      ['Kahvila Aamukaste Oy', 4],
    ]);
    for (const record of records) {
      for (const processing of record.processings) {
        // The security wording every client shares comes from _standard-texts.yaml.
        expect(processing.cells.security.text).toContain('toisen tunnistustavan');
        expect(processing.cells.controller.missing ?? false).toBe(false);
      }
    }
  });

  it('places a gap written in a part in that part, saying which register reached it', async () => {
    const clients = copyOfTree();
    const part = join(clients, 'rakennus-kallio/_organisation.yaml');
    const text = readFileSync(part, 'utf8');
    writeFileSync(part, text.replace(/^dpo:\n(?: {2}.*\n)+/m, 'dpo:\n  designated: true\n'));
    const files = await findNoticeFiles([join(clients, 'rakennus-kallio')]);
    const { results } = await recordOfProcessing(await Promise.all(files.map((f) => loadNotice(f))));
    const gaps = results.flatMap((r) => r.diagnostics).filter((d) => d.code === 'ROPA_DPO_CONTACT_MISSING');
    expect(gaps).toHaveLength(4);
    for (const gap of gaps) {
      expect(gap.file).toBe(part);
      expect(gap.via).toMatch(/rakennus-kallio[\\/](customers|newsletter|job-applicants|employees)\.yaml$/);
    }
  });
});

describe('the privacy site and the record of processing group registers alike', () => {
  it('by business ID (spaces ignored), else by a slug of the name; the first joint controller when no single one', async () => {
    const dir = tempDir();
    const complete = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const controller = /^controller:\n(?: {2}.*\n)+/m;
    const notices = {
      // The same company written twice, once with a space in its business ID.
      'a/customers.yaml': complete,
      'b/newsletter.yaml': complete.replace('business_id: "9184372-3"', 'business_id: "9184372 -3"'),
      // Known by name alone, with a letter that is not ASCII.
      'c/members.yaml': complete.replace(
        controller,
        'controller:\n  name: Kahvila Åkerö ry\n  email: info@akero.example\n',
      ),
      // Joint controllers only: the first one is the organisation.
      'd/joint.yaml': complete.replace(
        controller,
        'joint_controllers:\n  - name: Yhteinen Oy\n    business_id: "2987613-7"\n    email: a@yhteinen.example\n' +
          '  - name: Toinen Oy\n    email: b@toinen.example\njoint_arrangement: Yhteinen Oy vastaa pyynnöistä.\n',
      ),
    };
    for (const [name, text] of Object.entries(notices)) {
      mkdirSync(join(dir, 'notices', dirname(name)), { recursive: true });
      writeFileSync(join(dir, 'notices', name), text);
    }
    const site = join(dir, 'site');
    await runMain(['build', join(dir, 'notices'), '--no-config', '--site', site, '-q'], { env: ENV });
    const folders = readdirSync(site, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(['2987613-7', '9184372-3', 'kahvila-akero-ry']);
    // The organisation is named as it is filed: by its first joint controller, on its index and its pages.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Yhteinen Oy');
    expect(readFileSync(join(site, '2987613-7/joint/fi.html'), 'utf8')).toMatch(/<a [^>]*>Yhteinen Oy<\/a>/);
    const files = await findNoticeFiles([join(dir, 'notices')]);
    const { records } = await recordOfProcessing(await Promise.all(files.map((f) => loadNotice(f))));
    expect(records.map((r) => r.name.replace(/^ropa-/, '')).sort()).toEqual(folders);
    expect(records.find((r) => r.name === 'ropa-9184372-3')?.processings).toHaveLength(2);
  });
});
