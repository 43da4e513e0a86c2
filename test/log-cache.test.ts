import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeLog, type NoticeLog } from '../src/index.js';
import { repositoryWithHistory } from './git-history.js';

// `notice log` keeps what it worked out for each version in .git/notice/log/ (README "notice log").

const KEY = 'build-1';

/** The cache files, in the folder of each build that kept one. */
function cacheFiles(dir: string): string[] {
  const folder = join(dir, '.git/notice/log');
  return readdirSync(folder).flatMap((build) =>
    readdirSync(join(folder, build)).map((name) => join(folder, build, name)),
  );
}

/** Marks every kept change's description, so that a log shows which versions it read from the cache. */
function markKept(dir: string): void {
  for (const path of cacheFiles(dir)) {
    const kept = JSON.parse(readFileSync(path, 'utf8'));
    for (const version of Object.values(kept.versions) as { state: string; diff?: NoticeLog['versions'][0]['diff'] }[])
      for (const change of version.diff?.changes ?? []) change.description = `KEPT ${change.description}`;
    writeFileSync(path, JSON.stringify(kept));
  }
}

const descriptions = (log: NoticeLog) => log.versions.map((v) => (v.diff?.changes ?? []).map((c) => c.description));

describe('the log cache', () => {
  it('gives the log worked out afresh, reads kept versions, and works out only the commits made since', async () => {
    const { dir, file, commit } = repositoryWithHistory();
    const afresh = await noticeLog(file);
    expect(afresh.versions).toHaveLength(5);
    await noticeLog(file, { cacheKey: KEY });
    expect(cacheFiles(dir)).toHaveLength(1);
    // Read back from the cache, the log is the one worked out afresh.
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(afresh);

    markKept(dir);
    const kept = descriptions(await noticeLog(file, { cacheKey: KEY })).flat();
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.every((text) => text.startsWith('KEPT '))).toBe(true);

    // A new commit: the new version is worked out (against the kept one before it), the others are read.
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: "3"', 'version: "4"').replace('scc', 'bcr'));
    commit('Binding corporate rules', '2025-06-01T12:00:00+00:00');
    const grown = await noticeLog(file, { cacheKey: KEY });
    const [newest, ...older] = descriptions(grown);
    expect(newest!.length).toBeGreaterThan(0);
    expect(newest!.some((text) => text.startsWith('KEPT '))).toBe(false);
    expect(older.flat().every((text) => text.startsWith('KEPT '))).toBe(true);
    expect(grown.versions[0]!.diff).toEqual((await noticeLog(file)).versions[0]!.diff);

    // Another build of the command does not read what this one kept, and removes it.
    expect(await noticeLog(file, { cacheKey: 'build-2' })).toEqual(await noticeLog(file));
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(await noticeLog(file));
  });

  it('works a version out again when a merge puts another version before it', async () => {
    const { file, git, commit } = repositoryWithHistory();
    const base = readFileSync(file, 'utf8');
    git('checkout', '-q', '-b', 'side', 'HEAD~2');
    writeFileSync(file, readFileSync(file, 'utf8').replace('scc', 'bcr').replace('version: "2"', 'version: "2.5"'));
    commit('On the side', '2025-08-01T12:00:00+00:00');
    // Kept on the side branch: "On the side" against the version it branched from.
    await noticeLog(file, { cacheKey: KEY });
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '-s', 'ours', '-m', 'Merge side', 'side');
    writeFileSync(file, base.replace('version: "3"', 'version: "4"'));
    commit('After the merge', '2025-09-01T12:00:00+00:00');
    const afresh = await noticeLog(file);
    expect(afresh.versions.map((v) => v.subject)).toContain('On the side');
    await noticeLog(file, { cacheKey: KEY });
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(afresh);
  });

  it('lists a version that cannot be read, and compares the next with the one before it, kept or not', async () => {
    const { file, commit } = repositoryWithHistory();
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}purposes: [unclosed\n`);
    commit('A broken edit', '2025-06-01T12:00:00+00:00');
    writeFileSync(file, good.replace('version: "3"', 'version: "4"'));
    commit('Fixed', '2025-07-01T12:00:00+00:00');
    const afresh = await noticeLog(file);
    const commits = afresh.versions.map((v) => v.commit);
    expect(afresh.versions.map((v) => (v.unreadable ? 'unreadable' : (v.diff!.old.revision ?? 'first')))).toEqual([
      commits[2],
      'unreadable',
      ...commits.slice(3),
      'first',
    ]);
    // Kept up to the broken version: the fixed one is compared with the kept one before it.
    await noticeLog(file, { cacheKey: KEY, revision: 'HEAD~1' });
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(afresh);
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(afresh);
  });

  it('works every version out afresh from a cache it cannot use, and keeps none where it cannot write', async () => {
    const { dir, file } = repositoryWithHistory();
    const afresh = await noticeLog(file);
    await noticeLog(file, { cacheKey: KEY });
    const [path] = cacheFiles(dir);
    const kept = JSON.parse(readFileSync(path!, 'utf8')) as { versions: Record<string, { diff?: object }> };
    const keptVersions = Object.keys(kept.versions);
    expect(keptVersions).toHaveLength(5);
    for (const broken of [
      'not JSON',
      'null',
      JSON.stringify({ key: KEY, file, versions: [] }),
      // An entry of the wrong shape is worked out again, down to a change that is not one.
      JSON.stringify({
        key: KEY,
        file,
        versions: Object.fromEntries(keptVersions.map((version) => [version, { state: 'read' }])),
      }),
      JSON.stringify({
        ...kept,
        versions: Object.fromEntries(
          Object.entries(kept.versions).map(([version, found]) => [
            version,
            { ...found, diff: { ...found.diff, changes: [null] } },
          ]),
        ),
      }),
    ]) {
      writeFileSync(path!, broken);
      expect(await noticeLog(file, { cacheKey: KEY }), broken.slice(0, 20)).toEqual(afresh);
    }
    // A file where the cache's folder would be: the log is the same, and nothing is kept.
    rmSync(join(dir, '.git/notice'), { recursive: true });
    writeFileSync(join(dir, '.git/notice'), '');
    expect(await noticeLog(file, { cacheKey: KEY })).toEqual(afresh);
  });
});
