import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import { loadNotice, loadNoticeBytes, MAX_FILE_BYTES } from '../src/load/index.js';
import { checkStructure } from '../src/load/structure.js';
import { codesAt, tempDir, validateText } from './helpers.js';

const VALID = 'notice:\n  languages: [fi]\n  created: "2020-01-01"\n';

describe('reading malformed YAML gives positioned diagnostics, never a crash', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['a syntax error', 'notice:\n  languages: [fi\ncontroller: x\n', 'YAML_SYNTAX 3:1'],
    ['a tab used for indentation', 'notice:\n\tlanguages: [fi]\n', 'YAML_TAB 2:1'],
    ['a duplicate key', 'notice:\n  languages: [fi]\nnotice:\n  languages: [sv]\n', 'YAML_DUPLICATE_KEY 3:1'],
    [
      'two documents in one file',
      'notice: {languages: [fi]}\n---\nnotice: {languages: [sv]}\n',
      'YAML_MULTIPLE_DOCUMENTS 2:1',
    ],
    ['an unknown tag', 'notice:\n  languages: !!js/function "x"\n', 'YAML_UNKNOWN_TAG 2:14'],
    ['an empty file', '', 'FILE_EMPTY 1:1'],
    ['a file of only comments', '# nothing here\n\n', 'FILE_EMPTY 1:1'],
    ['a list at the top level', '- notice\n- controller\n', 'YAML_NOT_MAPPING 1:1'],
    ['a plain text at the top level', '\n\nTietosuojaseloste\n', 'YAML_NOT_MAPPING 3:1'],
    [
      'bytes that are not UTF-8',
      new Uint8Array([...Buffer.from('notice:\n  title: "Rekisteriseloste '), 0xe4, ...Buffer.from('"\n')]),
      'FILE_NOT_UTF8 2:28',
    ],
  ];
  for (const [what, input, expected] of cases) {
    it(`${what} → ${expected}`, async () => {
      const diagnostics = await validateText(input);
      expect(codesAt(diagnostics)).toEqual([expected]);
      expect(diagnostics[0]!.severity).toBe('error');
      expect(diagnostics[0]!.hint).toBeTruthy();
      expect(diagnostics[0]!.message).not.toMatch(/at line \d+/);
    });
  }

  it('an alias bomb ("billion laughs") is refused quickly', async () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    const started = Date.now();
    const diagnostics = await validateText(levels.join('\n') + '\n');
    // Its expansion passes 4 MiB at the first alias of the seventh level, before the count of aliases does.
    expect(codesAt(diagnostics)).toEqual(['YAML_EXPANSION_LIMIT 7:23']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('more than 100 aliases are refused at the 101st', async () => {
    const text = `a: &a x\nb: [${Array(101).fill('*a').join(', ')}]\n`;
    expect(codesAt(await validateText(text))).toEqual([`YAML_ALIAS_LIMIT 2:${5 + 100 * 4}`]);
  });

  it('100 aliases that expand more than 100 times in all are refused', async () => {
    const text = `a: &a x\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: [${Array(11).fill('*b').join(', ')}]\n`;
    expect(codesAt(await validateText(text))).toEqual(['YAML_ALIAS_LIMIT 1:1']);
  });

  it('many anchors, each named by one alias, are refused quickly (yaml looks each alias up among all anchors)', async () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `a${i}: &a${i} x\nb${i}: *a${i}\n`).join('');
    const started = performance.now();
    expect(codesAt(await validateText(text))).toEqual(['YAML_ALIAS_LIMIT 202:7']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('deep nesting in flow style is refused', async () => {
    const diagnostics = await validateText('notice: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
    expect(diagnostics[0]!.line).toBe(1);
  });

  it('deep nesting in block style is refused at the first value too deep', async () => {
    const text = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    // The mapping of k64 is at depth 64, so k64 itself (line 65, column 129) stands at depth 65.
    expect(codesAt(await validateText(text))).toEqual(['YAML_TOO_DEEP 65:129']);
  });

  it('a file over the size limit is refused before it is parsed', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    writeFileSync(file, VALID + '# ' + 'x'.repeat(MAX_FILE_BYTES) + '\n');
    const loaded = await loadNotice(file);
    expect(codesAt(loaded.diagnostics)).toEqual(['FILE_TOO_LARGE 1:1']);
    expect(loaded.data).toBeUndefined();
  });

  it('a file that cannot be read is a problem of that file, not the end of the run', async () => {
    const missing = await loadNotice(join(tempDir(), 'nope.yaml'));
    expect(missing.data).toBeUndefined();
    expect(codesAt(missing.diagnostics)).toEqual(['FILE_UNREADABLE 1:1']);
  });

  it('a folder with a notice’s name is not a notice, and is reported as such', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.yaml'));
    expect(codesAt((await loadNotice(join(dir, 'x.yaml'))).diagnostics)).toEqual(['FILE_NOT_REGULAR 1:1']);
  });
});

describe('nesting is refused at its place, never by overflowing the stack', () => {
  const levels = 100_000;
  const cases: [string, string, string][] = [
    ['flow sequences', 'notice: ' + '['.repeat(levels) + ']'.repeat(levels) + '\n', 'YAML_TOO_DEEP 1:135'],
    ['flow mappings', 'notice: ' + '{a: '.repeat(levels) + '}'.repeat(levels) + '\n', 'YAML_TOO_DEEP 1:513'],
    ['block sequences on one line', 'notice:\n  ' + '- '.repeat(levels) + 'x\n', 'YAML_TOO_DEEP 2:255'],
    ['block sequences closed by a key', '- '.repeat(levels) + 'x\ny: 1\n', 'YAML_TOO_DEEP 1:255'],
    ['explicit keys', '? '.repeat(levels) + 'x\n', 'YAML_TOO_DEEP 1:255'],
    [
      'indentation, as deep as 1 MiB allows',
      Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n',
      'YAML_TOO_DEEP 128:128',
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(`100 000 levels of ${what} → ${expected}`, async () => {
      const diagnostics = await validateText(text);
      expect(codesAt(diagnostics)).toEqual([expected]);
      expect(diagnostics[0]!.message).toBe('The data is nested more than 64 levels deep.');
    });
  }

  it('64 levels are read; at 65 the first value too deep is refused', async () => {
    const nested = (n: number) => 'notice: ' + '['.repeat(n) + ']'.repeat(n) + '\n';
    expect((await validateText(nested(64))).map((d) => d.code)).not.toContain('YAML_TOO_DEEP');
    expect(codesAt(await validateText(nested(65)))).toEqual([`YAML_TOO_DEEP 1:${'notice: '.length + 65}`]);
  });

  it('nesting through an alias counts, at the alias', async () => {
    const text = `a: &a ${'['.repeat(40)}${']'.repeat(40)}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n`;
    const diagnostics = await validateText(text);
    expect(codesAt(diagnostics)).toEqual([`YAML_TOO_DEEP 2:${'b: '.length + 31}`]);
    expect(diagnostics[0]!.message).toContain('*a');
  });

  it('an alias inside the value it names (a value that contains itself) is refused', async () => {
    expect(codesAt(await validateText('notice: &a\n  languages: [fi, *a]\n'))).toEqual(['YAML_TOO_DEEP 2:19']);
  });

  it('an alias that names no anchor is a syntax error at the alias, not an "alias limit"', async () => {
    expect(codesAt(await validateText('notice:\n  created: *nope\n'))).toEqual(['YAML_SYNTAX 2:12']);
  });
});

describe('duplicate keys', () => {
  it('each is reported at its key, naming the line of the first', async () => {
    expect(codesAt(await validateText('notice:\n  languages: [fi]\n  languages: [sv]\n  "languages": [en]\n'))).toEqual(
      ['YAML_DUPLICATE_KEY 3:3', 'YAML_DUPLICATE_KEY 4:3'],
    );
    expect((await validateText('a: 1\n1: 2\n"1": 3\n')).map((d) => d.message)).toEqual([
      'This key is given twice in one mapping (first on line 2).',
    ]);
  });

  it('a mapping of 300 000 duplicate keys is checked without exhausting the stack', () => {
    const map = new YAMLMap();
    const [key, value] = [new Scalar('k'), new Scalar(1)];
    for (let i = 0; i < 300_000; i++) map.items.push(new Pair(key, value));
    const doc = new Document();
    doc.contents = map;
    const problems = checkStructure(doc as Document.Parsed, {
      maxDepth: 64,
      maxExpandedChars: Infinity,
      maxAliases: 100,
    });
    expect(problems).toHaveLength(299_999);
    expect(problems.every((p) => p.kind === 'duplicate-key')).toBe(true);
  });
});

describe('aliases cannot make a notice larger than its limits', () => {
  it('a text of almost 1 MiB named by 99 aliases is refused at the alias that passes 4 MiB, before validation', async () => {
    const big = 'x'.repeat(1_040_000);
    const aliases = Array.from({ length: 99 }, () => '  - {title: *t}').join('\n');
    const text = `notice: {languages: [fi]}\nregister_name: &t ${big}\nextra_sections:\n${aliases}\n`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const started = performance.now();
    const diagnostics = await validateText(text);
    // The text counts once where it is written and once for each alias: the fourth alias passes 4 MiB.
    expect(codesAt(diagnostics)).toEqual(['YAML_EXPANSION_LIMIT 7:13']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a short text named by 99 aliases is read', async () => {
    const aliases = Array.from({ length: 99 }, () => '  - {title: *t, text: x}').join('\n');
    const text = `notice: {languages: [fi]}\nregister_name: &t ${'a few words '.repeat(1_700)}\nextra_sections:\n${aliases}\n`;
    const codes = (await validateText(text)).map((d) => d.code);
    expect(codes.filter((code) => /^(YAML|FILE)_/.test(code))).toEqual([]);
  });
});

describe('tags are refused, whatever the tag', () => {
  const tags = [
    '!!binary aGVsbG8=',
    '!!set {fi}',
    '!!omap [a: 1]',
    '!!timestamp 2020-01-01',
    '!!str 2020-01-01',
    '!!int 1',
    '!!map {}',
    '!foo 2020-01-01',
    '! 2020-01-01',
    '!<tag:yaml.org,2002:str> 2020-01-01',
  ];
  for (const tagged of tags) {
    it(`${tagged.split(' ')[0]} → YAML_UNKNOWN_TAG at the tag`, async () => {
      const diagnostics = await validateText(`notice:\n  languages: [fi]\n  created: ${tagged}\n`);
      expect(codesAt(diagnostics)).toEqual(['YAML_UNKNOWN_TAG 3:12']);
      expect(diagnostics[0]!.message).toContain(tagged.split(' ')[0]);
    });
  }

  it('on a key, in a flow collection and on the top level, each at its place', async () => {
    const text = '--- !!map\nnotice:\n  !!str languages: [!!str fi]\n';
    expect(codesAt(await validateText(text))).toEqual([
      'YAML_UNKNOWN_TAG 1:5',
      'YAML_UNKNOWN_TAG 3:3',
      'YAML_UNKNOWN_TAG 3:21',
    ]);
  });

  it('text that looks like a tag, quoted or in a block scalar, is text', async () => {
    const text = 'notice:\n  languages: [fi]\nregister_name: "!!binary x"\nchanges:\n  text: |\n    !!set\n    !foo\n';
    expect((await validateText(text)).filter((d) => d.code.startsWith('YAML_'))).toEqual([]);
  });
});

describe('harmless variations validate like the plain file', () => {
  const plain = 'notice:\n  languages: [fi]\n  created: "2020-01-01"\ncontroller:\n  business_id: "0723069-4"\n';

  it('a UTF-8 BOM', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(plain)]);
    expect(await validateText(withBom)).toEqual(await validateText(plain));
  });

  it('CRLF line ends', async () => {
    expect(await validateText(plain.replace(/\n/g, '\r\n'))).toEqual(await validateText(plain));
  });

  it('both at once, read from disk', async () => {
    const file = join(tempDir(), 'windows.yaml');
    writeFileSync(file, '\uFEFF' + plain.replace(/\n/g, '\r\n'));
    const fromDisk = await loadNotice(file);
    expect(fromDisk.data).toEqual(loadNoticeBytes(plain, 'x').data);
    expect(fromDisk.diagnostics).toEqual([]);
  });
});

describe('untrusted keys', () => {
  it('__proto__ is reported as an unknown key and pollutes nothing', async () => {
    const diagnostics = await validateText('notice:\n  languages: [fi]\n__proto__:\n  polluted: true\n');
    expect(codesAt(diagnostics)).toEqual(['SCHEMA_UNKNOWN_KEY 3:1']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('merge keys (<<) are not expanded: they are unknown keys', async () => {
    const diagnostics = await validateText('base: &base {languages: [fi]}\nnotice:\n  <<: *base\n');
    expect(diagnostics.map((d) => d.code)).toContain('SCHEMA_UNKNOWN_KEY');
  });
});
