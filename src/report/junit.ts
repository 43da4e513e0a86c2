import type { Diagnostic } from '../diagnostics.js';
import { isBuildResult, type FileResult } from '../results.js';

const WORD = { error: 'error', warning: 'warning', info: 'note' } as const;

interface TestCase {
  name: string;
  failure?: { message: string; type: string; details: string };
  /** Shown by CI next to a passing test: how warnings and notes are reported. */
  out?: string;
}

/**
 * JUnit XML as GitLab, Jenkins, Azure DevOps and the GitHub test reporters read it:
 * a test suite per file and a failing test case per error. Warnings and notes are
 * passing test cases with the details in `<system-out>`, so CI shows them without
 * failing the pipeline; a file without errors has a passing "no errors" case.
 */
export function formatJunit(results: readonly FileResult[]): string {
  const suites = results.map((result) => ({ file: result.file, cases: testCases(result) }));
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + failed(s.cases), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'notice', tests, failures, errors: 0, time: 0 })}>`,
  ];
  for (const { file, cases } of suites) {
    lines.push(
      `  <testsuite${attributes({ name: file, tests: cases.length, failures: failed(cases), errors: 0, time: 0, file })}>`,
    );
    // Jenkins splits a class name at its dots, so the extension goes (as ESLint's JUnit report does).
    const classname = file.replace(/\.ya?ml$/i, '');
    for (const c of cases) lines.push(...testCase(c, classname));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

function testCases(result: FileResult): TestCase[] {
  const { file, diagnostics } = result;
  const cases: TestCase[] = diagnostics.map((d) => {
    const name = `${WORD[d.severity]} ${d.code} at ${d.line}:${d.column}`;
    return d.severity === 'error'
      ? { name, failure: { message: d.message, type: d.code, details: details(d) } }
      : { name, out: details(d) };
  });
  if (!diagnostics.some((d) => d.severity === 'error')) cases.unshift({ name: 'no errors' });
  if (isBuildResult(result)) {
    const reason = `${file} was not built: fix its format errors first.`;
    cases.push(
      result.built
        ? { name: 'build', out: result.outputs.join('\n') }
        : { name: 'build', failure: { message: reason, type: 'NOT_BUILT', details: reason } },
    );
  }
  return cases;
}

function testCase({ name, failure, out }: TestCase, classname: string): string[] {
  const open = `    <testcase${attributes({ name, classname, time: 0 })}`;
  if (failure)
    return [
      `${open}>`,
      `      <failure${attributes({ message: failure.message, type: failure.type })}>${text(failure.details)}</failure>`,
      '    </testcase>',
    ];
  if (out !== undefined) return [`${open}>`, `      <system-out>${text(out)}</system-out>`, '    </testcase>'];
  return [`${open}/>`];
}

function failed(cases: readonly TestCase[]): number {
  return cases.filter((c) => c.failure).length;
}

/** What the terminal report says about one problem, as plain text. */
function details(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} ${WORD[d.severity]} ${d.code}`, d.message];
  if (d.via) lines.push(`reached through ${d.via}`);
  if (d.hint) lines.push(`hint: ${d.hint}`);
  if (d.rule) lines.push(`rule ${d.rule}${d.reference ? `: ${d.reference}` : ''}`);
  return lines.join('\n');
}

// XML 1.0 has no way to write these (not even as &#…;): C0 controls other than tab, LF and CR,
// unpaired surrogates, U+FFFE and U+FFFF. YAML text may hold them, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

function text(value: string): string {
  // `>` too, so that `]]>` cannot appear; CR as a reference, since parsers turn a raw CR into LF.
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function attributes(values: Record<string, string | number>): string {
  // Parsers turn a raw tab or line break in an attribute into a space; references keep them.
  const escape = (value: string | number) =>
    text(String(value)).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('');
}
