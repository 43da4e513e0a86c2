import { isAlias, isScalar, isSeq, type YAMLError } from 'yaml';
import { printable, QUOTED_LENGTH, type Diagnostic, type SourcePosition } from '../diagnostics.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_EXPANDED_CHARS } from './limits.js';
import type { StructureProblem } from './structure.js';

// The diagnostics of reading a file: what yaml found, and what notice refuses itself.

const YAML_CODES: Record<string, { code: string; hint?: string }> = {
  DUPLICATE_KEY: {
    code: 'YAML_DUPLICATE_KEY',
    hint: 'Each key may appear once per mapping: merge the two entries or rename one.',
  },
  TAB_AS_INDENT: { code: 'YAML_TAB', hint: 'YAML indents with spaces only: replace the tab with spaces.' },
};

/** yaml's complaints about tags, each of which is already refused at the tag itself. */
export const TAG_CODES = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

export function yamlProblem(file: string, error: YAMLError, at: (offset: number) => SourcePosition): Diagnostic {
  const known = YAML_CODES[error.code];
  const message = yamlMessage(error);
  return {
    code: known?.code ?? 'YAML_SYNTAX',
    severity: 'error',
    message: known ? message : `YAML syntax: ${message}`,
    file,
    ...at(error.pos[0]),
    path: '',
    hint: known?.hint ?? 'Check indentation, quotes and brackets around this place.',
  };
}

const QUOTING_MESSAGES = ['Not a YAML token', 'Block scalar header includes extra characters'];

/**
 * yaml's message, without the text it quotes: the parser appends the tokens it
 * could not read (`...: "the rest of the line"`), which for a file that is no
 * notice at all (a password file given by mistake) would copy it into CI logs.
 * The position says where; the message says what.
 */
function yamlMessage(error: YAMLError): string {
  let message = error.message;
  const lineEnd = message.indexOf('\n');
  if (lineEnd >= 0) message = message.slice(0, lineEnd);
  const quoted = QUOTING_MESSAGES.some((start) => message.startsWith(start))
    ? message.indexOf(': ')
    : message.indexOf(': "');
  if (quoted >= 0) message = message.slice(0, quoted);
  return printable(message, 2 * QUOTED_LENGTH);
}

export function tagProblem(file: string, tag: string, position: SourcePosition): Diagnostic {
  return {
    ...fileProblem(
      file,
      'YAML_UNKNOWN_TAG',
      `The tag ${printable(tag, QUOTED_LENGTH)} is not allowed: notice files use plain YAML values, without tags.`,
      'Remove the tag. To keep a value as text, put it in quotes.',
    ),
    ...position,
  };
}

export function tooDeep(file: string, position: SourcePosition, alias?: string): Diagnostic {
  return {
    ...fileProblem(
      file,
      'YAML_TOO_DEEP',
      alias === undefined
        ? `The data is nested more than ${MAX_DEPTH} levels deep.`
        : `The alias *${printable(alias, QUOTED_LENGTH)} nests the data more than ${MAX_DEPTH} levels deep.`,
      'A notice needs only a few levels: check the brackets and indentation.',
    ),
    ...position,
  };
}

export function structureProblem(
  file: string,
  problem: StructureProblem,
  at: (offset: number) => SourcePosition,
): Diagnostic {
  const position = at(problem.offset);
  switch (problem.kind) {
    case 'duplicate-key':
      return {
        ...fileProblem(
          file,
          'YAML_DUPLICATE_KEY',
          `This key is given twice in one mapping (first on line ${at(problem.firstOffset).line}).`,
          YAML_CODES['DUPLICATE_KEY']!.hint,
        ),
        ...position,
      };
    case 'too-deep':
      return tooDeep(file, position, problem.alias);
    case 'alias-cycle':
      return {
        ...fileProblem(
          file,
          'YAML_TOO_DEEP',
          `The alias *${printable(problem.alias, QUOTED_LENGTH)} stands inside the value it names, which would nest without end.`,
          'Write the value out instead of the alias.',
        ),
        ...position,
      };
    case 'too-large':
      return {
        ...fileProblem(
          file,
          'YAML_EXPANSION_LIMIT',
          `With its aliases written out, the file holds more than ${MAX_EXPANDED_CHARS} characters of text; notice reads at most that much.`,
          'Write the values out instead of repeating them with aliases (*name).',
        ),
        ...position,
      };
    case 'too-many-aliases':
      return {
        ...fileProblem(
          file,
          'YAML_ALIAS_LIMIT',
          `The file uses aliases (*name) more than ${MAX_ALIAS_COUNT} times.`,
          'Write the values out instead of repeating them with aliases.',
        ),
        ...position,
      };
    case 'unresolved-alias':
      return {
        ...fileProblem(
          file,
          'YAML_SYNTAX',
          `YAML syntax: the alias *${printable(problem.alias, QUOTED_LENGTH)} names no anchor (&${printable(problem.alias, QUOTED_LENGTH)}) before it.`,
          'Define the anchor before the alias, or write the value out.',
        ),
        ...position,
      };
  }
}

export function fileProblem(file: string, code: string, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', message, file, line: 1, column: 1, path: '', ...(hint ? { hint } : {}) };
}

// Says what the top level is without quoting it: a file given by mistake may hold secrets.
export function describeKind(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'a single value';
}
