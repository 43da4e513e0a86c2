import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, NoticeError } from './errors.js';
import { packagePath } from './paths.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report/index.js';

/** What the command needs from the process, so tests can run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

interface ValidateFlags {
  format: ReportFormat;
  profile?: 'gdpr' | 'hetil';
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

/** Runs the `notice` command line and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const debug = argv.includes('--debug');
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit code 0; every other parse failure is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrEnvironment;
    }
    if (error instanceof NoticeError) {
      io.stderr.write(`notice: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return ExitCode.UsageOrEnvironment;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`notice: internal error: ${message}\nThis is a bug in notice; please report it${debug ? '' : ' (run again with --debug for details)'}.\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return ExitCode.UsageOrEnvironment;
  }
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('notice')
    .description('Privacy notices (tietosuojaseloste / rekisteriseloste) from YAML: check them against the GDPR and Finnish law.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command('validate')
    .summary('check notice files for format errors and legal gaps')
    .description(
      'Check notice YAML files: the format (against schemas/notice.schema.json) and what the law requires ' +
        'for the notice\'s profile (GDPR Art. 13-14, or the Personal Data Act 10 §).\n\n' +
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or environment error.',
    )
    .argument('<paths...>', 'notice files, or folders to search for *.yaml and *.yml')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('stylish'))
    .addOption(new Option('-p, --profile <profile>', 'check against this profile instead of the file\'s own (gdpr: migration report)').choices(['gdpr', 'hetil']))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only, not warnings or notes')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', '\nExamples:\n  notice validate examples/\n  notice validate --format github notices/*.yaml\n  notice validate --profile gdpr old-rekisteriseloste.yaml')
    .action(async (paths: string[], flags: ValidateFlags) => setExitCode(await runValidate(paths, flags, io)));

  return program;
}

async function runValidate(paths: string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  // Loaded here, not at the top: `notice --help` need not load the YAML parser and the rules.
  const { validatePaths } = await import('./validate-paths.js');
  const results = await validatePaths(paths, flags.profile ? { profile: flags.profile } : {});
  const shown = flags.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  const color = flags.format === 'stylish' && useColor(io.stdout, io.env, flags.color);
  io.stdout.write(formatReport(flags.format, shown, { color }));
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return ExitCode.ProblemsFound;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`notice: ${warnings} warnings, more than --max-warnings ${flags.maxWarnings} allows.\n`);
    return ExitCode.ProblemsFound;
  }
  return ExitCode.Ok;
}

/** Colour only on a terminal, never with NO_COLOR (no-color.org) or --no-color; FORCE_COLOR wins over the terminal test. */
export function useColor(stream: { isTTY?: boolean }, env: CliIo['env'], flag: boolean): boolean {
  if (!flag) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number, 0 or more.');
  return Number(value);
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}
