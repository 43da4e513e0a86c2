import type { NoticeConfig, RuleSetting } from '../generated/config-types.js';
import type { Language, Profile } from '../generated/notice-types.js';
import { DEFAULT_FORMATS, expandFormats, type OutputFormat } from '../outputs/formats.js';
import type { PaperFormat } from '../pdf/paper.js';

/** Settings given on the command line, already split into lists and checked; absent means not given. */
export interface GivenSettings {
  paths?: readonly string[];
  out?: string;
  /** --site DIR: build a privacy site into DIR. */
  site?: string;
  formats?: readonly OutputFormat[];
  languages?: readonly Language[];
  profile?: Profile;
  templates?: string;
  paper?: PaperFormat;
  /** The --chrome flag: the first step of browser discovery. */
  chrome?: string;
  sandbox?: boolean;
  /** --full-url: the link from a summary to its full notice. */
  fullUrl?: string;
}

/** The settings of one run, each from the command line, else the configuration file, else the default. */
export interface RunSettings {
  inputs: string[];
  /** The output folder: the site's folder when `site` is true. */
  out: string;
  /** Build a privacy site into `out` (--site, or site: in the configuration file). */
  site: boolean;
  naming: string | undefined;
  formats: OutputFormat[];
  /** Undefined: every language each notice declares. */
  languages: Language[] | undefined;
  /** Undefined: each notice's own. */
  profile: Profile | undefined;
  templates: string | undefined;
  pdf: {
    paper: PaperFormat;
    sandbox: boolean;
    /**
     * The browser named by --chrome and the one named by the configuration
     * file: two different steps of browser discovery (the environment
     * variables come between them), so they are kept apart.
     */
    browser: { flag?: string; config?: string };
  };
  rules: Record<string, RuleSetting>;
  /** The link from a summary to its full notice, with {name} {lang} {dir}; undefined: the HTML notice beside it. */
  fullUrl: string | undefined;
}

export const DEFAULT_OUT = 'build';
/** The formats of a site unless told otherwise. */
export const SITE_FORMATS: readonly OutputFormat[] = ['html'];
const DEFAULT_PAPER: PaperFormat = 'a4';

/**
 * Merges the command line over the configuration file over the defaults. Only
 * what was said on the command line counts as given there (not commander's
 * defaults), so that the configuration file is not overridden by a default.
 */
export function runSettings(given: GivenSettings, config: NoticeConfig = {}): RunSettings {
  // --out on the command line asks for plain outputs, also when the configuration file names a site.
  const site = given.site ?? (given.out === undefined ? config.site : undefined);
  return {
    inputs: [...(given.paths && given.paths.length > 0 ? given.paths : (config.inputs ?? []))],
    out: site ?? given.out ?? config.out ?? DEFAULT_OUT,
    site: site !== undefined,
    naming: config.naming,
    // A site's default is its pages alone; Markdown is not for a site.
    formats: expandFormats(given.formats ?? config.formats ?? (site !== undefined ? SITE_FORMATS : DEFAULT_FORMATS)),
    languages: listOrUndefined(given.languages ?? config.languages),
    profile: given.profile ?? config.profile,
    templates: given.templates ?? config.templates,
    pdf: {
      paper: given.paper ?? config.pdf?.paper ?? DEFAULT_PAPER,
      sandbox: given.sandbox ?? config.pdf?.sandbox ?? true,
      browser: {
        ...(given.chrome !== undefined ? { flag: given.chrome } : {}),
        ...(config.pdf?.chrome !== undefined ? { config: config.pdf.chrome } : {}),
      },
    },
    rules: { ...config.rules },
    fullUrl: given.fullUrl ?? config.summary?.full_url,
  };
}

function listOrUndefined<T>(list: readonly T[] | undefined): T[] | undefined {
  return list === undefined ? undefined : [...list];
}
