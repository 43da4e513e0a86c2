import type { ErrorObject } from 'ajv';
import { type Diagnostic, fromPointer, pointerToDotted, printable, QUOTED_LENGTH, toPointer } from '../diagnostics.js';
import type { LoadedNotice } from '../load/index.js';
import { plainEmailAddress } from './rules/email-plain.js';
import { expectedTypes, jsonType, schemaAt, type JsonSchema, type ResolvedSchema } from './schema-walk.js';
import { nearest } from './suggest.js';

type Path = (string | number)[];

/**
 * Turns ajv's errors into diagnostics in plain words, at the place in the
 * file they concern. ajv reports every branch of an `anyOf` that failed; only
 * the branch that fits the value's type speaks, the others are noise.
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  loaded: LoadedNotice,
  root: JsonSchema,
): Diagnostic[] {
  const diagnostics = withoutBranchNoise(errors).map((error) => translate(error, loaded, root));
  return withoutTypoEchoes(diagnostics, loaded, root);
}

// A misspelt required key ("descripton") is both unknown and missing; the
// unknown-key problem already says "did you mean description?", so the
// missing-key problem at the same object is dropped.
function withoutTypoEchoes(diagnostics: Diagnostic[], loaded: LoadedNotice, root: JsonSchema): Diagnostic[] {
  // Only objects that miss a key can echo a typo in one of their keys.
  const missing = new Set(
    diagnostics.filter((d) => d.code === 'SCHEMA_REQUIRED').map((d) => toPointer(fromPointer(d.path).slice(0, -1))),
  );
  if (missing.size === 0) return diagnostics;
  const suggested = new Set<string>();
  for (const d of diagnostics.filter((d) => d.code === 'SCHEMA_UNKNOWN_KEY')) {
    const path = fromPointer(d.path);
    const key = String(path.pop());
    if (!missing.has(toPointer(path))) continue;
    const guess = suggestKey(key, schemaAt(root, loaded.data, path));
    if (guess) suggested.add(toPointer([...path, guess]));
  }
  return diagnostics.filter((d) => !(d.code === 'SCHEMA_REQUIRED' && suggested.has(d.path)));
}

// One text per object schema, shared by all its unknown keys: a file of many keys gives as many diagnostics.
const validKeysTexts = new WeakMap<JsonSchema, string>();

function validKeys(parent: ResolvedSchema | undefined): string {
  const schema = parent?.schema ?? {};
  let text = validKeysTexts.get(schema);
  if (text === undefined) {
    text = `Valid keys here: ${Object.keys(schema.properties ?? {}).join(', ')}.`;
    validKeysTexts.set(schema, text);
  }
  return text;
}

function suggestKey(key: string, parent: ResolvedSchema | undefined): string | undefined {
  return nearest(key, Object.keys(parent?.schema.properties ?? {}));
}

function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // Every path at or above an error that says something specific (a set, not a search per error:
  // a list of many wrong items gives as many errors).
  const explained = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'type' || error.keyword === 'anyOf') continue;
    for (
      let path = error.instancePath;
      !explained.has(path);
      path = path.slice(0, Math.max(0, path.lastIndexOf('/')))
    ) {
      explained.add(path);
      if (path === '') break;
    }
  }
  const result: ErrorObject[] = [];
  const collapsed = new Set<string>();
  for (const error of errors) {
    const path = error.instancePath;
    const isBranchNoise = (error.keyword === 'type' || error.keyword === 'anyOf') && anyOfPaths.has(path);
    if (!isBranchNoise) {
      result.push(error);
      continue;
    }
    // Nothing else said what is wrong here: the value has none of the allowed types.
    if (!explained.has(path) && !collapsed.has(path)) {
      collapsed.add(path);
      result.push({ ...error, keyword: 'type', params: { type: 'anyOf' } });
    }
  }
  return result;
}

function translate(error: ErrorObject, loaded: LoadedNotice, root: JsonSchema): Diagnostic {
  const path = fromPointer(error.instancePath);
  const where = pointerToDotted(error.instancePath) || 'The top level';
  const here = schemaAt(root, loaded.data, path);
  const base = { severity: 'error' as const, file: loaded.file };
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const property = here?.schema.properties?.[missing];
      const about = property
        ? (property.description ?? schemaAt(root, loaded.data, [...path, missing])?.description)
        : undefined;
      return {
        ...base,
        code: 'SCHEMA_REQUIRED',
        // Something missing belongs in the notice, also under a section that came from a part.
        ...(loaded.locate.ownKeyAt ?? loaded.locate.keyAt)(path),
        path: toPointer([...path, missing]),
        message: `${where} is missing \`${missing}\`.`,
        hint: `Add \`${missing}:\`${about ? ` — ${about}` : ''}`,
      };
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const valid = validKeys(here);
      const guess = suggestKey(key, here);
      return {
        ...base,
        code: 'SCHEMA_UNKNOWN_KEY',
        ...loaded.locate.keyAt([...path, key]),
        path: toPointer([...path, key]),
        value: key,
        message: `\`${printable(key, QUOTED_LENGTH)}\` is not a known key ${path.length ? `in ${where}` : 'at the top level'}.`,
        hint: guess ? `Did you mean \`${guess}\`? ${valid}` : valid,
      };
    }
    case 'type':
      return typeProblem(error, path, where, here, loaded, root);
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const value = valueAt(loaded.data, path);
      const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
      return {
        ...base,
        code: 'SCHEMA_ENUM',
        ...loaded.locate.valueAt(path),
        path: error.instancePath,
        ...shown(loaded, path),
        message: `${where} must be one of: ${allowed.join(', ')}.`,
        hint: guess ? `Did you mean \`${guess}\`?` : here?.description,
      };
    }
    case 'pattern': {
      const value = valueAt(loaded.data, path);
      const empty = typeof value === 'string' && value.trim() === '';
      const plain = here?.def === 'Email' && typeof value === 'string' ? plainEmailAddress(value) : undefined;
      if (plain !== undefined) {
        return {
          ...base,
          code: 'SCHEMA_FORMAT',
          ...loaded.locate.valueAt(path),
          path: error.instancePath,
          ...shown(loaded, path),
          message: `${where} "${printable(String(value), QUOTED_LENGTH)}" is an e-mail address in a disguised form.`,
          hint: `Write it plainly: ${plain} — people must be able to copy it. Spam protection belongs to the website, not the notice.`,
        };
      }
      return {
        ...base,
        code: empty ? 'SCHEMA_EMPTY' : 'SCHEMA_FORMAT',
        ...loaded.locate.valueAt(path),
        path: error.instancePath,
        ...shown(loaded, path),
        message: empty ? `${where} is empty.` : `${where} is not in the expected form.`,
        hint: empty ? 'Write the text, or remove the key.' : formatHint(here),
      };
    }
    case 'minItems':
    case 'minProperties':
      return {
        ...base,
        code: 'SCHEMA_EMPTY',
        ...loaded.locate.valueAt(path),
        path: error.instancePath,
        message:
          error.keyword === 'minProperties'
            ? `${where} gives no text in any language.`
            : `${where} must have at least ${String(params['limit'])} item(s).`,
        hint: here?.description,
      };
    case 'uniqueItems': {
      const list = valueAt(loaded.data, path) as unknown[];
      const duplicate = list?.[Number(params['i'])];
      return {
        ...base,
        code: 'SCHEMA_DUPLICATE',
        ...loaded.locate.valueAt([...path, Number(params['i'])]),
        path: error.instancePath,
        ...(duplicate !== undefined ? { value: String(duplicate) } : {}),
        message: `${where} lists ${printable(JSON.stringify(duplicate) ?? '', QUOTED_LENGTH)} more than once.`,
        hint: 'Remove the repeated item.',
      };
    }
    case 'minimum':
    case 'maximum':
      return {
        ...base,
        code: 'SCHEMA_RANGE',
        ...loaded.locate.valueAt(path),
        path: error.instancePath,
        ...shown(loaded, path),
        message: `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}.`,
        hint: here?.description,
      };
    default:
      return {
        ...base,
        code: 'SCHEMA_INVALID',
        ...loaded.locate.valueAt(path),
        path: error.instancePath,
        ...shown(loaded, path),
        message: `${where} ${error.message ?? 'is not valid'}.`,
        hint: here?.description,
      };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'empty',
};

function typeProblem(
  error: ErrorObject,
  path: Path,
  where: string,
  here: ResolvedSchema | undefined,
  loaded: LoadedNotice,
  root: JsonSchema,
): Diagnostic {
  const value = valueAt(loaded.data, path);
  const expected =
    error.params['type'] === 'anyOf' && here ? expectedTypes(root, here) : [String(error.params['type'])];
  const words = [...new Set(expected.map((t) => TYPE_WORDS[t] ?? t))];
  const actual = jsonType(value);
  let hint = here?.description;
  if (words.includes('text') && (actual === 'number' || actual === 'integer' || actual === 'boolean')) {
    const source = printable(loaded.locate.sourceAt(path) ?? String(value), QUOTED_LENGTH);
    hint = `Put it in quotes: "${source}" — YAML reads ${source} as ${actual === 'boolean' ? 'true/false' : 'a number'}.`;
  } else if (words.includes('a list') && actual === 'string') {
    hint = `Write it as a list: [${printable(String(value), QUOTED_LENGTH)}]${here?.description ? ` — ${here.description}` : ''}`;
  } else if (actual === 'null') {
    hint = `Give a value after the colon, or remove the key${here?.description ? ` — ${here.description}` : ''}`;
  }
  return {
    code: 'SCHEMA_TYPE',
    severity: 'error',
    file: loaded.file,
    ...loaded.locate.valueAt(path),
    path: error.instancePath,
    ...shown(loaded, path),
    message: `${where} must be ${words.join(' or ')}, not ${TYPE_WORDS[actual] ?? actual}.`,
    ...(hint ? { hint } : {}),
  };
}

function formatHint(here: ResolvedSchema | undefined): string | undefined {
  // The definition's own description explains the form (IsoDate, Email, ...); fall back to the property's.
  return here?.schema.description ?? here?.description;
}

function shown(loaded: LoadedNotice, path: Path): { value?: string } {
  const source = loaded.locate.sourceAt(path);
  return source !== undefined ? { value: source } : {};
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
