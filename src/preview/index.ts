import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, sep } from 'node:path';
import { isNoticeError } from '../errors.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import { buildNotices, DEFAULT_NAMING, type BuildOptions } from '../outputs/index.js';
import { outputPath } from '../outputs/naming.js';
import type { PdfPrinter } from '../pdf/index.js';
import type { BuildResult } from '../results.js';
import { watchBuild, type BuildSetup } from '../watch.js';
import { findingsPanel, indexPage, problemPage, servedPage, type IndexEntry } from './pages.js';
import { startServer, type PreviewServer, type Reply } from './server.js';

export { PREVIEW_HOST } from './server.js';
export { RELOAD_SCRIPT, PAGE_CSP, reloadElement } from './pages.js';

/** The port `notice preview` takes unless told otherwise. */
export const DEFAULT_PREVIEW_PORT = 4173;

export interface PreviewHooks {
  /** The port to listen on, on 127.0.0.1; 0 for any free one. */
  port: number;
  /**
   * When a PDF is made again after a save: `lazy` when it is asked for, `eager` right after the HTML of a
   * notice whose PDF has been looked at (so that it is ready, or nearly, when the PDF view is refreshed).
   */
  pdf?: 'lazy' | 'eager';
  /** Once the server listens: its address. */
  onListening(url: string): void;
  /** After each build of the pages, with its results. */
  onBuild(results: BuildResult[], durationMs: number): void | Promise<void>;
  onError(error: unknown): void;
  onStatus(line: string): void;
  /** Reads the settings again, after the configuration file changed. */
  reload(): Promise<BuildSetup>;
  /** Ends the preview (Ctrl-C): the server, the watcher and the browser close. */
  signal: AbortSignal;
}

/** What the preview serves at one path of a notice's page or PDF. */
interface NoticeRoute {
  file: string;
  language: Language;
  kind: 'html' | 'pdf';
  /** The built page, in the preview's own output folder. */
  built: string;
}

/**
 * `notice preview`: builds the notices' HTML into a folder of its own with the
 * watch machinery of `build --watch` (so it follows what that follows), and
 * serves it on 127.0.0.1 with a reload script added at serve time. PDFs are
 * printed by `buildNotices` too, on one browser kept open for the whole
 * preview. Resolves with exit code 0 when the signal is aborted.
 */
export async function previewNotices(first: BuildSetup, hooks: PreviewHooks): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'notice-preview-'));
  const htmlOut = join(work, 'html');
  const pdfOut = join(work, 'pdf');
  let setup = forPreview(first, htmlOut);
  let generation = 0;
  let results: BuildResult[] = [];
  let routes = new Map<string, NoticeRoute>();
  /** The notices and languages whose PDF was asked for: those an eager preview prints again after a save. */
  const viewedPdfs = new Set<string>();
  let printer: Promise<PdfPrinter> | undefined;
  /** PDF builds one after another: they share the PDF folder (and its lock). */
  let printing: Promise<unknown> = Promise.resolve();

  /** The browser, started with the first PDF asked for; one that failed to start is tried again with the next. */
  const openedPrinter = (): Promise<PdfPrinter> =>
    (printer ??= import('../pdf/index.js')
      .then(({ openPrinter }) => openPrinter({ ...setup.options.pdf, signal: hooks.signal }))
      .then(
        (opened) => {
          if (opened.sandboxOff)
            hooks.onStatus(`notice: warning: Chromium (${opened.browser.path}) runs without its sandbox.`);
          return opened;
        },
        (error: unknown) => {
          printer = undefined;
          throw error;
        },
      ));

  /**
   * Builds one notice's PDF in one language (into a folder per language, whose manifest then keeps it up to
   * date: a PDF already current is not printed again).
   */
  const buildPdf = (file: string, language: Language): Promise<BuildResult | undefined> => {
    const run = printing.then(async () => {
      const options: BuildOptions = {
        ...setup.options,
        out: join(pdfOut, language),
        languages: [language],
        formats: ['pdf'],
        printer: await openedPrinter(),
      };
      const [result] = await buildNotices([file], options);
      return result;
    });
    printing = run.catch(() => undefined);
    return run;
  };

  const route = async (path: string): Promise<Reply | undefined> => {
    if (path === '/' || path === '/index.html') return html(200, indexPage(indexEntries(results, routes), generation));
    const target = routes.get(path);
    if (!target) return undefined;
    const result = results.find((r) => r.file === target.file);
    if (!result?.built) {
      return html(409, problemPage(target.file, result, 'The notice has format errors; it was not built.', generation));
    }
    if (target.kind === 'html') {
      const page = await readFile(target.built, 'utf8');
      return html(200, servedPage(page, generation, findingsPanel(result)));
    }
    viewedPdfs.add(viewKey(target.file, target.language));
    let printed: BuildResult | undefined;
    try {
      printed = await buildPdf(target.file, target.language);
    } catch (error) {
      // No browser, or one that does not start: said on the page, as the command would say it.
      if (!isNoticeError(error)) throw error;
      const why = `${error.message}${error.hint ? ` ${error.hint}` : ''}`;
      return html(503, problemPage(target.file, undefined, why, generation));
    }
    const pdf = printed?.built ? await readFile(pdfPath(target, htmlOut, pdfOut)).catch(() => undefined) : undefined;
    if (!pdf) {
      const why = printed?.built ? 'The PDF could not be printed.' : 'The notice has format errors; it was not built.';
      return html(printed?.built ? 500 : 409, problemPage(target.file, printed, why, generation));
    }
    return { status: 200, type: 'application/pdf', body: pdf };
  };

  let server: PreviewServer | undefined;
  try {
    server = await startServer(hooks.port, route, () => generation);
    hooks.onListening(server.url);
    const { announce } = server;
    return await watchBuild(setup, {
      onBuild: async (built, durationMs) => {
        results = built;
        routes = routesOf(built, routes, setup.options, htmlOut);
        announce(++generation);
        if (hooks.pdf === 'eager') {
          for (const result of built) {
            if (result.written.length === 0) continue;
            for (const language of LANGUAGES) {
              if (viewedPdfs.has(viewKey(result.file, language)))
                buildPdf(result.file, language).catch((error: unknown) => hooks.onError(error));
            }
          }
        }
        await hooks.onBuild(built, durationMs);
      },
      onError: hooks.onError,
      onStatus: hooks.onStatus,
      reload: async () => (setup = forPreview(await hooks.reload(), htmlOut)),
      signal: hooks.signal,
      quietMs: PREVIEW_QUIET_MS,
    });
  } finally {
    await server?.close();
    await printing;
    await (await printer?.catch(() => undefined))?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Changes closer together than this make one build. Shorter than `build --watch`'s: a page that waits for
 * the reload is what the user looks at, and an editor's several writes of one save come within a few ms.
 * (bench/preview.mjs: 40 ms gave 0.32 × a cold build from save to reloaded page, 15 ms 0.28 ×.)
 */
const PREVIEW_QUIET_MS = 15;

/** The build setup with the preview's own output folder and HTML only; what the user named stays as it was. */
function forPreview(setup: BuildSetup, out: string): BuildSetup {
  const { check: _check, force: _force, shard: _shard, onProgress: _progress, ...options } = setup.options;
  return { ...setup, options: { ...options, out, formats: ['html'] } };
}

/**
 * The URL path of every page and PDF the last build made. A notice that did not build now keeps the paths it
 * had, so that its open page shows its errors, and reloads into the notice once a save fixes it.
 */
function routesOf(
  results: readonly BuildResult[],
  previous: ReadonlyMap<string, NoticeRoute>,
  options: BuildOptions,
  htmlOut: string,
): Map<string, NoticeRoute> {
  const routes = new Map<string, NoticeRoute>();
  const naming = options.naming ?? DEFAULT_NAMING;
  for (const result of results) {
    if (!result.built) {
      for (const [path, route] of previous) if (route.file === result.file) routes.set(path, route);
      continue;
    }
    const name = basename(result.file, extname(result.file));
    for (const language of LANGUAGES) {
      const page = outputPath(htmlOut, naming, name, language, 'html', result.file);
      if (!result.outputs.includes(page)) continue;
      const pdf = outputPath(htmlOut, naming, name, language, 'pdf', result.file);
      routes.set(urlPath(htmlOut, page), { file: result.file, language, kind: 'html', built: page });
      routes.set(urlPath(htmlOut, pdf), { file: result.file, language, kind: 'pdf', built: pdf });
    }
  }
  return routes;
}

/** Where a notice's PDF is: the same path inside its language's PDF folder as the page's inside the HTML folder. */
function pdfPath(route: NoticeRoute, htmlOut: string, pdfOut: string): string {
  return join(pdfOut, route.language, relative(htmlOut, route.built));
}

function viewKey(file: string, language: Language): string {
  return `${language}:${file}`;
}

function urlPath(out: string, file: string): string {
  return '/' + relative(out, file).split(sep).map(encodeURIComponent).join('/');
}

function indexEntries(results: readonly BuildResult[], routes: ReadonlyMap<string, NoticeRoute>): IndexEntry[] {
  return results.map((result) => {
    const pages: IndexEntry['pages'] = [];
    for (const [path, route] of routes) {
      if (route.file !== result.file || route.kind !== 'html') continue;
      const pdf = [...routes].find(
        ([, r]) => r.file === result.file && r.kind === 'pdf' && r.language === route.language,
      );
      pages.push({ language: route.language, html: path, pdf: pdf?.[0] ?? path });
    }
    return { file: result.file, result, pages };
  });
}

function html(status: number, body: string): Reply {
  return { status, type: 'text/html; charset=utf-8', body };
}
