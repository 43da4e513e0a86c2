import type { Command } from 'commander';
import { runSettings } from '../config/settings.js';
import { ExitCode } from '../errors.js';
import type { CommandContext } from './io.js';
import { givenOnCommandLine, projectConfig } from './options.js';

interface DoctorFlags {
  chrome?: string;
  sandbox: boolean;
  config?: string | false;
}

/** `notice doctor`: can PDFs be printed here, and if not, why not. */
export function addDoctorCommand(program: Command, context: CommandContext): void {
  program
    .command('doctor')
    .summary('check that PDF output works here')
    .description(
      'Check what PDF output needs: finds the browser, shows its version, sandbox mode and the font, and prints a ' +
        "test page. Also looks for poppler's pdftotext, which notice import needs to read PDF files (a warning when " +
        'it is missing). Exit 0 when the test page prints, 2 when not.',
    )
    .option('--chrome <path>', 'the Chromium or Chrome to check')
    .option('--no-sandbox', 'check running Chromium without its sandbox')
    .option(
      '-c, --config <file>',
      'the configuration file whose pdf.chrome and pdf.sandbox to use (default: notice.config.yaml here or above)',
    )
    .option('--no-config', 'use no configuration file')
    .action(async (flags: DoctorFlags, self: Command) =>
      context.exit(await runDoctorCommand(flags, givenOnCommandLine(self), context)),
    );
}

async function runDoctorCommand(
  flags: DoctorFlags,
  given: Set<string>,
  { io, version }: CommandContext,
): Promise<number> {
  const { runDoctor } = await import('../doctor.js');
  const said = {
    ...(flags.chrome ? { chrome: flags.chrome } : {}),
    ...(given.has('sandbox') ? { sandbox: flags.sandbox } : {}),
  };
  const { pdf } = runSettings(said, (await projectConfig(flags))?.settings);
  const checks = await runDoctor({ version, env: io.env, noSandbox: !pdf.sandbox, ...pdf.browser });
  for (const check of checks) {
    const hint = check.hint ? `     ${''.padEnd(16)} hint: ${check.hint}\n` : '';
    const mark = check.ok ? 'ok  ' : check.optional ? 'warn' : 'FAIL';
    io.stdout.write(`${mark} ${check.name.padEnd(16)} ${check.detail}\n${hint}`);
  }
  const ok = checks.every((check) => check.ok || check.optional);
  io.stdout.write(ok ? 'PDF output works.\n' : 'PDF output does not work yet; see above.\n');
  return ok ? ExitCode.Ok : ExitCode.UsageOrEnvironment;
}
