import { isAbsolute, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { FileResult } from '../results.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A SARIF 2.1.0 log for code-scanning dashboards such as GitHub code scanning: one run,
 * one reporting rule per diagnostic code that occurs, one result per diagnostic.
 */
export function formatSarif(
  results: readonly FileResult[],
  { version }: { version?: string | undefined } = {},
): string {
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map((code) =>
    describe(
      code,
      diagnostics.filter((d) => d.code === code),
    ),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'notice', ...(version ? { version } : {}), rules } },
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
        // Columns count UTF-16 code units, as JavaScript strings (and the YAML parser) do.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

// GitHub requires shortDescription, fullDescription and help on every rule. They come from the
// diagnostics themselves (not the rule registry, which `notice --help` should not have to load);
// the README lists every code under "Diagnostic codes".
function describe(code: string, occurrences: readonly Diagnostic[]) {
  const rule = occurrences.find((d) => d.rule)?.rule;
  const reference = occurrences.find((d) => d.reference)?.reference;
  const sentence = rule
    ? `${code} is reported by legal-completeness rule ${rule}${reference ? `, which rests on ${reference}` : ''}`
    : `${code} is reported while ${area(code)}${reference ? `; it rests on ${reference}` : ''}`;
  const full = sentence.endsWith('.') ? sentence : `${sentence}.`;
  const worst = occurrences.reduce<Severity>(
    (s, d) => (SEVERITY_RANK[d.severity] < SEVERITY_RANK[s] ? d.severity : s),
    'info',
  );
  return {
    id: code,
    shortDescription: { text: `${code} (${rule ? `rule ${rule}` : area(code)})` },
    fullDescription: { text: full },
    help: {
      text: `${full} Each result's message says what is wrong and how to fix it; notice's README explains every code under "Diagnostic codes".`,
    },
    defaultConfiguration: { level: LEVEL[worst] },
    properties: rule
      ? { tags: ['legal'], rule, ...(reference ? { reference } : {}) }
      : code.startsWith('ROPA_')
        ? { tags: ['legal', 'record-of-processing'], ...(reference ? { reference } : {}) }
        : { tags: ['format'] },
  };
}

function area(code: string): string {
  if (/^(FILE|YAML)_/.test(code)) return 'reading the file';
  if (code.startsWith('SCHEMA_')) return 'checking the notice format (schemas/notice.schema.json)';
  if (/^(BUILD|OUTPUT)_/.test(code)) return 'building the notice';
  if (code.startsWith('ROPA_')) return 'making the record of processing activities (GDPR Art. 30)';
  return 'checking the notice';
}

function result(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: {
      text: [d.message, ...(d.via ? [`(reached through ${d.via})`] : []), ...(d.hint ? [d.hint] : [])].join('\n'),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(d.file),
          region: { startLine: d.line, startColumn: d.column },
        },
      },
    ],
    ...(d.path !== '' || d.via
      ? { properties: { ...(d.path !== '' ? { path: d.path } : {}), ...(d.via ? { via: d.via } : {}) } }
      : {}),
  };
}

/**
 * The file as a relative URI against %SRCROOT% (GitHub reads relative URIs against the
 * repository root, so run notice from there), or a file: URI when it was named absolutely.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = normalize(file)
    .split(sep)
    .filter((segment) => segment !== '.');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
