import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { hashOf } from '../hash.js';
import { isMap, LineCounter } from 'yaml';
import { printable, QUOTED_LENGTH, type Diagnostic } from '../diagnostics.js';
import { firstInvalidUtf8Byte, positionOfByte } from './decode.js';
import { isFile, isPartFileName, mergeParts, type PartUsed, type ReadPart } from './extends.js';
import { createLocator, type Locator } from './locate.js';
import { parseYaml } from './parse.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_EXPANDED_CHARS, MAX_FILE_BYTES } from './limits.js';
import {
  describeKind,
  fileProblem,
  structureProblem,
  TAG_CODES,
  tagProblem,
  tooDeep,
  yamlProblem,
} from './problems.js';
import { checkStructure } from './structure.js';

export type { Locator } from './locate.js';
export { isPartFileName, mergeData, type PartUsed } from './extends.js';

export { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_EXPANDED_CHARS, MAX_FILE_BYTES } from './limits.js';

/** A YAML file read into plain data, with a way back from data paths to positions. */
export interface LoadedNotice {
  file: string;
  /** The text as parsed: BOM removed, line ends normalised to `\n`. */
  text: string;
  /** The parsed data; `undefined` when the file could not be read as a YAML mapping. */
  data: Record<string, unknown> | undefined;
  locate: Locator;
  /** Problems found while reading; any error here means `data` is not to be trusted. */
  diagnostics: Diagnostic[];
  /**
   * The shared parts (`extends:`) merged into `data`, each once, with the hash
   * of the bytes read; empty when the file extends nothing.
   */
  parts: PartUsed[];
  /** True for a shared part named on its own (`_organisation.yaml`): it is checked as a fragment of a notice. */
  part?: true;
}

/** Reads a notice file; a file that cannot be read is a load with that problem. */
export async function loadNotice(file: string): Promise<LoadedNotice> {
  const bytes = await readNoticeBytes(file);
  return bytes instanceof Uint8Array ? loadNoticeBytes(bytes, file) : bytes;
}

/**
 * Reads a notice file's bytes without parsing them (a build that finds the
 * file unchanged need not parse it); a file too large to read is returned as
 * the failed load that reports it, as is a file that cannot be read.
 */
export async function readNoticeBytes(file: string): Promise<Uint8Array | LoadedNotice> {
  return readNoticeBytesSync(file);
}

function readNoticeBytesSync(file: string): Uint8Array | LoadedNotice {
  // Synchronous reads: a notice is a few kilobytes, and a build reads hundreds
  // of them one after another, where each trip to libuv's thread pool costs
  // more than the read itself.
  let size: number;
  try {
    const info = statSync(file);
    // Reading a FIFO would wait for a writer forever; a device is not a notice either.
    if (!info.isFile()) {
      return failed(
        file,
        fileProblem(
          file,
          'FILE_NOT_REGULAR',
          'This is not a regular file (a folder, a pipe or a device).',
          NOT_A_NOTICE,
        ),
      );
    }
    size = info.size;
  } catch (error) {
    return unreadable(file, error);
  }
  if (size > MAX_FILE_BYTES) {
    return failed(
      file,
      fileProblem(
        file,
        'FILE_TOO_LARGE',
        `The file is ${size} bytes; notice reads files of at most ${MAX_FILE_BYTES} bytes.`,
        'A notice is a few kilobytes: check that this is the right file.',
      ),
    );
  }
  try {
    return readFileSync(file);
  } catch (error) {
    return unreadable(file, error);
  }
}

const NOT_A_NOTICE = 'Remove it from the folder of notices, or name the notices to check one by one.';

/**
 * A file that a folder search found but that cannot be read (a link to
 * nothing, a loop of links, no permission): a problem of that file, reported
 * with the others, never the end of the whole run.
 */
function unreadable(file: string, error: unknown): LoadedNotice {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ELOOP' ? 'its links lead round in a loop' : describeFsError(error);
  return failed(file, fileProblem(file, 'FILE_UNREADABLE', `The file cannot be read: ${why}.`, NOT_A_NOTICE));
}

/** The text of a notice's bytes as the loader sees it (BOM removed, `\n` line ends), for code frames. */
export function noticeText(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

/**
 * Parses notice text or bytes already in memory; `file` is only used in
 * diagnostics and to find its parts. `readFile` reads the parts from
 * elsewhere than the disk (a git revision); it returns undefined for a file
 * that is not there.
 */
export function loadNoticeBytes(
  input: Uint8Array | string,
  file: string,
  readFile?: (file: string) => Uint8Array | undefined,
): LoadedNotice {
  const own = parseBytes(input, file);
  const part = isPartFileName(basename(file)) ? ({ part: true } as const) : {};
  if (own.data === undefined || own.data['extends'] === undefined) return { ...own, ...part };
  const read = readFile ? partReadFrom(readFile) : readPart;
  return { ...own, ...mergeParts(file, own.data, own.locate, read), ...part };
}

function partReadFrom(readFile: (file: string) => Uint8Array | undefined): (file: string) => ReadPart | undefined {
  return (file) => {
    const bytes = readFile(file);
    if (bytes === undefined) return undefined;
    const loaded = parseBytes(bytes, file);
    return { data: loaded.data, locate: loaded.locate, diagnostics: loaded.diagnostics, hash: hashOf(bytes) };
  };
}

/** A file's own data, before any part is merged in. */
function parseBytes(input: Uint8Array | string, file: string): LoadedNotice {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.length > MAX_FILE_BYTES) {
      return failed(
        file,
        fileProblem(
          file,
          'FILE_TOO_LARGE',
          `The file is ${input.length} bytes; notice reads files of at most ${MAX_FILE_BYTES} bytes.`,
        ),
      );
    }
    const bad = firstInvalidUtf8Byte(input);
    if (bad >= 0) {
      const at = positionOfByte(input, bad);
      return failed(file, {
        ...fileProblem(
          file,
          'FILE_NOT_UTF8',
          `The file is not valid UTF-8: byte 0x${input[bad]!.toString(16).padStart(2, '0')} cannot start or continue a character.`,
          'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
        ),
        ...at,
      });
    }
    text = new TextDecoder('utf-8').decode(input);
  }
  // A BOM and CRLF line ends are common from Windows editors and mean nothing.
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { ...parseNoticeText(text, file), parts: [] };
}

/** A part read through the same loader, and so under the same limits, as a notice. */
function readPart(file: string): ReadPart | undefined {
  if (!isFile(file)) return undefined;
  const bytes = readNoticeBytesSync(file);
  if (!(bytes instanceof Uint8Array)) return { ...bytes, hash: undefined };
  const loaded = parseBytes(bytes, file);
  return { data: loaded.data, locate: loaded.locate, diagnostics: loaded.diagnostics, hash: hashOf(bytes) };
}

function parseNoticeText(text: string, file: string): Omit<LoadedNotice, 'parts'> {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Read the nesting of the raw tokens first: the parser and composer recurse once per level.
  const parsed = parseYaml(text, lineCounter, PARSER_NESTING_LIMIT);
  if (parsed.tooDeepAt !== undefined)
    return { file, text, data: undefined, locate: NOWHERE, diagnostics: [tooDeep(file, at(parsed.tooDeepAt))] };
  const doc = parsed.docs[0];
  if (!doc || doc.contents === null) {
    return failed(
      file,
      fileProblem(
        file,
        'FILE_EMPTY',
        'The file is empty.',
        'Start from `notice init`, which writes a new notice to fill in.',
      ),
    );
  }
  const locate = createLocator(doc, lineCounter);
  const problems = [
    ...parsed.tags.map((tag) => tagProblem(file, tag.source, at(tag.offset))),
    ...[...doc.errors, ...doc.warnings].filter((e) => !TAG_CODES.has(e.code)).map((e) => yamlProblem(file, e, at)),
  ];
  // One mistake (an unclosed bracket) often yields the same complaint twice.
  const said = new Set<string>();
  const diagnostics = problems.filter((d) => {
    const key = `${d.code}\n${d.message}`;
    if (d.code !== 'YAML_UNKNOWN_TAG' && said.has(key)) return false;
    said.add(key);
    return true;
  });
  if (parsed.docs.length > 1) {
    diagnostics.push({
      ...fileProblem(
        file,
        'YAML_MULTIPLE_DOCUMENTS',
        `The file holds ${parsed.docs.length} YAML documents; a notice file holds one.`,
        'Put each notice in a file of its own; remove the `---` line.',
      ),
      ...at(parsed.docs[1]!.range[0]),
    });
  }
  if (diagnostics.length > 0) return { file, text, data: undefined, locate, diagnostics };

  if (!isMap(doc.contents)) {
    const problem = fileProblem(
      file,
      'YAML_NOT_MAPPING',
      `The top level of a notice must be a mapping of keys (notice:, controller:, ...), not ${describeKind(doc.contents)}.`,
      'Start the file with `notice:` and the other sections as keys, as `notice init` writes them.',
    );
    return { file, text, data: undefined, locate, diagnostics: [{ ...problem, ...locate.valueAt([]) }] };
  }
  const structure = checkStructure(doc, {
    maxDepth: MAX_DEPTH,
    maxExpandedChars: MAX_EXPANDED_CHARS,
    maxAliases: MAX_ALIAS_COUNT,
  });
  if (structure.length > 0)
    return { file, text, data: undefined, locate, diagnostics: structure.map((p) => structureProblem(file, p, at)) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const problem = fileProblem(
      file,
      'YAML_ALIAS_LIMIT',
      `The file expands aliases (*name) more than ${MAX_ALIAS_COUNT} times.`,
      'Write the values out instead of nesting aliases.',
    );
    if (!(error instanceof ReferenceError))
      problem.message = `The file cannot be turned into data: ${printable((error as Error).message, QUOTED_LENGTH)}`;
    return { file, text, data: undefined, locate, diagnostics: [problem] };
  }
  return { file, text, data: data as Record<string, unknown>, locate, diagnostics: [] };
}

/**
 * The parse stops when yaml's parser holds more open collections than this. It
 * holds about one per level of nesting, so a file stopped here nests deeper than
 * MAX_DEPTH for certain; one within it is measured exactly afterwards.
 */
const PARSER_NESTING_LIMIT = 2 * MAX_DEPTH;

const NOWHERE: Locator = {
  valueAt: () => ({ line: 1, column: 1 }),
  keyAt: () => ({ line: 1, column: 1 }),
  sourceAt: () => undefined,
};

function failed(file: string, diagnostic: Diagnostic): LoadedNotice {
  return { file, text: '', data: undefined, locate: NOWHERE, diagnostics: [diagnostic], parts: [] };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file (a link to a file that is gone?)';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
