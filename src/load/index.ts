import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { firstInvalidUtf8Byte, positionOfByte } from './decode.js';
import { createLocator, type Locator } from './locate.js';

export type { Locator } from './locate.js';

/** Files larger than this are refused before parsing: a notice is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused: a notice needs about eight levels. */
export const MAX_DEPTH = 64;
/** Aliases (`*name`) expanded at most this many times, against "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

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

/** Parses notice text or bytes already in memory; `file` is only used in diagnostics. */
export function loadNoticeBytes(input: Uint8Array | string, file: string): LoadedNotice {
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
  return parseNoticeText(text, file);
}

function parseNoticeText(text: string, file: string): LoadedNotice {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    logLevel: 'silent',
    merge: false,
  });
  const doc = docs[0];
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
  const problems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(file, e));
  // One mistake (an unclosed bracket, deep nesting) often yields the same complaint twice.
  const diagnostics = problems.filter(
    (d, i) => problems.findIndex((o) => o.code === d.code && o.message === d.message) === i,
  );
  if (docs.length > 1) {
    const { line, col } = lineCounter.linePos(docs[1]!.range[0]);
    diagnostics.push({
      ...fileProblem(
        file,
        'YAML_MULTIPLE_DOCUMENTS',
        `The file holds ${docs.length} YAML documents; a notice file holds one.`,
        'Put each notice in a file of its own; remove the `---` line.',
      ),
      line,
      column: col,
    });
  }
  if (diagnostics.length > 0) return { file, text, data: undefined, locate, diagnostics };

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
      problem.message = `The file cannot be turned into data: ${(error as Error).message}`;
    return { file, text, data: undefined, locate, diagnostics: [problem] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      file,
      text,
      data: undefined,
      locate,
      diagnostics: [
        {
          ...fileProblem(
            file,
            'YAML_NOT_MAPPING',
            `The top level of a notice must be a mapping of keys (notice:, controller:, ...), not ${describeKind(data)}.`,
            'Start the file with `notice:` and the other sections as keys, as `notice init` writes them.',
          ),
          ...locate.valueAt([]),
        },
      ],
    };
  }
  if (depthOf(data) > MAX_DEPTH) {
    return {
      file,
      text,
      data: undefined,
      locate,
      diagnostics: [
        {
          ...fileProblem(
            file,
            'YAML_TOO_DEEP',
            `The data is nested more than ${MAX_DEPTH} levels deep.`,
            'A notice needs only a few levels: check the indentation.',
          ),
          ...locate.valueAt([]),
        },
      ],
    };
  }
  return { file, text, data: data as Record<string, unknown>, locate, diagnostics: [] };
}

const YAML_CODES: Record<string, { code: string; hint?: string }> = {
  DUPLICATE_KEY: {
    code: 'YAML_DUPLICATE_KEY',
    hint: 'Each key may appear once per mapping: merge the two entries or rename one.',
  },
  TAB_AS_INDENT: { code: 'YAML_TAB', hint: 'YAML indents with spaces only: replace the tab with spaces.' },
  TAG_RESOLVE_FAILED: { code: 'YAML_UNKNOWN_TAG', hint: 'Remove the `!tag`: notice files use plain YAML values only.' },
  RESOURCE_EXHAUSTION: {
    code: 'YAML_TOO_DEEP',
    hint: 'A notice needs only a few levels of nesting: check the brackets and indentation.',
  },
};

function yamlProblem(file: string, error: YAMLError): Diagnostic {
  const known = YAML_CODES[error.code];
  const [first] = error.linePos ?? [];
  // prettyErrors appends "at line L, column C:" and a code frame; we print our own.
  const message = error.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '');
  return {
    code: known?.code ?? 'YAML_SYNTAX',
    severity: 'error',
    message: known ? message : `YAML syntax: ${message}`,
    file,
    line: first?.line ?? 1,
    column: first?.col ?? 1,
    path: '',
    hint: known?.hint ?? 'Check indentation, quotes and brackets around this place.',
  };
}

function fileProblem(file: string, code: string, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', message, file, line: 1, column: 1, path: '', ...(hint ? { hint } : {}) };
}

function failed(file: string, diagnostic: Diagnostic): LoadedNotice {
  const nowhere = {
    valueAt: () => ({ line: 1, column: 1 }),
    keyAt: () => ({ line: 1, column: 1 }),
    sourceAt: () => undefined,
  };
  return { file, text: '', data: undefined, locate: nowhere, diagnostics: [diagnostic] };
}

function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) break;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return max;
}

function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `the value ${JSON.stringify(value)}`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file (a link to a file that is gone?)';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
