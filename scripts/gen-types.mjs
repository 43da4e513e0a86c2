// Writes src/generated/notice-types.ts from schemas/notice.schema.json and
// src/generated/config-types.ts from schemas/notice-config.schema.json, so the
// TypeScript types can never say something the schemas do not. A test
// (test/schema.test.ts) fails when a committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
export const TYPES_FILE = fileURLToPath(new URL('src/generated/notice-types.ts', root));
export const CONFIG_TYPES_FILE = fileURLToPath(new URL('src/generated/config-types.ts', root));

export function generateTypes() {
  return typesOf('notice.schema.json', 'Notice');
}

export function generateConfigTypes() {
  return typesOf('notice-config.schema.json', 'NoticeConfig');
}

async function typesOf(schemaFile, name) {
  const schema = JSON.parse(await readFile(new URL(`schemas/${schemaFile}`, root), 'utf8'));
  return compile(withBareRefs(schema), name, {
    bannerComment: `/* Generated from schemas/${schemaFile} by \`npm run gen:types\`. Do not edit by hand. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

// A `$ref` with a sibling `description` makes json-schema-to-typescript mint a
// new alias (Text1, Text2, ...) for every use. The descriptions matter to
// editors, not to the types, so the copy given to the generator drops them.
function withBareRefs(node) {
  if (Array.isArray(node)) return node.map(withBareRefs);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withBareRefs(value)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(TYPES_FILE, await generateTypes());
  await writeFile(CONFIG_TYPES_FILE, await generateConfigTypes());
  console.log(`wrote ${TYPES_FILE} and ${CONFIG_TYPES_FILE}`);
}
