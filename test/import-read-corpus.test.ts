// The read stage of `notice import` over the whole corpus (test/fixtures/{seeds,real,import}/, see
// test/fixtures/import/README.md): every heading and sentence of the plain text a reader sees (the fixture's
// `.text.txt`, or the original itself when it is text) is in the text of the blocks the reader made of the
// original. What the read stage loses no later stage can bring back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/import/read/index.js';
import { normalise, splitOriginal } from './tools/fidelity.js';
import { formatOf, loadCorpus, ROOT, withoutHeader } from './tools/import-corpus.js';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const TMP = mkdtempSync(join(tmpdir(), 'notice-import-read-corpus-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const CORPUS = loadCorpus().filter((e) => formatOf(e.original) !== 'pdf' || hasPdftotext);

describe('the read stage keeps every sentence of the corpus', () => {
  it('the corpus is there', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS.map((e) => [e.original, e] as const))('%s', async (_name, e) => {
    const text = (file: string) => {
      const content = readFileSync(join(ROOT, file), 'utf8');
      return e.header ? withoutHeader(content) : content;
    };
    let input = join(ROOT, e.original);
    if (e.header) {
      input = join(TMP, basename(e.original));
      writeFileSync(input, text(e.original));
    }
    const document = await readDocument(input);
    const read = normalise(document.blocks.map((block) => block.text).join('\n'));
    const units = splitOriginal(text(e.text));
    expect(units.length).toBeGreaterThan(10);
    const lost = units.filter((unit) => !read.includes(normalise(unit.text)));
    expect(lost.map((unit) => `${e.text}:${unit.line}: ${unit.text}`)).toEqual([]);
  });
});
