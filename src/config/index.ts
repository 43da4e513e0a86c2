import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compareDiagnostics } from '../diagnostics.js';
import { CONFIG_FILE_NAMES } from './names.js';
import { NoticeError } from '../errors.js';
import type { NoticeConfig } from '../generated/config-types.js';
import { loadNoticeBytes } from '../load/index.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { configSchema, configValidator } from '../validate/schema.js';

export type { NoticeConfig, RuleSetting } from '../generated/config-types.js';

export { CONFIG_FILE_NAMES } from './names.js';

/** A configuration file read and checked, its paths made relative to the working folder. */
export interface LoadedConfig {
  file: string;
  settings: NoticeConfig;
}

/**
 * The configuration file that applies in `start`: the first notice.config.yaml
 * in it or a folder above it, as git finds .gitignore files; undefined when none.
 */
export function findConfigFile(start: string): string | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Reads and checks a configuration file. Problems in it are a usage error
 * (NoticeError) that carries each problem at its line and column.
 */
export async function loadConfig(file: string, cwd: string = process.cwd()): Promise<LoadedConfig> {
  const shown = displayPath(resolve(cwd, file), cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    throw new NoticeError(
      'CONFIG_NOT_FOUND',
      `Cannot read the configuration file ${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
      'Check --config, or leave it out to use the notice.config.yaml found upwards from here.',
      { cause: error },
    );
  }
  const loaded = loadNoticeBytes(bytes, shown);
  // A file of comments only is a configuration that changes nothing.
  if (loaded.text.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('#'))) {
    return { file: shown, settings: {} };
  }
  let diagnostics = loaded.diagnostics;
  if (diagnostics.length === 0) {
    const validate = configValidator();
    if (!validate(loaded.data)) diagnostics = schemaDiagnostics(validate.errors ?? [], loaded, configSchema());
  }
  if (diagnostics.length > 0) {
    const plural = diagnostics.length === 1 ? 'a problem' : `${diagnostics.length} problems`;
    throw new NoticeError(
      'CONFIG_INVALID',
      `The configuration file ${shown} has ${plural} (above); nothing was checked or built.`,
      'Fix the configuration file; its schema is schemas/notice-config.schema.json.',
      {
        problems: { file: shown, text: loaded.text, diagnostics: [...diagnostics].sort(compareDiagnostics) },
      },
    );
  }
  return { file: shown, settings: withPathsFrom(loaded.data as NoticeConfig, dirname(resolve(cwd, file)), cwd) };
}

/** Paths in the file are relative to its folder; the rest of notice works with paths relative to the working folder. */
function withPathsFrom(settings: NoticeConfig, folder: string, cwd: string): NoticeConfig {
  const fromHere = (path: string) => displayPath(resolve(folder, path), cwd);
  return {
    ...settings,
    ...(settings.inputs ? { inputs: settings.inputs.map(fromHere) as [string, ...string[]] } : {}),
    ...(settings.out ? { out: fromHere(settings.out) } : {}),
    ...(settings.site ? { site: fromHere(settings.site) } : {}),
    ...(settings.templates ? { templates: fromHere(settings.templates) } : {}),
    ...(settings.pdf?.chrome && (settings.pdf.chrome.includes('/') || settings.pdf.chrome.includes('\\'))
      ? { pdf: { ...settings.pdf, chrome: resolve(folder, settings.pdf.chrome) } }
      : {}),
  };
}

/** A path as people read it: relative to the working folder (absolute only on another drive). */
function displayPath(absolute: string, cwd: string): string {
  const path = relative(cwd, absolute);
  return path === '' ? '.' : isAbsolute(path) ? absolute : path;
}
