import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTICE } from '../src/validate/rules/example-notice.js';
import { ROOT, runMain, tempDir } from './helpers.js';

/** The example notice as it stood at one version: its dates, its version label and one text that changed. */
function noticeAt(updated: string, version: string, purpose: string): string {
  return EXAMPLE_NOTICE.replace(
    'created: "2025-01-15"',
    `created: "2025-01-15"\n  updated: "${updated}"\n  version: "${version}"`,
  ).replace('Asiakassuhteen hoitaminen ja laskutus', purpose);
}

const V1 = noticeAt('2025-01-15', '1.0', 'Asiakassuhteen hoitaminen ja laskutus');
const V2 = noticeAt('2025-03-01', '1.1', 'Asiakassuhteen hoitaminen, laskutus ja asiakaspalvelu');
const V3 = noticeAt(
  '2025-06-15',
  '2.0',
  'Asiakassuhteen hoitaminen, laskutus, asiakaspalvelu ja sopimusten arkistointi',
);

/** Every file under a folder with its bytes, by path relative to it. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.lock')) files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

function expectUnchanged(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  for (const [path, bytes] of before) {
    if (/(^|\/)index(\.\w+)?\.html$/.test(path)) continue; // the index lists the versions: it grows
    expect(after.get(path), path).toEqual(bytes);
  }
}

async function build(dir: string, yaml: string, ...more: string[]) {
  writeFileSync(join(dir, 'customers.yaml'), yaml);
  return runMain(['build', 'customers.yaml', '--out', 'out', '--archive', 'archive', '--format', 'md,html', ...more], {
    cwd: dir,
  });
}

describe('build --archive', () => {
  it('keeps three versions built one after another, each under its date and version, with an index of when each was in force', async () => {
    const dir = tempDir();
    const archive = join(dir, 'archive', 'customers');
    expect((await build(dir, V1)).status).toBe(0);
    const afterFirst = snapshot(archive);
    expect((await build(dir, V2)).status).toBe(0);
    const afterSecond = snapshot(archive);
    const third = await build(dir, V3);
    expect(third.stderr + third.stdout).not.toMatch(/ARCHIVE_|error|warning/);
    expect(third.status).toBe(0);
    const afterThird = snapshot(archive);

    expect([...afterThird.keys()].sort()).toEqual([
      '2025-01-15_1.0/.notice-version.json',
      '2025-01-15_1.0/fi.html',
      '2025-01-15_1.0/fi.md',
      '2025-03-01_1.1/.notice-version.json',
      '2025-03-01_1.1/fi.html',
      '2025-03-01_1.1/fi.md',
      '2025-06-15_2.0/.notice-version.json',
      '2025-06-15_2.0/fi.html',
      '2025-06-15_2.0/fi.md',
      'index.fi.html',
      'index.html',
    ]);
    // Each version holds what it said; the current one is also at its usual path.
    expect(afterThird.get('2025-01-15_1.0/fi.md')!.toString()).toContain('Asiakassuhteen hoitaminen ja laskutus');
    expect(afterThird.get('2025-03-01_1.1/fi.md')!.toString()).toContain('laskutus ja asiakaspalvelu');
    expect(readFileSync(join(dir, 'out/customers.fi.md'))).toEqual(afterThird.get('2025-06-15_2.0/fi.md'));
    expectUnchanged(afterFirst, afterThird);
    expectUnchanged(afterSecond, afterThird);

    const index = afterThird.get('index.html')!.toString();
    const rows = [...index.matchAll(/<tr>\n<th scope="row">(.*?)<\/th>\n<td>(.*?)<\/td>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(rows).toEqual(['2.0 15.6.2025 – nyt', '1.1 1.3.2025 – 14.6.2025', '1.0 15.1.2025 – 28.2.2025']);
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(6);
    for (const link of links) {
      expect(link).not.toMatch(/^(\/|[a-z]+:)/);
      expect(statSync(resolve(archive, decodeURIComponent(link))).isFile(), link).toBe(true);
    }
    expect(index).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it('writes the index in each language of the notice (index.html is the first), linked to each other', async () => {
    const dir = tempDir();
    const complete = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    expect((await build(dir, complete)).status).toBeLessThan(2);
    const archive = join(dir, 'archive', 'customers');
    const indexes = () => readdirSync(archive).filter((f) => f.startsWith('index'));
    expect(indexes()).toEqual(['index.en.html', 'index.fi.html', 'index.html', 'index.sv.html']);
    const sv = readFileSync(join(archive, 'index.sv.html'), 'utf8');
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('<h1>Dataskyddsbeskrivning – Esimerkkiverkko Oy: publicerade versioner</h1>');
    expect(sv).toContain(
      '<nav aria-label="Språk"><ul><li><a href="index.fi.html" hreflang="fi" lang="fi">suomi</a></li>' +
        '<li><a href="index.sv.html" hreflang="sv" lang="sv" aria-current="page">svenska</a></li>' +
        '<li><a href="index.en.html" hreflang="en" lang="en">English</a></li></ul></nav>',
    );
    expect(readFileSync(join(archive, 'index.html'), 'utf8')).toBe(
      readFileSync(join(archive, 'index.fi.html'), 'utf8'),
    );
    // Each page lists its own language's files first.
    expect([...sv.matchAll(/href="[^"/]+\/(\w+)\.html"/g)].map((m) => m[1])).toEqual(['sv', 'fi', 'en']);

    // A new version that puts Swedish first: index.html is the Swedish page now, and every page stays.
    const swedishFirst = complete
      .replace('languages: [fi, sv, en]', 'languages: [sv, fi, en]')
      .replace(/updated: "[^"]+"/, 'updated: "2026-11-01"');
    expect((await build(dir, swedishFirst)).status).toBeLessThan(2);
    expect(indexes()).toEqual(['index.en.html', 'index.fi.html', 'index.html', 'index.sv.html']);
    expect(readFileSync(join(archive, 'index.html'), 'utf8')).toBe(
      readFileSync(join(archive, 'index.sv.html'), 'utf8'),
    );
    expect(readFileSync(join(archive, 'index.fi.html'), 'utf8')).toContain('<html lang="fi">');
  });

  it('changes no byte of an old version on a rebuild, with --force, or after the outputs are gone', async () => {
    const dir = tempDir();
    await build(dir, V1);
    await build(dir, V2);
    const before = snapshot(join(dir, 'archive'));
    expect((await build(dir, V2)).status).toBe(0);
    expect((await build(dir, V2, '--force')).status).toBe(0);
    writeFileSync(join(dir, 'out/customers.fi.html'), 'edited by hand');
    expect((await build(dir, V2)).status).toBe(0);
    expect(snapshot(join(dir, 'archive'))).toEqual(before);
  });

  it('reports a changed notice under an archived date and version, and keeps what was published', async () => {
    const dir = tempDir();
    await build(dir, V1);
    const before = snapshot(join(dir, 'archive'));
    const changed = await build(dir, V1.replace('Asiakassuhteen hoitaminen ja laskutus', 'Laskutus ja markkinointi'));
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(/customers\.yaml\n +5:12 +error +ARCHIVE_VERSION_CHANGED/);
    expect(changed.stdout).toContain('2025-01-15_1.0');
    expect(snapshot(join(dir, 'archive'))).toEqual(before);
    // The current outputs follow the notice as usual: only the archive keeps the old version.
    expect(readFileSync(join(dir, 'out/customers.fi.md'), 'utf8')).toContain('Laskutus ja markkinointi');
  });

  it('adds a format built later to an archived version, beside its files', async () => {
    const dir = tempDir();
    await build(dir, V1);
    const before = snapshot(join(dir, 'archive'));
    expect((await build(dir, V1, '--format', 'md,html,html-fragment')).status).toBe(0);
    const after = snapshot(join(dir, 'archive'));
    expectUnchanged(before, after);
    expect(after.has('customers/2025-01-15_1.0/fi.fragment.html')).toBe(true);
    expect(after.get('customers/index.html')!.toString()).toContain('href="2025-01-15_1.0/fi.fragment.html"');
  });

  it('does not archive a draft, and does not go with --check or the output folder itself', async () => {
    const dir = tempDir();
    const draft = await build(dir, V1.replace('Asiakasrekisteri', 'TODO'));
    expect(draft.stdout).toContain('ARCHIVE_DRAFT');
    expect(existsSync(join(dir, 'archive/customers/2025-01-15_1.0'))).toBe(false);
    const check = await build(dir, V1, '--check');
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('--archive and --check');
    writeFileSync(join(dir, 'customers.yaml'), V1);
    const same = await runMain(['build', 'customers.yaml', '--out', 'out', '--archive', './out'], { cwd: dir });
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('is the output folder');
    expect(existsSync(dirname(join(dir, 'archive/customers/index.html')))).toBe(false);
  });
});
