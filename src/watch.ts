import { existsSync, statSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { NoticeError } from './errors.js';
import { watch, type FSWatcher } from 'chokidar';
import { buildNotices, type BuildOptions } from './outputs/index.js';
import type { BuildResult } from './results.js';
import { isPartFileName } from './load/index.js';
import { isNoticeFileName, searchesFolder } from './notice-files.js';

/** What one build runs on; read again when the configuration file changes. */
export interface BuildSetup {
  inputs: string[];
  options: BuildOptions;
  configFile?: string;
}

export interface WatchHooks {
  /** After each build, with its results. */
  onBuild(results: BuildResult[], durationMs: number): void | Promise<void>;
  /** A build or a reload that failed (a missing folder, a broken configuration): reported, and watching goes on. */
  onError(error: unknown): void;
  /** One line about what the watcher does. */
  onStatus(line: string): void;
  /** Reads the settings again, after the configuration file changed. */
  reload(): Promise<BuildSetup>;
  /** Watching ends when this is aborted (Ctrl-C). */
  signal: AbortSignal;
  /** Changes closer together than this make one build (editors write a file in several steps). */
  quietMs?: number;
}

/**
 * Builds, then builds again after each change of a notice, a shared part it
 * extends (also outside the input folders), a template or the configuration file, until the signal is aborted; resolves with exit code 0.
 * Each rebuild is incremental, so only what a change touched is written. A
 * notice that does not parse, or a configuration that does not validate, is
 * reported and the watch goes on: the next save may fix it.
 */
export async function watchBuild(first: BuildSetup, hooks: WatchHooks): Promise<number> {
  let setup = first;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** The builds after a change, while they run. */
  let building: Promise<void> | undefined;
  let changed = new Set<string>();
  let configChanged = false;
  /** Shared parts (`extends:`) the last build's notices use, by absolute path; those outside the inputs are added to the watcher. */
  const parts = new Set<string>();

  const runBuild = async (): Promise<void> => {
    const startedAt = performance.now();
    try {
      const results = await buildNotices(setup.inputs, setup.options);
      const used = results.flatMap((result) => result.parts ?? []).map((part) => resolve(part));
      const added = used.filter((part) => !parts.has(part));
      for (const part of added) parts.add(part);
      if (added.length > 0) watcher?.add(added);
      await hooks.onBuild(results, performance.now() - startedAt);
    } catch (error) {
      hooks.onError(error);
    }
  };

  // One build at a time; changes during a build make one more build after it.
  const rebuild = (): void => {
    building ??= buildWhileChanged().finally(() => (building = undefined));
  };
  const buildWhileChanged = async (): Promise<void> => {
    while (changed.size > 0 && !hooks.signal.aborted) {
      const paths = [...changed];
      changed = new Set();
      if (configChanged) {
        configChanged = false;
        try {
          setup = await hooks.reload();
          await watchFor(setup);
        } catch (error) {
          hooks.onError(error);
          hooks.onStatus('Still using the last good configuration; waiting for a fix.');
          continue;
        }
      }
      hooks.onStatus(
        `Changed: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}; building.`,
      );
      await runBuild();
    }
  };

  const onChange = (path: string): void => {
    if (!isWatched(path, setup) && !parts.has(resolve(path))) return;
    if (setup.configFile !== undefined && resolve(path) === resolve(setup.configFile)) configChanged = true;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, hooks.quietMs ?? 150);
  };

  // The new watcher is ready before the old one closes, so that no save in between is missed.
  const watchFor = async (next: BuildSetup): Promise<void> => {
    const targets = [
      ...next.inputs,
      ...parts,
      ...(next.options.templates ? [next.options.templates] : []),
      ...(next.configFile ? [next.configFile] : []),
    ];
    const roots = new Set(targets.map((target) => resolve(target)));
    const started = watch(
      targets.filter((target) => existsSync(target)),
      {
        ignoreInitial: true,
        // Where the folder search does not look, neither does the watcher; but what is named to be
        // watched is watched, whatever its name. Outputs are never notices, so isWatched drops them.
        ignored: (path) => !roots.has(resolve(path)) && !searchesFolder(basename(path)),
      },
    );
    started.on('all', (_event, path) => onChange(path));
    started.on('error', (error) => hooks.onError(error));
    await new Promise<void>((ready) => started.once('ready', () => ready()));
    const previous = watcher;
    watcher = started;
    await previous?.close();
  };

  const missing = setup.inputs.filter((input) => !existsSync(input));
  if (missing.length > 0) {
    throw new NoticeError(
      'PATH_NOT_FOUND',
      `${missing.join(', ')}: no such file or folder.`,
      'Check the path: watching (build --watch, preview) needs the notices to exist when it starts; new files in their folders are picked up.',
    );
  }
  // Watching starts before the first build, so that a save during it makes one more build.
  await watchFor(setup);
  // Keeps the process alive while it waits: the watcher alone may not (chokidar's handles can be unref'd).
  const alive = setInterval(() => undefined, 1 << 30);
  try {
    await runBuild();
    hooks.onStatus(`Watching ${describe(setup)} for changes. Press Ctrl-C to stop.`);
    if (!hooks.signal.aborted)
      await new Promise<void>((stop) => hooks.signal.addEventListener('abort', () => stop(), { once: true }));
    if (building) hooks.onStatus('Stopping after the build that is running (Ctrl-C again to stop at once).');
  } finally {
    clearInterval(alive);
    clearTimeout(timer);
    await watcher?.close();
    await building;
  }
  hooks.onStatus('Stopped watching.');
  return 0;
}

/** Notices (what the folder search would take), shared parts, anything in the templates folder, and the configuration file. */
function isWatched(path: string, setup: BuildSetup): boolean {
  const absolute = resolve(path);
  if (setup.configFile !== undefined && absolute === resolve(setup.configFile)) return true;
  if (setup.options.templates !== undefined && (absolute + sep).startsWith(resolve(setup.options.templates) + sep))
    return true;
  if (setup.inputs.some((input) => resolve(input) === absolute)) return true;
  return (isNoticeFileName(basename(path)) || isPartFileName(basename(path))) && !isDirectory(path);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function describe(setup: BuildSetup): string {
  const parts = [setup.inputs.join(', ')];
  if (setup.options.templates) parts.push(`templates in ${setup.options.templates}`);
  if (setup.configFile) parts.push(setup.configFile);
  return parts.join(', ');
}
