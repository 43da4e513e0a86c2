import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionCachingLoader } from '../src/diff/section-cache.js';
import type { SourcePosition } from '../src/diagnostics.js';
import { loadNoticeBytes, type LoadedNotice } from '../src/load/index.js';
import { ROOT } from './helpers.js';

// notice log reads each version through a cache of pieces of text (a mapping
// entry, a list item) parsed on their own. It must read every file exactly as
// the loader does: the same data and the same position for every path.

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every path in the data, and one below each that does not exist. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
    paths.push([...path, value.length], [...path, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, 'not_there'], [...path, 0]);
  }
  return paths;
}

const none = () => undefined;

/** Where the loader puts every path of the data (and a few that are not there), as one list to compare. */
function positions(loaded: LoadedNotice, data = loaded.data): string[] {
  return pathsOf(data).map((path) => {
    const { valueAt, keyAt, sourceAt } = loaded.locate;
    const at = (p: SourcePosition) => `${p.line}:${p.column}`;
    return `${JSON.stringify(path)} value ${at(valueAt(path))} key ${at(keyAt(path))} source ${sourceAt(path)}`;
  });
}

describe('the piece cache of notice log', () => {
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];

  it('reads every example and fixture as the loader does: data and every position', () => {
    let compared = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const plain = loadNoticeBytes(bytes, file, none);
      // One cache for all files, as for the versions of one notice: pieces shared between files must still fit.
      const cached = sectionCachingLoader()(bytes, file, none);
      const name = relative(ROOT, file);
      expect(cached.data, name).toEqual(plain.data);
      if (plain.data === undefined) continue;
      const found = positions(cached, plain.data);
      expect(found, name).toEqual(positions(plain));
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('reads them the same when their new pieces were first parsed together (notice log does)', () => {
    const load = sectionCachingLoader();
    const all = files.map((file) => readFileSync(file));
    load.prepare!(all, 'many.yaml');
    files.forEach((file, index) => {
      const plain = loadNoticeBytes(all[index]!, file, none);
      const cached = load(all[index]!, file, none);
      const name = relative(ROOT, file);
      expect(cached.data, name).toEqual(plain.data);
      expect(
        cached.diagnostics.map((d) => [d.code, d.line, d.column]),
        name,
      ).toEqual(plain.diagnostics.map((d) => [d.code, d.line, d.column]));
      if (plain.data === undefined) return;
      expect(positions(cached), name).toEqual(positions(plain));
    });
  });

  it('parses only what changed, and shares what did not', () => {
    const load = sectionCachingLoader();
    const text = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const first = load(Buffer.from(text), 'complete.yaml', none);
    const renamed = text.replace('Esimerkkipilvi Oy', 'Esimerkkipilvi 2 Oy');
    expect(renamed).not.toBe(text);
    const second = load(Buffer.from(renamed), 'complete.yaml', none);
    expect(second.data).toEqual(loadNoticeBytes(renamed, 'complete.yaml').data);
    const items = (data: unknown) => (data as { recipients: { items: unknown[] } }).recipients.items;
    const changed = items(second.data).findIndex((item) => JSON.stringify(item).includes('Esimerkkipilvi 2 Oy'));
    expect(changed).toBeGreaterThanOrEqual(0);
    // The list item that changed is new; its neighbours and the other sections are the same objects.
    items(second.data).forEach((item, index) =>
      index === changed ? expect(item).not.toBe(items(first.data)[index]) : expect(item).toBe(items(first.data)[index]),
    );
    expect(second.data!['purposes']).toBe(first.data!['purposes']);
  });

  it('gives an alias the value of its own version’s anchor, whichever versions are read together', () => {
    // The anchor's value changes; the line with the alias stays the same text in both versions.
    const version = (name: string) =>
      `controller:\n  name: &org ${name}\nrecipients:\n  items:\n    - name: *org\n      processor: true\n`;
    const [acme, beta] = [version('Acme'), version('Beta')].map((text) => Buffer.from(text));
    const load = sectionCachingLoader();
    load.prepare!([acme!, beta!], 'a.yaml');
    for (const [bytes, name] of [
      [acme!, 'Acme'],
      [beta!, 'Beta'],
    ] as const) {
      const cached = load(bytes, 'a.yaml', none);
      expect(cached.data).toEqual(loadNoticeBytes(bytes, 'a.yaml').data);
      expect((cached.data as { recipients: { items: { name: string }[] } }).recipients.items[0]!.name).toBe(name);
    }
  });

  it('reads the whole file when pieces are tied together or do not cut cleanly', () => {
    const cases = [
      'notice: &n\n  languages: [en]\nother: *n\n', // an anchor and an alias
      'a:\n- 1\n- 2\nb: 3\n', // a list at the indentation of its key, at the top
      'a:\n  b: 1\n  b: 2\n', // a duplicate key: the loader's error
      'a:\n  "quoted key": 1\n  b: 2\n', // a key the cutter does not read
      'a:\n  b: { c: 1,\n    d: 2 }\n  e: [1,\n   2]\n',
      'a:\n  b: |\n    - x\n    c: y\n  d: 1\n',
      'a: 1\na: 2\n',
    ];
    for (const text of cases) {
      const cached = sectionCachingLoader()(Buffer.from(text), 'a.yaml', none);
      const plain = loadNoticeBytes(text, 'a.yaml');
      expect(cached.data, text).toEqual(plain.data);
      expect(
        cached.diagnostics.map((d) => d.code),
        text,
      ).toEqual(plain.diagnostics.map((d) => d.code));
    }
  });
});
