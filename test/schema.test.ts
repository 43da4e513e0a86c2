import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema, noticeSchema, schemaValidator } from '../src/validate/schema.js';
import { ROOT } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8'));

/** Every subschema with its JSON Pointer. */
function subschemas(node: unknown, pointer = ''): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => subschemas(n, `${pointer}/${i}`));
  const here = node as Record<string, unknown>;
  const children = Object.entries(here).flatMap(([key, value]) => {
    if (key === 'properties' || key === '$defs') {
      return Object.entries(value as Record<string, unknown>).flatMap(([name, sub]) =>
        subschemas(sub, `${pointer}/${key}/${name}`),
      );
    }
    if (key === 'items' || key === 'anyOf') return subschemas(value, `${pointer}/${key}`);
    return [];
  });
  return [[pointer, here], ...children];
}

/** A property is documented by its own description or by that of the definition it refers to. */
function described(node: Record<string, unknown>): boolean {
  if (typeof node['description'] === 'string' && node['description'].length > 3) return true;
  const ref = node['$ref'];
  if (typeof ref !== 'string') return false;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<Record<string, unknown>>((n, key) => n[key] as Record<string, unknown>, schema);
  return described(target);
}

describe('schemas/notice.schema.json', () => {
  const all = subschemas(schema);

  it('is JSON Schema 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes every property (editors show these texts, `init` writes them as comments)', () => {
    const undocumented = all
      .filter(([pointer]) => /\/properties\/[^/]+$/.test(pointer))
      .filter(([, s]) => !described(s))
      .map(([pointer]) => pointer);
    expect(undocumented).toEqual([]);
  });

  it('closes every object with additionalProperties: false', () => {
    const open = all
      .filter(([, s]) => s['type'] === 'object' && s['additionalProperties'] !== false)
      .map(([pointer]) => pointer);
    expect(open).toEqual([]);
  });
});

describe('examples', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

  it('are all there: five seeds and the complete notice', () => {
    expect(examples.sort()).toEqual([
      'complete.yaml',
      'iljoja-2015.yaml',
      'lamisnet-2018.yaml',
      'local-loop-2018.yaml',
      'lponet-2016.yaml',
      'lponet-asiakasrekisteri.yaml',
    ]);
  });

  it.each(examples)('%s starts with the yaml-language-server schema modeline', (file) => {
    const first = readFileSync(join(ROOT, 'examples', file), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../schemas/notice.schema.json');
  });
});

describe('the compiled validators', () => {
  it('gather errors onto one list (ajv copies the list at each call: quadratic), built or compiled at run time alike', () => {
    for (const file of ['schema-validator.cjs', 'config-validator.cjs'])
      expect(readFileSync(join(ROOT, 'dist/generated', file), 'utf8')).not.toContain('.concat(');
    const data = { notice: { languages: ['xx'] }, purposes: { items: [{ description: 1 }, { id: 'A' }] }, other: 1 };
    const built = schemaValidator();
    const compiled = compileSchema(noticeSchema());
    expect(built(data)).toBe(false);
    expect(compiled(data)).toBe(false);
    expect(compiled.errors).toEqual(built.errors);
    expect(built.errors!.length).toBeGreaterThan(5);
  });
});
