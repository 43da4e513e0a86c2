import { Chalk, type ChalkInstance } from 'chalk';
import { countDiagnostics, type Diagnostic, type Severity } from '../diagnostics.js';
import type { FileResult } from '../validate-paths.js';

/** Human-readable report: problems grouped by file, each with the line it is about. */
export function formatStylish(results: readonly FileResult[], { color }: { color: boolean }): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const { file, text, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    const lines = text.split('\n');
    out.push(c.underline(file));
    for (const d of diagnostics) out.push(...formatOne(d, lines, c));
    out.push('');
  }
  out.push(summaryLine(results, c));
  const built = results.filter((r) => r.outputs !== undefined);
  if (built.length > 0) {
    const written = built.flatMap((r) => r.outputs ?? []);
    for (const skipped of built.filter((r) => r.skipped)) out.push(c.red(`✖ ${skipped.file} was not built: fix its format errors first.`));
    out.push(`${written.length > 0 ? c.green('✔') : c.yellow('!')} ${plural(written.length, 'file')} written.`);
  }
  return out.join('\n') + '\n';
}

const SEVERITY_COLOR: Record<Severity, (c: ChalkInstance) => ChalkInstance> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  info: (c) => c.blue,
};

function formatOne(d: Diagnostic, lines: readonly string[], c: ChalkInstance): string[] {
  const position = `${d.line}:${d.column}`.padEnd(7);
  const severity = SEVERITY_COLOR[d.severity](c)(d.severity.padEnd(7));
  const out = [`  ${c.dim(position)} ${severity} ${c.bold(d.code)}  ${d.message}`];
  const indent = ' '.repeat(11);
  // A frame helps only where the problem has a place of its own, not for "the notice lacks X".
  const source = lines[d.line - 1];
  if (d.path !== '' && source !== undefined && source.trim() !== '') {
    const number = String(d.line);
    out.push(`${indent}${c.dim(`${number} |`)} ${truncate(source)}`);
    out.push(`${indent}${' '.repeat(number.length)} ${c.dim('|')} ${' '.repeat(Math.min(d.column - 1, 100))}${SEVERITY_COLOR[d.severity](c)('^')}`);
  }
  if (d.hint) out.push(`${indent}${c.cyan('hint:')} ${d.hint}`);
  if (d.rule) out.push(`${indent}${c.dim(`rule ${d.rule}: ${d.reference}`)}`);
  return out;
}

function truncate(line: string): string {
  return line.length > 120 ? line.slice(0, 117) + '...' : line;
}

function summaryLine(results: readonly FileResult[], c: ChalkInstance): string {
  const { errors, warnings, infos } = countDiagnostics(results.flatMap((r) => r.diagnostics));
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  if (errors + warnings + infos === 0) return c.green(`✔ ${files} checked, no problems.`);
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')];
  const mark = errors > 0 ? c.red('✖') : c.yellow('!');
  return `${mark} ${parts.join(', ')} in ${files}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
