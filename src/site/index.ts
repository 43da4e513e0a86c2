import { existsSync } from 'node:fs';
import { readdir, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { NoticeError } from '../errors.js';
import type { BuildOptions } from '../outputs/options.js';
import { cannotWrite, fileHolds, writeFileAtomic } from '../fs.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { loadNotice } from '../load/index.js';
import { compareWithFile } from '../outputs/check.js';
import type { RenderedNotice, Renderer } from '../render/index.js';
import { inlineText } from '../render/html.js';
import type { BuildResult } from '../results.js';
import { firstLanguage, nameIn, organisationController } from '../organisation.js';
import { checkPlacements, placementOf, type Placement } from './organisation.js';
import {
  frontPage,
  noticePage,
  organisationPage,
  siteStylesheet,
  type OrganisationEntry,
  type RegisterEntry,
} from './pages.js';

export { slugOf } from '../organisation.js';
export { placementOf, NO_CONTROLLER, type Placement } from './organisation.js';

/** Where a site puts each output of a register: ORG/REGISTER/LANG.EXT. */
export const SITE_NAMING = '{name}/{lang}.{ext}';

const SITE_HINT = 'Check the site folder (--site, or site: in notice.config.yaml) and what is in it.';

/** What a site build needs beside the build's own options. */
export interface SiteSettings {
  out: string;
  /** The languages to build; undefined: each notice's own. */
  languages?: readonly Language[];
  /** Whether PDFs are built beside the pages (and linked from them). */
  pdf: boolean;
  version: string;
  check: boolean;
}

/**
 * A privacy site in the making: where each notice's pages go (read from the
 * notices before the build), its notice pages, and, once every notice is
 * built, the indexes, the stylesheet and the removal of what earlier builds
 * made that this one no longer does.
 */
export interface SitePlan {
  /** The name each notice is built under: ORG/REGISTER. */
  names: Map<string, string>;
  /** Goes into every page's key: what a page holds beside its notice. */
  key: string;
  /** A notice's page in one language. */
  page(rendered: RenderedNotice, file: string): string;
  finish(run: SiteRun): Promise<BuildResult | undefined>;
}

/** What the build hands to the site once every notice is built. */
export interface SiteRun {
  results: readonly BuildResult[];
  renderer: () => Renderer;
  /** The stylesheet of the template set (style.css). */
  css: string;
  /** Every output the manifest recorded before this build, as paths relative to the site folder. */
  previousOutputs: ReadonlySet<string>;
}

/** Reads every notice for its controller and plans the site. */
export async function planSite(files: readonly string[], settings: SiteSettings): Promise<SitePlan> {
  const loaded = new Map<string, Partial<Notice>>();
  const placements = new Map<string, Placement>();
  for (const file of files) {
    const data = ((await loadNotice(file)).data ?? {}) as Partial<Notice>;
    loaded.set(file, data);
    placements.set(file, placementOf(file, data));
  }
  checkPlacements(placements);
  const builtLanguages = (file: string): Language[] => {
    const declared = loaded.get(file)?.notice?.languages;
    const all = Array.isArray(declared) ? declared : [];
    return settings.languages ? all.filter((l) => settings.languages!.includes(l)) : [...all];
  };
  return {
    names: new Map([...placements].map(([file, p]) => [file, `${p.organisation}/${p.register}`])),
    key: JSON.stringify({ site: 1, pdf: settings.pdf, languages: settings.languages ?? null }),
    page: (rendered, file) =>
      noticePage({
        rendered,
        languages: builtLanguages(file),
        pdf: settings.pdf,
        organisation: nameIn(organisationController(loaded.get(file))?.name, rendered.language),
        version: settings.version,
      }),
    finish: async (run) => {
      const built = run.results.filter((result) => result.built && builtLanguages(result.file).length > 0);
      const entries = built.map((result) => {
        const data = loaded.get(result.file)!;
        return {
          placement: placements.get(result.file)!,
          data,
          entry: registerEntry(data, placements.get(result.file)!, builtLanguages(result.file), run.renderer()),
        };
      });
      const organisations = organisationsOf(entries);
      const pages = new Map<string, string>([
        ['style.css', siteStylesheet(run.css)],
        ['index.html', frontPage(organisations, mostCommon(organisations.map((o) => o.language)), settings.version)],
        ...organisations.map((o): [string, string] => [
          `${o.folder}/index.html`,
          organisationPage(o, settings.pdf, settings.version),
        ]),
      ]);
      const current = new Set(run.results.flatMap((result) => result.outputs.map((o) => inSite(settings.out, o))));
      const stale = [...run.previousOutputs].filter((path) => !current.has(path)).sort();
      return settings.check
        ? checkSite(settings.out, pages, stale)
        : void (await writeSite(settings.out, pages, stale, new Set(organisations.map((o) => o.folder))));
    },
  };
}

interface Planned {
  placement: Placement;
  data: Partial<Notice>;
  entry: RegisterEntry;
}

function registerEntry(
  data: Partial<Notice>,
  placement: Placement,
  languages: Language[],
  renderer: Renderer,
): RegisterEntry {
  const titles: Partial<Record<Language, string>> = {};
  for (const language of languages) {
    const { view } = renderer.render(data as Notice, language);
    // The register's name says which register it is; the document's title ("Privacy notice") does not.
    const registerName = (
      view.sections.flatMap((section) => section.parts).find((part) => part.key === 'register_name')?.data as
        { text?: string } | undefined
    )?.text;
    titles[language] = inlineText(registerName ?? view.title) || placement.register;
  }
  const updated = data.notice?.updated ?? data.notice?.created;
  return {
    register: placement.register,
    languages,
    titles,
    ...(typeof updated === 'string' ? { updated } : {}),
  };
}

/**
 * The organisations, each with its registers. Its name is the controller's
 * name in the notice updated last (a company that changes its name changes it
 * in its newest notice first); its language the first language of most of its
 * notices. Sorted by folder, so that the same notices give the same pages.
 */
function organisationsOf(planned: readonly Planned[]): OrganisationEntry[] {
  const groups = new Map<string, Planned[]>();
  for (const item of planned) {
    const group = groups.get(item.placement.organisation) ?? [];
    group.push(item);
    groups.set(item.placement.organisation, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, items]) => {
      const language = mostCommon(items.map((item) => firstLanguage(item.data)));
      const newest = [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0]!;
      const name = nameIn(organisationController(newest.data)?.name, language);
      const registers = items
        .map((item) => item.entry)
        .sort((a, b) => (a.register < b.register ? -1 : a.register > b.register ? 1 : 0));
      return {
        folder,
        name: name === undefined ? undefined : inlineText(name),
        ...(newest.placement.byBusinessId ? { businessId: folder } : {}),
        language,
        registers,
      };
    });
}

function dateOf(item: Planned): string {
  return item.entry.updated ?? '';
}

/** The value most of the list has; on a tie, the one that comes first. fi for an empty list. */
function mostCommon(languages: readonly Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: Language = languages[0] ?? 'fi';
  for (const language of languages) if (counts.get(language)! > counts.get(best)!) best = language;
  return best;
}

/**
 * Writes the indexes and the stylesheet when they changed, and removes the
 * outputs of earlier builds that this one did not make (a removed notice, a
 * renamed file, a controller whose business ID changed), with the index of an
 * organisation that no longer has a register and the folders left empty.
 */
async function writeSite(
  out: string,
  pages: ReadonlyMap<string, string>,
  stale: readonly string[],
  organisations: ReadonlySet<string>,
): Promise<void> {
  for (const [path, text] of pages) {
    const target = join(out, path);
    if (fileHolds(target, text)) continue;
    await writeFileAtomic(target, text).catch((error: unknown) => {
      throw cannotWrite(target, error, SITE_HINT);
    });
  }
  const folders = new Set<string>();
  for (const path of stale) {
    await unlink(join(out, path)).catch(() => undefined);
    const organisation = path.split('/')[0]!;
    if (!organisations.has(organisation)) await unlink(join(out, organisation, 'index.html')).catch(() => undefined);
    folders.add(dirname(join(out, path)));
  }
  for (const folder of [...folders].sort().reverse()) await removeEmptyFolders(folder, resolve(out));
}

/** With --check: each index missing or out of date, and each page a build would remove, as one result. */
async function checkSite(
  out: string,
  pages: ReadonlyMap<string, string>,
  stale: readonly string[],
): Promise<BuildResult | undefined> {
  const result: BuildResult = {
    file: join(out, 'index.html'),
    text: '',
    diagnostics: [],
    built: true,
    outputs: [...pages.keys()].map((path) => join(out, path)),
    written: [],
    stale: [],
  };
  for (const [path, text] of pages) await compareWithFile(join(out, path), text, result);
  for (const path of stale.filter((path) => existsSync(join(out, path)))) {
    result.stale!.push(join(out, path));
    result.diagnostics.push({
      code: 'OUTPUT_STALE',
      severity: 'error',
      file: result.file,
      line: 1,
      column: 1,
      path: '',
      value: join(out, path),
      message: `${join(out, path)} belongs to no notice of the site; notice build would remove it.`,
      hint: 'Run notice build with the same options and configuration, and commit what it writes.',
    });
  }
  return result.diagnostics.length > 0 ? result : undefined;
}

async function removeEmptyFolders(folder: string, root: string): Promise<void> {
  for (let current = resolve(folder); current !== root && current.startsWith(root + sep); current = dirname(current)) {
    if ((await readdir(current).catch(() => ['?'])).length > 0) return;
    await rmdir(current).catch(() => undefined);
  }
}

function inSite(out: string, path: string): string {
  return relative(resolve(out), resolve(path)).split(sep).join('/');
}

/** The options a site cannot do without, or cannot go with. */
export function checkSiteOptions(formats: readonly string[], sharded: boolean): void {
  if (sharded) {
    throw new NoticeError(
      'BAD_OPTION',
      'A site is built whole: --shard does not go with --site.',
      'Build the site in one run; its indexes list every notice.',
    );
  }
  if (!formats.includes('html')) {
    throw new NoticeError(
      'BAD_OPTION',
      `A site is made of HTML pages, but the formats are ${formats.join(', ')}.`,
      'Add html to --format (or formats: in notice.config.yaml); pdf adds a PDF beside each page.',
    );
  }
}

/** What the site needs of a build's options. */
export function siteSettings(options: BuildOptions): SiteSettings {
  return {
    out: options.out,
    ...(options.languages ? { languages: options.languages } : {}),
    pdf: options.formats.includes('pdf'),
    version: options.version ?? '',
    check: options.check === true,
  };
}
