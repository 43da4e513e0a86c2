import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNoticeBytes, MAX_FILE_BYTES } from '../src/load/index.js';
import { validateNotice } from '../src/validate/index.js';
import { noticeSchema } from '../src/validate/schema.js';
import { walkData } from '../src/validate/schema-walk.js';
import { worstCaseTexts } from '../bench/worst-case-texts.mjs';
import { FIXED_TODAY, ROOT, validateText } from './helpers.js';

// Validation time must grow with the input, never faster: a regular expression that backtracks
// over a long run (the plain-e-mail rule took 4 s for 40 KB without spaces, minutes for 1 MB) or a
// search per item (yaml comparing each key with every other) shows here as a time per byte far
// above a normal notice's. RATIO is generous, so that a loaded machine never fails it: linear
// worst cases measure 0.01-1.2 times the normal notice per byte for texts, up to 9 for YAML of
// many small values (yaml's own time per token); the quadratic ones measured 90 to 700 at a tenth
// of these sizes.
const RATIO = 50;
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'));
let normalPerByte = 0;

beforeAll(async () => {
  for (let i = 0; i < 2; i++) await validateText(COMPLETE);
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, await timed(() => validateText(COMPLETE)));
  normalPerByte = best / COMPLETE.length;
});

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function expectLinear(what: string, ms: number, bytes: number): void {
  const ratio = ms / bytes / normalPerByte;
  expect(
    ratio,
    `${what}: ${ms.toFixed(0)} ms for ${bytes} bytes, ${ratio.toFixed(2)} times a normal notice per byte`,
  ).toBeLessThan(RATIO);
}

type Path = (string | number)[];

/**
 * Every kind of string field, from the schema as the complete example notice uses it: a
 * definition (Text, Name, Email, IsoDate, Id, an enumeration...) or a plain string, in a list
 * or not; with the first place it stands. `free` kinds take any text (the rules read them);
 * the others have a pattern or a list of values the schema checks first.
 */
function fieldKinds(data: unknown): { kind: string; path: Path; free: boolean }[] {
  const defs = new Map<string, string | undefined>();
  const kinds = new Map<string, { kind: string; path: Path; free: boolean }>();
  walkData(noticeSchema(), data, (path, value, { def, schema }) => {
    defs.set(path.join('/'), def);
    if (typeof value !== 'string') return;
    // The language entries of a Text or Name are that Text or Name.
    const parent = defs.get(path.slice(0, -1).join('/'));
    const kindDef = def ?? (parent === 'Text' || parent === 'Name' ? parent : undefined);
    const kind = `${kindDef ?? (schema.enum ? 'enumeration' : schema.pattern ? `/${schema.pattern}/` : 'string')}${typeof path.at(-1) === 'number' ? ' in a list' : ''}`;
    const free = !schema.enum && (schema.pattern === undefined || schema.pattern === '\\S');
    if (!kinds.has(kind)) kinds.set(kind, { kind, path, free });
    // Two rules read the texts of one section only: retention wording (L09) and identity codes (L16).
    const section = `${kind} in ${String(path[0])}`;
    if (kindDef === 'Text' && (path[0] === 'retention' || path[0] === 'data_categories') && !kinds.has(section))
      kinds.set(section, { kind: section, path, free });
  });
  return [...kinds.values()];
}

function setAt(data: unknown, path: Path, value: string): void {
  let node = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

describe('validation time is linear in the input: worst cases of 1 MB against a normal notice', () => {
  const kinds = fieldKinds(loadNoticeBytes(COMPLETE, 'complete.yaml').data);

  it('the schema walk finds every kind of field', () => {
    const names = kinds.map((k) => k.kind);
    for (const kind of [
      'Text',
      'Name',
      'Email',
      'Url',
      'IsoDate',
      'Id',
      'Id in a list',
      'string',
      'Language in a list',
    ])
      expect(names).toContain(kind);
    expect(kinds.filter((k) => k.free).length).toBeGreaterThan(4);
    expect(kinds.filter((k) => !k.free).length).toBeGreaterThan(10);
  });

  for (const [shape, text] of Object.entries(worstCaseTexts(1_000_000))) {
    it(`${shape}: in every kind of field`, async () => {
      // Fields that take any text: all at once, so that every rule reads the text where it reads.
      const free = kinds.filter((k) => k.free);
      const rules = loadNoticeBytes(COMPLETE, 'complete.yaml');
      for (const { path } of free) setAt(rules.data, path, text);
      const ruled = await timed(() => validateNotice(rules, { today: FIXED_TODAY }));
      expectLinear(`${shape} in ${free.length} free fields`, ruled, text.length * free.length);
      // Fields with a form: the schema checks each (and stops the rules), as does an unknown key.
      const formed = kinds.filter((k) => !k.free);
      const schema = loadNoticeBytes(COMPLETE, 'complete.yaml');
      for (const { path } of formed) setAt(schema.data, path, text);
      setAt(schema.data, ['controller', text], 'x');
      const checked = await timed(() => validateNotice(schema, { today: FIXED_TODAY }));
      expectLinear(
        `${shape} in ${formed.length} fields with a form and a key`,
        checked,
        text.length * (formed.length + 1),
      );
    });
  }
});

describe('reading YAML is linear: 1 MB texts in each way of writing a scalar, and many small values', () => {
  const header = 'notice:\n  languages: [fi]\n  created: "2020-01-01"\n';
  const size = 1_000_000;
  // yaml takes about a microsecond per token: files of many small values are 100-400 KB, enough to
  // show a search per item.
  const many = size / 10;
  const files: Record<string, string> = {
    'a double-quoted text without spaces': `${header}register_name: "${'a'.repeat(size)}"\n`,
    'a double-quoted text of escapes': `${header}register_name: "${'\\n\\t'.repeat(size / 4)}"\n`,
    'a single-quoted text of quotes': `${header}register_name: '${"''".repeat(size / 2)}'\n`,
    'a plain text of colons and hashes': `${header}register_name: ${'a:b c#d '.repeat(size / 8)}\n`,
    'a plain text over many lines': `${header}register_name: ${'a\n '.repeat(size / 3)}\n`,
    'a block text of many lines': `${header}register_name: |\n${'  x\n'.repeat(size / 4)}`,
    'a block text of empty lines': `${header}register_name: >\n  x${'\n'.repeat(many)}`,
    // yaml compared each new key with every earlier one: seconds for these, minutes for 60 000.
    'a mapping of 15 000 keys': header + Array.from({ length: 15_000 }, (_, i) => `  k${i}: 1\n`).join(''),
    // ajv's code copied the list of errors at each item, then each type error was compared with every other.
    'a list of 15 000 items, each with a text of the wrong type': `${header}purposes:\n  items:\n${'    - description: 1\n'.repeat(15_000)}`,
  };
  for (const [what, text] of Object.entries(files)) {
    it(what, async () => {
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      let found = 0;
      const ms = await timed(async () => (found = (await validateText(text)).length));
      expect(found).toBeGreaterThan(0);
      expectLinear(what, ms, text.length);
    });
  }
});

describe('other scans of text are linear too', () => {
  /** The time of `run` on the worst case against a plain input of the same size, best of three each. */
  function slowdown(run: (input: string) => unknown, worst: string, plain: string): number {
    const best = (input: string) => Math.min(...[0, 1, 2].map(() => timedSync(() => run(input))));
    best(plain);
    return best(worst) / Math.max(best(plain), 0.05);
  }

  function timedSync(run: () => unknown): number {
    const started = performance.now();
    run();
    return performance.now() - started;
  }

  it('a heading id from a heading of many `<` (marked gives escaped text, but the slug must not depend on it)', async () => {
    const { slug } = await import('../src/render/html.js');
    const ratio = slowdown(slug, '<'.repeat(100_000), 'a'.repeat(100_000));
    expect(ratio, `${ratio.toFixed(1)} times a plain heading of the same length`).toBeLessThan(RATIO);
  });

  it('the import finding e-mail addresses in a run of 100 000 address characters with no @ in it', async () => {
    const { findEmails, findObfuscatedEmails } = await import('../src/import/map/facts.js');
    const find = (text: string) => [findEmails(text), findObfuscatedEmails(text)];
    const ratio = slowdown(find, 'a'.repeat(100_000), 'a '.repeat(50_000));
    expect(ratio, `${ratio.toFixed(1)} times text of the same length with spaces`).toBeLessThan(RATIO);
  });

  it('a configuration file of many blank lines', async () => {
    const { loadConfig } = await import('../src/config/index.js');
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('./helpers.js');
    const file = join(tempDir(), 'notice.config.yaml');
    writeFileSync(file, `${'\n'.repeat(200_000)}out: public\n`);
    const ms = await timed(async () =>
      expect((await loadConfig(file)).settings).toMatchObject({ out: expect.any(String) }),
    );
    expectLinear('200 000 blank lines of configuration', ms, 200_000);
  });
});
