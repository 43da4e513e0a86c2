import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, diffNotices, loadNotice, validatePaths } from '../src/index.js';
import { days } from '../src/diff/classify.js';
import { repositoryWithHistory } from './git-history.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// `notice diff`: changes by meaning, each classed by the registry (README "notice diff").
const FIXTURES = join(ROOT, 'test/fixtures/diff');

async function diffOf(folder: string) {
  return diffNotices(await loadNotice(join(folder, 'old.yaml')), await loadNotice(join(folder, 'new.yaml')));
}

describe('the registry of changes', () => {
  it('has a fixture pair for every kind, which yields exactly that change', async () => {
    const folders = readdirSync(FIXTURES).filter((name) => /^[A-Z_]+$/.test(name));
    expect(folders.sort()).toEqual(CHANGE_KINDS.map((kind) => kind.code).sort());
    for (const kind of CHANGE_KINDS) {
      const diff = await diffOf(join(FIXTURES, kind.code));
      expect(
        diff.changes.map((change) => `${change.code} ${change.class}`),
        kind.code,
      ).toEqual([`${kind.code} ${kind.class}`]);
    }
  });

  it('gives every kind a reason, and a GDPR point to every material one', () => {
    for (const kind of CHANGE_KINDS) {
      expect(kind.reason.length, kind.code).toBeGreaterThan(20);
      if (kind.class === 'material') expect((kind as { gdpr?: string }).gdpr, kind.code).toMatch(/Art\. \d/);
    }
  });
});

describe('diff by meaning, on the complete example', () => {
  it('a reordered list is no change', async () => {
    const diff = await diffOf(join(FIXTURES, 'cases/reordered-list'));
    expect(diff.changes).toEqual([]);
    expect(diff.material).toBe(false);
  });

  it('a renamed processor is informative, with both names and both positions', async () => {
    const diff = await diffOf(join(FIXTURES, 'cases/renamed-processor'));
    expect(diff.changes).toHaveLength(1);
    const [change] = diff.changes;
    expect(change).toMatchObject({
      code: 'RECIPIENT_RENAMED',
      class: 'informative',
      kind: 'changed',
      path: '/recipients/items/0/name',
      old: 'Esimerkkipilvi Oy',
      new: 'Pilvipalvelut Esimerkki Oy',
    });
    const line = (file: string) =>
      readFileSync(join(FIXTURES, 'cases/renamed-processor', file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('Esimerkkipilvi Oy') || l.includes('Pilvipalvelut Esimerkki')) + 1;
    expect(change!.oldPosition!.line).toBe(line('old.yaml'));
    expect(change!.newPosition!.line).toBe(line('new.yaml'));
  });

  it('a new transfer to the United States is material, at the new entry', async () => {
    const diff = await diffOf(join(FIXTURES, 'cases/new-us-transfer'));
    expect(diff.changes.map((change) => [change.code, change.class])).toEqual([['NEW_TRANSFER_COUNTRY', 'material']]);
    expect(diff.changes[0]!.description).toContain('"US"');
    expect(diff.changes[0]!.gdpr).toContain('13(1)(f)');
    expect(diff.material).toBe(true);
  });

  it('compares the merged data: a change in a shared part is a change of the notice, placed in the part', async () => {
    const dir = tempDir();
    const notice =
      'notice:\n  languages: [en]\nextends: _org.yaml\npurposes:\n  items:\n    - id: a\n      description: { en: A. }\n';
    writeFileSync(join(dir, 'n.yaml'), notice);
    writeFileSync(join(dir, '_org.yaml'), 'controller:\n  name: Example Oy\n  email: a@example.invalid\n');
    const old = await loadNotice(join(dir, 'n.yaml'));
    writeFileSync(join(dir, '_org.yaml'), 'controller:\n  name: Example Oy\n  email: b@example.invalid\n');
    const diff = diffNotices(old, await loadNotice(join(dir, 'n.yaml')));
    expect(diff.changes.map((change) => change.code)).toEqual(['CONTACT_CHANGED']);
    expect(diff.changes[0]!.newPosition).toEqual({ file: join(dir, '_org.yaml'), line: 3, column: 10 });
  });

  it('reads ISO 8601 periods to tell which is longer', () => {
    expect(days('P1Y')).toBeGreaterThan(days('P11M')!);
    expect(days('P2W')).toBe(14);
    expect(days('PT12H')).toBe(0.5);
    expect(days('P')).toBeUndefined();
    expect(days('ten years')).toBeUndefined();
  });
});

describe('notice diff', () => {
  const pair = (name: string) => [join(FIXTURES, name, 'old.yaml'), join(FIXTURES, name, 'new.yaml')];

  it('exits 1 on a material change and 0 without one, like git diff --exit-code for what matters', async () => {
    const material = await runMain(['diff', ...pair('NEW_PURPOSE')]);
    expect(material.status).toBe(1);
    expect(material.stdout).toMatch(/material\s+NEW_PURPOSE\s+New purpose: "Analytics"/);
    expect(material.stdout).toContain('1 material, 0 informative, 0 editorial change.');
    const wording = await runMain(['diff', ...pair('WORDING_CHANGED')]);
    expect(wording.status).toBe(0);
    expect(wording.stdout).not.toContain('\x1b[');
  });

  it('writes JSON that its published schema accepts', async () => {
    const { stdout } = await runMain(['diff', ...pair('RETENTION_LONGER'), '--format', 'json']);
    const report = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice-diff.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.changes[0]).toMatchObject({ code: 'RETENTION_LONGER', old: 'P2Y', new: 'P30M' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./diff-schema.json']).toBe('./schemas/notice-diff.schema.json');
  });

  it('writes GitHub annotations at the new position, and Markdown grouped by class', async () => {
    const github = await runMain(['diff', ...pair('NEW_RECIPIENT'), '--format', 'github']);
    expect(github.stdout).toMatch(
      /^::warning file=.*new\.yaml,line=35,col=7,title=NEW_RECIPIENT \(material\)::New recipient/m,
    );
    const removed = await runMain(['diff', ...pair('RECIPIENT_REMOVED'), '--format', 'github']);
    expect(removed.stdout).toMatch(/^::notice file=.*new\.yaml,line=\d+,col=\d+,title=RECIPIENT_REMOVED/m);
    const markdown = await runMain(['diff', ...pair('NEW_RECIPIENT'), '--format', 'markdown']);
    expect(markdown.stdout).toContain('### Material');
    expect(markdown.stdout).toContain('| New recipient: "Debt collection agencies" (recipients.items[1]) |');
  });

  it('asks for two files, or one with --since', async () => {
    const one = await runMain(['diff', join(FIXTURES, 'NEW_PURPOSE/old.yaml')]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('Name two notice files');
  });
});

describe('a notice in git: diff --since, log, validate --since', () => {
  it('walks five versions', async () => {
    const { dir, file, git } = repositoryWithHistory();

    // diff --since: the old version read from the repository, no checkout.
    const since = await runMain(['diff', 'notice.yaml', '--since', 'HEAD~2', '--format', 'json'], { cwd: dir });
    expect(since.status).toBe(1);
    const diff = JSON.parse(since.stdout);
    expect(diff.old).toMatchObject({ revision: 'HEAD~2', version: '2', updated: '2025-03-01', exists: true });
    expect(
      diff.changes.filter((c: { class: string }) => c.class === 'material').map((c: { code: string }) => c.code),
    ).toEqual(['NEW_TRANSFER_COUNTRY']);
    expect(git('status', '--porcelain')).toBe('');

    // The file did not exist at the revision: everything is added.
    writeFileSync(join(dir, 'other.yaml'), readFileSync(file));
    const fresh = await runMain(['diff', 'other.yaml', '--since', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(fresh.stdout).old.exists).toBe(false);
    expect(JSON.parse(fresh.stdout).changes.some((c: { code: string }) => c.code === 'NEW_PURPOSE')).toBe(true);

    // log: newest first, each version with its changes.
    const log = await runMain(['log', 'notice.yaml'], { cwd: dir });
    expect(log.status).toBe(0);
    const subjects = [...log.stdout.matchAll(/^[0-9a-f]{12} (\S+)  (.*)$/gm)].map(
      (m) => `${m[1]!.slice(0, 10)} ${m[2]}`,
    );
    expect(subjects).toEqual([
      '2025-05-01 Date the transfer',
      '2025-04-01 Newsletter service in the US',
      '2025-03-01 New contact address',
      '2025-02-01 Reword the purpose',
      '2025-01-01 First version',
    ]);
    expect(log.stdout).toMatch(
      /Newsletter service in the US\n  version 2 of 2025-03-01\. 1 material, 0 informative, 0 editorial change\.\n  material\s+New transfer outside the EU\/EEA: "US"/,
    );
    const json = JSON.parse((await runMain(['log', 'notice.yaml', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.versions).toHaveLength(5);
    expect(json.versions[4].diff.old.exists).toBe(false);

    // validate --since: the CI check, at notice.updated / version / effective of the new file.
    git('checkout', '-q', 'HEAD~1'); // "Newsletter service in the US": version and date not raised
    const undated = await runMain(['validate', 'notice.yaml', '--no-config', '--since', 'HEAD~1', '--format', 'json'], {
      cwd: dir,
    });
    expect(undated.status).toBe(1);
    const found = JSON.parse(undated.stdout).files[0].diagnostics as { code: string; severity: string; line: number }[];
    expect(found.filter((d) => d.code.startsWith('CHANGE_')).map((d) => `${d.code} ${d.severity} ${d.line}`)).toEqual([
      'CHANGE_NOT_DATED error 3',
      'CHANGE_EFFECTIVE_PAST warning 3',
      'CHANGE_NOT_DATED error 4',
    ]);
    git('checkout', '-q', 'main');
    const changeCodes = async (today: string) =>
      (await validatePaths([file], { since: 'HEAD~2', today }))[0]!.diagnostics
        .filter((d) => d.code.startsWith('CHANGE_'))
        .map((d) => `${d.code} ${d.path}`);
    // Dated, and effective after today: nothing to say.
    expect(await changeCodes('2026-06-01')).toEqual([]);
    expect(await changeCodes('2026-09-01')).toEqual(['CHANGE_EFFECTIVE_PAST /notice/effective']);
  });

  it('outside a repository, or with a revision that names nothing, is a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.yaml'), readFileSync(join(FIXTURES, 'NEW_PURPOSE/old.yaml')));
    const outside = await runMain(['diff', 'notice.yaml', '--since', 'HEAD'], {
      cwd: dir,
      env: { GIT_CEILING_DIRECTORIES: dir },
    });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('not in a git repository');
    const { dir: repo } = repositoryWithHistory();
    const bad = await runMain(['diff', 'notice.yaml', '--since', 'no-such-branch'], { cwd: repo });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no-such-branch is not a commit of this repository');
  });
});

describe('a notice in git: the archive and the change notice of its five versions', () => {
  it('archives each published version once, says when one changed without a new version, and tells the change', async () => {
    const { dir, git } = repositoryWithHistory();
    const commits = git('rev-list', '--reverse', 'main').trim().split('\n');
    const archived: string[][] = [];
    for (const commit of commits) {
      git('checkout', '-q', commit);
      const run = await runMain(
        ['build', 'notice.yaml', '--no-config', '--out', 'out', '--format', 'html', '--archive', 'archive', '-q'],
        { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } },
      );
      archived.push([
        String(run.status),
        run.stdout.includes('ARCHIVE_VERSION_CHANGED') ? 'changed' : 'ok',
        readdirSync(join(dir, 'archive/notice'))
          .filter((f) => !f.endsWith('.html'))
          .join(' '),
      ]);
    }
    git('checkout', '-q', 'main');
    expect(archived).toEqual([
      ['0', 'ok', '2025-01-01_1'],
      // Reworded under the same date and version: the published version is kept, and the build says so.
      ['1', 'changed', '2025-01-01_1'],
      ['0', 'ok', '2025-01-01_1 2025-03-01_2'],
      ['1', 'changed', '2025-01-01_1 2025-03-01_2'],
      // Version 3 is in force from its effective date (exit 1: its US transfer has TRANSFER_SAFEGUARD_COPY_MISSING,
      // a finding that does not stop a build nor its archiving).
      ['1', 'ok', '2025-01-01_1 2025-03-01_2 2026-09-01_3'],
    ]);
    const index = readFileSync(join(dir, 'archive/notice/index.html'), 'utf8');
    expect(index).toContain('1 March 2025 – 31 August 2026');

    // The change notice of version 3 against version 2 as published: the new transfer, from its date.
    const told = await runMain(['diff', 'notice.yaml', '--since', 'HEAD~2', '--notice'], { cwd: dir });
    expect(told.status).toBe(0);
    expect(told.stdout).toContain('The changes take effect on 1 September 2026. Version: 3.');
    expect(told.stdout).toContain('- Data is transferred outside the EU and EEA: United States');
    // Its history entry, drafted into the file.
    expect((await runMain(['diff', 'notice.yaml', '--since', 'HEAD~2', '--append-history'], { cwd: dir })).status).toBe(
      0,
    );
    expect(readFileSync(join(dir, 'notice.yaml'), 'utf8')).toContain(
      '  history:\n    - date: "2025-05-01"\n      version: "3"\n      summary: Data is transferred outside the EU and EEA.\n',
    );
  });
});

describe('the section cache of notice log', () => {
  it('reads a notice as the loader does: the same data and the same positions', async () => {
    const { sectionCachingLoader } = await import('../src/diff/section-cache.js');
    const { loadNoticeBytes } = await import('../src/load/index.js');
    const bytes = readFileSync(join(ROOT, 'examples/complete.yaml'));
    const load = sectionCachingLoader();
    const none = () => undefined;
    const cached = load(bytes, 'complete.yaml', none);
    const plain = loadNoticeBytes(bytes, 'complete.yaml');
    expect(cached.data).toEqual(plain.data);
    for (const path of [
      ['notice', 'version'],
      ['recipients', 'items', 0, 'name'],
      ['retention', 'items', 2, 'period'],
      ['cookies'],
    ])
      expect(cached.locate.valueAt(path), path.join('.')).toEqual(plain.locate.valueAt(path));
    // A second version shares the sections that did not change.
    const next = load(Buffer.from(bytes.toString().replace('version: "2.0"', 'version: "2.1"')), 'complete.yaml', none);
    expect(next.data!['purposes']).toBe(cached.data!['purposes']);
    expect(next.data!['notice']).not.toBe(cached.data!['notice']);
    // Anchors tie sections together: the whole file is read as one.
    const anchored = load(Buffer.from('notice: &n\n  languages: [en]\nother: *n\n'), 'a.yaml', none);
    expect(anchored.data).toEqual(loadNoticeBytes('notice: &n\n  languages: [en]\nother: *n\n', 'a.yaml').data);
  });
});
