import type { Command } from 'commander';
import type { Profile } from '../generated/notice-types.js';
import type { ReportFormat } from '../report/index.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';
import {
  addSharedOptions,
  profileOption,
  projectConfig,
  refuseToOverwriteInputs,
  reportFormatOption,
  requireInputs,
  type SharedFlags,
} from './options.js';
import { printReport } from './report.js';

interface ValidateFlags extends SharedFlags {
  format: ReportFormat;
  profile?: Profile;
  since?: string;
}

/** `notice validate [paths...]`: the format and the law, reported at file:line:column. */
export function addValidateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('validate')
    .summary('check notice files for format errors and legal gaps')
    .description(
      "Check notice YAML files: the format (against schemas/notice.schema.json) and what the law requires for the notice's " +
        'profile (GDPR Art. 13-14, or the Personal Data Act 10 §).\n\n' +
        'Without paths, checks the inputs of notice.config.yaml (found upwards from here, or --config).\n\n' +
        'With --since REV (or check.since in notice.config.yaml), each notice is also compared with its version at that ' +
        'git revision: a material change without a new updated and version is an error (CHANGE_NOT_DATED), one that ' +
        'takes effect today or earlier a warning (CHANGE_EFFECTIVE_PAST).\n\n' +
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or environment error.',
    )
    .argument(
      '[paths...]',
      'notice files, or folders to search for *.yaml and *.yml (default: the inputs of notice.config.yaml)',
    )
    .addOption(reportFormatOption('-f, --format <format>', 'report format'))
    .addOption(profileOption("check against this profile instead of the file's own (gdpr: migration report)"))
    .option(
      '-s, --since <revision>',
      'also compare each notice with its version at this git revision: a material change needs a new updated and version',
    );
  addSharedOptions(command)
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice validate examples/',
        '  notice validate --format github notices/*.yaml',
        '  notice validate --format sarif --output-file notice.sarif',
        '  notice validate --profile gdpr old-rekisteriseloste.yaml',
        '  notice validate --since origin/main notices/',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: ValidateFlags) => context.exit(await runValidate(paths, flags, context)));
}

async function runValidate(paths: string[], flags: ValidateFlags, { io, version }: CommandContext): Promise<number> {
  const startedAt = performance.now();
  // Loaded here, not at the top: `notice --help` need not load the YAML parser and the rules.
  const { validatePaths } = await import('../validate-paths.js');
  const config = await projectConfig(flags);
  const given = paths.length > 0 ? paths : (config?.settings.inputs ?? []);
  const inputs = requireInputs(given, config?.file, `${commandToType(io.env)} validate`);
  await refuseToOverwriteInputs(flags.outputFile, inputs, config?.file);
  const profile = flags.profile ?? config?.settings.profile;
  const since = flags.since ?? config?.settings.check?.since;
  const results = await validatePaths(inputs, {
    ...(profile ? { profile } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(config?.settings.rules ? { rules: config.settings.rules } : {}),
  });
  return printReport(results, flags, io, { version, durationMs: performance.now() - startedAt });
}
