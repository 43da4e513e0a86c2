import { cannotWrite, writeFileAtomic } from '../fs.js';
import { formatReport, type ReportFormat } from '../report/index.js';
import { summaryLine } from '../report/summary.js';
import { verdictOf, type FileResult } from '../results.js';
import { useColor, type CliIo } from './io.js';

/** How `validate` and `build` report what they found. */
export interface ReportSettings {
  format: ReportFormat;
  outputFile?: string | undefined;
  quiet?: boolean | undefined;
  maxWarnings?: number | undefined;
  color: boolean;
}

/**
 * Prints the report and returns the exit code the findings give. With
 * --output-file the chosen format goes to the file and the console gets the
 * readable report; a machine format on the console gets its summary on
 * stderr, so that stdout stays one clean document.
 */
export async function printReport(
  results: readonly FileResult[],
  settings: ReportSettings,
  io: CliIo,
  run: { version: string; durationMs: number },
): Promise<number> {
  const errorsOnly = settings.quiet === true;
  if (settings.outputFile !== undefined) {
    const file = settings.outputFile;
    const text = formatReport(settings.format, results, { color: false, version: run.version, errorsOnly });
    await writeFileAtomic(file, text).catch((error: unknown) => {
      throw cannotWrite(file, error, 'Create the folder, or name another --output-file.');
    });
  }
  const consoleFormat = settings.outputFile !== undefined ? 'stylish' : settings.format;
  const color = consoleFormat === 'stylish' && useColor(io.stdout, io.env, settings.color);
  io.stdout.write(formatReport(consoleFormat, results, { color, errorsOnly, ...run }));
  if (consoleFormat !== 'stylish' && !errorsOnly) io.stderr.write(`${summaryLine(results, run.durationMs)}\n`);
  const verdict = verdictOf(results, settings.maxWarnings);
  if (verdict.tooManyWarnings) {
    const { warnings, allowed } = verdict.tooManyWarnings;
    io.stderr.write(`notice: ${warnings} warnings, more than --max-warnings ${allowed} allows.\n`);
  }
  return verdict.exitCode;
}
