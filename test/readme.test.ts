import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADEQUACY } from '../src/validate/data/adequacy.js';
import { GAPS } from '../src/ropa/gather.js';
import { RULES } from '../src/validate/index.js';
import { ROOT, runMain } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Diagnostic codes written as literals in the loader, the validator and the schema translator. */
function formatCodes(): string[] {
  const files = ['src/load/index.ts', 'src/load/problems.ts', 'src/validate/index.ts', 'src/validate/schema-errors.ts'];
  const text = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/'((?:FILE|YAML|SCHEMA)_[A-Z0-9_]+)'/g)].map((m) => m[1]!))];
}

describe('README is the manual', () => {
  it('lists every diagnostic code a rule can report, with its rule id, each linked to docs/rules.md', () => {
    for (const rule of RULES) {
      for (const code of Object.keys(rule.codes))
        expect(readme).toContain(
          `| [\`${code}\`](docs/rules.md#${code.toLowerCase()}) | [${rule.id}](docs/rules.md#${rule.id.toLowerCase()}-${rule.name}`,
        );
    }
  });

  it('lists every code of reading and the schema', () => {
    const codes = formatCodes();
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((code) => !readme.includes(`| \`${code}\` |`))).toEqual([]);
  });

  it('lists every gap code of the record of processing, with its severity', () => {
    const codes = Object.entries(GAPS);
    expect(codes.length).toBeGreaterThan(10);
    expect(
      codes.filter(([code, gap]) => !readme.includes(`| \`${code}\` | ${gap.severity} |`)).map(([code]) => code),
    ).toEqual([]);
  });

  it('documents every option of every command', async () => {
    for (const command of [
      'validate',
      'build',
      'ropa',
      'init',
      'doctor',
      'import',
      'preview',
      'translations',
      'diff',
      'log',
    ]) {
      const help = (await runMain([command, '--help'])).stdout;
      const options = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
      expect(options.length, command).toBeGreaterThan(2);
      // Written in code, as `--out <dir>` or `-q, --quiet`.
      expect(
        options.filter((option) => !new RegExp(`(\`|, )${option}\\b`).test(readme)),
        command,
      ).toEqual([]);
    }
  });

  it('documents every key of the configuration file, and the codes of --check', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice-config.schema.json'), 'utf8'));
    for (const key of Object.keys(schema.properties)) expect(readme).toMatch(new RegExp(`^${key}:`, 'm'));
    for (const key of Object.keys(schema.properties.pdf.properties)) expect(readme).toContain(`pdf.${key}`);
    for (const code of ['OUTPUT_MISSING', 'OUTPUT_STALE', 'BUILD_LANGUAGE_NOT_DECLARED'])
      expect(readme).toContain(`| \`${code}\` |`);
  });

  it('shows when the adequacy list was reviewed, and names every destination on it', () => {
    // Markdown wraps lines anywhere: compare the prose with its line breaks as spaces.
    const prose = readme.replace(/\s+/g, ' ');
    expect(prose).toContain(`reviewed ${ADEQUACY.reviewed}`);
    expect(ADEQUACY.entries.map((e) => e.name).filter((name) => !prose.includes(name))).toEqual([]);
  });

  it('names the test command that .ci/run runs', () => {
    expect(readme).toContain('npm run setup && npm test');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('npm test');
  });
});
