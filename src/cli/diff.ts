import { Option, type Command } from 'commander';
import { CHANGE_NOTICE_FORMS, type ChangeNoticeForm } from '../diff/change-notice-form.js';
import { ExitCode, NoticeError } from '../errors.js';
import { DIFF_FORMATS, type DiffFormat } from '../report/diff.js';
import { useColor, type CommandContext } from './io.js';

interface DiffFlags {
  since?: string;
  format: DiffFormat;
  notice?: boolean;
  noticeFormat: ChangeNoticeForm;
  appendHistory?: boolean;
  out?: string;
  force?: boolean;
  color: boolean;
  debug?: boolean;
}

/** `notice diff OLD NEW` and `notice diff FILE --since REF`: the changes between two versions, by meaning. */
export function addDiffCommand(program: Command, context: CommandContext): void {
  program
    .command('diff')
    .summary('show what changed between two versions of a notice, and which changes are material')
    .description(
      'Compare two versions of a notice by meaning: purposes, bases, data, recipients, transfers, retention, sources, ' +
        'rights, contacts and automated decisions, each added, removed or changed, with its path and positions. Each ' +
        'change is material (people must be told before it applies), informative or editorial.\n\n' +
        'With --since REF the old version is read from git at that revision (its parts too), the new one from the disk.\n\n' +
        'With --notice, writes a plain-language change notice instead, in each language of the new version: what ' +
        'changes, from which date, and what people can do (object, withdraw consent, ask, complain), as Markdown, or ' +
        'with --notice-format as an HTML page or fragment: to standard output, or with --out DIR to ' +
        'DIR/<name>.changes.<lang>.md (.html, .fragment.html). With --append-history, adds a drafted ' +
        'entry for the new version (its date and version, its kinds of change) to changes.history in the new file.\n\n' +
        'Exit codes: 0 no material change (with --notice: the notice was written), 1 a material change, 2 usage or ' +
        'environment error.',
    )
    .argument('<files...>', 'OLD.yaml NEW.yaml, or one FILE with --since')
    .option('-s, --since <revision>', 'compare FILE with its version at this git revision (branch, tag, commit)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('--notice', 'write a change notice for the readers, in each language of the new version')
    .addOption(
      new Option('--notice-format <format>', 'with --notice: Markdown, an HTML page, or HTML to paste into a page')
        .choices(CHANGE_NOTICE_FORMS)
        .default('md'),
    )
    .option('--append-history', 'add a drafted entry for the new version to its changes.history, to reword')
    .option('-o, --out <dir>', 'with --notice: write DIR/<name>.changes.<lang>.md (or .html) instead of printing')
    .option('--force', 'with --notice --out: replace change notices that exist')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice diff old/notice.yaml notice.yaml',
        '  notice diff notice.yaml --since main',
        '  notice diff notice.yaml --since v2.0 --format markdown',
        '  notice diff notice.yaml --since v2.0 --notice --out announcements/',
        '  notice diff notice.yaml --since v2.0 --notice --notice-format html-fragment',
        '  notice diff notice.yaml --since v2.0 --append-history',
      ].join('\n'),
    )
    .action(async (files: string[], flags: DiffFlags, command: Command) =>
      context.exit(
        await runDiff(
          files,
          { ...flags, noticeFormatGiven: command.getOptionValueSource('noticeFormat') === 'cli' },
          context,
        ),
      ),
    );
}

async function runDiff(
  files: string[],
  flags: DiffFlags & { noticeFormatGiven: boolean },
  { io, version }: CommandContext,
): Promise<number> {
  const wanted = flags.since !== undefined ? 1 : 2;
  if (files.length !== wanted) {
    throw new NoticeError(
      'BAD_ARGUMENTS',
      flags.since !== undefined
        ? `With --since, name one notice file (${files.length} given).`
        : `Name two notice files, the old and the new (${files.length} given).`,
      'For example: notice diff old.yaml new.yaml, or notice diff notice.yaml --since main.',
    );
  }
  if (flags.noticeFormatGiven && !flags.notice)
    throw new NoticeError(
      'BAD_ARGUMENTS',
      `--notice-format ${flags.noticeFormat} is the form of a change notice, and none was asked for.`,
      'Add --notice, for example: notice diff notice.yaml --since main --notice --notice-format html.',
    );
  // Loaded here, not at the top: `notice --help` need not load the YAML parser.
  const { formatDiff } = await import('../report/diff.js');
  const { diff, now } = await diffOf(files, flags.since);
  if (flags.appendHistory) {
    const { appendDraftedHistory } = await import('./change-notice.js');
    await appendDraftedHistory(diff, now, io);
    if (!flags.notice) return ExitCode.Ok;
  }
  if (flags.notice) {
    const { writeChangeNotices } = await import('./change-notice.js');
    await writeChangeNotices(diff, now, flags, io, version);
    return ExitCode.Ok;
  }
  const color = flags.format === 'text' && useColor(io.stdout, io.env, flags.color);
  io.stdout.write(formatDiff(diff, flags.format, { color }));
  return diff.material ? ExitCode.ProblemsFound : ExitCode.Ok;
}

/** The diff, and the new version as loaded (a change notice and a history entry are made from it). */
async function diffOf(files: string[], since: string | undefined) {
  const { diffNotices } = await import('../diff/index.js');
  const { loadNotice } = await import('../load/index.js');
  for (const file of files) await mustExist(file);
  const now = await loadNotice(files[files.length - 1]!);
  if (since !== undefined) {
    const { diffSince } = await import('../diff/history.js');
    return { diff: await diffSince(files[0]!, since, now), now };
  }
  return { diff: diffNotices(await loadNotice(files[0]!), now), now };
}

async function mustExist(file: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile())
    throw new NoticeError('PATH_NOT_FOUND', `${file} is not a file.`, 'Check the path of the notice.');
}
