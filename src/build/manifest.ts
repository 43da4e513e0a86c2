import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { writeFileAtomic } from '../fs.js';
import type { Language } from '../generated/notice-types.js';

/**
 * The build manifest, OUT/.notice-manifest.json: for each notice, the hash of
 * the source it was last built from, the findings of its last check, and for
 * each output the hash of everything it was built from (its key) and of what
 * was written. An output whose key and content hash still match need not be
 * built again. Deterministic (sorted, no times, paths relative to OUT), so a
 * team that commits its outputs can commit the manifest with them.
 */
export const MANIFEST_FILE = '.notice-manifest.json';
const MANIFEST_VERSION = 1;

export interface ManifestOutput {
  /** Hash of the inputs: source, templates, options, notice version. */
  key: string;
  /** Hash of the bytes written. */
  hash: string;
}

export interface ManifestSource {
  /** Hash of the notice file's bytes. */
  hash: string;
  /** The languages the notice declares, so that an unchanged notice need not be parsed to know its outputs. */
  languages: Language[];
  /** The findings of the last check of these bytes, without the file name. */
  findings: {
    key: string;
    /** Set when the findings depend on the day they were made (see findingsDependOnToday). */
    today?: string;
    diagnostics: Omit<Diagnostic, 'file'>[];
  };
  /** Outputs by path relative to OUT. */
  outputs: Record<string, ManifestOutput>;
}

export interface Manifest {
  /** Sources by path relative to OUT, with forward slashes. */
  sources: Record<string, ManifestSource>;
}

/** Reads the manifest in `out`; a missing, unreadable or foreign one counts as empty, so everything is built. */
export async function readManifest(out: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')) as { manifestVersion?: unknown; sources?: unknown };
    if (data.manifestVersion === MANIFEST_VERSION && data.sources !== null && typeof data.sources === 'object') return { sources: data.sources as Manifest['sources'] };
  } catch {
    // Absent or damaged: rebuilt from scratch below.
  }
  return { sources: {} };
}

export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  const sources = Object.fromEntries(Object.keys(manifest.sources).sort().map((path) => [path, sortedSource(manifest.sources[path]!)]));
  await writeFileAtomic(join(out, MANIFEST_FILE), JSON.stringify({ tool: 'notice', manifestVersion: MANIFEST_VERSION, sources }, null, 2) + '\n');
}

function sortedSource(source: ManifestSource): ManifestSource {
  const outputs = Object.fromEntries(Object.keys(source.outputs).sort().map((path) => [path, source.outputs[path]!]));
  return { hash: source.hash, languages: source.languages, findings: source.findings, outputs };
}

/** SHA-256 of bytes or text, hex. */
export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A key for a set of inputs: the hash of their values in a fixed order. */
export function keyOf(parts: Record<string, string | undefined>): string {
  return hashOf(JSON.stringify(Object.keys(parts).sort().map((name) => [name, parts[name] ?? null])));
}
