import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/validate/index.js';
import { ROOT, codesAt, validateText } from './helpers.js';

// Each rule has fixtures in test/fixtures/rules/: <ID>.trigger*.yaml list what
// they must report in header lines `# expect: CODE line:column` (and
// `# expect-none: CODE`); <ID>.pass*.yaml must report none of the rule's codes.
// A header line `# profile: gdpr` checks the fixture against that profile (a migration report).
const FIXTURES = join(ROOT, 'test/fixtures/rules');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function expectations(text: string) {
  const expected = [...text.matchAll(/^# expect: (\S+ \d+:\d+)$/gm)].map((m) => m[1]!);
  const absent = [...text.matchAll(/^# expect-none: (\S+)$/gm)].map((m) => m[1]!);
  return { expected, absent };
}

describe('legal-completeness rules', () => {
  for (const rule of RULES) {
    const own = files.filter((f) => f.startsWith(`${rule.id}.`));
    const codes = Object.keys(rule.codes);

    it(`${rule.id} ${rule.name} has a triggering and a passing fixture, and a legal reference`, () => {
      expect(own.some((f) => f.includes('.trigger'))).toBe(true);
      expect(own.some((f) => f.includes('.pass'))).toBe(true);
      expect(rule.reference.length).toBeGreaterThan(3);
    });

    it(`${rule.id}: every code it can report is triggered by a fixture`, () => {
      const triggered = new Set(
        own.flatMap((f) => expectations(readFileSync(join(FIXTURES, f), 'utf8')).expected.map((e) => e.split(' ')[0])),
      );
      expect(codes.filter((code) => !triggered.has(code))).toEqual([]);
    });

    for (const file of own) {
      it(`${file}`, async () => {
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        const profile = /^# profile: (gdpr|hetil)$/m.exec(text)?.[1] as 'gdpr' | 'hetil' | undefined;
        const diagnostics = await validateText(text, profile ? { profile } : {}, file);
        const mine = diagnostics.filter((d) => codes.includes(d.code));
        if (file.includes('.pass')) {
          expect(codesAt(mine)).toEqual([]);
          return;
        }
        const { expected, absent } = expectations(text);
        expect(expected.length).toBeGreaterThan(0);
        expect(codesAt(mine).sort()).toEqual([...expected].sort());
        for (const code of absent) expect(codesAt(diagnostics).filter((c) => c.startsWith(code + ' '))).toEqual([]);
        for (const d of mine) {
          expect(d.rule).toBe(rule.id);
          expect(d.file).toBe(file);
          expect(d.message).toMatch(/\.$/);
          expect(d.hint).toBeTruthy();
        }
      });
    }
  }

  it('no fixture belongs to an unknown rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(files.filter((f) => !ids.has(f.split('.')[0]!))).toEqual([]);
  });

  it('no two rules report the same code', () => {
    const all = RULES.flatMap((r) => Object.keys(r.codes));
    expect(all.length).toBe(new Set(all).size);
  });
});
