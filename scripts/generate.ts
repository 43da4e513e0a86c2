// Writes every file that is derived from a single source of truth, so that no
// fact is restated by hand:
//   - src/generated/notice-types.ts and config-types.ts: the TypeScript types of the two schemas;
//   - src/generated/notice-enums.ts: the notice schema's enumerations as lists the code can read
//     (LANGUAGES, PROFILES, ...) and DEFAULT_PROFILE, the schema's default;
//   - schemas/notice-config.schema.json: its `formats` (from the output format registry,
//     src/outputs/formats.ts), `languages` and `profile` (from the notice schema), `pdf.paper`
//     (src/pdf/paper.ts) and `rules` (from the rule registry, src/validate/rules/);
//   - schemas/notice-export.schema.json and src/generated/export-types.ts: the JSON of `--format json`,
//     from the notice schema (src/export/json/schema.ts);
//   - README.md: the table of legal codes, between its `rule-table` markers (from the rule registry);
//   - src/generated/diagnostic-codes.ts: the other codes, as the README's "Diagnostic codes" tables document
//     them, for `notice explain`;
//   - docs/rules.md: a section per rule and per code, with its examples (from the rule registry, as
//     `notice explain` prints it);
//   - schemas/notice.schema.json itself: the layout's token pattern (from `Id`) and a heading entry
//     per section (from the `SectionName` enumeration), so the section names are written once.
// `npm run gen` writes them (run it after changing a schema or a registry);
// test/generated.test.ts fails when a committed file is not what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { DEFAULT_FORMATS, FORMAT_CHOICES, FORMAT_GROUPS, OUTPUT_FORMATS } from '../src/outputs/formats.js';
import { PAPER_FORMATS } from '../src/pdf/paper.js';
import { explain, type Explanation } from '../src/validate/explain.js';
import { EXAMPLE_NOTICE } from '../src/validate/rules/example-notice.js';
import { RULES } from '../src/validate/rules/index.js';
import { exportSchemaFrom } from '../src/export/json/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const NOTICE_SCHEMA = 'schemas/notice.schema.json';
const CONFIG_SCHEMA = 'schemas/notice-config.schema.json';
const EXPORT_SCHEMA = 'schemas/notice-export.schema.json';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
}

type SchemaNode = Record<string, unknown> & { enum?: unknown[]; default?: unknown };

/** Every generated file as it should be now, from the committed sources. */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const noticeSchema = noticeSchemaFrom(JSON.parse(read(NOTICE_SCHEMA)));
  const configSchema = configSchemaFrom(JSON.parse(read(CONFIG_SCHEMA)), noticeSchema.$defs);
  const exportSchema = exportSchemaFrom(noticeSchema as Parameters<typeof exportSchemaFrom>[0]);
  return [
    { path: NOTICE_SCHEMA, text: JSON.stringify(noticeSchema, null, 2) + '\n' },
    { path: CONFIG_SCHEMA, text: JSON.stringify(configSchema, null, 2) + '\n' },
    { path: 'src/generated/notice-types.ts', text: await typesOf(noticeSchema, NOTICE_SCHEMA, 'Notice') },
    { path: 'src/generated/config-types.ts', text: await typesOf(configSchema, CONFIG_SCHEMA, 'NoticeConfig') },
    { path: EXPORT_SCHEMA, text: JSON.stringify(exportSchema, null, 2) + '\n' },
    { path: 'src/generated/export-types.ts', text: await typesOf(exportSchema, EXPORT_SCHEMA, 'NoticeExport') },
    { path: 'src/generated/notice-enums.ts', text: enumsOf(noticeSchema.$defs) },
    { path: 'README.md', text: readmeWithRuleTable(read('README.md')) },
    { path: 'src/generated/diagnostic-codes.ts', text: documentedCodes(read('README.md')) },
    { path: RULES_PAGE, text: rulesPage() },
  ];
}

function read(path: string): string {
  return readFileSync(`${root}/${path}`, 'utf8');
}

/**
 * The notice schema with its layout parts written from the rest of it: a layout token (an item of `layout.order`, a key
 * of `layout.headings`) is an `Id` or several joined by `+` (a section name is an id-shaped word too, so the pattern cannot tell them apart;
 * `notice validate` reports a token that names nothing), and `layout.headings` lists every section name,
 * so that editors complete them and each has its help.
 */
function noticeSchemaFrom(schema: { $defs: Record<string, SchemaNode> }): { $defs: Record<string, SchemaNode> } {
  const defs = schema.$defs;
  const id = String(defs['Id']!['pattern']).replace(/^\^|\$$/g, '');
  const names = defs['SectionName']!.enum as string[];
  const token = defs['LayoutToken']!;
  token['pattern'] = `^${id}(?:\\+${id})*$`;
  token['examples'] = names;
  const headings = (defs['Layout']!['properties'] as Record<string, SchemaNode>)['headings']!;
  const [other] = Object.values(headings['patternProperties'] as Record<string, SchemaNode>);
  // Any other token: not a section name (those are the properties), so that each key has one schema.
  headings['patternProperties'] = { [`^(?!(?:${names.join('|')})$)${id}(?:\\+${id})*$`]: other };
  headings['properties'] = Object.fromEntries(
    names.map((name) => [name, { $ref: '#/$defs/Text', description: `The heading of the \`${name}\` section.` }]),
  );
  return schema;
}

/** The configuration schema with its derived parts written anew; everything else as committed. */
function configSchemaFrom(schema: Record<string, any>, noticeDefs: Record<string, SchemaNode>): Record<string, any> {
  const properties = schema['properties'];
  properties.formats.items = { enum: [...FORMAT_CHOICES] };
  const formats = OUTPUT_FORMATS.map((format) => `${format.id} (${format.summary})`).join(', ');
  const groups = Object.entries(FORMAT_GROUPS).map(([name, ids]) => `${name} (${ids.join(', ')})`);
  properties.formats.description = `Outputs to build: ${formats}; or several at once: ${groups.join(', ')}. Default: [${DEFAULT_FORMATS.join(', ')}].`;
  const languages = noticeDefs['Language']!.enum!.join(', ');
  properties.naming.description =
    `Output file names inside out: {name} (the notice file name without .yaml), {lang} (${languages}) and ` +
    `{ext} (${OUTPUT_FORMATS.map((f) => f.extension).join(', ')}) must all appear; {dir} (the name of the notice's folder) may; a / makes folders. ` +
    'Default: {name}.{lang}.{ext}. Examples: {lang}/{name}.{ext}, {dir}/{name}.{lang}.{ext}';
  properties.languages.items = { enum: noticeDefs['Language']!.enum };
  properties.profile.enum = noticeDefs['Profile']!.enum;
  properties.pdf.properties.paper.enum = [...PAPER_FORMATS];
  properties.rules.properties = Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      { $ref: '#/$defs/RuleSetting', description: `${rule.name} (${rule.reference}): ${rule.checks}` },
    ]),
  );
  return schema;
}

async function typesOf(schema: object, file: string, name: string): Promise<string> {
  return compile(withBareRefs(schema) as JSONSchema, name, {
    bannerComment: `/* Generated from ${file} by \`npm run gen\`. Do not edit by hand. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

// A `$ref` with a sibling `description` makes json-schema-to-typescript mint a
// new alias (Text1, Text2, ...) for every use. The descriptions matter to
// editors, not to the types, so the copy given to the generator drops them.
function withBareRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withBareRefs);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (typeof record['$ref'] === 'string') return { $ref: record['$ref'] };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withBareRefs(value)]));
}

/** The name of each enumeration's list in the code; a new enumeration in the schema needs one here. */
const ENUM_LISTS: Record<string, string> = {
  Language: 'LANGUAGES',
  Profile: 'PROFILES',
  Voice: 'VOICES',
  DocumentType: 'DOCUMENT_TYPES',
  Basis: 'BASES',
  Requirement: 'REQUIREMENTS',
  SpecialCategory: 'SPECIAL_CATEGORIES',
  TransferStatus: 'TRANSFER_STATUSES',
  TransferMechanism: 'TRANSFER_MECHANISMS',
  SectionName: 'SECTION_NAMES',
  SourceKind: 'SOURCE_KINDS',
  Right: 'RIGHTS',
  AddressKind: 'ADDRESS_KINDS',
};

function enumsOf(defs: Record<string, SchemaNode>): string {
  const enums = Object.entries(defs).filter(([, def]) => Array.isArray(def.enum));
  const unnamed = enums.filter(([name]) => !ENUM_LISTS[name]).map(([name]) => name);
  if (unnamed.length > 0)
    throw new Error(`Name the list of ${unnamed.join(', ')} in ENUM_LISTS (scripts/generate.ts).`);
  const lines = [
    `/* Generated from ${NOTICE_SCHEMA} by \`npm run gen\`. Do not edit by hand. */`,
    `import type { ${enums.map(([name]) => name).join(', ')} } from './notice-types.js';`,
    '',
  ];
  for (const [name, def] of enums) {
    lines.push(
      `export const ${ENUM_LISTS[name]}: readonly ${name}[] = ${JSON.stringify(def.enum).replace(/"/g, "'").replace(/,/g, ', ')};`,
    );
    if (def.default !== undefined)
      lines.push(
        `export const DEFAULT_${name.replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c).toUpperCase()}: ${name} = '${String(def.default)}';`,
      );
  }
  return lines.join('\n') + '\n';
}

const TABLE_START = '<!-- rule-table: generated by `npm run gen` from the rule registry; do not edit by hand -->';
const TABLE_END = '<!-- /rule-table -->';

/** The README with its table of legal codes, one row per code, written from the rules. */
function readmeWithRuleTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${TABLE_START} ... ${TABLE_END}.`);
  const rows = ['| code | rule | gdpr | hetil | legal reference |', '|---|---|---|---|---|'];
  for (const rule of RULES) {
    Object.entries(rule.codes).forEach(([code, { gdpr, hetil, ground }], index) => {
      const id = `[${rule.id}](${RULES_PAGE}#${ruleAnchor(rule)})${index === 0 ? ` \`${rule.name}\`` : ''}`;
      rows.push(`| [\`${code}\`](${RULES_PAGE}#${code.toLowerCase()}) | ${id} | ${gdpr} | ${hetil} | ${ground} |`);
    });
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${rows.join('\n')}\n${readme.slice(end)}`;
}

const RULES_PAGE = 'docs/rules.md';

/** The anchor GitHub gives the heading `## L09 retention-stated`. */
function ruleAnchor(rule: { id: string; name: string }): string {
  return `${rule.id}-${rule.name}`.toLowerCase();
}

/** docs/rules.md: every rule and code with what `notice explain` prints for it, and the example notice. */
function rulesPage(): string {
  const lines = [
    '# The rules of `notice validate`',
    '',
    '<!-- Generated by `npm run gen` from the rule registry (src/validate/rules/); do not edit by hand. -->',
    '',
    'What each legal-completeness rule checks, why the law asks for it, and for each of its codes the severity',
    'under each profile (`off`: the profile does not ask for it) with a failing and a passing example.',
    '`notice explain CODE` prints the same from the same source, for a code, a rule id or a rule name.',
    '',
    'The examples are fragments of YAML. Each is merged into [the example notice](#the-example-notice), a short',
    'notice that reports nothing: its mappings key by key, a list or other value replacing the one in the notice,',
    '`null` removing a key. A fragment that starts `# notice validate --profile gdpr` is checked with that option.',
    '',
    '| rule | checks | codes |',
    '|---|---|---|',
  ];
  for (const rule of RULES) {
    const codes = Object.keys(rule.codes).map((code) => `[\`${code}\`](#${code.toLowerCase()})`);
    lines.push(`| [${rule.id} \`${rule.name}\`](#${ruleAnchor(rule)}) | ${rule.checks} | ${codes.join(', ')} |`);
  }
  for (const rule of RULES) {
    const found = explain(rule.id);
    if (found.found) lines.push('', ...ruleSection(found.explanation));
  }
  lines.push('', '## The example notice', '', '```yaml', EXAMPLE_NOTICE.trimEnd(), '```');
  return lines.join('\n') + '\n';
}

/** The text with a full stop at its end, unless it has one ("HetiL 10 § 4 k."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function ruleSection({ rule, codes }: Explanation): string[] {
  const lines = [`## ${rule.id} ${rule.name}`, '', `**Checks:** ${rule.checks}`, '', `**Why:** ${rule.why}`];
  lines.push('', `Reference: ${sentence(rule.reference)}`);
  for (const code of codes) {
    const severity = Object.entries(code.severity)
      .map(([profile, level]) => `${profile} **${level}**`)
      .join(', ');
    lines.push('', `### ${code.code}`, '', `Severity: ${severity}. Ground: ${sentence(code.ground)}`);
    lines.push('', 'Fails:', '', '```yaml', code.fails, '```', '', 'Passes:', '', '```yaml', code.passes, '```');
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of await generatedFiles()) {
    let before: string | undefined;
    try {
      before = read(file.path);
    } catch {
      before = undefined;
    }
    if (before !== file.text) writeFileSync(`${root}/${file.path}`, file.text);
    console.log(`${before === file.text ? 'unchanged' : 'wrote    '} ${file.path}`);
  }
}

/**
 * The codes the README's "Diagnostic codes" tables document besides the rules' (those are generated from the
 * rule registry): reading the file, the format, the outputs, the changes, the record of processing. The README
 * is where they are written and reviewed; `notice explain` reads them from here.
 */
function documentedCodes(readme: string): string {
  const start = readme.indexOf('\n## Diagnostic codes\n');
  const end = readme.indexOf('\n### Legal completeness', start);
  const codes: { code: string; section: string; meaning: string }[] = [];
  let section = '';
  for (const line of readme.slice(start, end).split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) section = heading[1]!.replace(/`/g, '');
    // | code | meaning |, or | code | severity | meaning |
    const row = /^\| `([A-Z][A-Z0-9_]+)` \| (.+) \|$/.exec(line);
    if (!row) continue;
    const cells = row[2]!.split(' | ');
    const meaning = cells.length === 2 ? `${cells[0]}: ${cells[1]}` : row[2]!;
    codes.push({ code: row[1]!, section, meaning });
  }
  return [
    '// Generated by scripts/generate.ts from the README\'s "Diagnostic codes" tables (npm run gen). Do not edit.',
    '',
    '/** A diagnostic code that no rule reports, as the README documents it. */',
    'export interface DocumentedCode {',
    '  code: string;',
    '  /** The README section that lists it. */',
    '  section: string;',
    '  /** What it means, as the README says it (Markdown). */',
    '  meaning: string;',
    '}',
    '',
    `export const DOCUMENTED_CODES: readonly DocumentedCode[] = ${JSON.stringify(codes, null, 2)};`,
    '',
  ].join('\n');
}
