import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadNotice, validateNotice } from '../src/index.js';
import { writeMarks } from '../src/translations/write.js';
import { FIXED_TODAY, ROOT, runMain, tempDir } from './helpers.js';

// Translations that cannot drift: `notice translations --mark` records the source text each
// translation was made from, and `notice validate` warns TRANSLATION_STALE when that source changes.
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
const SECURITY_FI = 'fi: Suojaamme tiedot teknisin ja organisatorisin keinoin.';

function noticeIn(text: string, name = 'complete.yaml'): { dir: string; file: string } {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  return { dir, file: join(dir, name) };
}

async function stale(file: string): Promise<string[]> {
  const diagnostics = await validateNotice(await loadNotice(file), { today: FIXED_TODAY });
  return diagnostics.filter((d) => d.code === 'TRANSLATION_STALE').map((d) => `${d.line}:${d.column} ${d.path}`);
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

describe('notice translations --mark and TRANSLATION_STALE', () => {
  it('marks every text of the complete example; validate is then clean, and editing a source makes its translations stale', async () => {
    const { dir, file } = noticeIn(COMPLETE);
    const before = await runMain(['translations', 'complete.yaml'], { cwd: dir });
    expect(before.status).toBe(0);
    expect(before.stdout).toMatch(/^ {2}sv +0 +0 +0 +73 +0$/m);

    const marked = await runMain(['translations', '--mark', 'complete.yaml'], { cwd: dir });
    expect(marked.status).toBe(0);
    expect(marked.stderr).toBe('marked 73 texts in complete.yaml\n');
    expect(marked.stdout).toMatch(/^ {2}fi +73 +0 +0 +0 +0$/m);
    expect(marked.stdout).toMatch(/^ {2}en +0 +73 +0 +0 +0$/m);
    expect(await stale(file)).toEqual([]);
    expect((await runMain(['validate', 'complete.yaml'], { cwd: dir })).status).toBe(0);

    // The Finnish source changes; its Swedish and English translations do not.
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(SECURITY_FI, 'fi: Suojaamme tiedot teknisin, fyysisin ja organisatorisin keinoin.');
    writeFileSync(file, edited);
    const sv = lineOf(edited, 'sv: Vi skyddar uppgifterna');
    expect(await stale(file)).toEqual([`${sv}:9 /security/text/sv`, `${sv + 1}:9 /security/text/en`]);
    const validated = await runMain(['validate', 'complete.yaml'], { cwd: dir });
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain('TRANSLATION_STALE');
    expect(validated.stdout).toContain('/security/text/fi is now fi:');

    const report = await runMain(['translations', 'complete.yaml'], { cwd: dir });
    expect(report.status).toBe(1);
    expect(report.stdout).toMatch(/^ {2}sv +0 +72 +1 +0 +0$/m);
    expect(report.stdout).toContain(`stale    complete.yaml:${sv - 2}:3 /security/text: sv, en (marked from fi:`);

    // The translator updates the Swedish text: still stale until marked, then clean.
    writeFileSync(file, edited.replace('sv: Vi skyddar uppgifterna med', 'sv: Vi skyddar uppgifterna med fysiska,'));
    expect(await stale(file)).toHaveLength(2);
    expect((await runMain(['translations', '--mark', 'complete.yaml'], { cwd: dir })).stderr).toBe(
      'marked 1 text in complete.yaml\n',
    );
    expect(await stale(file)).toEqual([]);
  });

  it('changes nothing but comments: every comment of the file stays, and so does its data', async () => {
    const { dir, file } = noticeIn(COMPLETE);
    await runMain(['translations', '--mark', 'complete.yaml'], { cwd: dir });
    const marked = readFileSync(file, 'utf8');
    const comments = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line));
    expect(comments(COMPLETE).length).toBeGreaterThan(5);
    for (const comment of comments(COMPLETE)) expect(marked).toContain(comment);
    expect(parse(marked)).toEqual(parse(COMPLETE));
    // Byte for byte: without its marks, the file is the one written (no re-dump re-flows a text).
    const unmarked = marked.replace(/- # from fi:[0-9a-f]{8}\n +/g, '- ').replace(/ # from fi:[0-9a-f]{8}$/gm, '');
    expect(unmarked).toBe(COMPLETE);
    // A block map is marked on its key's line, a flow map after its brace.
    expect(marked).toMatch(/^register_name: # from fi:[0-9a-f]{8}$/m);
    expect(marked).toMatch(/en: Newsletter \} # from fi:[0-9a-f]{8}$/m);
    // Marked again, nothing is written.
    const again = await runMain(['translations', '--mark', 'complete.yaml'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(marked);
  });

  it('keeps a comment already on the line, and the file’s CRLF line ends and BOM', async () => {
    const text = COMPLETE.replace(/^register_name:$/m, 'register_name: # checked by the DPO').replace(/\n/g, '\r\n');
    const { dir, file } = noticeIn('\uFEFF' + text);
    expect((await runMain(['translations', '--mark', 'complete.yaml'], { cwd: dir })).status).toBe(0);
    const marked = readFileSync(file, 'utf8');
    expect(marked.startsWith('\uFEFF')).toBe(true);
    expect(marked.replace(/\r\n/g, '')).not.toContain('\n');
    expect(marked).toMatch(/^register_name: # checked by the DPO; from fi:[0-9a-f]{8}\r$/m);
  });

  it('marks from another source language with --source, and a mark keeps the language it names', async () => {
    const { dir, file } = noticeIn(COMPLETE);
    await runMain(['translations', '--mark', '--source', 'sv', 'complete.yaml'], { cwd: dir });
    const marked = readFileSync(file, 'utf8');
    expect(marked).toMatch(/^register_name: # from sv:[0-9a-f]{8}$/m);
    const report = await runMain(['translations', '--format', 'json', 'complete.yaml'], { cwd: dir });
    const [json] = JSON.parse(report.stdout) as { source: string; counts: { language: string }[] }[];
    // The default source is still fi; each text is counted by the source its mark names.
    expect(json!.source).toBe('fi');
    expect(json!.counts).toEqual([
      { language: 'fi', source: 0, current: 73, stale: 0, unmarked: 0, missing: 0 },
      { language: 'sv', source: 73, current: 0, stale: 0, unmarked: 0, missing: 0 },
      { language: 'en', source: 0, current: 73, stale: 0, unmarked: 0, missing: 0 },
    ]);
    // Editing the Finnish text does not make it stale: it is a translation of the Swedish one.
    writeFileSync(file, marked.replace(SECURITY_FI, 'fi: Suojaamme tiedot hyvin.'));
    expect(await stale(file)).toEqual([]);
    writeFileSync(file, marked.replace('sv: Vi skyddar uppgifterna med', 'sv: Vi skyddar alla uppgifterna med'));
    expect((await stale(file)).map((s) => s.split(' ')[1])).toEqual(['/security/text/fi', '/security/text/en']);
  });

  it('counts a missing translation and exits 1', async () => {
    const { dir } = noticeIn(COMPLETE.replace(/^ {4}en: We protect the data with .*\n/m, ''));
    const run = await runMain(['translations', 'complete.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}en +0 +0 +0 +72 +1$/m);
    expect(run.stdout).toMatch(/missing {2}complete\.yaml:\d+:3 \/security\/text: en$/m);
  });

  it('writes the marks of a text from a shared part into the part, not the notice', async () => {
    const security = /^security:\n(?:(?: .*)?\n)*/m.exec(COMPLETE)![0];
    const dir = tempDir();
    writeFileSync(join(dir, '_texts.yaml'), security);
    const notice = `extends: _texts.yaml\n${COMPLETE.replace(security, '')}`;
    writeFileSync(join(dir, 'n.yaml'), notice);
    const run = await runMain(['translations', '--mark', 'n.yaml'], { cwd: dir });
    expect(run.stderr).toContain('marked 5 texts in _texts.yaml');
    expect(run.stderr).toContain('marked 68 texts in n.yaml');
    expect(readFileSync(join(dir, '_texts.yaml'), 'utf8')).toMatch(/^ {2}text: # from fi:[0-9a-f]{8}$/m);
    const marks = (file: string) => readFileSync(join(dir, file), 'utf8').match(/# from fi:/g)?.length;
    expect([marks('_texts.yaml'), marks('n.yaml')]).toEqual([5, 68]);
    // The part's source changes: the warning is at the translation, in the part, reached through the notice.
    const part = readFileSync(join(dir, '_texts.yaml'), 'utf8');
    writeFileSync(join(dir, '_texts.yaml'), part.replace(SECURITY_FI, 'fi: Suojaamme tiedot hyvin.'));
    const diagnostics = await validateNotice(await loadNotice(join(dir, 'n.yaml')), { today: FIXED_TODAY });
    const found = diagnostics.filter((d) => d.code === 'TRANSLATION_STALE');
    expect(found.map((d) => [d.file, d.via, d.path])).toEqual([
      [join(dir, '_texts.yaml'), join(dir, 'n.yaml'), '/security/text/sv'],
      [join(dir, '_texts.yaml'), join(dir, 'n.yaml'), '/security/text/en'],
    ]);
  });

  it('reports a text it cannot mark where it is written, and leaves it as it is', () => {
    const text = 'a: { b: { fi: x, sv: y }, c: 1 }\n';
    const result = writeMarks(text, [{ path: ['a', 'b'], mark: { source: 'fi', hash: '0123abcd' } }]);
    expect(result).toEqual({ text, unmarkable: [['a', 'b']] });
  });

  it('a part named on its own has no languages: it is marked through its notices', async () => {
    const { dir } = noticeIn('security:\n  text: { fi: a, sv: b }\n', '_texts.yaml');
    const run = await runMain(['translations', '_texts.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('notices that extend it');
  });
});
