import { Chalk, type ChalkInstance } from 'chalk';
import { printable, type Diagnostic, type Severity } from '../diagnostics.js';
import { isBuildResult, type FileResult } from '../results.js';
import { summaryLine } from './summary.js';

/**
 * Human-readable report: the problems of `listed` grouped by file, each with
 * the line it is about, then the summary of everything `found`.
 */
export function formatStylish(
  listed: readonly FileResult[],
  found: readonly FileResult[],
  { color, durationMs }: { color: boolean; durationMs?: number | undefined },
): string {
  const results = listed;
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const { file, text, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    const lines = text.split('\n');
    out.push(c.underline(file));
    for (const d of diagnostics) out.push(...formatOne(d, lines, c));
    out.push('');
  }
  for (const skipped of results.filter((r) => isBuildResult(r) && !r.built))
    out.push(c.red(`✖ ${skipped.file} was not built: fix its format errors first.`));
  const hidden = countListed(found) - countListed(listed);
  if (hidden > 0)
    out.push(c.dim(`--quiet: ${hidden} ${hidden === 1 ? 'warning or note' : 'warnings and notes'} not shown.`));
  out.push(summaryLine(found, durationMs, { ok: c.green('✔'), warn: c.yellow('!'), fail: c.red('✖') }));
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
  // A problem written in a shared part: where it is, and the notice it was reached through (the text is the notice's, so no frame).
  if (d.via !== undefined)
    out.push(`${indent}${c.dim(`in ${d.file}:${d.line}:${d.column} (reached through ${d.via})`)}`);
  // A frame helps only where the problem has a place of its own, not for "the notice lacks X".
  const source = d.via === undefined ? lines[d.line - 1] : undefined;
  if (d.path !== '' && source !== undefined && source.trim() !== '') {
    const number = String(d.line);
    // The caret stands under the column as printed: escapes (a tab shown as \t) widen the text before it.
    const caret = printable(source.slice(0, Math.min(d.column - 1, CARET_LIMIT))).length;
    out.push(`${indent}${c.dim(`${number} |`)} ${truncate(printable(source.slice(0, FRAME_WIDTH + 1)))}`);
    out.push(
      `${indent}${' '.repeat(number.length)} ${c.dim('|')} ${' '.repeat(Math.min(caret, CARET_LIMIT))}${SEVERITY_COLOR[d.severity](c)('^')}`,
    );
  }
  if (d.hint) out.push(`${indent}${c.cyan('hint:')} ${d.hint}`);
  if (d.rule) out.push(`${indent}${c.dim(`rule ${d.rule}: ${d.reference}`)}`);
  return out;
}

const FRAME_WIDTH = 120;
const CARET_LIMIT = 100;

function truncate(line: string): string {
  return line.length > FRAME_WIDTH ? line.slice(0, FRAME_WIDTH - 3) + '...' : line;
}

function countListed(results: readonly FileResult[]): number {
  return results.reduce((n, r) => n + r.diagnostics.length, 0);
}
