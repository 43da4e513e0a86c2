import { Chalk } from 'chalk';
import { countDiagnostics, pointerToDotted, printable, toPointer } from '../diagnostics.js';
import type { ImportResult } from '../import/index.js';
import type { Block } from '../import/types.js';
import { jsonReport } from './index.js';
import type { FileResult } from '../results.js';

/** Version of the import report's shape; raised only when a field changes meaning or disappears. */
export const IMPORT_REPORT_VERSION = 1;

/** Where one block of the input went: its lines in the document's text, and the YAML path (a JSON Pointer). */
export interface ReportPlacement {
  block: number;
  kind: Block['kind'];
  line: number;
  endLine: number;
  path: string;
  how: 'recognised' | 'free-text';
}

/** The import report (`notice import --format json`), described by schemas/notice-import-report.schema.json. */
export interface ImportReport {
  tool: 'notice';
  command: 'import';
  reportVersion: number;
  summary: { files: number; errors: number; warnings: number; infos: number; freeText: number };
  files: {
    file: string;
    format: string;
    output: string;
    placements: ReportPlacement[];
    freeText: { block: number; line: number; endLine: number; path: string; text: string }[];
    inferences: { path: string; note: string }[];
    errors: number;
    warnings: number;
    infos: number;
    diagnostics: unknown[];
  }[];
}

/** The import as data: each file's placements, free text and inferences, and the findings of its YAML as `validate --format json` gives them. */
export function importReport(
  results: readonly ImportResult[],
  outputs: readonly string[],
  findings: readonly FileResult[],
  { errorsOnly }: { errorsOnly: boolean },
): ImportReport {
  // The findings exactly as `notice validate --format json` reports them (counts, escaping, --quiet).
  const validated = jsonReport(findings, { errorsOnly });
  const files = results.map(({ imported }, index) => {
    const { document } = imported;
    const placements = imported.placements.map(({ block, path, how }) => {
      const { kind, line, endLine } = document.blocks[block]!;
      return { block, kind, line, endLine, path: printable(toPointer(path)), how };
    });
    const freeText = placements
      .filter((placement) => placement.how === 'free-text')
      .map(({ block, line, endLine, path }) => ({
        block,
        line,
        endLine,
        path,
        text: printable(document.blocks[block]!.text),
      }));
    const { errors, warnings, infos, diagnostics } = validated.files[index]!;
    return {
      file: printable(document.file),
      format: document.format,
      output: printable(outputs[index]!),
      placements,
      freeText,
      inferences: imported.inferences.map(({ path, note }) => ({
        path: printable(toPointer(path)),
        note: printable(note),
      })),
      errors,
      warnings,
      infos,
      diagnostics,
    };
  });
  const counts = countDiagnostics(findings.flatMap((result) => result.diagnostics));
  return {
    tool: 'notice',
    command: 'import',
    reportVersion: IMPORT_REPORT_VERSION,
    summary: {
      files: files.length,
      ...counts,
      freeText: files.reduce((sum, file) => sum + file.freeText.length, 0),
    },
    files,
  };
}

/**
 * `--report` for one file, for a reviewer: the input's lines and the YAML path
 * each went to (neighbouring blocks that went to the same place as one range),
 * then the lines kept as free text, which are the ones to check first.
 */
export function formatPlacements({ imported }: ImportResult, output: string, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const { document } = imported;
  const byBlock = new Map<number, { paths: string[]; free: boolean }>();
  for (const { block, path, how } of imported.placements) {
    const entry = byBlock.get(block) ?? { paths: [], free: false };
    const shown = printable(pointerToDotted(toPointer(path))) || '(the whole notice)';
    if (!entry.paths.includes(shown)) entry.paths.push(shown);
    entry.free ||= how === 'free-text';
    byBlock.set(block, entry);
  }
  const rows: { from: number; to: number; paths: string; free: boolean }[] = [];
  for (const [index, block] of document.blocks.entries()) {
    const entry = byBlock.get(index);
    const paths = entry ? entry.paths.join(', ') : '(not placed)';
    const free = entry?.free ?? true;
    const last = rows.at(-1);
    if (last && last.paths === paths && last.free === free) last.to = block.endLine;
    else rows.push({ from: block.line, to: block.endLine, paths, free });
  }
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  const width = Math.max(5, ...rows.map((row) => range(row.from, row.to).length));
  const out = [
    c.underline(`${printable(document.file)} → ${printable(output)}`) +
      c.dim(` (${document.format}, ${document.blocks.length} blocks)`),
    c.dim(`  ${'lines'.padEnd(width)}  YAML path`),
  ];
  for (const row of rows) {
    const mark = row.free ? c.yellow(' (free text)') : '';
    out.push(`  ${c.dim(range(row.from, row.to).padEnd(width))}  ${row.paths}${mark}`);
  }
  const free = imported.placements.filter((placement) => placement.how === 'free-text');
  if (free.length === 0) out.push(c.green('  Every block was recognised.'));
  else {
    out.push(c.yellow(`  Kept as free text rather than recognised (${free.length}; check these first):`));
    for (const { block, path } of free) {
      const { line, endLine, text } = document.blocks[block]!;
      out.push(
        `  ${c.dim(range(line, endLine).padEnd(width))}  ${printable(pointerToDotted(toPointer(path)))}: ${printable(text, 70)}`,
      );
    }
  }
  if (imported.inferences.length > 0) {
    out.push('  Inferred (a comment in the YAML says so):');
    for (const { path, note } of imported.inferences)
      out.push(`  ${printable(pointerToDotted(toPointer(path))) || '(the whole notice)'}: ${printable(note)}`);
  }
  return `${out.join('\n')}\n\n`;
}
