import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';
import { ROOT } from './helpers.js';

// One home per fact: the types, the schema's enumerations, the configuration
// schema's formats, languages, profiles, paper sizes and rules, the notice
// schema's layout parts, the README's table of codes and docs/rules.md are written by
// `npm run gen` from their sources.
describe('generated files', async () => {
  const files = await generatedFiles();

  it('are all there: types, enumerations, the configuration schema, the README table, the rules page and the codes notice explain reads from the README', () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'docs/rules.md',
      'schemas/notice-config.schema.json',
      'schemas/notice-export.schema.json',
      'schemas/notice.schema.json',
      'src/generated/config-types.ts',
      'src/generated/diagnostic-codes.ts',
      'src/generated/export-types.ts',
      'src/generated/notice-enums.ts',
      'src/generated/notice-types.ts',
    ]);
  });

  for (const file of files) {
    it(`${file.path} is what \`npm run gen\` writes from the schemas and registries`, () => {
      expect(readFileSync(join(ROOT, file.path), 'utf8'), 'run `npm run gen`, then review the diff').toBe(file.text);
    });
  }
});
