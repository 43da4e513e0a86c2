import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/validate/index.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Diagnostic codes written as literals in the loader and the schema translator. */
function formatCodes(): string[] {
  const files = ['src/load/index.ts', 'src/validate/schema-errors.ts'];
  const text = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/'((?:FILE|YAML|SCHEMA)_[A-Z0-9_]+)'/g)].map((m) => m[1]!))];
}

describe('README is the manual', () => {
  it('lists every diagnostic code a rule can report, with its rule id', () => {
    for (const rule of RULES) {
      for (const code of Object.keys(rule.codes)) expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| ${rule.id}\\b`));
    }
  });

  it('lists every code of reading and the schema', () => {
    const codes = formatCodes();
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((code) => !readme.includes(`| \`${code}\` |`))).toEqual([]);
  });

  it('names the test command that .ci/run runs', () => {
    expect(readme).toContain("npm run setup && npm test");
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('npm test');
  });
});
