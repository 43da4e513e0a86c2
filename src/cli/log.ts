import { Option, type Command } from 'commander';
import { BUILD_ID } from '../build-id.js';
import { ExitCode, NoticeError } from '../errors.js';
import { DIFF_FORMATS, type DiffFormat } from '../report/diff.js';
import { useColor, type CommandContext } from './io.js';

interface LogFlags {
  format: DiffFormat;
  color: boolean;
  cache: boolean;
  debug?: boolean;
}

/** `notice log FILE`: the notice's versions from git, each with its classed changes. */
export function addLogCommand(program: Command, context: CommandContext): void {
  program
    .command('log')
    .summary("show a notice's versions from git history, each with its classed changes")
    .description(
      'List the commits that changed a notice (following renames), newest first: date, commit, the version and date ' +
        'the notice gives itself, and its changes against the version before, classed as in notice diff. Each ' +
        "version's parts are read at the same commit; a commit that changed only a part is not listed on its own. " +
        "What each version was found to be is kept in the repository's git folder (.git/notice/log/), so the next " +
        'log reads only the commits made since.\n\n' +
        'Exit codes: 0 listed, 2 usage or environment error (not a git repository).',
    )
    .argument('<file>', 'the notice file')
    .argument('[revision]', 'the commit to start from (default: HEAD)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--no-cache', "neither read nor keep the versions' changes in the git folder (.git/notice/log/)")
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText(
      'after',
      ['\nExamples:', '  notice log notice.yaml', '  notice log notice.yaml --format json'].join('\n'),
    )
    .action(async (file: string, revision: string | undefined, flags: LogFlags) =>
      context.exit(await runLog(file, revision, flags, context)),
    );
}

async function runLog(
  file: string,
  revision: string | undefined,
  flags: LogFlags,
  { io }: CommandContext,
): Promise<number> {
  const { stat } = await import('node:fs/promises');
  if (revision === undefined && !(await stat(file).catch(() => undefined))?.isFile())
    throw new NoticeError('PATH_NOT_FOUND', `${file} is not a file.`, 'Check the path of the notice.');
  // Loaded here, not at the top: `notice --help` need not load the YAML parser.
  const { noticeLog } = await import('../diff/history.js');
  const { formatLog } = await import('../report/diff.js');
  const log = await noticeLog(file, {
    ...(revision !== undefined ? { revision } : {}),
    // Run from its sources, the command has no build to name its cache by: it keeps none.
    ...(flags.cache && BUILD_ID !== undefined ? { cacheKey: BUILD_ID } : {}),
  });
  const color = flags.format === 'text' && useColor(io.stdout, io.env, flags.color);
  io.stdout.write(formatLog(log, flags.format, { color }));
  return ExitCode.Ok;
}
