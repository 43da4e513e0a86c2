import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices, loadNotice, validateNotice } from '../src/index.js';
import { FIXED_TODAY, ROOT, runMain, tempDir } from './helpers.js';

const TREE = join(ROOT, 'test/fixtures/organisations');
const ORGANISATIONS = ['kahvila-aamukaste', 'rakennus-kallio', 'tilitoimisto-lukupari'];
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');

/** Writes files (path → text) into a fresh folder and returns it. */
function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function loaded(file: string) {
  const notice = await loadNotice(file);
  return { notice, diagnostics: await validateNotice(notice, { today: FIXED_TODAY }) };
}

describe('the merge rule', () => {
  const base = 'notice:\n  profile: gdpr\n  languages: [fi]\n';
  it('merges mappings key by key, lets the notice override, replaces lists, and removes with null', async () => {
    const dir = tree({
      '_org.yaml':
        'controller:\n  name: Osa Oy\n  email: osa@osa.example\n  website: https://osa.example\nsecurity:\n  items: [yksi, kaksi]\ncookies:\n  used: false\n',
      'n.yaml': `extends: _org.yaml\n${base}controller:\n  email: oma@osa.example\n  website: null\nsecurity:\n  items: [kolme]\n`,
    });
    const { notice } = await loaded(join(dir, 'n.yaml'));
    expect(notice.diagnostics).toEqual([]);
    expect(notice.data!['controller']).toEqual({ name: 'Osa Oy', email: 'oma@osa.example' });
    expect(notice.data!['security']).toEqual({ items: ['kolme'] });
    expect(notice.data!['cookies']).toEqual({ used: false });
    expect(notice.parts.map((p) => p.file)).toEqual([join(dir, '_org.yaml')]);
  });

  it('with several parts the later overrides the earlier, and a chain is followed', async () => {
    const dir = tree({
      'shared/_base.yaml': 'controller:\n  name: Pohja Oy\n  email: pohja@pohja.example\n',
      'shared/_texts.yaml': 'extends: _base.yaml\ncontroller:\n  email: tekstit@pohja.example\n',
      'acme/_org.yaml': 'controller:\n  name: Acme Oy\n',
      'acme/n.yaml': `extends: [../shared/_texts.yaml, _org.yaml]\n${base}`,
    });
    const { notice } = await loaded(join(dir, 'acme/n.yaml'));
    expect(notice.data!['controller']).toEqual({ name: 'Acme Oy', email: 'tekstit@pohja.example' });
    expect(notice.parts.map((p) => p.file)).toEqual([
      join(dir, 'shared/_texts.yaml'),
      join(dir, 'shared/_base.yaml'),
      join(dir, 'acme/_org.yaml'),
    ]);
  });
});

describe('problems with parts', () => {
  it('a cycle is an error naming the files in order', async () => {
    const dir = tree({
      '_a.yaml': 'extends: _b.yaml\n',
      '_b.yaml': 'extends: _a.yaml\n',
      'n.yaml': 'extends: _a.yaml\nnotice:\n  profile: gdpr\n',
    });
    const { diagnostics } = await loaded(join(dir, 'n.yaml'));
    expect(diagnostics.map((d) => d.code)).toEqual(['EXTENDS_CYCLE']);
    const [cycle] = diagnostics;
    expect(cycle!.message).toContain(`${join(dir, '_a.yaml')} → ${join(dir, '_b.yaml')} → ${join(dir, '_a.yaml')}`);
    // Written in _b.yaml, line 1, reached through the notice.
    expect(cycle).toMatchObject({ file: join(dir, '_b.yaml'), line: 1, column: 10, via: join(dir, 'n.yaml') });
  });

  it('a missing part is an error at the extends entry; a non-YAML one too', async () => {
    const dir = tree({ 'n.yaml': 'notice:\n  profile: gdpr\nextends:\n  - _gone.yaml\n  - notes.txt\n' });
    const { diagnostics } = await loaded(join(dir, 'n.yaml'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.via])).toEqual([
      ['EXTENDS_NOT_FOUND', 4, 5, undefined],
      ['EXTENDS_NOT_YAML', 5, 5, undefined],
    ]);
  });

  it('a schema error in a part is positioned in the part, with the notice it was reached through', async () => {
    const dir = tree({
      'acme/_org.yaml': 'controller:\n  name: Acme Oy\n  emial: x@acme.example\n',
      'acme/n.yaml': `extends: _org.yaml\n${COMPLETE.replace(/^controller:[\s\S]*?\n\n/m, '')}`,
    });
    const { diagnostics } = await loaded(join(dir, 'acme/n.yaml'));
    const unknown = diagnostics.find((d) => d.code === 'SCHEMA_UNKNOWN_KEY');
    expect(unknown).toMatchObject({
      file: join(dir, 'acme/_org.yaml'),
      line: 3,
      column: 3,
      via: join(dir, 'acme/n.yaml'),
    });
  });

  it('a value missing under a section from a part is pointed at in the notice', async () => {
    const dir = tree({
      '_org.yaml': 'dpo:\n  email: x@acme.example\n',
      'n.yaml': `extends: _org.yaml\n${COMPLETE.replace(/^dpo:[\s\S]*?\n\n/m, '')}`,
    });
    const { diagnostics } = await loaded(join(dir, 'n.yaml'));
    const missing = diagnostics.find((d) => d.code === 'SCHEMA_REQUIRED');
    expect(missing).toMatchObject({ file: join(dir, 'n.yaml'), path: '/dpo/designated' });
    expect(missing!.via).toBeUndefined();
  });

  it('a YAML error in a part is reported in the part', async () => {
    const dir = tree({ '_org.yaml': 'controller: [\n', 'n.yaml': 'extends: _org.yaml\nnotice:\n  profile: gdpr\n' });
    const { diagnostics } = await loaded(join(dir, 'n.yaml'));
    expect(diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      file: join(dir, '_org.yaml'),
      via: join(dir, 'n.yaml'),
    });
  });
});

describe('the command line', () => {
  it('folder searches skip _parts; a part named on its own is checked as a fragment', async () => {
    const dir = tree({ '_org.yaml': 'controller:\n  name: Acme Oy\n', 'n.yaml': 'extends: _org.yaml\n' });
    const folder = await runMain(['validate', '--format', 'json', dir]);
    expect(JSON.parse(folder.stdout).files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'n.yaml')]);
    expect((await runMain(['validate', join(dir, '_org.yaml')])).status).toBe(0);
    writeFileSync(join(dir, '_org.yaml'), 'controller:\n  nmae: Acme Oy\n');
    const fragment = await runMain(['validate', join(dir, '_org.yaml')]);
    expect(fragment.status).toBe(1);
    expect(fragment.stdout).toContain('SCHEMA_UNKNOWN_KEY');
  });

  it('a part named to build is checked as a fragment and has no outputs of its own', async () => {
    const dir = tree({ '_org.yaml': 'controller:\n  name: Acme Oy\n' });
    const run = await runMain(['build', '_org.yaml', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 file checked, no problems; 0 outputs written');
  });

  it('the readable report lists a problem in a part once, with every notice that reaches it', async () => {
    const dir = tree({
      '_org.yaml': 'controller:\n  nmae: Acme Oy\n',
      'a.yaml': `extends: _org.yaml\n${COMPLETE}`,
      'b.yaml': `extends: _org.yaml\n${COMPLETE}`,
    });
    const run = await runMain(['validate', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout.match(/SCHEMA_UNKNOWN_KEY/g)).toHaveLength(1);
    expect(run.stdout).toContain('reached through 2 notices: a.yaml, b.yaml');
    // Counted for each notice, as the exit code and the other formats count it.
    expect(run.stdout).toContain('2 errors');
  });

  it('every report format says through which notice a part was reached', async () => {
    const dir = tree({
      '_org.yaml': 'controller:\n  nmae: Acme Oy\n',
      'n.yaml': `extends: _org.yaml\n${COMPLETE}`,
    });
    const stylish = await runMain(['validate', 'n.yaml'], { cwd: dir });
    expect(stylish.stdout).toMatch(
      /^_org\.yaml \(a shared part\)\n {2}2:3 +error +SCHEMA_UNKNOWN_KEY .*\n +reached through n\.yaml\n/m,
    );
    const json = JSON.parse((await runMain(['validate', '-f', 'json', 'n.yaml'], { cwd: dir })).stdout);
    expect(json.files[0].diagnostics).toContainEqual(
      expect.objectContaining({ code: 'SCHEMA_UNKNOWN_KEY', file: '_org.yaml', via: 'n.yaml', line: 2 }),
    );
    const sarif = JSON.parse((await runMain(['validate', '-f', 'sarif', 'n.yaml'], { cwd: dir })).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'SCHEMA_UNKNOWN_KEY');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('_org.yaml');
    expect(result.properties.via).toBe('n.yaml');
    expect((await runMain(['validate', '-f', 'github', 'n.yaml'], { cwd: dir })).stdout).toMatch(
      /::error file=_org\.yaml,line=2,col=3.*reached through n\.yaml/,
    );
    expect((await runMain(['validate', '-f', 'junit', 'n.yaml'], { cwd: dir })).stdout).toContain(
      'reached through n.yaml',
    );
  });
});

describe('the fixture tree of three organisations', () => {
  it('validates clean', async () => {
    const run = await runMain(['validate', TREE]);
    expect(run.stdout).toContain('12 files checked, no problems');
    expect(run.status).toBe(0);
  });

  /** The tree copied, each organisation built into OUT/<organisation> (output names repeat across organisations). */
  async function buildAll(dir: string, check = false) {
    const results = [];
    for (const organisation of ORGANISATIONS)
      results.push(
        ...(await buildNotices([join(dir, organisation)], {
          out: join(dir, 'out', organisation),
          formats: ['html'],
          today: FIXED_TODAY,
          check,
          env: { SOURCE_DATE_EPOCH: '1735689600' },
        })),
      );
    return results;
  }
  const written = (results: Awaited<ReturnType<typeof buildAll>>) =>
    results.flatMap((r) => r.written.map((w) => w.slice(w.indexOf('out/'))));

  it('builds; editing a part rebuilds exactly the notices that extend it; --check finds them stale first', async () => {
    const dir = tempDir();
    cpSync(TREE, dir, { recursive: true });
    const first = await buildAll(dir);
    expect(first.every((r) => r.built && r.diagnostics.every((d) => d.severity !== 'error'))).toBe(true);
    expect(written(first)).toHaveLength(12);
    expect(written(await buildAll(dir))).toEqual([]);

    const organisation = join(dir, 'rakennus-kallio/_organisation.yaml');
    writeFileSync(organisation, readFileSync(organisation, 'utf8').replace('08 531 2040', '08 531 2041'));
    const stale = (await buildAll(dir, true)).flatMap((r) => r.stale ?? []);
    expect(stale.map((s) => s.slice(s.indexOf('out/'))).sort()).toEqual([
      'out/rakennus-kallio/customers.fi.html',
      'out/rakennus-kallio/employees.fi.html',
      'out/rakennus-kallio/job-applicants.fi.html',
      'out/rakennus-kallio/newsletter.fi.html',
    ]);
    expect(written(await buildAll(dir)).sort()).toEqual(stale.map((s) => s.slice(s.indexOf('out/'))).sort());
    expect(readFileSync(join(dir, 'out/rakennus-kallio/customers.fi.html'), 'utf8')).toContain('08 531 2041');

    const shared = join(dir, '_standard-texts.yaml');
    writeFileSync(shared, readFileSync(shared, 'utf8').replace('säännöllisesti', 'päivittäin'));
    expect(written(await buildAll(dir))).toHaveLength(12);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/kahvila-aamukaste/.notice-manifest.json'), 'utf8'));
    expect(Object.keys(manifest.sources['../../kahvila-aamukaste/customers.yaml'].parts)).toEqual([
      '../../_standard-texts.yaml',
      '../../kahvila-aamukaste/_organisation.yaml',
    ]);
  });
});

describe('notice init adds a register to an existing organisation', () => {
  it("takes the organisation's _organisation.yaml beside the new file, and leaves out what it gives", async () => {
    const dir = tempDir();
    cpSync(TREE, dir, { recursive: true });
    const run = await runMain(['init', 'rakennus-kallio/members.yaml', '--kind', 'members', '--yes'], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'rakennus-kallio/members.yaml'), 'utf8');
    expect(text).toMatch(/^extends: _organisation\.yaml$/m);
    expect(text).not.toMatch(/^(controller|dpo|contact_person):/m);
    expect(text).not.toMatch(/^ {2}how_to:/m);
    // Only its placeholders are left to do, as with any new notice; the controller and DPO come from the part.
    // Checked as of today: init dates the notice today.
    const diagnostics = await validateNotice(await loadNotice(join(dir, 'rakennus-kallio/members.yaml')));
    expect(new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))).toEqual(
      new Set(['PLACEHOLDER_UNFILLED']),
    );
    const { notice } = await loaded(join(dir, 'rakennus-kallio/members.yaml'));
    expect((notice.data!['controller'] as { name: string }).name).toBe('Rakennus Kallio Oy');
  });

  it('--extends names the parts, in order; a missing one is refused and nothing is written', async () => {
    const dir = tempDir();
    cpSync(TREE, dir, { recursive: true });
    const args = ['init', 'kahvila-aamukaste/members.yaml', '--kind', 'members', '--yes', '--extends'];
    const run = await runMain([...args, '../_standard-texts.yaml,_organisation.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'kahvila-aamukaste/members.yaml'), 'utf8');
    expect(text).toContain('extends:\n  - ../_standard-texts.yaml\n  - _organisation.yaml\n');
    expect(text).not.toMatch(/^security:/m);
    const missing = await runMain(['init', 'kahvila-aamukaste/other.yaml', '--yes', '--extends', '_gone.yaml'], {
      cwd: dir,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('_gone.yaml does not exist');
    expect(() => readFileSync(join(dir, 'kahvila-aamukaste/other.yaml'))).toThrow();
  });
});
