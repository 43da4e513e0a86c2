import { Option, type Command } from 'commander';
import { ExitCode, isNoticeError } from '../errors.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import type { CommandContext } from './io.js';
import { useColor } from './io.js';

interface TranslationsFlags {
  mark?: boolean;
  source?: Language;
  format: 'text' | 'json';
}

/** `notice translations FILE...`: per language, how many texts are translated, stale or missing; `--mark` records the sources. */
export function addTranslationsCommand(program: Command, context: CommandContext): void {
  program
    .command('translations')
    .summary('count translated, stale and missing texts; --mark records what each translation was made from')
    .description(
      'For each notice, count per language the texts that are the source, translated from the source as it is now ' +
        '(current), translated from an older source text (stale), translated with no mark (unmarked), or missing, ' +
        'and list the stale and missing ones at file:line:column.\n\n' +
        '--mark writes a comment `# from fi:3f2a1b9c` with each text whose source and a translation are present: ' +
        'the short hash of the source text the translations are now made from. Only comments change, and a text ' +
        'from a shared part is marked in the part. `notice validate` warns TRANSLATION_STALE when a marked source ' +
        'text changes.\n\n' +
        'Exit 0, 1 when a text is stale or missing a language (after --mark: missing), 2 for usage errors.',
    )
    .argument('<paths...>', 'notice files, or folders to search for *.yaml and *.yml')
    .option('--mark', 'record the source text of every translation, as it is now, in the YAML')
    .addOption(
      new Option(
        '--source <language>',
        'the language translations are made from, for texts with no mark yet (default: the first of notice.languages)',
      ).choices(LANGUAGES),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      ['\nExamples:', '  notice translations notices/*.yaml', '  notice translations --mark notice.yaml'].join('\n'),
    )
    .action(async (paths: string[], flags: TranslationsFlags) =>
      context.exit(await runTranslations(paths, flags, context)),
    );
}

async function runTranslations(paths: string[], flags: TranslationsFlags, { io }: CommandContext): Promise<number> {
  // Loaded here, not at the top: `notice --help` need not load the YAML parser.
  const { findNoticeFiles } = await import('../notice-files.js');
  const { loadNotice } = await import('../load/index.js');
  const { translationsReport, markTranslations, hasTranslationProblems } = await import('../translations/index.js');
  const { translationsText, markText } = await import('../report/translations.js');
  const { formatReport } = await import('../report/index.js');
  const options = flags.source ? { source: flags.source } : {};
  let exitCode: number = ExitCode.Ok;
  const reports = [];
  for (const file of await findNoticeFiles(paths)) {
    try {
      const marked = flags.mark ? await markTranslations(file, options) : undefined;
      const report = marked?.report ?? translationsReport(await loadNotice(file), options);
      if (marked && flags.format === 'text') io.stderr.write(markText(marked));
      if (flags.format === 'text') io.stdout.write(translationsText(report));
      reports.push(marked ? { ...report, marked: marked.written, unmarkable: marked.unmarkable } : report);
      if (hasTranslationProblems(report)) exitCode = Math.max(exitCode, ExitCode.ProblemsFound);
    } catch (error) {
      // A file that is not a readable notice is a problem found in the input, reported with the others.
      if (!isNoticeError(error) || error.code !== 'TRANSLATIONS_UNREADABLE' || !error.problems) throw error;
      io.stderr.write(formatReport('stylish', [error.problems], { color: useColor(io.stderr, io.env, true) }));
      exitCode = Math.max(exitCode, ExitCode.ProblemsFound);
    }
  }
  if (flags.format === 'json') io.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  return exitCode;
}
