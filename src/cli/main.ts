import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, isNoticeError, NoticeError } from '../errors.js';
import { packagePath } from '../paths.js';
import { countDiagnostics } from '../diagnostics.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { summaryLine } from '../report/summary.js';
import type { BuildOptions } from '../outputs/index.js';
import type { InitFacts } from '../init/index.js';
import type { FileResult } from '../results.js';

/** What the command needs from the process, so tests can run it in-process. */
export interface CliIo {
  /** Read only by `notice init` on a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Options both validate and build have: the configuration file and the report. */
interface ReportFlags {
  config?: string | false;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

interface BuildFlags extends ReportFlags {
  format: string;
  chrome?: string;
  sandbox: boolean;
  paper: 'a4' | 'letter';
  lang?: string;
  out: string;
  templates?: string;
  profile?: 'gdpr' | 'hetil';
  report: ReportFormat;
  check?: boolean;
  force?: boolean;
  shard?: string;
  watch?: boolean;
}

/** The facts `notice init` takes from options are those of InitFacts, with the languages as one comma-separated option. */
type InitFlags = Pick<
  InitFacts,
  | 'name'
  | 'businessId'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'email'
  | 'phone'
  | 'website'
  | 'profile'
  | 'kind'
  | 'dpoEmail'
  | 'transfers'
> & {
  lang: string;
  yes?: boolean;
  force?: boolean;
  ci?: 'github';
};

interface ValidateFlags extends ReportFlags {
  format: ReportFormat;
  profile?: 'gdpr' | 'hetil';
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
    io.stderr.write(describeError(error, debug, io));
    return ExitCode.UsageOrEnvironment;
  }
}

/**
 * A failure as the user reads it: a NoticeError as its message and hint (with
 * the problems of a bad configuration file at their lines), anything else as
 * a bug; a stack trace only with --debug.
 */
function describeError(error: unknown, debug: boolean, io: CliIo): string {
  let text = '';
  if (isNoticeError(error)) {
    if (error.problems) text += formatReport('stylish', [error.problems], { color: useColor(io.stderr, io.env, true) });
    text += `notice: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    text += `notice: internal error: ${message}\nThis is a bug in notice; please report it${debug ? '' : ' (run again with --debug for details)'}.\n`;
  }
  if (debug && error instanceof Error && error.stack) text += `${error.stack}\n`;
  return text;
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('notice')
    .description(
      'Privacy notices (tietosuojaseloste / rekisteriseloste) from YAML: check them against the GDPR and Finnish law, and render them to Markdown, HTML and PDF.',
    )
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const validate = program
    .command('validate')
    .summary('check notice files for format errors and legal gaps')
    .description(
      'Check notice YAML files: the format (against schemas/notice.schema.json) and what the law requires ' +
        "for the notice's profile (GDPR Art. 13-14, or the Personal Data Act 10 §).\n\n" +
        'Without paths, checks the inputs of notice.config.yaml (found upwards from here, or --config).\n\n' +
        'Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or environment error.',
    )
    .argument(
      '[paths...]',
      'notice files, or folders to search for *.yaml and *.yml (default: the inputs of notice.config.yaml)',
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('stylish'))
    .addOption(
      new Option(
        '-p, --profile <profile>',
        "check against this profile instead of the file's own (gdpr: migration report)",
      ).choices(['gdpr', 'hetil']),
    );
  addReportOptions(validate)
    .addHelpText(
      'after',
      '\nExamples:\n  notice validate examples/\n  notice validate --format github notices/*.yaml\n  notice validate --format sarif --output-file notice.sarif\n  notice validate --profile gdpr old-rekisteriseloste.yaml',
    )
    .action(async (paths: string[], flags: ValidateFlags) => setExitCode(await runValidate(paths, flags, io)));

  const build = program
    .command('build')
    .summary('render notices to Markdown, HTML and PDF')
    .description(
      'Validate each notice, then render it in each of its languages. A notice with format errors is not built; ' +
        'legal-completeness findings do not stop the build, but the exit code still says whether the input is clean (1 on errors).\n\n' +
        'Output files: OUT/<name>.<lang>.md, .html, .fragment.html and .pdf, <name> being the file name without .yaml ' +
        '(the configuration file can name them otherwise).\n\n' +
        'Incremental: only outputs whose notice, templates, options or notice version changed are written again ' +
        '(OUT/.notice-manifest.json records what each was built from); --force writes all.\n\n' +
        'Settings come from the command line, else notice.config.yaml (found upwards from here, or --config), else the defaults.',
    )
    .argument(
      '[paths...]',
      'notice files, or folders to search for *.yaml and *.yml (default: the inputs of notice.config.yaml)',
    )
    .option('-f, --format <formats>', 'comma-separated outputs: md, html, html-fragment, pdf', 'md,html')
    .option(
      '-l, --lang <languages>',
      'comma-separated languages to build (default: every language the notice declares)',
    )
    .option('-o, --out <dir>', 'output folder', 'build')
    .option('-t, --templates <dir>', 'folder of templates that replace the built-in ones of the same name')
    .addOption(
      new Option('-p, --profile <profile>', "validate and render as this profile instead of the file's own").choices([
        'gdpr',
        'hetil',
      ]),
    )
    .option(
      '--chrome <path>',
      'the Chromium or Chrome to print PDFs with (else NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, pdf.chrome of the configuration, known paths)',
    )
    .option('--no-sandbox', 'run Chromium without its sandbox (always so as root on Linux, where it cannot start)')
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter']).default('a4'))
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
    .addOption(
      new Option('-r, --report <format>', 'report format for the findings').choices(REPORT_FORMATS).default('stylish'),
    );
  addReportOptions(build)
    .addHelpText(
      'after',
      '\nExamples:\n  notice build examples/\n  notice build notices/ --format md,html,html-fragment --lang fi,sv --out public/\n  notice build --check                 # in CI, when the outputs are committed\n  notice build --shard 2/4 --report junit --output-file notice.xml\n  notice build notices/ --watch',
    )
    .action(async (paths: string[], flags: BuildFlags, command: Command) =>
      setExitCode(await runBuild(paths, flags, given(command), io)),
    );

  program
    .command('init')
    .summary('write a new notice, asking a few questions')
    .description(
      'Write a new notice: on a terminal, asks the few facts that shape it (organisation, business ID, contact details, ' +
        'languages, kind of register, DPO, transfers); otherwise, or with --yes, takes them from the options. ' +
        'The file starts as a draft with TODO placeholders where only you know the answer. Never overwrites without --force.',
    )
    .argument('[file]', 'the notice to write', 'notice.yaml')
    .option('--name <name>', 'name of the organisation')
    .option('--business-id <id>', 'Finnish business ID (Y-tunnus), checked at once')
    .option('--street <street>', 'street address')
    .option('--postal-code <code>', 'postal code')
    .option('--city <city>', 'post office / city')
    .option('--email <email>', 'e-mail address for the people in the register')
    .option('--phone <phone>', 'phone number')
    .option('--website <url>', 'web address (https://...)')
    .option('-l, --lang <languages>', 'comma-separated languages of the notice: fi, sv, en', 'fi')
    .addOption(new Option('-p, --profile <profile>', 'the law').choices(['gdpr', 'hetil']).default('gdpr'))
    .addOption(
      new Option('-k, --kind <kind>', 'kind of register, for the starting content')
        .choices(['customers', 'newsletter', 'applicants', 'employees'])
        .default('customers'),
    )
    .option('--dpo-email <email>', 'a data protection officer is designated; their e-mail address')
    .addOption(
      new Option('--transfers <status>', 'is data transferred outside the EU/EEA')
        .choices(['none', 'intended'])
        .default('none'),
    )
    .option('-y, --yes', 'ask nothing: take the options and defaults (also when not on a terminal)')
    .option('--force', 'replace the file (and the workflow) if they exist')
    .addOption(
      new Option('--ci <system>', 'also write a CI workflow that validates and builds the notices').choices(['github']),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  notice init\n  notice init notices/customers.yaml --name "Esimerkki Oy" --business-id 0723069-3 --lang fi,sv --kind customers --yes\n  notice init notices/newsletter.yaml --kind newsletter --ci github',
    )
    .action(async (file: string, flags: InitFlags) => setExitCode(await runInit(file, flags, io)));

  program
    .command('doctor')
    .summary('check that PDF output works here')
    .description(
      'Check what PDF output needs: finds the browser, shows its version, sandbox mode and the font, and prints a test page. Exit 0 when it prints, 2 when not.',
    )
    .option('--chrome <path>', 'the Chromium or Chrome to check')
    .option('--no-sandbox', 'check running Chromium without its sandbox')
    .option(
      '-c, --config <file>',
      'the configuration file whose pdf.chrome and pdf.sandbox to use (default: notice.config.yaml here or above)',
    )
    .option('--no-config', 'use no configuration file')
    .action(async (flags: DoctorFlags, command: Command) =>
      setExitCode(await runDoctorCommand(flags, given(command), io)),
    );

  const templates = program.command('templates').summary('work with the Handlebars templates');
  templates
    .command('copy')
    .summary('copy the built-in templates as a starting point')
    .description('Copy the built-in templates into DIR as a starting point for your own (then use --templates DIR).')
    .argument('<dir>', 'folder to copy into (created when missing)')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string, flags: { force?: boolean }) => setExitCode(await runTemplatesCopy(dir, flags, io)));

  return program;
}

async function runBuild(paths: string[], flags: BuildFlags, explicit: Set<string>, io: CliIo): Promise<number> {
  const startedAt = performance.now();
  if (flags.check && flags.watch)
    throw new NoticeError(
      'BAD_OPTION',
      '--check and --watch do not go together.',
      'Use --check in CI, --watch while editing.',
    );
  const setup = await buildSetup(paths, flags, explicit, io);
  const reportFlags = { ...flags, format: flags.report };
  if (flags.watch) {
    const { watchBuild } = await import('../watch.js');
    const stop = new AbortController();
    // Ctrl-C ends watching (exit 0); outside --watch it keeps its usual meaning (exit 130).
    process.once('SIGINT', () => stop.abort());
    return watchBuild(setup, {
      onBuild: async (results, durationMs) => {
        clearProgressLine(io.stderr, setup.options);
        await report(results, reportFlags, io, durationMs);
      },
      onError: (error) => io.stderr.write(describeError(error, flags.debug === true, io)),
      onStatus: (line) => io.stderr.write(`${line}\n`),
      reload: () => buildSetup(paths, flags, explicit, io),
      signal: stop.signal,
    });
  }
  const { buildNotices } = await import('../outputs/index.js');
  const results = await buildNotices(setup.inputs, setup.options);
  clearProgressLine(io.stderr, setup.options);
  return report(results, reportFlags, io, performance.now() - startedAt);
}

/**
 * The progress line of a build on a terminal: `Building: 120/500 notices, 30/200 PDFs printed`,
 * rewritten in place at most ten times a second, and cleared before the report.
 */
function progressLine(stream: CliIo['stderr']): NonNullable<BuildOptions['onProgress']> {
  let last = 0;
  return ({ notices, pdfs }) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    const printed = pdfs.queued > 0 ? `, ${pdfs.done}/${pdfs.queued} PDFs printed` : '';
    stream.write(`\r\x1b[KBuilding: ${notices.done}/${notices.total} notices${printed}`);
  };
}

function clearProgressLine(stream: CliIo['stderr'], options: BuildOptions): void {
  if (options.onProgress) stream.write('\r\x1b[K');
}

/** The browser named by --chrome, or else by pdf.chrome of the configuration: two different steps of browser discovery. */
function browserChoice(settings: import('../config/settings.js').RunSettings): { flag?: string; config?: string } {
  if (settings.chrome === undefined) return {};
  return settings.chromeFrom === 'flag' ? { flag: settings.chrome } : { config: settings.chrome };
}

/** What a build runs on: the inputs and options from the command line over the configuration file. */
async function buildSetup(
  paths: string[],
  flags: BuildFlags,
  explicit: Set<string>,
  io: CliIo,
): Promise<import('../watch.js').BuildSetup> {
  const { OUTPUT_FORMAT_IDS, parseShard } = await import('../outputs/index.js');
  const { runSettings } = await import('../config/settings.js');
  const config = await projectConfig(flags);
  const settings = runSettings(
    {
      paths,
      ...(explicit.has('out') ? { out: flags.out } : {}),
      ...(explicit.has('format') ? { formats: flags.format.split(',') } : {}),
      ...(flags.lang !== undefined ? { languages: flags.lang.split(',') } : {}),
      ...(flags.profile ? { profile: flags.profile } : {}),
      ...(flags.templates ? { templates: flags.templates } : {}),
      ...(explicit.has('paper') ? { paper: flags.paper } : {}),
      ...(flags.chrome ? { chrome: flags.chrome } : {}),
      ...(explicit.has('sandbox') ? { sandbox: flags.sandbox } : {}),
    },
    config?.settings,
  );
  const formats = parseList(settings.formats.join(','), OUTPUT_FORMAT_IDS, '--format');
  const languages =
    settings.languages === undefined
      ? undefined
      : parseList(settings.languages.join(','), ['fi', 'sv', 'en'] as const, '--lang');
  // The console shows the readable report (stylish, or another format to --output-file).
  const progress =
    io.stderr.isTTY === true && !flags.quiet && (flags.report === 'stylish' || flags.outputFile !== undefined);
  const options: BuildOptions = {
    out: settings.out,
    formats,
    version: packageVersion(),
    env: io.env,
    rules: settings.rules,
    ...(languages ? { languages } : {}),
    ...(settings.templates ? { templates: settings.templates } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    ...(settings.naming ? { naming: settings.naming } : {}),
    ...(flags.check ? { check: true } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
    pdf: { paper: settings.paper, noSandbox: !settings.sandbox, env: io.env, ...browserChoice(settings) },
    onBrowserStart: ({ path, sandboxOff }) => {
      if (sandboxOff)
        io.stderr.write(
          `${progress ? '\r\x1b[K' : ''}notice: warning: Chromium (${path}) runs without its sandbox${settings.sandbox ? ' (running as root)' : ' (sandbox turned off)'}.\n`,
        );
    },
    // A line that rewrites itself on a terminal; nothing in logs, where the report says it all.
    ...(progress ? { onProgress: progressLine(io.stderr) } : {}),
  };
  return {
    inputs: requireInputs(settings.inputs, config?.file),
    options,
    ...(config ? { configFile: config.file } : {}),
  };
}

async function runInit(file: string, flags: InitFlags, io: CliIo): Promise<number> {
  const init = await import('../init/index.js');
  const { checkBusinessId } = await import('../finnish/business-id.js');
  if (flags.businessId && checkBusinessId(flags.businessId) !== undefined) {
    throw new NoticeError(
      'BAD_OPTION',
      `--business-id ${flags.businessId} is not a valid Y-tunnus.`,
      'Write it as seven digits, a hyphen and the check digit, as on ytj.fi.',
    );
  }
  let facts: InitFacts = {
    languages: parseList(flags.lang, ['fi', 'sv', 'en'] as const, '--lang'),
    profile: flags.profile,
    kind: flags.kind,
    transfers: flags.transfers,
    dpoDesignated: flags.dpoEmail !== undefined,
    today: new Date().toISOString().slice(0, 10),
    ...definedOnly({
      name: flags.name,
      businessId: flags.businessId,
      street: flags.street,
      postalCode: flags.postalCode,
      city: flags.city,
      email: flags.email,
      phone: flags.phone,
      website: flags.website,
      dpoEmail: flags.dpoEmail,
    }),
  };
  // Questions only where answers can come: a terminal, and not --yes.
  if (io.stdin?.isTTY && !flags.yes) {
    const { interview } = await import('../init/interview.js');
    facts = await interview(facts, io.stdin, io.stdout as unknown as NodeJS.WritableStream);
  }
  const notice = init.starterNotice(facts);
  const text = init.noticeYaml(notice, file, init.sectionDescription);
  // The new notice must be well-formed at once: only its placeholders may be reported.
  const { loadNoticeBytes } = await import('../load/index.js');
  const { validateNotice, hasFormatErrors } = await import('../validate/index.js');
  const findings = await validateNotice(loadNoticeBytes(text, file), { today: facts.today });
  const unexpected = findings.filter((d) => d.severity === 'error' && d.code !== 'PLACEHOLDER_UNFILLED');
  if (hasFormatErrors(unexpected)) {
    throw new NoticeError(
      'INIT_INVALID',
      `The answers give a notice that does not fit the format: ${unexpected[0]!.message}`,
      unexpected[0]!.hint,
    );
  }
  await init.writeNewFile(file, text, { force: flags.force === true });
  const placeholders = findings.filter((d) => d.code === 'PLACEHOLDER_UNFILLED').length;
  const prompts = init.PROMPTS[facts.languages[0]!];
  io.stdout.write(
    `Wrote ${file}: a ${facts.kind} notice in ${facts.languages.join(', ')}, with ${placeholders} TODO placeholder${placeholders === 1 ? '' : 's'} to fill in.\n`,
  );
  for (const d of unexpected) io.stdout.write(`  also to do: ${d.message}\n`);
  if (flags.ci === 'github') {
    const { githubWorkflow } = await import('../init/workflow.js');
    const { dirname } = await import('node:path');
    const workflow = '.github/workflows/notices.yml';
    const target = dirname(file) === '.' ? file : dirname(file);
    await init.writeNewFile(workflow, githubWorkflow(target), { force: flags.force === true });
    io.stdout.write(`Wrote ${workflow}: validates and builds ${target} on every push.\n`);
  }
  io.stdout.write(`${prompts.done}\n  notice validate ${file}\n  notice build ${file}\n`);
  return ExitCode.Ok;
}

function definedOnly<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as {
    [K in keyof T]?: string;
  };
}

interface DoctorFlags {
  chrome?: string;
  sandbox: boolean;
  config?: string | false;
}

async function runDoctorCommand(flags: DoctorFlags, explicit: Set<string>, io: CliIo): Promise<number> {
  const { runDoctor } = await import('../doctor.js');
  const { runSettings } = await import('../config/settings.js');
  const settings = runSettings(
    {
      ...(flags.chrome ? { chrome: flags.chrome } : {}),
      ...(explicit.has('sandbox') ? { sandbox: flags.sandbox } : {}),
    },
    (await projectConfig(flags))?.settings,
  );
  const checks = await runDoctor({
    version: packageVersion(),
    env: io.env,
    noSandbox: !settings.sandbox,
    ...browserChoice(settings),
  });
  for (const check of checks) {
    io.stdout.write(
      `${check.ok ? 'ok  ' : 'FAIL'} ${check.name.padEnd(16)} ${check.detail}\n${check.hint ? `     ${''.padEnd(16)} hint: ${check.hint}\n` : ''}`,
    );
  }
  const ok = checks.every((c) => c.ok);
  io.stdout.write(ok ? 'PDF output works.\n' : 'PDF output does not work yet; see above.\n');
  return ok ? ExitCode.Ok : ExitCode.UsageOrEnvironment;
}

async function runTemplatesCopy(dir: string, flags: { force?: boolean }, io: CliIo): Promise<number> {
  const { copyTemplates } = await import('../templates-copy.js');
  const written = await copyTemplates(dir, { force: flags.force === true });
  io.stdout.write(
    `Copied ${written.length} template files to ${dir}. Use them with: notice build --templates ${dir} ...\n`,
  );
  return ExitCode.Ok;
}

function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const wrong = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length > 0 || items.length === 0) {
    throw new NoticeError(
      'BAD_OPTION',
      `${option} ${value}: ${wrong.length ? `unknown ${wrong.join(', ')}` : 'nothing given'}.`,
      `Choose from: ${allowed.join(', ')} (comma-separated).`,
    );
  }
  return [...new Set(items)] as T[];
}

async function runValidate(paths: string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  const startedAt = performance.now();
  // Loaded here, not at the top: `notice --help` need not load the YAML parser and the rules.
  const { validatePaths } = await import('../validate-paths.js');
  const config = await projectConfig(flags);
  const inputs = requireInputs(paths.length > 0 ? paths : (config?.settings.inputs ?? []), config?.file);
  const profile = flags.profile ?? config?.settings.profile;
  const results = await validatePaths(inputs, {
    ...(profile ? { profile } : {}),
    ...(config?.settings.rules ? { rules: config.settings.rules } : {}),
  });
  return report(results, flags, io, performance.now() - startedAt);
}

/** The configuration file of this run: --config, else the one found upwards from here; none with --no-config. */
async function projectConfig(flags: {
  config?: string | false;
}): Promise<import('../config/index.js').LoadedConfig | undefined> {
  if (flags.config === false) return undefined;
  const { findConfigFile, loadConfig } = await import('../config/index.js');
  const file = typeof flags.config === 'string' ? flags.config : findConfigFile(process.cwd());
  return file === undefined ? undefined : loadConfig(file);
}

function requireInputs(inputs: readonly string[], configFile: string | undefined): string[] {
  if (inputs.length > 0) return [...inputs];
  throw new NoticeError(
    'NO_INPUTS',
    configFile
      ? `Name the notices to use: ${configFile} has no inputs, and none were given.`
      : 'Name the notices to use: no paths were given, and there is no notice.config.yaml here or above with inputs.',
    'For example: notice validate notices/ — or add `inputs: [notices]` to notice.config.yaml.',
  );
}

/** The options given on the command line itself, not taken from commander's defaults. */
function given(command: Command): Set<string> {
  return new Set(Object.keys(command.opts()).filter((key) => command.getOptionValueSource(key) === 'cli'));
}

function addReportOptions(command: Command): Command {
  return command
    .option(
      '--output-file <file>',
      'write the report to this file (in the report format) and a readable one to the console',
    )
    .option('-c, --config <file>', 'the configuration file (default: notice.config.yaml here or in a folder above)')
    .option('--no-config', 'use no configuration file')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only, not warnings or notes')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors');
}

/**
 * Prints the report and turns the findings into the exit code. With
 * --output-file the chosen format goes to the file and the console gets the
 * readable report; a machine format on the console gets its summary on stderr.
 */
async function report(
  results: FileResult[],
  flags: {
    format: ReportFormat;
    outputFile?: string | undefined;
    quiet?: boolean | undefined;
    maxWarnings?: number | undefined;
    color: boolean;
  },
  io: CliIo,
  durationMs: number,
): Promise<number> {
  const shown = flags.quiet
    ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const version = packageVersion();
  if (flags.outputFile !== undefined) {
    const { cannotWrite, writeFileAtomic } = await import('../fs.js');
    const file = flags.outputFile;
    await writeFileAtomic(file, formatReport(flags.format, shown, { color: false, version })).catch(
      (error: unknown) => {
        throw cannotWrite(file, error, 'Create the folder, or name another --output-file.');
      },
    );
  }
  const consoleFormat = flags.outputFile !== undefined ? 'stylish' : flags.format;
  const color = consoleFormat === 'stylish' && useColor(io.stdout, io.env, flags.color);
  io.stdout.write(formatReport(consoleFormat, shown, { color, version, durationMs }));
  if (consoleFormat !== 'stylish' && !flags.quiet) io.stderr.write(`${summaryLine(results, durationMs)}\n`);
  const { errors, warnings } = countDiagnostics(results.flatMap((r) => r.diagnostics));
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

let cachedVersion: string | undefined;

function packageVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}
