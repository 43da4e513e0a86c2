import { InvalidArgumentError, Option, type Command } from 'commander';
import { runSettings, type GivenSettings } from '../config/settings.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Profile } from '../generated/notice-types.js';
import type { BuildOptions } from '../outputs/index.js';
import { PAPER_FORMATS, type PaperFormat } from '../pdf/paper.js';
import type { BuildSetup } from '../watch.js';
import { describeFailure } from './failure.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';
import { givenOnCommandLine, listOption, profileOption, projectConfig, requireInputs } from './options.js';
import { printReport } from './report.js';

interface PreviewFlags {
  port: number;
  lang?: string;
  templates?: string;
  profile?: Profile;
  chrome?: string;
  sandbox: boolean;
  paper: PaperFormat;
  pdf: 'lazy' | 'eager';
  config?: string | false;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

/** `notice preview [paths...]`: the built pages on a local server that reloads them on every save. */
export function addPreviewCommand(program: Command, context: CommandContext): void {
  program
    .command('preview')
    .summary('show the notices in a browser, reloaded on every save')
    .description(
      'Build the notices to HTML and serve them on http://127.0.0.1:PORT/ (this machine only): an index of the ' +
        'notices, each notice in each language with its findings at the top, and its PDF printed by one browser ' +
        'kept open. On every save of a notice, a template or the configuration, the pages are built again and ' +
        'the open pages reload themselves. Nothing is written to the output folder. Ctrl-C stops.',
    )
    .argument('[paths...]', 'notice files, or folders to search (default: the inputs of notice.config.yaml)')
    .option('--port <n>', 'the port on 127.0.0.1; 0 for any free one', port, 4173)
    .option('-l, --lang <languages>', 'comma-separated languages to show (default: every language of each notice)')
    .option('-t, --templates <dir>', 'folder of templates that replace the built-in ones of the same name')
    .addOption(profileOption("validate and render as this profile instead of the file's own"))
    .option('--chrome <path>', 'the Chromium or Chrome to print PDFs with (found as for build)')
    .option('--no-sandbox', 'run Chromium without its sandbox (always so as root on Linux)')
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(PAPER_FORMATS).default(PAPER_FORMATS[0]))
    .addOption(
      new Option('--pdf <when>', 'print a PDF again when it is asked for, or right after each save once viewed')
        .choices(['lazy', 'eager'])
        .default('lazy'),
    )
    .option('-c, --config <file>', 'the configuration file (default: notice.config.yaml here or in a folder above)')
    .option('--no-config', 'use no configuration file')
    .option('-q, --quiet', 'list errors only in the console, not warnings or notes')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText(
      'after',
      ['\nExamples:', '  notice preview notices/', '  notice preview customers.yaml --lang fi --port 8080'].join('\n'),
    )
    .action(async (paths: string[], flags: PreviewFlags, self: Command) =>
      context.exit(await runPreview(paths, flags, givenOnCommandLine(self), context)),
    );
}

async function runPreview(
  paths: string[],
  flags: PreviewFlags,
  given: Set<string>,
  context: CommandContext,
): Promise<number> {
  const { io, version } = context;
  const report = { format: 'stylish' as const, quiet: flags.quiet, color: flags.color };
  const setup = await previewSetup(paths, flags, given, context);
  const { previewNotices } = await import('../preview/index.js');
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    return await previewNotices(setup, {
      port: flags.port,
      pdf: flags.pdf,
      onListening: (url) => io.stderr.write(`Preview on ${url} (this machine only).\n`),
      onBuild: async (results, durationMs) => {
        await printReport(results, report, io, { version, durationMs });
      },
      onError: (error) => io.stderr.write(describeFailure(error, flags.debug === true, io)),
      onStatus: (line) => io.stderr.write(`${line}\n`),
      reload: () => previewSetup(paths, flags, given, context),
      signal: stop.signal,
    });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}

/** Inputs and options as `build` takes them (command line over the configuration file); the outputs are the preview's. */
async function previewSetup(
  paths: string[],
  flags: PreviewFlags,
  given: Set<string>,
  { io, version }: CommandContext,
): Promise<BuildSetup> {
  const config = await projectConfig(flags);
  const cli: GivenSettings = {
    paths,
    ...(flags.lang !== undefined ? { languages: listOption(flags.lang, LANGUAGES, '--lang') } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.templates ? { templates: flags.templates } : {}),
    ...(given.has('paper') ? { paper: flags.paper } : {}),
    ...(flags.chrome ? { chrome: flags.chrome } : {}),
    ...(given.has('sandbox') ? { sandbox: flags.sandbox } : {}),
  };
  const settings = runSettings(cli, config?.settings);
  const options: BuildOptions = {
    // The preview replaces both: its own temporary folder, HTML (and PDF when asked for).
    out: settings.out,
    formats: ['html'],
    version,
    env: io.env,
    rules: settings.rules,
    ...(settings.languages ? { languages: settings.languages } : {}),
    ...(settings.templates ? { templates: settings.templates } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(settings.naming ? { naming: settings.naming } : {}),
    pdf: { paper: settings.pdf.paper, noSandbox: !settings.pdf.sandbox, env: io.env, ...settings.pdf.browser },
  };
  return {
    inputs: requireInputs(settings.inputs, config?.file, `${commandToType(io.env)} preview`),
    options,
    ...(config ? { configFile: config.file } : {}),
  };
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('give a port number, 0 to 65535.');
  return n;
}
