import { Option, type Command } from 'commander';
import { DEFAULT_OUT } from '../config/settings.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import type { ReportFormat } from '../report/index.js';
import { ROPA_FORMATS as FORMATS } from '../ropa/formats.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';
import {
  addSharedOptions,
  givenOnCommandLine,
  listOption,
  projectConfig,
  refuseToOverwriteInputs,
  reportFormatOption,
  requireInputs,
  type SharedFlags,
} from './options.js';
import { printReport } from './report.js';

interface RopaFlags extends SharedFlags {
  format: string;
  lang?: Language;
  out: string;
  report: ReportFormat;
  force?: boolean;
}

/** `notice ropa [paths...]`: each controller's record of processing activities (GDPR Art. 30(1)) from its registers. */
export function addRopaCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('ropa')
    .summary('write the record of processing activities (GDPR Art. 30) from the registers')
    .description(
      'Make the record of processing activities (seloste käsittelytoimista, GDPR Art. 30(1)) of each controller ' +
        'from its registers: the notices are grouped by the controller’s business ID (else its name), and each ' +
        'register is a row. Written as OUT/ropa-<business ID or name>.<csv|xlsx|html>.\n\n' +
        'What a register lacks for Art. 30(1) is reported at its file:line:column (ROPA_* codes) and said in its ' +
        'cell; exit 1 when there are errors. A file in OUT that notice ropa did not write (or that was changed ' +
        'since) is replaced only with --force.',
    )
    .argument(
      '[paths...]',
      'notice files, or folders to search for *.yaml and *.yml (default: the inputs of notice.config.yaml)',
    )
    .option('-f, --format <formats>', `comma-separated outputs: ${FORMATS.join(', ')}`, FORMATS.join(','))
    .addOption(
      new Option(
        '-l, --lang <language>',
        "the record's language (default: the first language of the controller's first register)",
      ).choices(LANGUAGES),
    )
    .option('-o, --out <dir>', 'output folder (default: out of notice.config.yaml, else build)', DEFAULT_OUT)
    .option('--force', 'replace files in the output folder that notice ropa did not write')
    .addOption(reportFormatOption('-r, --report <format>', 'report format for the gaps found'));
  addSharedOptions(command)
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice ropa notices/',
        '  notice ropa clients/esimerkki-oy/ --format xlsx --lang sv --out records/',
      ].join('\n'),
    )
    .action(async (paths: string[], flags: RopaFlags, self: Command) =>
      context.exit(await runRopa(paths, flags, givenOnCommandLine(self), context)),
    );
}

async function runRopa(
  paths: string[],
  flags: RopaFlags,
  given: Set<string>,
  context: CommandContext,
): Promise<number> {
  const { io, version } = context;
  const startedAt = performance.now();
  const formats = listOption(flags.format, FORMATS, '--format');
  const config = await projectConfig(flags);
  const inputs = requireInputs(
    paths.length > 0 ? paths : (config?.settings.inputs ?? []),
    config?.file,
    `${commandToType(io.env)} ropa`,
  );
  await refuseToOverwriteInputs(flags.outputFile, inputs, config?.file);
  const out = given.has('out') ? flags.out : (config?.settings.out ?? DEFAULT_OUT);
  // Loaded here, not at the top: `notice --help` need not load the YAML parser or exceljs.
  const { findNoticeFiles } = await import('../notice-files.js');
  const { loadNotice } = await import('../load/index.js');
  const { recordOfProcessing } = await import('../ropa/index.js');
  const { writeRecords } = await import('../ropa/write.js');
  const notices = [];
  for (const file of await findNoticeFiles(inputs)) notices.push(await loadNotice(file));
  const { records, results } = await recordOfProcessing(notices, {
    ...(flags.lang ? { language: flags.lang } : {}),
    ...(io.env['SOURCE_DATE_EPOCH'] !== undefined ? { sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'] } : {}),
    version,
  });
  await writeRecords(records, { out, formats, ...(flags.force ? { force: true } : {}) });
  return printReport(results, { ...flags, format: flags.report }, io, {
    version,
    durationMs: performance.now() - startedAt,
  });
}
