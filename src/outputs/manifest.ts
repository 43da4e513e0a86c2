import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { writeFileAtomic } from '../fs.js';
import type { Language } from '../generated/notice-types.js';
import { hashOf } from '../hash.js';

export { hashOf } from '../hash.js';

/**
 * The build manifest, OUT/.notice-manifest.json: for each notice, the hash of
 * the source it was last built from, the findings of its last check, and for
 * each output the hash of everything it was built from (its key) and of what
 * was written. An output whose key and content hash still match need not be
 * built again. Deterministic (sorted, no times, paths relative to OUT), so a
 * team that commits its outputs can commit the manifest with them.
 *
 * It is a cache, not a source of truth: each notice's entry carries a seal, the
 * hash of everything else in it, and an entry whose seal does not match (a hand
 * edit that dropped findings, an output's hash changed to match an edited
 * output, a bad merge) is ignored, so that its findings are made again and its
 * outputs compared with what the sources give now.
 */
export const MANIFEST_FILE = '.notice-manifest.json';
// 3: an entry records the shared parts its notice extends, and a finding the part it is written in.
const MANIFEST_VERSION = 3;

export interface ManifestOutput {
  /** Hash of the inputs: source, templates, options, notice version. */
  key: string;
  /** Hash of the bytes written. */
  hash: string;
  /** What an export could not carry: reported again when the output is up to date. */
  diagnostics?: StoredDiagnostic[];
}

/** A finding as the manifest keeps it: `file` only when it is written in a shared part, relative to the notice's folder. */
export type StoredDiagnostic = Omit<Diagnostic, 'file' | 'via'> & { file?: string };

export interface ManifestSource {
  /** Hash of the notice file's bytes. */
  hash: string;
  /** The shared parts (`extends:`) the notice was made from: path relative to OUT → hash of their bytes. */
  parts?: Record<string, string>;
  /** The languages the notice declares, so that an unchanged notice need not be parsed to know its outputs. */
  languages: Language[];
  /** The findings of the last check of these bytes, without the file name. */
  findings: {
    key: string;
    /**
     * True when the findings depend on the day they were made (see
     * findingsDependOnToday): they are checked again on every build, and
     * the manifest stays free of dates.
     */
    recheck?: boolean;
    diagnostics: StoredDiagnostic[];
  };
  /** Outputs by path relative to OUT. */
  outputs: Record<string, ManifestOutput>;
}

/** An entry as it stands in the file: sealed. */
type SealedSource = ManifestSource & { seal: string };

export interface Manifest {
  /** Sources by path relative to OUT, with forward slashes. */
  sources: Record<string, ManifestSource>;
}

/** The manifest as read, and its text, so that an unchanged manifest is not written again. */
export interface ReadManifest {
  manifest: Manifest;
  text: string | undefined;
}

/**
 * Reads the manifest in `out`. A missing, unreadable or foreign one counts as
 * empty, and an entry that is not what notice writes (a hand edit, a bad merge
 * of a committed manifest) is left out: what they described is built again.
 */
export async function readManifest(out: string): Promise<ReadManifest> {
  let text: string | undefined;
  try {
    text = await readFile(join(out, MANIFEST_FILE), 'utf8');
    const data = JSON.parse(text) as { manifestVersion?: unknown; sources?: unknown };
    if (data.manifestVersion === MANIFEST_VERSION && isObject(data.sources)) {
      return {
        manifest: {
          sources: Object.fromEntries(
            Object.entries(data.sources)
              .filter(([, entry]) => isSource(entry) && isSealed(entry))
              .map(([path, entry]) => [path, unsealed(entry as SealedSource)]),
          ) as Manifest['sources'],
        },
        text,
      };
    }
  } catch {
    // Absent or damaged: everything is built again.
  }
  return { manifest: { sources: {} }, text };
}

/** Writes the manifest when its text changed; returns the text now in the file. */
export async function writeManifest(out: string, manifest: Manifest, previous: string | undefined): Promise<string> {
  const sources = Object.fromEntries(
    Object.keys(manifest.sources)
      .sort()
      .map((path) => [path, sealed(sortedSource(manifest.sources[path]!))]),
  );
  const text = JSON.stringify({ tool: 'notice', manifestVersion: MANIFEST_VERSION, sources }, null, 2) + '\n';
  if (text !== previous) await writeFileAtomic(join(out, MANIFEST_FILE), text);
  return text;
}

function sealOf(source: ManifestSource): string {
  return hashOf(`notice manifest ${MANIFEST_VERSION}\n${JSON.stringify(sortedSource(source))}`);
}

function sealed(source: ManifestSource): SealedSource {
  return { ...source, seal: sealOf(source) };
}

function isSealed(entry: unknown): boolean {
  const { seal, ...source } = entry as SealedSource;
  return typeof seal === 'string' && seal === sealOf(source);
}

function unsealed({ seal: _seal, ...source }: SealedSource): ManifestSource {
  return source;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isSource(entry: unknown): entry is ManifestSource {
  if (
    !isObject(entry) ||
    typeof entry['hash'] !== 'string' ||
    !Array.isArray(entry['languages']) ||
    !isObject(entry['outputs'])
  )
    return false;
  const findings = entry['findings'];
  if (!isObject(findings) || typeof findings['key'] !== 'string' || !Array.isArray(findings['diagnostics']))
    return false;
  const parts = entry['parts'];
  if (parts !== undefined && (!isObject(parts) || !Object.values(parts).every((hash) => typeof hash === 'string')))
    return false;
  return Object.values(entry['outputs']).every(
    (output) =>
      isObject(output) &&
      typeof output['key'] === 'string' &&
      typeof output['hash'] === 'string' &&
      (output['diagnostics'] === undefined || Array.isArray(output['diagnostics'])),
  );
}

function sortedSource(source: ManifestSource): ManifestSource {
  const outputs = Object.fromEntries(
    Object.keys(source.outputs)
      .sort()
      .map((path) => [path, source.outputs[path]!]),
  );
  const { key, recheck, diagnostics } = source.findings;
  return {
    hash: source.hash,
    ...(source.parts
      ? {
          parts: Object.fromEntries(
            Object.keys(source.parts)
              .sort()
              .map((p) => [p, source.parts![p]!]),
          ),
        }
      : {}),
    languages: source.languages,
    findings: { key, ...(recheck ? { recheck } : {}), diagnostics },
    outputs,
  };
}

/** A key for a set of inputs: the hash of their values in a fixed order. */
export function keyOf(parts: Record<string, string | undefined>): string {
  return hashOf(
    JSON.stringify(
      Object.keys(parts)
        .sort()
        .map((name) => [name, parts[name] ?? null]),
    ),
  );
}

/** The hash of a file's bytes; undefined when it cannot be read. Synchronous for the reason readNoticeBytes gives. */
export function hashOfFile(path: string): string | undefined {
  try {
    return hashOf(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** A path inside the manifest: relative to the output folder, with forward slashes on every system. */
export function manifestPath(out: string, path: string): string {
  return relative(resolve(out), resolve(path)).split(sep).join('/');
}

/** Entries of notices that no longer exist are dropped; those of notices outside this run (another shard) stay. */
export function withoutDeletedSources(manifest: Manifest, out: string): Manifest {
  return {
    sources: Object.fromEntries(Object.entries(manifest.sources).filter(([path]) => existsSync(join(out, path)))),
  };
}

/** True when every part the manifest recorded for a notice still has the bytes it was built from. */
export function partsUnchanged(parts: Record<string, string> | undefined, out: string): boolean {
  return Object.entries(parts ?? {}).every(([part, hash]) => hashOfFile(join(out, part)) === hash);
}

/**
 * A finding as the manifest keeps it: without the notice's name; one written
 * in a shared part keeps the part's path relative to the notice's folder.
 */
export function storedDiagnostic({ file: where, via: _via, ...rest }: Diagnostic, file: string): StoredDiagnostic {
  return where === file ? rest : { ...rest, file: relative(dirname(file), where).split(sep).join('/') };
}

export function restoreDiagnostic({ file: part, ...rest }: StoredDiagnostic, file: string): Diagnostic {
  return part === undefined ? { ...rest, file } : { ...rest, file: join(dirname(file), part), via: file };
}
