import { basename } from 'node:path';
import { Document, isCollection, isScalar, visit, type Node } from 'yaml';
import { schemaModeline } from '../paths.js';
import { noticeSchema } from '../validate/schema.js';
import { resolveRefs, type JsonSchema } from '../validate/schema-walk.js';
import type { ImportedNotice } from './types.js';

/** Where the YAML will be written; the schema modeline is relative to its folder. */
export interface EmitOptions {
  /** The YAML file's path (default: the input's name with `.yaml`, beside it). */
  file?: string;
}

/**
 * The YAML text of an imported notice: the schema modeline first (as `notice
 * init` writes it), the sections and the keys inside them in the schema's
 * order, each inferred value with a comment beside it that says so, and texts
 * with line breaks as block scalars. The same import gives the same bytes: no
 * date of today, no order that depends on anything but the data and the schema.
 */
export function emitYaml(imported: ImportedNotice, options: EmitOptions = {}): string {
  const file = options.file ?? defaultOutput(imported.document.file);
  const doc = new Document(ordered(imported.notice, schemaRoot()));
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
  });
  const header = headerLines(imported, file);
  for (const { path, note } of imported.inferences) {
    const text = ` ${oneLine(note)}`;
    const node = path.length === 0 ? undefined : (doc.getIn(path, true) as Node | undefined);
    if (node === undefined) header.push(text);
    else if (isScalar(node)) node.comment = node.comment ? `${node.comment};${text}` : text;
    else if (isCollection(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
  }
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** The YAML file an import writes by default: beside the input, `name.yaml`. */
export function defaultOutput(input: string): string {
  const name = basename(input);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return input.slice(0, input.length - name.length) + `${stem}.yaml`;
}

function headerLines(imported: ImportedNotice, file: string): string[] {
  return [
    schemaModeline(file),
    '',
    ` Written by \`notice import\` from ${oneLine(basename(imported.document.file))} (${imported.document.format}).`,
    ' Every sentence of the original is kept; `notice import --report` shows where each line went, and',
    ' what was kept as free text rather than recognised: check those first. A comment beside a value says',
    ' that it was inferred. Check the notice with `notice validate`, render it with `notice build`.',
  ];
}

/** A note as one comment line: no line breaks or control characters that would end the comment. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

type SchemaNode = JsonSchema & {
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

function schemaRoot(): SchemaNode {
  return noticeSchema();
}

/** What the schema says of the values at one place: the order of their keys, and the schema of each child. */
interface Shape {
  rank: Map<string, number>;
  child(key: string): SchemaNode | undefined;
  items: SchemaNode | undefined;
}

const shapes = new WeakMap<SchemaNode, Shape>();

function shapeOf(node: SchemaNode): Shape {
  let shape = shapes.get(node);
  if (shape) return shape;
  const options = alternatives(node);
  const rank = new Map<string, number>();
  for (const option of options)
    for (const key of Object.keys(option.properties ?? {})) if (!rank.has(key)) rank.set(key, rank.size);
  const extra = options.map((option) => option.additionalProperties).find((value) => typeof value === 'object');
  shape = {
    rank,
    child: (key) => options.map((option) => option.properties?.[key]).find(Boolean) ?? extra,
    items: options.find((option) => option.items)?.items,
  };
  shapes.set(node, shape);
  return shape;
}

/** The schema nodes a value may match: `$ref`s followed, `anyOf`/`oneOf`/`allOf` opened. */
function alternatives(node: SchemaNode | undefined, depth = 0): SchemaNode[] {
  if (!node || depth > 20) return [];
  if (node.$ref !== undefined) return alternatives(resolveRefs(schemaRoot(), node).schema, depth + 1);
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return [node, ...branches.flatMap((branch) => alternatives(branch, depth + 1))];
}

/** The keys of `notice` the date line shows in the order the YAML writes them. */
const DATE_LINE = new Set(['created', 'updated', 'version']);

/**
 * The data with each object's keys in the order of the schema's `properties`
 * (those it does not name after them, as they came); arrays keep their order,
 * as do maps keyed by the data (layout headings, texts per language).
 */
function ordered(value: unknown, node: SchemaNode | undefined): unknown {
  if (value === null || typeof value !== 'object') return value;
  const shape = node ? shapeOf(node) : undefined;
  if (Array.isArray(value)) return value.map((item: unknown) => ordered(item, shape?.items));
  const entries = Object.entries(value as Record<string, unknown>);
  if (shape) {
    // The date line shows these in the order they are written: they share one rank, so they keep theirs.
    const rankOf = (key: string) => shape.rank.get(DATE_LINE.has(key) ? 'created' : key);
    const rank = (key: string) => rankOf(key) ?? shape.rank.size;
    // Array.prototype.sort is stable: keys the schema does not name keep their order.
    entries.sort(([a], [b]) => rank(a) - rank(b));
  }
  return Object.fromEntries(entries.map(([key, child]) => [key, ordered(child, shape?.child(key))]));
}
