import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SECTION_NAMES } from '../src/generated/notice-enums.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { hasFormatErrors, validateNotice } from '../src/validate/index.js';
import { mapDocument } from '../src/import/map/index.js';
import type { ImportedNotice } from '../src/import/types.js';
import { ROOT } from './helpers.js';
import { textDocument } from './tools/text-document.js';

// The map stage on the five seeds and the real notices of test/fixtures/real/, each read as plain text, against
// the hand transcriptions of the same notices (examples/*.yaml, test/fixtures/real/*.yaml).

interface Case {
  /** The original, as text. */
  txt: string;
  /** Its hand transcription, and the language of the original in it. */
  yaml: string;
  language: 'fi' | 'sv' | 'en';
  /** Sections of the transcription the import does not find under a heading of their own, and why. */
  sectionsMissed?: string[];
  /** Facts of the transcription the import does not read, and why. */
  factsMissed?: string[];
}

const CASES: Case[] = [
  { txt: 'test/fixtures/seeds/000_6fd91d90d92b81a3.txt', yaml: 'examples/lponet-2016.yaml', language: 'fi' },
  {
    txt: 'test/fixtures/seeds/001_42a7e3b0ad373fd4.txt',
    yaml: 'examples/lponet-asiakasrekisteri.yaml',
    language: 'fi',
  },
  { txt: 'test/fixtures/seeds/002_e3a951ea1aff06e0.txt', yaml: 'examples/local-loop-2018.yaml', language: 'fi' },
  // The legal reference of LamisNET names the Personal Data Act and its date; the GDPR cited in section 12
  // decides the profile, as in the transcription.
  { txt: 'test/fixtures/seeds/003_4cea9b641dfc6ab2.txt', yaml: 'examples/lamisnet-2018.yaml', language: 'fi' },
  { txt: 'test/fixtures/seeds/004_55cb80dffc86378e.txt', yaml: 'examples/iljoja-2015.yaml', language: 'fi' },
  {
    txt: 'test/fixtures/real/finna-asiakasrekisteri.txt',
    yaml: 'test/fixtures/real/finna-asiakasrekisteri.yaml',
    language: 'fi',
    // The block names the department first ("Kirjastoverkkopalvelut") and the controller on the next line.
    factsMissed: ['controller.name'],
  },
  {
    txt: 'test/fixtures/real/finna-kundregister.sv.txt',
    yaml: 'test/fixtures/real/finna-asiakasrekisteri.yaml',
    language: 'sv',
    factsMissed: ['controller.name'],
  },
  {
    txt: 'test/fixtures/real/lehtimaki-potilasrekisteri.txt',
    yaml: 'test/fixtures/real/lehtimaki-potilasrekisteri.yaml',
    language: 'fi',
  },
  // The transcription reads the page's sub-title as the heading of register_name (a judgement on its content);
  // the import keeps the lines before "1. Yleistä" as the title and introduction.
  {
    txt: 'test/fixtures/real/okm-oiva.txt',
    yaml: 'test/fixtures/real/okm-oiva.yaml',
    language: 'fi',
    sectionsMissed: ['register_name'],
  },
  {
    txt: 'test/fixtures/real/okm-oiva.sv.txt',
    yaml: 'test/fixtures/real/okm-oiva.yaml',
    language: 'sv',
    sectionsMissed: ['register_name'],
  },
  {
    txt: 'test/fixtures/real/oskillaatio-jasenrekisteri.txt',
    yaml: 'test/fixtures/real/oskillaatio-jasenrekisteri.yaml',
    language: 'fi',
    // "12. Muut henkilötietojen käsittelyyn liittyvät tiedot" ("other information") is about retention only by
    // its content ("Tietoja säilytetään kunnes …"): the import reads it as retention from those words.
  },
  {
    txt: 'test/fixtures/real/rakastajien-kilta-osallistujarekisteri.txt',
    yaml: 'test/fixtures/real/rakastajien-kilta-osallistujarekisteri.yaml',
    language: 'fi',
    // The name is inside a sentence ("... ylläpitää Rakastajien kilta, joka on rekisteröimätön yhdistys").
    factsMissed: ['controller.name'],
  },
];

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

function imported(c: Case): ImportedNotice {
  return mapDocument(textDocument(c.txt, read(c.txt)));
}

/** A value of the transcription in the original's language. */
function inLanguage(value: unknown, language: string): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && language in value)
    return (value as Record<string, unknown>)[language];
  return value;
}

// The sections a hand transcription can fill (objection is never a field of its own there).
const SECTIONS: string[] = SECTION_NAMES.filter((name) => name !== 'objection');

/** The sections the transcription gives a heading of their own: its layout order, or the sections it fills. */
function expectedTokens(hand: Record<string, unknown>): string[] {
  const layout = hand.layout as { order?: string[] } | undefined;
  if (layout?.order) return layout.order.filter((t) => t.split('+').some((p) => SECTIONS.includes(p)));
  return SECTIONS.filter((s) => hand[s] !== undefined);
}

describe('import map: the seeds and real notices read as text', () => {
  for (const c of CASES) {
    describe(c.txt.split('/').at(-1)!, () => {
      const result = imported(c);
      const hand = parse(read(c.yaml)) as Record<string, unknown>;

      it('gives a notice with no format errors', async () => {
        const yaml = stringify(result.notice, { lineWidth: 0 });
        const diagnostics = await validateNotice(loadNoticeBytes(yaml, 'imported.yaml'));
        expect(diagnostics.filter((d) => d.severity === 'error' && d.rule === undefined)).toEqual([]);
        expect(hasFormatErrors(diagnostics)).toBe(false);
      });

      it('places every block', () => {
        const placed = new Set(result.placements.map((p) => p.block));
        const unplaced = result.document.blocks.map((b, i) => (placed.has(i) ? undefined : b.text)).filter(Boolean);
        expect(unplaced).toEqual([]);
        expect(result.document.blocks.length).toBeGreaterThan(5);
      });

      it('keeps every sentence of a block it could not place in its words', () => {
        const strings = (v: unknown): string[] =>
          typeof v === 'string'
            ? [v]
            : Array.isArray(v)
              ? v.flatMap(strings)
              : v && typeof v === 'object'
                ? Object.values(v).flatMap(strings)
                : [];
        const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
        const all = norm(strings(result.notice).join(' \n '));
        const lost = result.document.blocks.filter((block, i) => {
          const free = result.placements.some((p) => p.block === i && p.how === 'free-text');
          // Sentences: lines of five words or more that are not a "Label: value" line of a contact block.
          const sentences = (block.cells ?? block.text.split('\n')).filter(
            (t) => t.trim().split(/\s+/).length >= 5 && !/^[^:]{2,40}:\s/.test(t.trim()),
          );
          return free && sentences.some((t) => !all.includes(norm(t).replace(/^[-•]\s*/, '')));
        });
        expect(lost.map((b) => b.text)).toEqual([]);
      });

      it('maps the headings to the sections the transcription uses', () => {
        const order = ((result.notice.layout?.order ?? []) as string[]).map((t) => t.split('+'));
        const missed = expectedTokens(hand).filter(
          (token) => !order.some((parts) => token.split('+').some((p) => parts.includes(p))),
        );
        expect(missed).toEqual(c.sectionsMissed ?? []);
      });

      it('reads the facts of the transcription', () => {
        const meta = hand.notice as Record<string, unknown>;
        const controller = (hand.controller ?? {}) as Record<string, unknown>;
        const got = result.notice;
        const facts: [string, unknown, unknown][] = [
          ['controller.name', inLanguage(controller.name, c.language), got.controller?.name],
          ['controller.business_id', controller.business_id, got.controller?.business_id],
          ['notice.created', meta.created, got.notice.created],
          ['notice.updated', meta.updated, got.notice.updated],
          ['notice.profile', meta.profile ?? 'gdpr', got.notice.profile],
          ['notice.languages', [c.language], got.notice.languages],
        ];
        const wrong = facts
          .filter(
            ([name, want, have]) => JSON.stringify(want) !== JSON.stringify(have) && !c.factsMissed?.includes(name),
          )
          .map(([name, want, have]) => `${name}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
        expect(wrong).toEqual([]);
        if (meta.document_type !== undefined) expect(got.notice.document_type).toBe(meta.document_type);
      });
    });
  }
});
