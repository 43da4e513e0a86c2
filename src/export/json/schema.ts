import { EXTRAS, RIGHT_TEXT, type Extra } from './extras.js';
import { deref, TEXT_DEFS, type SchemaNode } from './walk.js';

type Schema = SchemaNode & { $defs: Record<string, SchemaNode> };

/**
 * schemas/notice-export.schema.json, written by `npm run gen` from the notice schema: the same keys and
 * descriptions, every text and name a string in the document's language, `voice` one value, what the export
 * derives added where it adds it, and the document's own keys around the notice's. Made from the notice schema so
 * that the two cannot drift apart.
 */
export function exportSchemaFrom(noticeSchema: Schema): Schema {
  const schema = structuredClone(noticeSchema) as Schema;
  const defs = schema.$defs;
  for (const name of TEXT_DEFS) {
    const { title, description } = defs[name]!;
    // A name is plain text; a text (and an item's lead) Markdown.
    const form =
      name === 'Name' ? 'as written, plain text' : 'Markdown as the notice writes it: never insert it as HTML';
    defs[name] = {
      title,
      description: `${String(description).replace(/ A plain string .*$/, '')} In the export: a string in the document's language (in another declared language when it has none in it; the build then warns with EXPORT_TEXT_FALLBACK), ${form}.`,
      type: 'string',
    };
  }
  // What only writing a notice needs: shared parts, the layout (the export gives `sections` instead).
  for (const name of ['PartPath', 'Layout', 'LayoutToken']) delete defs[name];
  defs['RightText'] = RIGHT_TEXT;
  for (const extra of EXTRAS) addExtra(schema, extra);
  const { extends: _parts, layout: _layout, ...noticeKeys } = schema.properties!;
  return {
    $schema: schema['$schema'],
    $id: 'https://notice.invalid/schemas/notice-export.schema.json',
    title: 'NoticeExport',
    description:
      "A privacy notice as resolved data in one language: `notice build --format json` writes one file per language (customers.fi.json). Shared parts are merged, defaults applied, every text given in the document's language, with the values the rendered notice derives (labels of enumerations, country names, periods in words, the rights that apply, the supervisory authority). Keys come in the order of this schema; a value the notice does not give is left out, never null. Fields may be added; `export_version` is raised only when a key changes meaning or disappears.",
    type: 'object',
    additionalProperties: false,
    required: ['export_version', 'generator', 'language', 'draft', 'notice', 'sections'],
    properties: {
      export_version: { const: 1, description: 'The version of this shape.' },
      generator: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'version'],
        description: 'What wrote the file.',
        properties: {
          name: { const: 'notice' },
          version: { type: 'string', description: "notice's version." },
        },
      },
      language: { $ref: '#/$defs/Language', description: 'The language of every text in the document.' },
      draft: {
        type: 'boolean',
        description: 'True while placeholders (TODO) remain: the rendered notice is then marked a draft.',
      },
      ...noticeKeys,
      objection: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        description:
          "The right to object, which the notice shows apart from the other rights (GDPR 21(4)): the notice's own texts on it, then the built-in texts of the objections that apply.",
        properties: { items: { type: 'array', items: { $ref: '#/$defs/RightText' } } },
      },
      sections: {
        type: 'array',
        description:
          'The headings of the rendered notice in order, after `layout`: what a page that shows the notice in parts follows.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'number', 'heading', 'parts'],
          properties: {
            key: {
              type: 'string',
              description: 'A section name, `extra` (an extra section) or `combined` (sections `layout.order` joins).',
            },
            number: { type: 'integer', minimum: 1 },
            heading: { type: 'string', description: 'The heading as the notice shows it (Markdown on one line).' },
            parts: { type: 'array', items: { type: 'string' }, description: 'The sections under the heading.' },
          },
        },
      },
    },
    $defs: defs,
  };
}

/** The extra's keys added to its place in the schema: a definition, or the node a data path reaches. */
function addExtra(schema: Schema, extra: Extra): void {
  const node = extra.def !== undefined ? schema.$defs[extra.def]! : nodeAt(schema, extra.at!.split('/'));
  node.properties = { ...node.properties, ...extra.properties };
  if (extra.required) node['required'] = [...new Set([...((node['required'] as string[]) ?? []), ...extra.required])];
}

function nodeAt(schema: Schema, steps: string[]): SchemaNode {
  let node: SchemaNode = schema;
  for (const step of steps) {
    while (node.$ref !== undefined) node = deref(schema, node.$ref);
    node = step === '*' ? node.items! : node.properties![step]!;
  }
  while (node.$ref !== undefined) node = deref(schema, node.$ref);
  return node;
}
