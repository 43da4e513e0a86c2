import { existsSync, statSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { buildNotices, type BuildOptions, type BuildResult } from './build/index.js';

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

const NOTICE_FILE = /\.ya?ml$/i;

/**
 * Builds, then builds again after each change of a notice, a template or the
 * configuration file, until the signal is aborted; resolves with exit code 0.
 * Each rebuild is incremental, so only what a change touched is written. A
 * notice that does not parse, or a configuration that does not validate, is
 * reported and the watch goes on: the next save may fix it.
 */
export async function watchBuild(first: BuildSetup, hooks: WatchHooks): Promise<number> {
  let setup = first;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;
  let running = false;
  let changed = new Set<string>();
  let configChanged = false;

  const runBuild = async (): Promise<void> => {
    const startedAt = performance.now();
    try {
      const results = await buildNotices(setup.inputs, setup.options);
      await hooks.onBuild(results, performance.now() - startedAt);
    } catch (error) {
      hooks.onError(error);
    }
  };

  // One build at a time; changes during a build make one more build after it.
  const rebuild = async (): Promise<void> => {
    if (running) return;
    running = true;
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
      hooks.onStatus(`Changed: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}; building.`);
      building = runBuild();
      await building;
      building = undefined;
    }
    running = false;
  };

  const onChange = (path: string): void => {
    if (!isWatched(path, setup)) return;
    if (setup.configFile !== undefined && resolve(path) === resolve(setup.configFile)) configChanged = true;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), hooks.quietMs ?? 150);
  };

  const watchFor = async (next: BuildSetup): Promise<void> => {
    await watcher?.close();
    const targets = [...next.inputs, ...(next.options.templates ? [next.options.templates] : []), ...(next.configFile ? [next.configFile] : [])];
    const out = resolve(next.options.out);
    watcher = watch(targets.filter((target) => existsSync(target)), {
      ignoreInitial: true,
      // The outputs may sit inside a folder of notices; hidden folders and node_modules are never notices.
      ignored: (path) => resolve(path) === out || resolve(path).startsWith(out + sep) || basename(path) === 'node_modules' || (basename(path).startsWith('.') && basename(path) !== '.'),
    });
    watcher.on('all', (_event, path) => onChange(path));
    watcher.on('error', (error) => hooks.onError(error));
    await new Promise<void>((ready) => watcher!.once('ready', () => ready()));
  };

  await runBuild();
  if (hooks.signal.aborted) return 0;
  try {
    await watchFor(setup);
  } catch (error) {
    hooks.onError(error);
  }
  hooks.onStatus(`Watching ${describe(setup)} for changes. Press Ctrl-C to stop.`);
  await new Promise<void>((stop) => hooks.signal.addEventListener('abort', () => stop(), { once: true }));
  clearTimeout(timer);
  await watcher?.close();
  await building;
  hooks.onStatus('Stopped watching.');
  return 0;
}

/** Notices (.yaml files in a watched folder), anything in the templates folder, and the configuration file. */
function isWatched(path: string, setup: BuildSetup): boolean {
  const absolute = resolve(path);
  if (setup.configFile !== undefined && absolute === resolve(setup.configFile)) return true;
  if (setup.options.templates !== undefined && (absolute + sep).startsWith(resolve(setup.options.templates) + sep)) return true;
  if (setup.inputs.some((input) => resolve(input) === absolute)) return true;
  return NOTICE_FILE.test(path) && !isDirectory(path);
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
