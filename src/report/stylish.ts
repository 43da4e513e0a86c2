import { Chalk, type ChalkInstance } from 'chalk';
import { printable, type Diagnostic, type Severity } from '../diagnostics.js';
import { isBuildResult, type FileResult } from '../results.js';
import { summaryLine } from './summary.js';

/**
 * Human-readable report: the problems of `listed` grouped by file, each with
 * the line it is about, then those written in shared parts, by part, then the
 * summary of everything `found`.
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
    const own = diagnostics.filter((d) => d.via === undefined);
    if (own.length === 0) continue;
    const lines = text.split('\n');
    out.push(c.underline(file));
    for (const d of own) out.push(...formatOne(d, lines, c));
    out.push('');
  }
  out.push(...formatParts(results, c));
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

/**
 * The problems written in shared parts (`extends:`), under each part: one problem reached through several
 * notices is one fix, so it is listed once, with the notices that reach it (the summary still counts it
 * for each notice, as the exit code does).
 */
function formatParts(results: readonly FileResult[], c: ChalkInstance): string[] {
  const found = new Map<string, { diagnostic: Diagnostic; via: string[] }>();
  for (const { diagnostics } of results) {
    for (const d of diagnostics) {
      if (d.via === undefined) continue;
      const key = JSON.stringify([d.file, d.line, d.column, d.severity, d.code, d.message, d.hint]);
      const seen = found.get(key);
      if (seen) seen.via.push(d.via);
      else found.set(key, { diagnostic: d, via: [d.via] });
    }
  }
  const byPart = new Map<string, { diagnostic: Diagnostic; via: string[] }[]>();
  for (const entry of found.values())
    byPart.set(entry.diagnostic.file, [...(byPart.get(entry.diagnostic.file) ?? []), entry]);
  const out: string[] = [];
  for (const part of [...byPart.keys()].sort()) {
    out.push(`${c.underline(part)} ${c.dim('(a shared part)')}`);
    const entries = byPart
      .get(part)!
      .sort((a, b) => a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column);
    for (const { diagnostic, via } of entries) {
      const notices = via.length === 1 ? via[0]! : `${via.length} notices: ${via.join(', ')}`;
      out.push(...formatOne(diagnostic, [], c, `reached through ${notices}`));
    }
    out.push('');
  }
  return out;
}

function formatOne(d: Diagnostic, lines: readonly string[], c: ChalkInstance, reached?: string): string[] {
  const position = `${d.line}:${d.column}`.padEnd(7);
  const severity = SEVERITY_COLOR[d.severity](c)(d.severity.padEnd(7));
  const out = [`  ${c.dim(position)} ${severity} ${c.bold(d.code)}  ${d.message}`];
  const indent = ' '.repeat(11);
  // A problem written in a shared part: the notices it was reached through (the text is the notice's, so no frame).
  if (reached !== undefined) out.push(`${indent}${c.dim(reached)}`);
  // A frame helps only where the problem has a place of its own, not for "the notice lacks X".
  const source = reached === undefined ? lines[d.line - 1] : undefined;
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
