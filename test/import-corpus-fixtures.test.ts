import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBusinessId } from '../src/finnish/business-id.js';
import { checkFidelity, normalise, splitOriginal } from './tools/fidelity.js';
import {
  fieldMatches,
  fieldOfPath,
  formatOf,
  headingKey,
  isField,
  loadCorpus,
  ROOT,
  type Expected,
} from './tools/import-corpus.js';

// The corpus that `notice import` is measured on (test/import-corpus.test.ts) checks itself: every expectation
// names an original that exists and a field the format has, every expected heading and fact is written in the
// original's text, every fixture of test/fixtures/import/ names where it was found (or how it was made), and the
// corpus spans what issue 13 asks for. A typo in an expectation fails here, not as an importer's error.

const CORPUS = loadCorpus();
const IMPORT_DIR = 'test/fixtures/import';
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** The reference text as the fidelity checker sees it: header lines dropped, normalised, case folded. */
const body = (e: Expected) =>
  splitOriginal(read(e.text))
    .map((u) => u.text)
    .join(' ');

const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the import corpus', () => {
  it('spans the languages, laws, formats and kinds of notice the importer must read', () => {
    const originals = new Set(CORPUS.map((e) => e.original));
    expect(originals.size).toBe(CORPUS.length);
    expect(new Set(CORPUS.map((e) => e.language))).toEqual(new Set(['fi', 'sv', 'en']));
    expect(new Set(CORPUS.map((e) => e.profile))).toEqual(new Set(['gdpr', 'hetil']));
    const formats = CORPUS.map((e) => formatOf(e.original));
    for (const format of ['text', 'markdown', 'html'] as const) expect(formats).toContain(format);
    expect(formats.filter((f) => f === 'docx').length).toBeGreaterThanOrEqual(2);
    expect(formats.filter((f) => f === 'pdf').length).toBeGreaterThanOrEqual(2);
    // Organisations: the five of test/fixtures/real/ (OKM and Finna in two languages each) and at least ten
    // more found for the import corpus, besides the seeds.
    const found = CORPUS.filter((e) => e.file.startsWith(IMPORT_DIR) && !e.inherit);
    expect(new Set(found.map((e) => e.source?.organisation)).size).toBeGreaterThanOrEqual(10);
  });

  it('reads a placement as the field the expectations name (the measuring test relies on it)', () => {
    expect(fieldOfPath(['layout', 'headings', 'transfers+recipients', 'fi'])).toBe('recipients+transfers');
    expect(fieldOfPath(['layout', 'headings', 'general', 'fi'])).toBe('extra');
    expect(fieldOfPath(['extra_sections', 0, 'title'])).toBe('extra');
    expect(fieldOfPath(['notice', 'title'])).toBe('notice');
    expect(fieldOfPath(['rights', 'items', 2, 'title'])).toBe('rights');
    expect(fieldOfPath(['document'])).toBeUndefined();
    expect(fieldMatches('recipients+transfers', 'recipients+transfers')).toBe(true);
    expect(fieldMatches('recipients+transfers', 'recipients')).toBe(false);
    expect(headingKey('6\\ . Överföring av personuppgifter')).toBe('överföring av personuppgifter');
    expect(headingKey('1.      Rekisterinpitäjä')).toBe('rekisterinpitäjä');
    expect(headingKey('Rekisterin ylläpitäjä:')).toBe('rekisterin ylläpitäjä');
  });

  it('keeps every file of test/fixtures/import/ for a reason: an original, its text, or an expectation', () => {
    const used = new Set(
      CORPUS.filter((e) => e.file.startsWith(IMPORT_DIR)).flatMap((e) => [e.file, e.original, e.text]),
    );
    used.add(`${IMPORT_DIR}/README.md`);
    const files = readdirSync(join(ROOT, IMPORT_DIR)).map((f) => `${IMPORT_DIR}/${f}`);
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });

  for (const e of CORPUS) {
    describe(e.file, () => {
      it('names an original that exists, a reference text, and valid facts and fields', () => {
        expect(existsSync(join(ROOT, e.original))).toBe(true);
        expect(existsSync(join(ROOT, e.text))).toBe(true);
        expect(['fi', 'sv', 'en']).toContain(e.language);
        expect(['gdpr', 'hetil']).toContain(e.profile);
        if (e.documentType !== undefined) expect(['tietosuojaseloste', 'rekisteriseloste']).toContain(e.documentType);
        if (e.profile === 'hetil') expect(e.documentType).toBeDefined();
        for (const date of [e.facts.created, e.facts.updated].filter((d) => d !== undefined)) {
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
        if (e.facts.business_id !== undefined) expect(checkBusinessId(e.facts.business_id)).toBeUndefined();
        expect(e.sections.length).toBeGreaterThan(3);
        expect(e.sections.filter((s) => !isField(s.field))).toEqual([]);
        for (const s of e.sections) {
          expect(Object.keys(s).sort()).toEqual(['field', 'heading']);
          expect(s.heading).toBeTypeOf('string');
        }
      });

      it('writes every expected heading and fact as the original does', () => {
        const text = normalise(body(e)).toLowerCase();
        const headings = splitOriginal(read(e.text)).map((u) => headingKey(u.text));
        // A heading is found as a unit of the text, or at the start of one (a label with its content after it),
        // or, for a heading written as sentences (a Markdown heading that is the notice's opening), in the text.
        const missing = e.sections
          .map((s) => headingKey(s.heading))
          .filter(
            (h) =>
              !headings.some((u) => u === h || u.startsWith(`${h} `) || u.startsWith(`${h}:`)) &&
              !(/[.!?] /.test(h) && text.includes(h)),
          );
        expect(missing).toEqual([]);
        for (const fact of [e.facts.controller, e.facts.business_id].filter((f) => f !== undefined))
          expect(text).toContain(normalise(fact).toLowerCase());
      });

      if (e.file.startsWith(IMPORT_DIR))
        it('names its source', () => {
          const source = e.source ?? {};
          if (e.inherit) {
            expect(source.made_from).toBeTypeOf('string');
            expect(source.how).toBeTypeOf('string');
            expect(e.text).toBe(loadCorpus().find((x) => x.file === e.inherit)!.text);
          } else {
            for (const key of ['organisation', 'kind', 'repository', 'path', 'language', 'changes'])
              expect(source[key], key).toBeTypeOf('string');
            expect(String(source.commit)).toMatch(/^[0-9a-f]{40}$/);
            expect(String(source.retrieved)).toBe('2026-12-01');
            expect(source.language).toBe(e.language);
          }
        });

      if (formatOf(e.original) === 'pdf')
        it.skipIf(!pdftotext)('is a PDF whose extracted text carries every heading and sentence', () => {
          const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ROOT, e.original), '-'], {
            encoding: 'utf8',
          });
          const result = checkFidelity(read(e.text), { markdown: extracted, htmlText: extracted });
          expect(result.missing.markdown.map((u) => u.text)).toEqual([]);
        });

      if (formatOf(e.original) === 'docx')
        it('is a Word document (a ZIP holding word/document.xml)', () => {
          const bytes = readFileSync(join(ROOT, e.original));
          expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
          expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
        });
    });
  }
});
