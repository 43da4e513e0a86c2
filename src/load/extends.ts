import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { Locator } from './locate.js';

// Shared parts (`extends:`): a notice takes keys from other YAML files, merged
// under its own. README: "Shared parts (extends)".

/** A shared file a notice was made from, and the hash of the bytes read. */
export interface PartUsed {
  /** The path as reached from the notice (relative when the notice's path is). */
  file: string;
  hash: string;
}

/** One file's own data, in the order of precedence: parts first, the notice last. */
interface Layer {
  file: string;
  data: Record<string, unknown>;
  locate: Locator;
}

/** A part as the loader read it: its data (undefined with problems), how to find its values, its hash. */
export interface ReadPart {
  data: Record<string, unknown> | undefined;
  locate: Locator;
  diagnostics: Diagnostic[];
  hash: string | undefined;
}

const YAML_FILE = /\.ya?ml$/i;

/** Whether a file of this name is a shared part (`_organisation.yaml`): folder searches skip it, like Sass partials. */
export function isPartFileName(name: string): boolean {
  return name.startsWith('_') && YAML_FILE.test(name);
}

/** The notice or part with its parts merged in: data, a locator that answers from the file a value came from, and the parts used. */
export interface WithParts {
  data: Record<string, unknown> | undefined;
  locate: Locator;
  diagnostics: Diagnostic[];
  parts: PartUsed[];
}

/**
 * Merges the parts a file names in `extends:` (and theirs, in a chain) under
 * its own data. Problems with a part (missing, a cycle, a YAML error in it) are
 * diagnostics positioned where they are written, with `via` naming the notice.
 */
export function mergeParts(
  file: string,
  data: Record<string, unknown>,
  locate: Locator,
  /** Reads a part; undefined when there is no such file. */
  readPart: (file: string) => ReadPart | undefined,
): WithParts {
  const own: Layer = { file, data, locate };
  const run: Run = { notice: file, readPart, layers: [], diagnostics: [], used: new Map() };
  const inherited = inheritedBy(own, [{ key: resolve(file), file }], run);
  const parts = [...run.used.values()];
  if (run.diagnostics.length > 0) return { data: undefined, locate, diagnostics: run.diagnostics, parts };
  const merged = mergeData(inherited, data);
  return { data: merged, locate: mergedLocator([...run.layers, own], merged), diagnostics: [], parts };
}

interface Run {
  notice: string;
  readPart: (file: string) => ReadPart | undefined;
  /** Every part's own data, lowest precedence first. */
  layers: Layer[];
  diagnostics: Diagnostic[];
  used: Map<string, PartUsed>;
}

/** The data a file inherits: its parts, each merged over the one before, each over its own parts. */
function inheritedBy(writer: Layer, chain: { key: string; file: string }[], run: Run): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const { target, path } of entriesOf(writer, run)) {
    const at = { file: writer.file, ...writer.locate.valueAt(path) };
    const problem = (code: string, message: string, hint: string) =>
      run.diagnostics.push({
        code,
        severity: 'error',
        message,
        ...at,
        path: pointer(path),
        value: target,
        hint,
        ...via(at.file, run),
      });
    if (!YAML_FILE.test(target)) {
      problem(
        'EXTENDS_NOT_YAML',
        `\`${target}\` is not a YAML file: a part is a .yaml or .yml file.`,
        'Name a shared .yaml file, such as `_organisation.yaml`.',
      );
      continue;
    }
    const file = isAbsolute(target) ? target : join(dirname(writer.file), target);
    const key = resolve(file);
    const seen = chain.findIndex((link) => link.key === key);
    if (seen >= 0) {
      const names = [...chain.slice(seen).map((link) => link.file), file].join(' → ');
      problem(
        'EXTENDS_CYCLE',
        `The parts extend each other in a cycle: ${names}.`,
        'Remove one of these `extends:` entries; a part cannot include itself.',
      );
      continue;
    }
    const part = run.readPart(file);
    if (part === undefined) {
      problem(
        'EXTENDS_NOT_FOUND',
        `The part ${file} does not exist.`,
        'Check the path: it is relative to the file that writes `extends:`.',
      );
      continue;
    }
    if (part.hash !== undefined && !run.used.has(key)) run.used.set(key, { file, hash: part.hash });
    if (part.data === undefined) {
      run.diagnostics.push(...part.diagnostics.map((d) => ({ ...d, ...via(d.file, run) })));
      continue;
    }
    const { extends: _extends, ...partData } = part.data;
    const layer: Layer = { file, data: partData, locate: part.locate };
    const parents = inheritedBy({ ...layer, data: part.data }, [...chain, { key, file }], run);
    run.layers.push(layer);
    merged = mergeData(merged, mergeData(parents, partData));
  }
  return merged;
}

/** The paths a file's `extends:` names, with where each is written; a wrong shape is a diagnostic. */
function entriesOf(writer: Layer, run: Run): { target: string; path: (string | number)[] }[] {
  const value = writer.data['extends'];
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ target: value, path: ['extends'] }];
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
    return value.map((target, index) => ({ target: target as string, path: ['extends', index] }));
  run.diagnostics.push({
    code: 'EXTENDS_INVALID',
    severity: 'error',
    message: '`extends` names one shared file or a list of them.',
    file: writer.file,
    ...writer.locate.valueAt(['extends']),
    path: '/extends',
    hint: 'Write `extends: _organisation.yaml`, or a list: `extends: [../_standard-texts.yaml, _organisation.yaml]`.',
    ...via(writer.file, run),
  });
  return [];
}

function via(file: string, run: Run): { via?: string } {
  return file === run.notice ? {} : { via: run.notice };
}

function pointer(path: (string | number)[]): string {
  return path.map((segment) => `/${segment}`).join('');
}

export function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The merge rule (README: "Shared parts"): mappings merge key by key, all the
 * way down; a scalar or a list in `over` replaces the one in `base` (lists are
 * not joined, so that a list's order and what it leaves out stay visible in one
 * place); `key: null` removes an inherited value.
 */
export function mergeData(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = base[key];
    if (value === null && Object.hasOwn(base, key)) delete merged[key];
    else if (isMapping(value) && isMapping(below)) merged[key] = mergeData(below, value);
    else merged[key] = value;
  }
  return merged;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function has(data: unknown, path: readonly (string | number)[]): boolean {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

/**
 * A locator over the merged data: a value is found in the file whose value
 * won (the notice first, then the parts from last to first), and a position
 * in a part carries that file. What is missing is looked for in the notice.
 */
function mergedLocator(layers: Layer[], merged: Record<string, unknown>): Locator {
  const notice = layers[layers.length - 1]!;
  const winner = (path: readonly (string | number)[]): Layer => {
    if (!has(merged, path)) return notice;
    for (let i = layers.length - 1; i >= 0; i--) if (has(layers[i]!.data, path)) return layers[i]!;
    return notice;
  };
  const tagged = (layer: Layer, position: SourcePosition): SourcePosition =>
    layer === notice ? position : { ...position, file: layer.file };
  return {
    valueAt: (path) => {
      const layer = winner(path);
      return tagged(layer, layer.locate.valueAt(path));
    },
    keyAt: (path) => {
      const layer = winner(path);
      return tagged(layer, layer.locate.keyAt(path));
    },
    sourceAt: (path) => winner(path).locate.sourceAt(path),
    commentAt: (path) => winner(path).locate.commentAt?.(path),
    ownKeyAt: (path) => notice.locate.keyAt(path),
  };
}
