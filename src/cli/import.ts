import { Option, type Command } from 'commander';
import { NoticeError } from '../errors.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language, Profile } from '../generated/notice-types.js';
import type { ImportResult } from '../import/index.js';
import type { PreparedFile } from '../fs.js';
import type { FileResult } from '../results.js';
import type { CommandContext } from './io.js';
import { profileOption } from './options.js';

const IMPORT_REPORT_FORMATS = ['stylish', 'json'] as const;
type ImportReportFormat = (typeof IMPORT_REPORT_FORMATS)[number];

export interface ImportFlags {
  out?: string;
  outputFile?: string;
  lang?: Language;
  profile?: Profile;
  force?: boolean;
  report?: boolean;
  format: ImportReportFormat;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

/** `notice import FILE...`: an existing notice (text, Markdown, HTML, Word, PDF) as a YAML draft, then validated. */
export function addImportCommand(program: Command, context: CommandContext): void {
  program
    .command('import')
    .summary('turn existing notices (text, Markdown, HTML, Word, PDF) into notice YAML')
    .description(
      'Read each existing privacy notice and write it as a notice YAML file that passes the format checks, keeping ' +
        'every sentence: what is recognised goes to its field, the rest is kept as free text in the nearest section. ' +
        'Then validate what was written, as `notice validate` does, to list what the old notice lacks.\n\n' +
        'Inputs: plain text (.txt), Markdown (.md), HTML (a saved web page), Word (.docx), and PDF when ' +
        "poppler's pdftotext is installed. No network, no language model: the same file gives the same bytes.\n\n" +
        'Output: NAME.yaml beside each input, or in --out DIR, or the file -o names (one input only). An existing ' +
        'file is never replaced without --force.\n\n' +
        'Exit codes: 0 no errors in the notices written, 1 errors found (the YAML is still written), ' +
        '2 usage or environment error (nothing written).',
    )
    .argument('<files...>', 'the notices to import')
    .option('--out <dir>', 'write each NAME.yaml into this folder (created if missing)')
    .option('-o, --output-file <file>', 'write the YAML to this file (only with one input)')
    .addOption(
      new Option('-l, --lang <language>', "the notice's language (default: recognised from the text)").choices(
        LANGUAGES,
      ),
    )
    .addOption(profileOption('the profile to write (default: inferred from the law the notice cites and its date)'))
    .option('--force', 'replace YAML files that exist')
    .option('--report', "after each file, list where each of the input's lines went, and what was kept as free text")
    .addOption(
      new Option('-f, --format <format>', 'report format: stylish, or json (the whole import report)')
        .choices(IMPORT_REPORT_FORMATS)
        .default('stylish'),
    )
    .option('-q, --quiet', 'list errors only, not warnings or notes (the summary still counts them)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice import rekisteriseloste.txt',
        '  notice import --report tietosuojaseloste.html          # then check the lines kept as free text',
        '  notice import old/*.docx old/*.pdf --out notices/',
        '  notice import seloste.pdf -o notices/customers.yaml --profile gdpr',
        '  notice import --format json notice.md > import-report.json',
      ].join('\n'),
    )
    .action(async (files: string[], flags: ImportFlags) => context.exit(await runImport(files, flags, context)));
}

async function runImport(inputs: string[], flags: ImportFlags, { io, version }: CommandContext): Promise<number> {
  const startedAt = performance.now();
  const { dirname, join, basename, resolve } = await import('node:path');
  const { mkdir, stat } = await import('node:fs/promises');
  const { cannotWrite, prepareFileAtomic, syncFolder } = await import('../fs.js');
  const { defaultOutput, importFile } = await import('../import/index.js');

  if (flags.out !== undefined && flags.outputFile !== undefined) {
    throw new NoticeError('BAD_OPTION', '--out and --output-file do not go together.', usageHint);
  }
  if (flags.outputFile !== undefined && inputs.length > 1) {
    throw new NoticeError(
      'BAD_OPTION',
      `--output-file names one file, but ${inputs.length} notices were given.`,
      'Use --out DIR to write one YAML file per notice into a folder.',
    );
  }
  const outputs = inputs.map((input) =>
    flags.outputFile !== undefined
      ? flags.outputFile
      : flags.out !== undefined
        ? join(flags.out, basename(defaultOutput(input)))
        : defaultOutput(input),
  );

  // Everything is checked before anything is read or written: a refused run leaves every file as it was.
  // Asked of the disk all at once (a batch of 500 files waited for 1000 answers one by one), reported in order.
  const infos = await Promise.all(inputs.map((input) => stat(input).catch(() => undefined)));
  const exists = flags.force
    ? undefined
    : await Promise.all(
        outputs.map((output) =>
          stat(output).then(
            () => true,
            () => false,
          ),
        ),
      );
  for (const [index, input] of inputs.entries()) {
    const info = infos[index];
    if (!info?.isFile()) {
      throw new NoticeError(
        'INPUT_UNREADABLE',
        `${input} ${info ? 'is not a file' : 'does not exist'}. Nothing was written.`,
        'Name the notice files to import (text, Markdown, HTML, Word or PDF), one by one.',
      );
    }
  }
  const seen = new Map<string, string>();
  const read = new Set(inputs.map((input) => resolve(input)));
  for (const [index, output] of outputs.entries()) {
    const input = inputs[index]!;
    if (read.has(resolve(output))) {
      throw new NoticeError(
        'OUTPUT_IS_INPUT',
        `${output} is a notice this run reads; importing ${input} would replace it. Nothing was written.`,
        'Write the YAML elsewhere: --out DIR, or -o FILE.',
      );
    }
    const earlier = seen.get(resolve(output));
    if (earlier !== undefined) {
      throw new NoticeError(
        'OUTPUT_CLASH',
        `${earlier} and ${input} would both be written to ${output}. Nothing was written.`,
        'Import them in two runs with different --out folders, or rename one of them.',
      );
    }
    seen.set(resolve(output), input);
    if (exists?.[index]) {
      throw new NoticeError(
        'WOULD_OVERWRITE',
        `${output} already exists; it was left as it is, and nothing was written.`,
        'Add --force to replace it, or write elsewhere with --out DIR (or -o FILE).',
        { cause: { file: output } },
      );
    }
  }

  // The folders first, so that each YAML can be written beside its place while the next notice is read: a
  // batch's writes wait for the disk (fsync) meanwhile, not after. Each goes to a temporary file, put in its
  // place only once every notice has been imported and written: a run that fails leaves every file as it was,
  // and removes the folders it made.
  const made: string[] = [];
  for (const folder of new Set(outputs.map((output) => dirname(output)))) {
    const first = await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw cannotWrite(folder, error, 'Create the folder, or choose another with --out.');
    });
    // From the folder up to the first one made: removed deepest first.
    if (first !== undefined) {
      let step = resolve(folder);
      made.push(step);
      while (step !== resolve(first) && dirname(step) !== step) made.push((step = dirname(step)));
    }
  }
  const results: ImportResult[] = [];
  const prepared: Promise<PreparedFile>[] = [];
  const writing = new Set<Promise<unknown>>();
  try {
    for (const [index, input] of inputs.entries()) {
      const result = await importFile(input, {
        file: outputs[index]!,
        ...(flags.lang ? { language: flags.lang } : {}),
        ...(flags.profile ? { profile: flags.profile } : {}),
      });
      results.push(result);
      const output = outputs[index]!;
      const write = prepareFileAtomic(output, result.yaml).catch((error: unknown) => {
        throw cannotWrite(output, error, 'Create the folder, or choose another with --out.');
      });
      prepared.push(write);
      const settled: Promise<unknown> = write.then(
        () => writing.delete(settled),
        () => writing.delete(settled),
      );
      writing.add(settled);
      // Let the finished writes report back (the reading is synchronous work); wait when enough are under way.
      if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
      else await new Promise((next) => setImmediate(next));
    }
  } catch (error) {
    await discard(prepared, made);
    throw error;
  }
  // The notices are checked from the very text being written, as `notice validate` would check the files.
  const checked = validateTexts(outputs, results);
  const files = await Promise.allSettled(prepared);
  const failed = files.find((file) => file.status === 'rejected');
  if (failed) {
    await checked.catch(() => undefined);
    await discard(prepared, made);
    throw failed.reason;
  }
  const placed = Promise.all(files.map((file) => (file as PromiseFulfilledResult<PreparedFile>).value.commit()))
    .then(() => Promise.all([...new Set(outputs.map((output) => dirname(output)))].map((folder) => syncFolder(folder))))
    .catch((error: unknown) => {
      throw cannotWrite(outputs[0]!, error, 'Check the folder and its permissions.');
    });
  // Both settle before either's failure is reported: no write is left running behind an error.
  const [placing, checking] = await Promise.allSettled([placed, checked]);
  if (placing.status === 'rejected') throw placing.reason;
  if (checking.status === 'rejected') throw checking.reason;
  const findings = checking.value;
  const run = { version, durationMs: performance.now() - startedAt };
  const { importReport } = await import('../report/import.js');
  if (flags.format === 'json') {
    // One JSON document on stdout; the summary line on stderr, as `validate --format json` does.
    const report = importReport(results, outputs, findings, { errorsOnly: flags.quiet === true });
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const { summaryLine } = await import('../report/summary.js');
    if (!flags.quiet) io.stderr.write(`${summaryLine(findings, run.durationMs)}\n`);
    const { verdictOf } = await import('../results.js');
    return verdictOf(findings).exitCode;
  }
  if (flags.report) {
    const { formatPlacements } = await import('../report/import.js');
    const { useColor } = await import('./io.js');
    const color = useColor(io.stdout, io.env, flags.color);
    for (const [index, result] of results.entries()) io.stdout.write(formatPlacements(result, outputs[index]!, color));
  }
  const { printReport } = await import('./report.js');
  return printReport(findings, { format: 'stylish', quiet: flags.quiet, color: flags.color }, io, run);
}

/** The findings of each YAML text as `notice validate` gives them for the file it is written to. */
async function validateTexts(outputs: readonly string[], results: readonly ImportResult[]): Promise<FileResult[]> {
  const { loadNoticeBytes } = await import('../load/index.js');
  const { validateNotice } = await import('../validate/index.js');
  const findings: FileResult[] = [];
  for (const [index, file] of outputs.entries()) {
    const loaded = loadNoticeBytes(results[index]!.yaml, file);
    findings.push({ file, text: loaded.text, diagnostics: await validateNotice(loaded) });
  }
  return findings;
}

/** After a failed run: the temporary files written removed, and the folders made for the run (if they are empty). */
async function discard(prepared: readonly Promise<PreparedFile>[], made: readonly string[]): Promise<void> {
  const { rmdir } = await import('node:fs/promises');
  for (const file of await Promise.allSettled(prepared)) if (file.status === 'fulfilled') await file.value.discard();
  for (const folder of made) await rmdir(folder).catch(() => undefined);
}

/** How many YAML files are written at once. */
const WRITES_AT_ONCE = 16;

const usageHint = 'Use --out DIR for a folder of YAML files, or -o FILE for one.';
