import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, isNoticeError, NoticeError } from './errors.js';
import { packagePath } from './paths.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report/index.js';
import type { FileResult } from './validate-paths.js';

/** What the command needs from the process, so tests can run it in-process. */
export interface CliIo {
  /** Read only by `notice init` on a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

interface BuildFlags {
  format: string;
  chrome?: string;
  sandbox: boolean;
  paper: 'a4' | 'letter';
  lang?: string;
  out: string;
  templates?: string;
  profile?: 'gdpr' | 'hetil';
  report: ReportFormat;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

interface InitFlags {
  name?: string;
  businessId?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  website?: string;
  lang: string;
  profile: 'gdpr' | 'hetil';
  kind: 'customers' | 'newsletter' | 'applicants' | 'employees';
  dpoEmail?: string;
  transfers: 'none' | 'intended';
  yes?: boolean;
  force?: boolean;
  ci?: 'github';
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
    if (isNoticeError(error)) {
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
    .description('Privacy notices (tietosuojaseloste / rekisteriseloste) from YAML: check them against the GDPR and Finnish law, and render them to Markdown, HTML and PDF.')
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

  program
    .command('build')
    .summary('render notices to Markdown, HTML and PDF')
    .description(
      'Validate each notice, then render it in each of its languages. A notice with format errors is not built; ' +
        'legal-completeness findings do not stop the build, but the exit code still says whether the input is clean (1 on errors).\n\n' +
        'Output files: OUT/<name>.<lang>.md, .html and .fragment.html, <name> being the file name without .yaml.',
    )
    .argument('<paths...>', 'notice files, or folders to search for *.yaml and *.yml')
    .option('-f, --format <formats>', 'comma-separated outputs: md, html, html-fragment', 'md,html')
    .option('-l, --lang <languages>', 'comma-separated languages to build (default: every language the notice declares)')
    .option('-o, --out <dir>', 'output folder', 'build')
    .option('-t, --templates <dir>', 'folder of templates that replace the built-in ones of the same name')
    .addOption(new Option('-p, --profile <profile>', 'validate and render as this profile instead of the file\'s own').choices(['gdpr', 'hetil']))
    .option('--chrome <path>', 'the Chromium or Chrome to print PDFs with (else NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, known paths)')
    .option('--no-sandbox', 'run Chromium without its sandbox (always so as root on Linux, where it cannot start)')
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter']).default('a4'))
    .addOption(new Option('-r, --report <format>', 'report format for the findings').choices(REPORT_FORMATS).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', '\nExamples:\n  notice build examples/\n  notice build notices/ --format md,html,html-fragment --lang fi,sv --out public/\n  notice build customers.yaml --templates my-templates/')
    .action(async (paths: string[], flags: BuildFlags) => setExitCode(await runBuild(paths, flags, io)));

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
    .addOption(new Option('-k, --kind <kind>', 'kind of register, for the starting content').choices(['customers', 'newsletter', 'applicants', 'employees']).default('customers'))
    .option('--dpo-email <email>', 'a data protection officer is designated; their e-mail address')
    .addOption(new Option('--transfers <status>', 'is data transferred outside the EU/EEA').choices(['none', 'intended']).default('none'))
    .option('-y, --yes', 'ask nothing: take the options and defaults (also when not on a terminal)')
    .option('--force', 'replace the file (and the workflow) if they exist')
    .addOption(new Option('--ci <system>', 'also write a CI workflow that validates and builds the notices').choices(['github']))
    .addHelpText('after', '\nExamples:\n  notice init\n  notice init notices/customers.yaml --name "Esimerkki Oy" --business-id 0723069-3 --lang fi,sv --kind customers --yes\n  notice init notices/newsletter.yaml --kind newsletter --ci github')
    .action(async (file: string, flags: InitFlags) => setExitCode(await runInit(file, flags, io)));

  program
    .command('doctor')
    .summary('check that PDF output works here')
    .description('Check what PDF output needs: finds the browser, shows its version, sandbox mode and the font, and prints a test page. Exit 0 when it prints, 2 when not.')
    .option('--chrome <path>', 'the Chromium or Chrome to check')
    .option('--no-sandbox', 'check running Chromium without its sandbox')
    .action(async (flags: { chrome?: string; sandbox: boolean }) => setExitCode(await runDoctorCommand(flags, io)));

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

async function runBuild(paths: string[], flags: BuildFlags, io: CliIo): Promise<number> {
  const { buildNotices, OUTPUT_FORMATS } = await import('./build.js');
  const formats = parseList(flags.format, OUTPUT_FORMATS, '--format');
  const languages = flags.lang === undefined ? undefined : parseList(flags.lang, ['fi', 'sv', 'en'] as const, '--lang');
  const progress = io.stderr.isTTY === true && flags.report === 'stylish' && !flags.quiet;
  const results = await buildNotices(paths, {
    out: flags.out, formats, version: packageVersion(), env: io.env,
    ...(languages ? { languages } : {}), ...(flags.templates ? { templates: flags.templates } : {}), ...(flags.profile ? { profile: flags.profile } : {}),
    pdf: { paper: flags.paper, noSandbox: !flags.sandbox, env: io.env, ...(flags.chrome ? { flag: flags.chrome } : {}) },
    onBrowserStart: ({ path, sandboxOff }) => {
      if (sandboxOff) io.stderr.write(`notice: warning: Chromium (${path}) runs without its sandbox${flags.sandbox ? ' (running as root)' : ' (--no-sandbox)'}.\n`);
    },
    // A line that rewrites itself on a terminal; nothing in logs, where the report says it all.
    ...(progress ? { onProgress: (done: number, total: number) => io.stderr.write(`\rPrinting PDFs: ${done}/${total}${done === total ? '\n' : ''}`) } : {}),
  });
  return report(results, { format: flags.report, quiet: flags.quiet, maxWarnings: flags.maxWarnings, color: flags.color }, io);
}

async function runInit(file: string, flags: InitFlags, io: CliIo): Promise<number> {
  const init = await import('./init/index.js');
  const { checkBusinessId } = await import('./finnish/business-id.js');
  if (flags.businessId && checkBusinessId(flags.businessId) !== undefined) {
    throw new NoticeError('BAD_OPTION', `--business-id ${flags.businessId} is not a valid Y-tunnus.`, 'Write it as seven digits, a hyphen and the check digit, as on ytj.fi.');
  }
  let facts: import('./init/index.js').InitFacts = {
    languages: parseList(flags.lang, ['fi', 'sv', 'en'] as const, '--lang'),
    profile: flags.profile, kind: flags.kind, transfers: flags.transfers,
    dpoDesignated: flags.dpoEmail !== undefined,
    today: new Date().toISOString().slice(0, 10),
    ...definedOnly({ name: flags.name, businessId: flags.businessId, street: flags.street, postalCode: flags.postalCode, city: flags.city, email: flags.email, phone: flags.phone, website: flags.website, dpoEmail: flags.dpoEmail }),
  };
  // Questions only where answers can come: a terminal, and not --yes.
  if (io.stdin?.isTTY && !flags.yes) {
    const { interview } = await import('./init/interview.js');
    facts = await interview(facts, io.stdin, io.stdout as unknown as NodeJS.WritableStream);
  }
  const notice = init.starterNotice(facts);
  const text = init.noticeYaml(notice, file, init.sectionDescription);
  // The new notice must be well-formed at once: only its placeholders may be reported.
  const { loadNoticeBytes } = await import('./load/index.js');
  const { validateNotice } = await import('./validate/index.js');
  const findings = await validateNotice(loadNoticeBytes(text, file), { today: facts.today });
  const unexpected = findings.filter((d) => d.severity === 'error' && d.code !== 'PLACEHOLDER_UNFILLED');
  if (unexpected.some((d) => d.rule === undefined)) {
    throw new NoticeError('INIT_INVALID', `The answers give a notice that does not fit the format: ${unexpected[0]!.message}`, unexpected[0]!.hint);
  }
  await init.writeNewFile(file, text, { force: flags.force === true });
  const placeholders = findings.filter((d) => d.code === 'PLACEHOLDER_UNFILLED').length;
  const prompts = init.PROMPTS[facts.languages[0]!];
  io.stdout.write(`Wrote ${file}: a ${facts.kind} notice in ${facts.languages.join(', ')}, with ${placeholders} TODO placeholder${placeholders === 1 ? '' : 's'} to fill in.\n`);
  for (const d of unexpected) io.stdout.write(`  also to do: ${d.message}\n`);
  if (flags.ci === 'github') {
    const { githubWorkflow } = await import('./init/workflow.js');
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
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof T]?: string };
}

async function runDoctorCommand(flags: { chrome?: string; sandbox: boolean }, io: CliIo): Promise<number> {
  const { runDoctor } = await import('./doctor.js');
  const checks = await runDoctor({ version: packageVersion(), env: io.env, noSandbox: !flags.sandbox, ...(flags.chrome ? { flag: flags.chrome } : {}) });
  for (const check of checks) {
    io.stdout.write(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name.padEnd(16)} ${check.detail}\n${check.hint ? `     ${''.padEnd(16)} hint: ${check.hint}\n` : ''}`);
  }
  const ok = checks.every((c) => c.ok);
  io.stdout.write(ok ? 'PDF output works.\n' : 'PDF output does not work yet; see above.\n');
  return ok ? ExitCode.Ok : ExitCode.UsageOrEnvironment;
}

async function runTemplatesCopy(dir: string, flags: { force?: boolean }, io: CliIo): Promise<number> {
  const { copyTemplates } = await import('./templates-copy.js');
  const written = await copyTemplates(dir, { force: flags.force === true });
  io.stdout.write(`Copied ${written.length} template files to ${dir}. Use them with: notice build --templates ${dir} ...\n`);
  return ExitCode.Ok;
}

function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  const wrong = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length > 0 || items.length === 0) {
    throw new NoticeError('BAD_OPTION', `${option} ${value}: ${wrong.length ? `unknown ${wrong.join(', ')}` : 'nothing given'}.`, `Choose from: ${allowed.join(', ')} (comma-separated).`);
  }
  return [...new Set(items)] as T[];
}

async function runValidate(paths: string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  // Loaded here, not at the top: `notice --help` need not load the YAML parser and the rules.
  const { validatePaths } = await import('./validate-paths.js');
  const results = await validatePaths(paths, flags.profile ? { profile: flags.profile } : {});
  return report(results, flags, io);
}

/** Prints the report and turns the findings into the exit code. */
function report(results: FileResult[], flags: { format: ReportFormat; quiet?: boolean | undefined; maxWarnings?: number | undefined; color: boolean }, io: CliIo): number {
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
