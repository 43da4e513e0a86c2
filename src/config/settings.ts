import type { NoticeConfig } from '../generated/config-types.js';

/**
 * The settings of one run: what the command line says, else what the
 * configuration file says, else the default. Only options given on the
 * command line count as said there (not commander's defaults).
 */
export interface RunSettings {
  inputs: string[];
  out: string;
  naming: string | undefined;
  formats: string[];
  languages: string[] | undefined;
  profile: 'gdpr' | 'hetil' | undefined;
  templates: string | undefined;
  paper: 'a4' | 'letter';
  chrome: string | undefined;
  /** Where chrome came from: the --chrome flag, or the configuration file (a later step of browser discovery). */
  chromeFrom: 'flag' | 'config' | undefined;
  sandbox: boolean;
  rules: NonNullable<NoticeConfig['rules']>;
}

/** Options as given on the command line; absent means not given. */
export interface GivenOptions {
  paths?: string[];
  out?: string;
  formats?: string[];
  languages?: string[];
  profile?: 'gdpr' | 'hetil';
  templates?: string;
  paper?: 'a4' | 'letter';
  chrome?: string;
  sandbox?: boolean;
}

export const DEFAULTS = { out: 'build', formats: ['md', 'html'], paper: 'a4' } as const;

export function runSettings(given: GivenOptions, config: NoticeConfig = {}): RunSettings {
  const chromeFrom = given.chrome !== undefined ? 'flag' : config.pdf?.chrome !== undefined ? 'config' : undefined;
  return {
    inputs: given.paths && given.paths.length > 0 ? given.paths : (config.inputs ?? []),
    out: given.out ?? config.out ?? DEFAULTS.out,
    naming: config.naming,
    formats: given.formats ?? config.formats ?? [...DEFAULTS.formats],
    languages: given.languages ?? config.languages,
    profile: given.profile ?? config.profile,
    templates: given.templates ?? config.templates,
    paper: given.paper ?? config.pdf?.paper ?? DEFAULTS.paper,
    chrome: given.chrome ?? config.pdf?.chrome,
    chromeFrom,
    sandbox: given.sandbox ?? config.pdf?.sandbox ?? true,
    rules: config.rules ?? {},
  };
}
