import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Diagnostic } from '../src/diagnostics.js';
import { formatReport, REPORT_FORMATS } from '../src/report/index.js';
import { formatJunit } from '../src/report/junit.js';
import { formatSarif } from '../src/report/sarif.js';
import type { BuildResult, FileResult } from '../src/results.js';
import { ROOT, runMain, tempDir } from './helpers.js';

// The published schemas, vendored with their origin in test/fixtures/report-schemas/README.md.
const SCHEMAS = join(ROOT, 'test/fixtures/report-schemas');
const JUNIT_XSD = readFileSync(join(SCHEMAS, 'junit-10.xsd'), 'utf8');
const ajv = new Ajv({ allErrors: true });
// ajv-formats is CommonJS: its function is the default export's `default` under NodeNext's types.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = (formats as unknown as { default?: AddFormats }).default ?? (formats as unknown as AddFormats);
addFormats(ajv);
const sarifSchema = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'sarif-schema-2.1.0.json'), 'utf8')));

/** Breaks the XSD of the Jenkins xUnit plugin, checked by libxml2 (xmllint compiled to WebAssembly). */
async function junitProblems(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [JUNIT_XSD] });
  return result.errors.map((e) => e.rawMessage);
}

/** A value as a consumer's XML parser reads it back: libxml2's XPath (`xmllint --xpath`). */
async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    normalization: 'format',
    // The library has no XPath option, but xmllint has, and prints the answer where --format would.
    modifyArguments: (args) => [...args.filter((a) => a !== '--format'), '--xpath', expression],
  });
  return result.normalized.replace(/\n$/, '');
}

interface SarifLog {
  $schema?: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version?: string;
        rules?: {
          id: string;
          name?: string;
          shortDescription?: { text: string };
          fullDescription?: { text: string };
          help?: { text: string };
          defaultConfiguration?: { level?: string };
          properties?: Record<string, unknown> & { tags?: string[] };
        }[];
      };
    };
    results?: {
      ruleId?: string;
      ruleIndex?: number;
      level?: string;
      message: { text?: string };
      locations?: {
        physicalLocation?: {
          artifactLocation?: { uri?: string; uriBaseId?: string };
          region?: { startLine?: number; startColumn?: number };
        };
      }[];
      properties?: Record<string, unknown>;
    }[];
  }[];
}

/** Breaks the SARIF 2.1.0 schema, or what GitHub code scanning requires on top of it. */
function sarifProblems(text: string): string[] {
  const log = JSON.parse(text) as SarifLog;
  const problems = sarifSchema(log) ? [] : sarifSchema.errors!.map((e) => `schema: ${e.instancePath} ${e.message}`);
  // GitHub docs, "SARIF support for code scanning": required properties must not be empty strings.
  const need = (value: unknown, what: string) =>
    typeof value === 'string' && value !== '' ? [] : [`github: ${what} is required`];
  problems.push(...need(log.$schema, '$schema'));
  if (log.version !== '2.1.0') problems.push('github: only SARIF 2.1.0 is supported');
  if (log.runs.length < 1 || log.runs.length > 20) problems.push('github: 1 to 20 runs');
  for (const run of log.runs) {
    problems.push(...need(run.tool.driver.name, 'tool.driver.name'));
    const rules = run.tool.driver.rules ?? [];
    if (new Set(rules.map((r) => r.id)).size !== rules.length) problems.push('github: rule ids are unique');
    for (const rule of rules) {
      problems.push(
        ...need(rule.id, 'rule id'),
        ...need(rule.shortDescription?.text, `${rule.id} shortDescription.text`),
      );
      problems.push(
        ...need(rule.fullDescription?.text, `${rule.id} fullDescription.text`),
        ...need(rule.help?.text, `${rule.id} help.text`),
      );
      if ((rule.shortDescription?.text.length ?? 0) > 1024 || (rule.fullDescription?.text.length ?? 0) > 1024)
        problems.push(`github: ${rule.id} descriptions are at most 1024 characters`);
      if ((rule.name?.length ?? 0) > 255) problems.push(`github: ${rule.id} name is at most 255 characters`);
      if ((rule.properties?.tags?.length ?? 0) > 20) problems.push(`github: ${rule.id} has at most 20 tags`);
      if (!['note', 'warning', 'error', undefined].includes(rule.defaultConfiguration?.level))
        problems.push(`github: ${rule.id} level is note, warning or error`);
    }
    if (run.results === undefined) problems.push('github: results[] is required');
    for (const [i, result] of (run.results ?? []).entries()) {
      problems.push(...need(result.message.text, `results[${i}].message.text`));
      if (!rules.some((r) => r.id === result.ruleId))
        problems.push(`github: results[${i}].ruleId ${result.ruleId} has a rule in tool.driver.rules`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId)
        problems.push(`github: results[${i}].ruleIndex points at its rule`);
      const locations = result.locations ?? [];
      if (locations.length < 1 || locations.length > 10) problems.push(`github: results[${i}] has 1 to 10 locations`);
      for (const location of locations) {
        problems.push(
          ...need(
            location.physicalLocation?.artifactLocation?.uri,
            `results[${i}] physicalLocation.artifactLocation.uri`,
          ),
        );
        if (!((location.physicalLocation?.region?.startLine ?? 0) >= 1))
          problems.push(`github: results[${i}] region.startLine is required`);
      }
    }
  }
  return problems;
}

const RETENTION = { code: 'RETENTION_MISSING', rule: 'L09', reference: 'GDPR 5(1)(e), 13(2)(a), 14(2)(a); WP260' };

function diagnostic(fields: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ...RETENTION,
    severity: 'error',
    message: 'The notice does not say how long the data is kept.',
    hint: 'Add `retention.items`.',
    file: 'notices/customers.yaml',
    line: 11,
    column: 1,
    path: '',
    ...fields,
  };
}

function fileResult(file: string, diagnostics: Diagnostic[]): FileResult {
  return { file, text: '', diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}

function buildResult(
  file: string,
  diagnostics: Diagnostic[],
  build: { built: boolean; outputs: string[] },
): BuildResult {
  return { ...fileResult(file, diagnostics), written: [], ...build };
}

const MIXED: FileResult[] = [
  fileResult('notices/customers.yaml', [
    diagnostic({ line: 3, column: 1 }),
    diagnostic({
      code: 'SCHEMA_TYPE',
      rule: undefined,
      reference: undefined,
      message: 'notice.languages must be a list.',
      hint: undefined,
      line: 4,
      column: 14,
      path: '/notice/languages',
    }),
    diagnostic({
      code: 'RETENTION_GENERIC',
      severity: 'warning',
      message: 'This says only "as long as necessary".',
      line: 40,
      column: 7,
      path: '/retention/items/0/criteria',
    }),
    diagnostic({
      code: 'CONTROLLER_ONE_CHANNEL',
      rule: 'L01',
      reference: 'GDPR 13(1)(a)',
      severity: 'info',
      message: 'One way to reach the controller.',
      line: 2,
      column: 3,
      path: '/controller',
    }),
  ]),
  fileResult('notices/staff.yaml', []),
];

// Everything XML and JSON must escape, characters XML 1.0 cannot carry at all
// (NUL, other C0 controls, U+FFFE, U+FFFF, a lone surrogate), and a non-BMP emoji.
const HOSTILE = 'Tom & "Jerry" <script>alert(\'x\')</script> ]]> tab\tCR\r LF\n \\ end 😀 ä';
const NOT_XML = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800';
const HOSTILE_RESULTS = [
  fileResult('notices/a&b <c> "d".yaml', [
    diagnostic({ message: `${HOSTILE}${NOT_XML}`, hint: HOSTILE, value: HOSTILE }),
  ]),
];

describe('--format junit', () => {
  it('is valid against the JUnit XSD: a suite per file, a failing case per error, warnings and notes passing with the details', async () => {
    const xml = formatJunit(MIXED);
    expect(await junitProblems(xml)).toEqual([]);
    expect(await xpath(xml, 'concat(/testsuites/@tests, " ", /testsuites/@failures, " ", count(//testsuite))')).toBe(
      '5 2 2',
    );
    const customers = '//testsuite[@name="notices/customers.yaml"]';
    expect(await xpath(xml, `concat(${customers}/@tests, " ", ${customers}/@failures, " ", ${customers}/@file)`)).toBe(
      '4 2 notices/customers.yaml',
    );
    expect(await xpath(xml, `string(${customers}/testcase[1]/@name)`)).toBe('error RETENTION_MISSING at 3:1');
    expect(await xpath(xml, `string(${customers}/testcase[1]/failure/@type)`)).toBe('RETENTION_MISSING');
    expect(await xpath(xml, `string(${customers}/testcase[1]/failure/@message)`)).toBe(
      'The notice does not say how long the data is kept.',
    );
    expect(await xpath(xml, `string(${customers}/testcase[1]/failure)`)).toBe(
      'notices/customers.yaml:3:1 error RETENTION_MISSING\nThe notice does not say how long the data is kept.\nhint: Add `retention.items`.\nrule L09: GDPR 5(1)(e), 13(2)(a), 14(2)(a); WP260',
    );
    // The warning and the note: passing cases (no <failure>) whose <system-out> says what and where.
    const warning = `${customers}/testcase[@name="warning RETENTION_GENERIC at 40:7"]`;
    expect(
      await xpath(
        xml,
        `concat(count(${warning}/failure), " ", count(${customers}/testcase[starts-with(@name, "note ")]/failure))`,
      ),
    ).toBe('0 0');
    expect(await xpath(xml, `string(${warning}/system-out)`)).toContain(
      'notices/customers.yaml:40:7 warning RETENTION_GENERIC\nThis says only "as long as necessary".',
    );
    // A file without errors passes as one case, so CI lists it as passed.
    expect(
      await xpath(
        xml,
        'concat(count(//testsuite[@name="notices/staff.yaml"]/testcase), " ", //testsuite[@name="notices/staff.yaml"]/testcase/@name)',
      ),
    ).toBe('1 no errors');
  });

  it('warnings alone fail nothing', async () => {
    const xml = formatJunit([fileResult('a.yaml', [diagnostic({ severity: 'warning' })])]);
    expect(await junitProblems(xml)).toEqual([]);
    expect(await xpath(xml, 'concat(/testsuites/@failures, " ", count(//failure), " ", /testsuites/@tests)')).toBe(
      '0 0 2',
    );
  });

  it('a notice that was not built because of format errors is a failing "build" case; a built one lists its outputs', async () => {
    const xml = formatJunit([
      buildResult('bad.yaml', [diagnostic({ code: 'SCHEMA_TYPE' })], { built: false, outputs: [] }),
      buildResult('good.yaml', [], { built: true, outputs: ['public/good.fi.md', 'public/good.fi.html'] }),
    ]);
    expect(await junitProblems(xml)).toEqual([]);
    expect(await xpath(xml, 'string(//testsuite[@name="bad.yaml"]/testcase[@name="build"]/failure/@message)')).toBe(
      'bad.yaml was not built: fix its format errors first.',
    );
    expect(await xpath(xml, 'concat(/testsuites/@failures, " ", //testsuite[@name="bad.yaml"]/@failures)')).toBe('2 2');
    expect(await xpath(xml, 'string(//testsuite[@name="good.yaml"]/testcase[@name="build"]/system-out)')).toBe(
      'public/good.fi.md\npublic/good.fi.html',
    );
  });

  it('hostile text comes back intact from a real XML parser, less the characters XML cannot hold', async () => {
    const xml = formatJunit(HOSTILE_RESULTS);
    expect(await junitProblems(xml)).toEqual([]);
    expect(xml).not.toMatch(/<script|\]\]>|[\u0000-\u0008\uFFFE\uFFFF]|\p{Cs}/u);
    expect(await xpath(xml, 'string(//failure/@message)')).toBe(HOSTILE);
    expect(await xpath(xml, 'string(//failure)')).toContain(`${HOSTILE}\nhint: ${HOSTILE}\n`);
    expect(await xpath(xml, 'string(//testsuite/@name)')).toBe('notices/a&b <c> "d".yaml');
  });

  it('no files is still a valid document', async () => {
    const xml = formatJunit([]);
    expect(await junitProblems(xml)).toEqual([]);
    expect(xml).toContain('<testsuites name="notice" tests="0" failures="0" errors="0" time="0">');
  });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 as GitHub code scanning takes it: a rule per code that occurs, results pointing at them', () => {
    const log = JSON.parse(formatSarif(MIXED, { version: '1.2.3' })) as SarifLog;
    expect(sarifProblems(JSON.stringify(log))).toEqual([]);
    const run = log.runs[0]!;
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'notice', version: '1.2.3' });
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([
      'CONTROLLER_ONE_CHANNEL',
      'RETENTION_GENERIC',
      'RETENTION_MISSING',
      'SCHEMA_TYPE',
    ]);
    const retention = rules.find((r) => r.id === 'RETENTION_MISSING')!;
    expect(retention.properties).toEqual({ rule: 'L09', reference: RETENTION.reference, tags: ['legal'] });
    expect(retention.shortDescription!.text).toBe('RETENTION_MISSING (rule L09)');
    expect(retention.fullDescription!.text).toContain(RETENTION.reference);
    expect(retention.defaultConfiguration).toEqual({ level: 'error' });
    expect(rules.find((r) => r.id === 'SCHEMA_TYPE')!.properties).toEqual({ tags: ['format'] });

    expect(run.results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['RETENTION_MISSING', 'error'],
      ['SCHEMA_TYPE', 'error'],
      ['RETENTION_GENERIC', 'warning'],
      ['CONTROLLER_ONE_CHANNEL', 'note'],
    ]);
    const first = run.results![0]!;
    expect(first.message.text).toBe('The notice does not say how long the data is kept.\nAdd `retention.items`.');
    // A problem of the whole file (path '') still has a place to show it.
    expect(first.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'notices/customers.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1 },
        },
      },
    ]);
    expect(run.results![1]!.properties).toEqual({ path: '/notice/languages' });
  });

  it('without a version the driver has none, and no results is still a valid log', () => {
    const text = formatSarif([fileResult('a.yaml', [])]);
    expect(sarifProblems(text)).toEqual([]);
    expect(JSON.parse(text).runs[0]).toMatchObject({ tool: { driver: { name: 'notice', rules: [] } }, results: [] });
    expect(JSON.parse(text).runs[0].tool.driver).not.toHaveProperty('version');
  });

  it('file paths become relative URIs with forward slashes and percent-encoding; absolute paths file: URIs', () => {
    const uris = (files: string[]) => {
      const text = formatSarif(files.map((file) => fileResult(file, [diagnostic()])));
      expect(sarifProblems(text)).toEqual([]);
      return (JSON.parse(text) as SarifLog).runs[0]!.results!.map(
        (r) => r.locations![0]!.physicalLocation!.artifactLocation,
      );
    };
    expect(uris(['./notices/a b#1?%.yaml', 'notices//yhteystiedot ä.yaml', 'x:y.yaml', '../other/n.yaml'])).toEqual([
      { uri: 'notices/a%20b%231%3F%25.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'notices/yhteystiedot%20%C3%A4.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'x%3Ay.yaml', uriBaseId: '%SRCROOT%' },
      { uri: '../other/n.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    expect(uris(['/srv/notices/a b.yaml'])).toEqual([{ uri: 'file:///srv/notices/a%20b.yaml' }]);
  });

  it('hostile text survives exactly, and the log stays valid', () => {
    const text = formatSarif(HOSTILE_RESULTS);
    expect(sarifProblems(text)).toEqual([]);
    expect(text).not.toMatch(/\p{Cs}/u);
    expect(JSON.parse(text).runs[0].results[0].message.text).toBe(`${HOSTILE}${NOT_XML}\n${HOSTILE}`);
  });
});

describe('every report format', () => {
  it('is deterministic: the same results give the same bytes', () => {
    for (const format of REPORT_FORMATS) {
      const options = { color: false, version: '0.1.0' };
      expect(formatReport(format, MIXED, options)).toBe(formatReport(format, structuredClone(MIXED), options));
    }
  });

  it('the README shows each machine-readable format', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const format of REPORT_FORMATS.filter((f) => f !== 'stylish')) expect(readme).toContain(`--format ${format}`);
  });
});

describe('notice validate --format junit|sarif (the command)', () => {
  // Findings per file, from the JSON report, to compare the other formats with.
  let json: { files: { file: string; errors: number; warnings: number; infos: number }[] };
  beforeAll(async () => {
    json = JSON.parse((await runMain(['validate', '--format', 'json', 'examples/'])).stdout);
  });

  it('junit: exit 1 for the examples, valid against the XSD, a suite per file with its errors as failures', async () => {
    const run = await runMain(['validate', '--format', 'junit', 'examples/']);
    expect(run.status).toBe(1);
    expect(await junitProblems(run.stdout)).toEqual([]);
    for (const { file, errors, warnings, infos } of json.files) {
      const suite = `//testsuite[@name="${file}"]`;
      const tests = errors + warnings + infos + (errors === 0 ? 1 : 0);
      expect(
        await xpath(
          run.stdout,
          `concat(${suite}/@failures, " ", ${suite}/@tests, " ", count(${suite}/testcase/failure))`,
        ),
      ).toBe(`${errors} ${tests} ${errors}`);
    }
    expect(await xpath(run.stdout, 'string(//testsuite[@name="examples/complete.yaml"]/testcase/@name)')).toBe(
      'no errors',
    );
    expect(run.stdout).toBe((await runMain(['validate', '--format', 'junit', 'examples/'])).stdout);
    expect(run.stdout).not.toContain(ROOT);
  });

  it('sarif: exit 1 for the examples, valid for GitHub code scanning, one result per finding', async () => {
    const run = await runMain(['validate', '--format', 'sarif', 'examples/']);
    expect(run.status).toBe(1);
    expect(sarifProblems(run.stdout)).toEqual([]);
    const results = (JSON.parse(run.stdout) as SarifLog).runs[0]!.results!;
    expect(results).toHaveLength(json.files.reduce((n, f) => n + f.errors + f.warnings + f.infos, 0));
    expect(
      results.find((r) => r.ruleId === 'RETENTION_MISSING')!.locations![0]!.physicalLocation!.artifactLocation!.uri,
    ).toMatch(/^examples\/[\w-]+\.yaml$/);
    expect(run.stdout).toBe((await runMain(['validate', '--format', 'sarif', 'examples/'])).stdout);
    expect(run.stdout).not.toContain(ROOT);
    expect(run.stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('a clean notice exits 0 in both formats; a missing path exits 2', async () => {
    const junit = await runMain(['validate', '--format', 'junit', 'examples/complete.yaml']);
    expect(junit.status).toBe(0);
    expect(await junitProblems(junit.stdout)).toEqual([]);
    const sarif = await runMain(['validate', '--format', 'sarif', 'examples/complete.yaml']);
    expect(sarif.status).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    for (const format of ['junit', 'sarif'])
      expect((await runMain(['validate', '--format', format, 'no-such-folder/'])).status).toBe(2);
  });
});

describe('JSON report', () => {
  const { Ajv2020 } = require2020();
  const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(join(ROOT, 'schemas/notice-report.schema.json'), 'utf8')),
  );
  const problems = (text: string) => (validateReport(JSON.parse(text)) ? [] : validateReport.errors);

  it('fits its published schema (schemas/notice-report.schema.json) for validate, build and build --check', async () => {
    expect(problems((await runMain(['validate', '--format', 'json', 'examples/'])).stdout)).toEqual([]);
    const out = join(tempDir(), 'out');
    expect(problems((await runMain(['build', 'examples/', '--out', out, '--report', 'json'])).stdout)).toEqual([]);
    const check = (
      await runMain([
        'build',
        'examples/',
        '--out',
        out,
        '--report',
        'json',
        '--check',
        '--format',
        'md,html,html-fragment',
      ])
    ).stdout;
    expect(problems(check)).toEqual([]);
    expect(JSON.parse(check).summary.stale).toBe(8);
  });

  it('the schema rejects what a report must not be', async () => {
    const report = JSON.parse(
      (await runMain(['validate', '--format', 'json', 'examples/local-loop-2018.yaml'])).stdout,
    );
    report.files[0].diagnostics[0].line = 0;
    expect(validateReport(report)).toBe(false);
  });
});

function require2020(): typeof import('ajv/dist/2020.js') {
  return createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
}
