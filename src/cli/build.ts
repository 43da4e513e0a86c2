import { Option, type Command } from 'commander';
import { DEFAULT_OUT, runSettings, type GivenSettings } from '../config/settings.js';
import { isNoticeError, NoticeError } from '../errors.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Profile } from '../generated/notice-types.js';
import { DEFAULT_FORMATS, FORMAT_CHOICES, OUTPUT_FORMATS, expandFormats } from '../outputs/formats.js';
import type { BuildOptions } from '../outputs/index.js';
import { parseShard } from '../outputs/shards.js';
import { PAPER_FORMATS, type PaperFormat } from '../pdf/paper.js';
import type { ReportFormat } from '../report/index.js';
import type { BuildSetup } from '../watch.js';
import { describeFailure } from './failure.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';
import {
  addSharedOptions,
  givenOnCommandLine,
  listOption,
  profileOption,
  projectConfig,
  refuseToOverwriteInputs,
  reportFormatOption,
  requireInputs,
  type SharedFlags,
} from './options.js';
import { ProgressLine } from './progress.js';
import { printReport } from './report.js';

interface BuildFlags extends SharedFlags {
  format: string;
  lang?: string;
  out: string;
  site?: string;
  archive?: string;
  templates?: string;
  fullUrl?: string;
  profile?: Profile;
  chrome?: string;
  sandbox: boolean;
  paper: PaperFormat;
  report: ReportFormat;
  check?: boolean;
  force?: boolean;
  shard?: string;
  watch?: boolean;
}

/** `notice build [paths...]`: validate, then render each notice in each language and format. */
export function addBuildCommand(program: Command, context: CommandContext): void {
  const extensions = OUTPUT_FORMATS.map((format) => `.${format.extension}`).join(', ');
  const command = program
    .command('build')
    .summary('render notices to Markdown, HTML and PDF')
    .description(
      'Validate each notice, then render it in each of its languages. A notice with format errors is not built; ' +
        'legal-completeness findings do not stop the build, but the exit code still says whether the input is clean ' +
        '(1 on errors).\n\n' +
        `Output files: OUT/<name>.<lang>${extensions}, <name> being the file name without .yaml ` +
        '(the configuration file can name them otherwise).\n\n' +
        'Incremental: only outputs whose notice, templates, options or notice version changed are written again ' +
        '(OUT/.notice-manifest.json records what each was built from); --force writes all.\n\n' +
        'Settings come from the command line, else notice.config.yaml (found upwards from here, or --config), ' +
        'else the defaults.',
    )
    .argument(
      '[paths...]',
      'notice files, or folders to search for *.yaml and *.yml (default: the inputs of notice.config.yaml)',
    )
    .option(
      '-f, --format <formats>',
      `comma-separated outputs: ${FORMAT_CHOICES.join(', ')} (summary: the three summary formats)`,
      DEFAULT_FORMATS.join(','),
    )
    .option(
      '-l, --lang <languages>',
      'comma-separated languages to build (default: every language the notice declares)',
    )
    .option('-o, --out <dir>', 'output folder', DEFAULT_OUT)
    .option(
      '--site <dir>',
      'build a privacy site into DIR instead of --out: DIR/ORG/REGISTER/LANG.html with a language switcher, ' +
        "an index per organisation, index.html and style.css (ORG: the controller's business ID, else a slug of its name)",
    )
    .option(
      '--archive <dir>',
      'also keep this version of each notice in DIR, never rewritten: DIR/<name>/<date>_<version>/<lang>.<ext>, ' +
        'and DIR/<name>/index.html listing every version and when it was in force',
    )
    .option(
      '--full-url <url>',
      'where a summary links to its full notice: an http(s) address or relative path, {name} {lang} {dir} replaced ' +
        '(default: summary.full_url of the configuration, else the HTML notice the build writes beside it)',
    )
    .option('-t, --templates <dir>', 'folder of templates that replace the built-in ones of the same name')
    .addOption(profileOption("validate and render as this profile instead of the file's own"))
    .option(
      '--chrome <path>',
      'the Chromium or Chrome to print PDFs with (else NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, ' +
        'pdf.chrome of the configuration, known paths)',
    )
    .option('--no-sandbox', 'run Chromium without its sandbox (always so as root on Linux, where it cannot start)')
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(PAPER_FORMATS).default(PAPER_FORMATS[0]))
    .option(
      '--check',
      'build nothing: exit 1 naming each output that is missing or differs from what a build would write now',
    )
    .option('--force', 'write every output, also those that are up to date')
    .option(
      '--shard <i/n>',
      'build only the i-th of n parts of the notices (the same split on every machine), to spread a batch over n CI runners',
    )
    .option(
      '-w, --watch',
      'build, then build again whenever a notice, a template or the configuration changes, until Ctrl-C',
    )
    .addOption(reportFormatOption('-r, --report <format>', 'report format for the findings'));
  addSharedOptions(command)
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice build examples/',
        '  notice build notices/ --format md,html,html-fragment --lang fi,sv --out public/',
        '  notice build notices/ --format html,summary --full-url https://example.fi/privacy/{name}.{lang}.html',
        '  notice build --check                 # in CI, when the outputs are committed',
        '  notice build --shard 2/4 --report junit --output-file notice.xml',
        '  notice build notices/ --watch',
        '  notice build notices/ --site public/ --format html,pdf',
        '  notice build notices/ --format html,pdf --archive archive/',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: BuildFlags, self: Command) =>
      context.exit(await runBuild(paths, flags, givenOnCommandLine(self), context)),
    );
}

async function runBuild(
  paths: string[],
  flags: BuildFlags,
  given: Set<string>,
  context: CommandContext,
): Promise<number> {
  const { io, version } = context;
  const startedAt = performance.now();
  if (flags.site !== undefined && given.has('out')) {
    throw new NoticeError(
      'BAD_OPTION',
      '--site and --out do not go together: the site folder is the output folder.',
      'Use --site DIR for a site, or --out DIR for plain outputs.',
    );
  }
  if (flags.archive !== undefined && (flags.check || flags.watch)) {
    throw new NoticeError(
      'BAD_OPTION',
      `--archive and ${flags.check ? '--check' : '--watch'} do not go together: an archived version is written once.`,
      'Archive in the build that publishes the notices.',
    );
  }
  if (flags.check && flags.watch) {
    throw new NoticeError(
      'BAD_OPTION',
      '--check and --watch do not go together.',
      'Use --check in CI, --watch while editing.',
    );
  }
  const report = { ...flags, format: flags.report };
  // On a terminal, a line that rewrites itself; nothing in logs, where the report says it all.
  const readable = flags.report === 'stylish' || flags.outputFile !== undefined;
  const progress = io.stderr.isTTY === true && !flags.quiet && readable ? new ProgressLine(io.stderr) : undefined;
  const setup = await buildSetup(paths, flags, given, context, progress);
  await refuseToOverwriteInputs(flags.outputFile, setup.inputs, setup.configFile);
  if (flags.watch) {
    const { watchBuild } = await import('../watch.js');
    const stop = new AbortController();
    // Ctrl-C ends watching (exit 0); outside --watch it keeps its usual meaning (exit 130).
    process.once('SIGINT', () => stop.abort());
    return watchBuild(setup, {
      onBuild: async (results, durationMs) => {
        progress?.clear();
        await printReport(results, report, io, { version, durationMs });
      },
      onError: (error) => io.stderr.write(describeFailure(error, flags.debug === true, io)),
      onStatus: (line) => io.stderr.write(`${line}\n`),
      reload: () => buildSetup(paths, flags, given, context, progress),
      signal: stop.signal,
    });
  }
  const { buildNotices } = await import('../outputs/index.js');
  const results = await untilInterrupted((signal) => buildNotices(setup.inputs, { ...setup.options, signal }));
  progress?.clear();
  if (results.interruptedBy) {
    io.stderr.write(describeFailure(results.error, flags.debug === true, io));
    return EXIT_ON_SIGNAL[results.interruptedBy];
  }
  return printReport(results.value, report, io, { version, durationMs: performance.now() - startedAt });
}

/** The status a shell shows for a command that a signal stopped: 128 plus the signal's number. */
const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs a build that Ctrl-C (or a CI job's SIGTERM) stops cleanly: the build
 * closes the browser and records what it finished. A second Ctrl-C ends the
 * process at once, as usual.
 */
async function untilInterrupted<T>(
  run: (signal: AbortSignal) => Promise<T>,
): Promise<{ value: T; interruptedBy?: undefined } | { interruptedBy: keyof typeof EXIT_ON_SIGNAL; error: unknown }> {
  const stop = new AbortController();
  let interruptedBy: keyof typeof EXIT_ON_SIGNAL | undefined;
  const handlers = (Object.keys(EXIT_ON_SIGNAL) as (keyof typeof EXIT_ON_SIGNAL)[]).map((signal) => {
    const handler = () => {
      interruptedBy ??= signal;
      stop.abort();
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return { value: await run(stop.signal) };
  } catch (error) {
    if (interruptedBy && isNoticeError(error) && error.code === 'INTERRUPTED') return { interruptedBy, error };
    throw error;
  } finally {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  }
}

/** What a build runs on: the inputs and options from the command line over the configuration file. */
async function buildSetup(
  paths: string[],
  flags: BuildFlags,
  given: Set<string>,
  { io, version }: CommandContext,
  progress: ProgressLine | undefined,
): Promise<BuildSetup> {
  const config = await projectConfig(flags);
  const settings = runSettings(givenSettings(paths, flags, given), config?.settings);
  const options: BuildOptions = {
    out: settings.out,
    formats: settings.formats,
    ...(settings.site ? { site: true } : {}),
    ...(flags.archive !== undefined ? { archive: flags.archive } : {}),
    version,
    env: io.env,
    rules: settings.rules,
    ...(settings.languages ? { languages: settings.languages } : {}),
    ...(settings.templates ? { templates: settings.templates } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(settings.naming ? { naming: settings.naming } : {}),
    ...(settings.fullUrl !== undefined ? { summary: { fullUrl: settings.fullUrl } } : {}),
    ...(flags.check ? { check: true } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
    pdf: { paper: settings.pdf.paper, noSandbox: !settings.pdf.sandbox, env: io.env, ...settings.pdf.browser },
    onBrowserStart: ({ path, sandboxOff }) => {
      if (!sandboxOff) return;
      progress?.clear();
      const why = settings.pdf.sandbox ? ' (running as root)' : ' (sandbox turned off)';
      io.stderr.write(`notice: warning: Chromium (${path}) runs without its sandbox${why}.\n`);
    },
    ...(progress ? { onProgress: progress.update } : {}),
  };
  return {
    inputs: requireInputs(settings.inputs, config?.file, `${commandToType(io.env)} build`),
    options,
    ...(config ? { configFile: config.file } : {}),
  };
}

/** The settings said on the command line, each list split once and checked. */
function givenSettings(paths: string[], flags: BuildFlags, given: Set<string>): GivenSettings {
  return {
    paths,
    ...(given.has('out') ? { out: flags.out } : {}),
    ...(flags.site !== undefined ? { site: flags.site } : {}),
    ...(given.has('format') ? { formats: expandFormats(listOption(flags.format, FORMAT_CHOICES, '--format')) } : {}),
    ...(flags.fullUrl !== undefined ? { fullUrl: flags.fullUrl } : {}),
    ...(flags.lang !== undefined ? { languages: listOption(flags.lang, LANGUAGES, '--lang') } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
    ...(given.has('paper') ? { paper: flags.paper } : {}),
    ...(flags.chrome ? { chrome: flags.chrome } : {}),
    ...(given.has('sandbox') ? { sandbox: flags.sandbox } : {}),
  };
}
