import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotice, loadNoticeBytes, MAX_FILE_BYTES } from '../src/load/index.js';
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
    expect(codesAt(diagnostics)).toEqual(['YAML_ALIAS_LIMIT 1:1']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('deep nesting in flow style is refused', async () => {
    const diagnostics = await validateText('notice: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
    expect(diagnostics[0]!.line).toBe(1);
  });

  it('deep nesting in block style is refused', async () => {
    const text = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    expect(codesAt(await validateText(text))).toEqual(['YAML_TOO_DEEP 1:1']);
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
