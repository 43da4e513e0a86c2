import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ExitCode } from '../errors.js';
import { packagePath } from '../paths.js';
import { addBuildCommand } from './build.js';
import { addDiffCommand } from './diff.js';
import { addDoctorCommand } from './doctor.js';
import { addExplainCommand } from './explain.js';
import { describeFailure } from './failure.js';
import { addImportCommand } from './import.js';
import { addInitCommand } from './init.js';
import { addLogCommand } from './log.js';
import { addPreviewCommand } from './preview.js';
import { addRopaCommand } from './ropa.js';
import type { CliIo, CommandContext } from './io.js';
import { addTemplatesCommand } from './templates.js';
import { addTranslationsCommand } from './translations.js';
import { addValidateCommand } from './validate.js';

export { useColor, type CliIo } from './io.js';

/**
 * Runs the `notice` command line and returns the exit code: 0 fine, 1
 * problems found, 2 usage or environment error (also for a failure that is
 * notice's own bug). Never calls process.exit; prints only through `io`.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = createProgram({ io, version: packageVersion(), exit: (code) => (exitCode = code) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit code 0; every other parse failure is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrEnvironment;
    }
    io.stderr.write(describeFailure(error, argv.includes('--debug'), io));
    return ExitCode.UsageOrEnvironment;
  }
}

function createProgram(context: CommandContext): Command {
  const program = new Command('notice')
    .description(
      'Privacy notices (tietosuojaseloste / rekisteriseloste) from YAML: check them against the GDPR and Finnish law, ' +
        'and render them to Markdown, HTML and PDF.',
    )
    .version(context.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      writeErr: (text) => context.io.stderr.write(text),
    });
  addValidateCommand(program, context);
  addExplainCommand(program, context);
  addBuildCommand(program, context);
  addPreviewCommand(program, context);
  addRopaCommand(program, context);
  addTranslationsCommand(program, context);
  addDiffCommand(program, context);
  addLogCommand(program, context);
  addInitCommand(program, context);
  addImportCommand(program, context);
  addDoctorCommand(program, context);
  addTemplatesCommand(program, context);
  return program;
}

let cachedVersion: string | undefined;

function packageVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}
