import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { compareDiagnostics, reachedThrough } from '../diagnostics.js';
import { cannotWrite, writeFileAtomic } from '../fs.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { canonicalJson } from '../hash.js';
import { isPartFileName, loadNoticeBytes, noticeText, readNoticeBytes, type LoadedNotice } from '../load/index.js';
import {
  createRenderer,
  loadTemplates,
  templateFingerprint,
  type RenderedNotice,
  type Renderer,
  type TemplateSet,
} from '../render/index.js';
import { findingsDependOnToday, hasFormatErrors, rulesFingerprint, validateNotice } from '../validate/index.js';
import { findNoticeFiles } from '../notice-files.js';
import type { BuildResult } from '../results.js';
import { compareWithFile, reportStale } from './check.js';
import {
  hashOf,
  hashOfFile,
  keyOf,
  manifestPath,
  MANIFEST_FILE,
  readManifest,
  type ManifestSource,
  partsUnchanged,
  restoreDiagnostic,
  storedDiagnostic,
} from './manifest.js';
import { archiveNotices, checkArchiveOptions } from './archive.js';
import { EXPORTERS } from './exporters.js';
import { outputFormat, type ExportInput } from './formats.js';
import { checkNaming, DEFAULT_NAMING, folderNameOf, outputNames, outputPath } from './naming.js';
import { PdfQueue } from './pdf-queue.js';
import { interrupted, OUT_HINT, prepareFolder, save, saveSoon, takeFolder, type BuildRun } from './run.js';
import type { BuildOptions, BuildProgress } from './options.js';
import { filesOfShard } from './shards.js';
import { checkSiteOptions, planSite, SITE_NAMING, siteSettings } from '../site/index.js';
import { checkFullUrl } from '../summary/index.js';

export {
  OUTPUT_FORMATS,
  OUTPUT_FORMAT_IDS,
  DEFAULT_FORMATS,
  type OutputFormat,
  type OutputFormatSpec,
} from './formats.js';
export { DEFAULT_NAMING } from './naming.js';
export { parseShard, filesOfShard, type Shard } from './shards.js';
export type { BuildResult } from '../results.js';
export { MANIFEST_FILE } from './manifest.js';
export { LOCK_FILE } from './run.js';
export type { BrowserInfo } from './pdf-queue.js';
export type { BuildOptions, BuildProgress } from './options.js';

/** The diagnostics with each one that repeats another in every field left out. */
function withoutRepeats(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = canonicalJson(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates and renders every notice the paths name. A notice with format
 * (schema or YAML) errors is not built; legal-completeness findings do not
 * stop it, like a compiler that still emits code on type errors.
 *
 * Incremental: an output is written only when it is missing, was changed on
 * disk, or any of its inputs changed (the notice file, the templates, the
 * options, the notice version), as recorded in OUT/.notice-manifest.json.
 * An unchanged notice is not even parsed: its findings come from the manifest.
 */
export async function buildNotices(paths: readonly string[], options: BuildOptions): Promise<BuildResult[]> {
  if (options.site) checkSiteOptions(options.formats, options.shard !== undefined);
  if (options.archive !== undefined) checkArchiveOptions(options.archive, options.out, options.check === true);
  const naming = options.site ? SITE_NAMING : (options.naming ?? DEFAULT_NAMING);
  checkNaming(naming);
  if (options.summary?.fullUrl !== undefined) checkFullUrl(options.summary.fullUrl, 'The summary link');
  const found = await findNoticeFiles(paths);
  const site = options.site ? await planSite(found, siteSettings(options)) : undefined;
  // Names are checked over all notices, so that a clash shows whichever shard runs.
  const names = site ? site.names : outputNames(found, naming);
  const files = options.shard ? filesOfShard(found, names, options.shard) : found;
  const templateSet = loadTemplates(options.templates);
  const run: BuildRun = {
    options,
    naming,
    names,
    validation: {
      today: options.today ?? new Date().toISOString().slice(0, 10),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    },
    findingsKey: keyOf({
      version: options.version,
      profile: options.profile,
      rules: JSON.stringify(Object.entries(options.rules ?? {}).sort()),
      registry: rulesFingerprint(),
    }),
    templates: templateFingerprint(templateSet),
    templateSet,
    site,
    renderer: () => (run.created ??= rendererFor(templateSet, run.templates, options.version)),
    ...(await readManifest(options.out)),
    folders: new Map(),
    archived: [],
    printing: undefined,
    saving: undefined,
    savedAt: performance.now(),
  };
  const progress: BuildProgress = { notices: { done: 0, total: files.length }, pdfs: { done: 0, queued: 0 } };
  const tell = () => options.onProgress?.(progress);
  if (options.formats.some((format) => 'print' in outputFormat(format).produce)) {
    const { onProgress: _notices, ...queueOptions } = options;
    run.printing = new PdfQueue({
      ...queueOptions,
      onProgress: (done, queued) => {
        progress.pdfs = { done, queued };
        tell();
      },
    });
  }
  const results: BuildResult[] = [];
  const previousOutputs = new Set(Object.values(run.manifest.sources).flatMap((source) => Object.keys(source.outputs)));
  let failed = false;
  const release = options.check ? undefined : await takeFolder(options.out, run);
  // Ctrl-C: stop printing at once; the loop below stops before the next notice.
  const stop = () => void run.printing?.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    for (const file of files) {
      if (options.signal?.aborted) break;
      results.push(await buildOne(file, run));
      progress.notices.done++;
      tell();
      saveSoon(run);
    }
    await run.printing?.finish();
    if (options.signal?.aborted) throw interrupted(options.out);
    if (site) {
      // The site is what this build made: the record of notices no longer in it goes with their pages.
      for (const path of Object.keys(run.manifest.sources))
        if (!files.some((file) => manifestPath(options.out, file) === path)) delete run.manifest.sources[path];
      const checked = await site.finish({
        results,
        renderer: run.renderer,
        css: templateSet.css,
        previousOutputs,
      });
      if (checked) results.push(checked);
    }
    if (options.archive !== undefined && !options.check)
      await archiveNotices(options.archive, run.archived, options.formats);
  } catch (error) {
    failed = true;
    throw options.signal?.aborted ? interrupted(options.out) : error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await run.printing?.close();
    // Also after a failure (no browser, Ctrl-C): the outputs that were written are recorded.
    if (!options.check) {
      await run.saving;
      await save(run).catch((error: unknown) => {
        // The first failure is the one to report.
        if (!failed) throw cannotWrite(join(options.out, MANIFEST_FILE), error, OUT_HINT);
      });
    }
    await release?.();
  }
  for (const result of results) {
    // An export reports what it cannot carry once per language built; the report says it once.
    result.diagnostics = withoutRepeats(result.diagnostics).sort(compareDiagnostics);
    // PDFs finish in any order; the report lists outputs in build order.
    result.written = result.outputs.filter((output) => result.written.includes(output));
    if (result.stale) result.stale = result.outputs.filter((output) => result.stale!.includes(output));
  }
  return results;
}

/** The renderer of the last build, with what it was made from. */
let lastRenderer: { key: string; renderer: Renderer } | undefined;

/**
 * A renderer for these templates: the last build's when the templates and version are the same. Compiling the
 * templates is a good part of rebuilding one notice, which `--watch` and `notice preview` do on every save.
 */
function rendererFor(templateSet: TemplateSet, fingerprint: string, version: string | undefined): Renderer {
  const key = keyOf({ templates: fingerprint, version });
  if (lastRenderer?.key !== key) {
    lastRenderer = { key, renderer: createRenderer({ templateSet, ...(version ? { version } : {}) }) };
  }
  return lastRenderer.renderer;
}

async function buildOne(file: string, run: BuildRun): Promise<BuildResult> {
  const { options } = run;
  const bytes = await readNoticeBytes(file);
  if (!(bytes instanceof Uint8Array)) return resultOf(file, bytes.text, bytes.diagnostics, false, options);

  const sourcePath = manifestPath(options.out, file);
  const sourceHash = hashOf(bytes);
  const previous = run.manifest.sources[sourcePath];
  let loaded: LoadedNotice | undefined;
  const load = (): LoadedNotice => (loaded ??= loadNoticeBytes(bytes, file));

  const { validation, findingsKey } = run;
  let entry: ManifestSource;
  let diagnostics: Diagnostic[];
  if (
    !options.force &&
    previous?.hash === sourceHash &&
    previous.findings.key === findingsKey &&
    !previous.findings.recheck &&
    partsUnchanged(previous.parts, options.out)
  ) {
    entry = { ...previous, outputs: {} };
    diagnostics = previous.findings.diagnostics.map((d) => restoreDiagnostic(d, file));
  } else {
    diagnostics = await validateNotice(load(), validation);
    const recheck = findingsDependOnToday(load(), diagnostics, validation) ? { recheck: true } : {};
    const declared = (load().data as Notice | undefined)?.notice?.languages;
    const parts = load().parts;
    entry = {
      hash: sourceHash,
      ...(parts.length > 0
        ? { parts: Object.fromEntries(parts.map((part) => [manifestPath(options.out, part.file), part.hash])) }
        : {}),
      languages: Array.isArray(declared) ? declared : [],
      findings: { key: findingsKey, ...recheck, diagnostics: diagnostics.map((d) => storedDiagnostic(d, file)) },
      outputs: {},
    };
  }
  // An output is made from the notice and every part it extends. Sorted: the manifest keeps its keys sorted,
  // while a fresh load lists the parts in the order it read them.
  const inputsHash = entry.parts
    ? keyOf({ notice: sourceHash, parts: JSON.stringify(Object.entries(entry.parts).sort()) })
    : sourceHash;
  // The entry lists the outputs of this build only: those of earlier options or namings drop out.
  const known = previous?.outputs ?? {};
  run.manifest.sources[sourcePath] = entry;

  // The text is for code frames; a notice without findings needs none.
  const text = diagnostics.length > 0 ? (loaded?.text ?? noticeText(bytes)) : '';
  const result = resultOf(file, text, diagnostics, !hasFormatErrors(diagnostics), options);
  if (entry.parts) result.parts = Object.keys(entry.parts).map((part) => join(options.out, part));
  // A shared part named on its own is checked as a fragment; it has no outputs of its own.
  if (!result.built || isPartFileName(basename(file))) return result;

  const rendered = new Map<Language, RenderedNotice>();
  const render = (language: Language): RenderedNotice => {
    let done = rendered.get(language);
    if (!done)
      rendered.set(
        language,
        (done = run.renderer().render(load().data as unknown as Notice, language, options.profile)),
      );
    return done;
  };
  // What an export reads: the archive's copies are made without the link to the full notice.
  const exportInput = (language: Language, fullNotice?: string): ExportInput => ({
    notice: load().data as unknown as Notice,
    language,
    locate: load().locate,
    file,
    rendered: () => render(language),
    profile: options.profile,
    version: options.version ?? '',
    templates: run.templateSet,
    ...(fullNotice !== undefined ? { fullNotice } : {}),
  });
  // A notice's text outputs are written together: each write waits for the disk (fsync), and the waits overlap.
  const writes: Promise<void>[] = [];
  const languages = languagesFor(entry.languages, options, result);
  if (options.archive !== undefined) {
    run.archived.push({
      result,
      loaded: load(),
      name: archiveName(file, run),
      languages,
      render,
      pdfPath: (language) => outputPath(options.out, run.naming, run.names.get(file)!, language, 'pdf', file),
      exportInput,
    });
  }
  for (const language of languages) {
    for (const format of options.formats) {
      const target = outputPath(options.out, run.naming, run.names.get(file)!, language, format, file);
      const { produce } = outputFormat(format);
      const printed = 'print' in produce;
      const fullNotice = 'export' in produce ? fullNoticeLink(run, file, language, target) : undefined;
      const outputKey = keyOf({
        ...(fullNotice !== undefined ? { fullNotice } : {}),
        source: inputsHash,
        templates: run.templates,
        version: options.version,
        format,
        language,
        profile: options.profile,
        // Only a printed output carries the paper size and a date from SOURCE_DATE_EPOCH.
        paper: printed ? (options.pdf?.paper ?? 'a4') : undefined,
        epoch: printed ? (options.env ?? process.env)['SOURCE_DATE_EPOCH'] : undefined,
        site: run.site?.key,
      });
      result.outputs.push(target);
      const outputName = manifestPath(options.out, target);
      const before = known[outputName];
      if (!options.force && before?.key === outputKey && hashOfFile(target) === before.hash) {
        entry.outputs[outputName] = before;
        for (const stored of before.diagnostics ?? []) result.diagnostics.push(restoreDiagnostic(stored, file));
        continue;
      }

      const keep = async (content: string | Uint8Array, found: readonly Diagnostic[] = []): Promise<void> => {
        if (options.check) return compareWithFile(target, content, result);
        await prepareFolder(dirname(target), run);
        await writeFileAtomic(target, content).catch((error: unknown) => {
          throw cannotWrite(target, error, OUT_HINT);
        });
        const stored = found.length > 0 ? { diagnostics: found.map((d) => storedDiagnostic(d, file)) } : {};
        entry.outputs[outputName] = { key: outputKey, hash: hashOf(content), ...stored };
        result.written.push(target);
        saveSoon(run);
      };
      if (options.check && !existsSync(target)) {
        reportStale(result, 'OUTPUT_MISSING', target);
      } else if ('print' in produce) {
        const rendered = render(language);
        run.printing!.warmUp();
        await run.printing!.add({ html: produce.print(rendered), meta: rendered.meta, file, target }, keep, (failure) =>
          result.diagnostics.push(failure),
        );
      } else if ('export' in produce) {
        const exported = EXPORTERS[produce.export](exportInput(language, fullNotice));
        const found = exported.diagnostics.map((d) => reachedThrough(d, file));
        result.diagnostics.push(...found);
        writes.push(keep(exported.text, found));
      } else if (run.site && format === 'html') {
        writes.push(keep(run.site.page(render(language), file)));
      } else {
        writes.push(keep(produce.text(render(language))));
      }
    }
  }
  await Promise.all(writes);
  return result;
}

/** A notice's result before any output: with `check`, an empty list of stale outputs to fill. */
function resultOf(
  file: string,
  text: string,
  diagnostics: Diagnostic[],
  built: boolean,
  options: BuildOptions,
): BuildResult {
  return { file, text, diagnostics, built, outputs: [], written: [], ...(options.check ? { stale: [] } : {}) };
}

function languagesFor(declared: readonly Language[], options: BuildOptions, result: BuildResult): Language[] {
  if (!options.languages) return [...declared];
  for (const language of options.languages.filter((l) => !declared.includes(l))) {
    result.diagnostics.push({
      code: 'BUILD_LANGUAGE_NOT_DECLARED',
      severity: 'warning',
      file: result.file,
      line: 1,
      column: 1,
      path: '/notice/languages',
      message: `The notice is not published in ${language}, so no ${language} version was built.`,
      hint: `Add ${language} to \`notice.languages\` and the texts in it, or leave it out of --lang.`,
    });
  }
  return declared.filter((l) => options.languages!.includes(l));
}

/** Where a summary links to its full notice: the configured URL with its tokens, else the HTML notice beside it. */
function fullNoticeLink(run: BuildRun, file: string, language: Language, target: string): string {
  const name = run.names.get(file)!;
  const url = run.options.summary?.fullUrl;
  if (url !== undefined) {
    const fields: Record<string, string> = { name, lang: language, dir: folderNameOf(file) };
    return url.replace(/\{(name|lang|dir)\}/g, (_, field: string) => encodeURIComponent(fields[field]!));
  }
  const page = outputPath(run.options.out, run.naming, name, language, 'html', file);
  return relative(dirname(target), page).split(sep).map(encodeURIComponent).join('/');
}

/** A notice's folder in the archive: its output name, with its folder's name when the naming has {dir}. */
function archiveName(file: string, run: BuildRun): string {
  const name = run.names.get(file)!;
  return !run.site && run.naming.includes('{dir}') ? `${folderNameOf(file)}/${name}` : name;
}
