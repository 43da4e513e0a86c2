import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { LoadedConfig } from '../config/index.js';
import { NoticeError } from '../errors.js';
import { PROFILES } from '../generated/notice-enums.js';
import { REPORT_FORMATS } from '../report/index.js';

/** Options that validate and build share: the configuration file and the report. */
export interface SharedFlags {
  config?: string | false;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

export function addSharedOptions(command: Command): Command {
  return command
    .option(
      '--output-file <file>',
      'write the report to this file (in the report format) and a readable one to the console',
    )
    .option('-c, --config <file>', 'the configuration file (default: notice.config.yaml here or in a folder above)')
    .option('--no-config', 'use no configuration file')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', wholeNumber)
    .option('-q, --quiet', 'list errors only, not warnings or notes (the summary still counts them)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces of internal errors');
}

export function profileOption(description: string): Option {
  return new Option('-p, --profile <profile>', description).choices(PROFILES);
}

export function reportFormatOption(flags: string, description: string): Option {
  return new Option(flags, description).choices(REPORT_FORMATS).default('stylish');
}

/**
 * A comma-separated option split into its items, each checked against the
 * allowed ones: `--format md,pdf` is ['md', 'pdf'].
 */
export function listOption<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const wrong = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (wrong.length > 0 || items.length === 0) {
    throw new NoticeError(
      'BAD_OPTION',
      `${option} ${value}: ${wrong.length ? `unknown ${wrong.join(', ')}` : 'nothing given'}.`,
      `Choose from: ${allowed.join(', ')} (comma-separated).`,
    );
  }
  return [...new Set(items)] as T[];
}

/** The configuration file of this run: --config, else the one found upwards from here; none with --no-config. */
export async function projectConfig(flags: { config?: string | false }): Promise<LoadedConfig | undefined> {
  if (flags.config === false) return undefined;
  // Loaded here, not at the top: `notice --help` need not load the YAML parser.
  const { findConfigFile, loadConfig } = await import('../config/index.js');
  const file = typeof flags.config === 'string' ? flags.config : findConfigFile(process.cwd());
  return file === undefined ? undefined : loadConfig(file);
}

/**
 * The notices to work on: the paths given, else the configuration's inputs;
 * none is a usage error, whose hint shows `example` (the command as typed here).
 */
export function requireInputs(inputs: readonly string[], configFile: string | undefined, example: string): string[] {
  if (inputs.length > 0) return [...inputs];
  throw new NoticeError(
    'NO_INPUTS',
    configFile
      ? `Name the notices to use: ${configFile} has no inputs, and none were given.`
      : 'Name the notices to use: no paths were given, and there is no notice.config.yaml here or above with inputs.',
    `For example: ${example} notices/ — or add \`inputs: [notices]\` to notice.config.yaml.`,
  );
}

/** The options given on the command line itself, not taken from commander's defaults. */
export function givenOnCommandLine(command: Command): Set<string> {
  return new Set(Object.keys(command.opts()).filter((key) => command.getOptionValueSource(key) === 'cli'));
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number, 0 or more.');
  return Number(value);
}

/**
 * Refuses an --output-file that is one of the files the run reads (a notice,
 * the configuration file): a report must never overwrite its input.
 */
export async function refuseToOverwriteInputs(
  outputFile: string | undefined,
  inputs: readonly string[],
  configFile: string | undefined,
): Promise<void> {
  if (outputFile === undefined) return;
  const { findNoticeFiles } = await import('../notice-files.js');
  // A path that does not exist is reported by the run itself.
  const read = [...(await findNoticeFiles(inputs).catch(() => [])), ...(configFile ? [configFile] : [])];
  const input = read.find((file) => resolve(file) === resolve(outputFile));
  if (input !== undefined) {
    throw new NoticeError(
      'OUTPUT_IS_INPUT',
      `--output-file ${outputFile} is ${input === configFile ? 'the configuration file' : 'a notice'} this run reads; nothing was checked or written.`,
      'Write the report to a file of its own, for example notice-report.json.',
    );
  }
}
