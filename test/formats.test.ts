import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices } from '../src/outputs/index.js';
import { OUTPUT_FORMATS } from '../src/outputs/formats.js';
import { ROOT, tempDir } from './helpers.js';

// Adding an output format is a change to src/outputs/formats.ts, its producer,
// its tests and its docs. Every other place takes the list from the registry
// (the command's --format, the configuration schema by `npm run gen`, file
// names, the init workflow) or is named here when it does not.
describe('the output format registry', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('gives every format a unique id and file extension', () => {
    expect(new Set(OUTPUT_FORMATS.map((f) => f.id)).size).toBe(OUTPUT_FORMATS.length);
    expect(new Set(OUTPUT_FORMATS.map((f) => f.extension)).size).toBe(OUTPUT_FORMATS.length);
  });

  it('every format is documented in the README table of notice build', () => {
    for (const format of OUTPUT_FORMATS) {
      expect(readme, format.id).toMatch(
        new RegExp(`^\\| \`${format.id}\` \\| \`customers\\.fi\\.${format.extension}\` \\|`, 'm'),
      );
    }
  });

  it('`npm run examples` builds every format', () => {
    const examples = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.examples as string;
    expect(examples).toContain(`--format ${OUTPUT_FORMATS.map((f) => f.id).join(',')}`);
  });

  it('a build writes each text format under its extension, and only the formats asked for', async () => {
    for (const format of OUTPUT_FORMATS.filter((f) => 'text' in f.produce)) {
      const out = tempDir();
      const [result] = await buildNotices([join(ROOT, 'examples/complete.yaml')], {
        out,
        formats: [format.id],
        languages: ['en'],
        today: '2026-06-01',
      });
      expect(result!.written).toEqual([join(out, `complete.en.${format.extension}`)]);
      expect(readFileSync(join(out, `complete.en.${format.extension}`), 'utf8').length, format.id).toBeGreaterThan(
        1000,
      );
      for (const other of OUTPUT_FORMATS.filter((f) => f !== format)) {
        expect(existsSync(join(out, `complete.en.${other.extension}`)), other.id).toBe(false);
      }
    }
  });
});
