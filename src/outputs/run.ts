import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NoticeError } from '../errors.js';
import { cannotWrite, lockFolder, removeStaleTemporaryFiles } from '../fs.js';
import type { Renderer, TemplateSet } from '../render/index.js';
import type { SitePlan } from '../site/index.js';
import type { ValidateOptions } from '../validate/index.js';
import type { ArchiveInput } from './archive.js';
import { MANIFEST_FILE, withoutDeletedSources, writeManifest, type Manifest } from './manifest.js';
import type { BuildOptions } from './options.js';
import type { PdfQueue } from './pdf-queue.js';

// What the notices of one build share (BuildRun), and what the build does with its output folder: takes its
// lock, makes the folders ready, saves the manifest as it goes. src/outputs/index.ts builds the notices.

export const OUT_HINT = 'Check the output folder (--out, or out: in notice.config.yaml) and what is in it.';

/** The lock file in OUT that keeps two builds from writing into one folder at once. */
export const LOCK_FILE = '.notice-build.lock';
/** How often, at most, the manifest is saved during a build, so that a killed build loses little finished work. */
const SAVE_INTERVAL_MS = 1000;

/** What every notice of one build shares. */
export interface BuildRun {
  options: BuildOptions;
  naming: string;
  names: Map<string, string>;
  /** How every notice is checked, and the key of that in the manifest: findings made otherwise are made again. */
  validation: ValidateOptions;
  findingsKey: string;
  /** Fingerprint of the template set. */
  templates: string;
  templateSet: TemplateSet;
  /** With `site`: where each notice's pages go and what they hold. */
  site: SitePlan | undefined;
  renderer: () => Renderer;
  created?: Renderer;
  manifest: Manifest;
  /** The manifest's text as read, to write it only when it changes. */
  text: string | undefined;
  printing: PdfQueue | undefined;
  /** With `archive`: the notices built, to keep in the archive once every output is written. */
  archived: ArchiveInput[];
  /** Output folders made ready (created, cleared of temporary files a killed build left). */
  folders: Map<string, Promise<void>>;
  /** A save of the manifest under way, and when the last one began. */
  saving: Promise<void> | undefined;
  savedAt: number;
}

/** Creates the output folder and takes its lock, then clears what killed builds left; returns the release. */
export async function takeFolder(out: string, run: BuildRun): Promise<() => Promise<void>> {
  await mkdir(out, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(out, error, OUT_HINT);
  });
  const release = await lockFolder(out, LOCK_FILE).catch((error: unknown) => {
    throw cannotWrite(join(out, LOCK_FILE), error, OUT_HINT);
  });
  await prepareFolder(out, run);
  return release;
}

/** Writes the manifest as it stands: what this build finished, and what earlier builds recorded of the rest. */
export async function save(run: BuildRun): Promise<void> {
  const { out } = run.options;
  run.text = await writeManifest(out, withoutDeletedSources(run.manifest, out), run.text);
}

/**
 * Saves the manifest during a long build, at most once a second, so that a
 * build that is killed outright (kill -9, a CI time-out) leaves a record of
 * the outputs it finished, which the next build then need not make again.
 */
export function saveSoon(run: BuildRun): void {
  if (run.options.check || run.saving || performance.now() - run.savedAt < SAVE_INTERVAL_MS) return;
  run.savedAt = performance.now();
  // A failed save is not fatal here: the save at the end reports it.
  run.saving = save(run)
    .catch(() => undefined)
    .finally(() => (run.saving = undefined));
}

export function interrupted(out: string): NoticeError {
  return new NoticeError(
    'INTERRUPTED',
    'The build was stopped before it finished.',
    `What was finished is recorded in ${join(out, MANIFEST_FILE)}; the next build makes only the rest.`,
  );
}

/** Creates an output folder once per build and removes the temporary files interrupted builds left in it. */
export function prepareFolder(folder: string, run: BuildRun): Promise<void> {
  let ready = run.folders.get(folder);
  if (!ready) {
    ready = (async () => {
      await mkdir(folder, { recursive: true }).catch((error: unknown) => {
        throw cannotWrite(folder, error, OUT_HINT);
      });
      await removeStaleTemporaryFiles(folder);
    })();
    run.folders.set(folder, ready);
  }
  return ready;
}
