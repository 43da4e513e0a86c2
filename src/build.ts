import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { NoticeError } from './errors.js';
import { writeFileAtomic } from './fs.js';
import type { Language, Notice } from './generated/notice-types.js';
import { loadNotice } from './load/index.js';
import { createRenderer, type RenderedNotice } from './render/index.js';
import { validateNotice, type Profile } from './validate/index.js';
import { findNoticeFiles } from './validate-paths.js';

export const OUTPUT_FORMATS = ['md', 'html', 'html-fragment'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXTENSION: Record<OutputFormat, string> = { md: 'md', html: 'html', 'html-fragment': 'fragment.html' };
const CONTENT: Record<OutputFormat, (r: RenderedNotice) => string> = { md: (r) => r.markdown, html: (r) => r.html, 'html-fragment': (r) => r.fragment };

export interface BuildOptions {
  /** Folder for the outputs; created when missing. */
  out: string;
  formats: readonly OutputFormat[];
  /** Languages to build; default: every language each notice declares. */
  languages?: readonly Language[];
  templates?: string;
  profile?: Profile;
  /** Written into generated pages. */
  version?: string;
  today?: string;
}

export interface BuildResult {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
  /** Paths written, in order. */
  outputs: string[];
  /** True when the notice was not built because of format errors. */
  skipped: boolean;
}

/**
 * Validates and renders every notice the paths name. A notice with format
 * (schema or YAML) errors is not built; legal-completeness findings do not
 * stop it, like a compiler that still emits code on type errors.
 */
export async function buildNotices(paths: readonly string[], options: BuildOptions): Promise<BuildResult[]> {
  const files = await findNoticeFiles(paths);
  const names = outputNames(files);
  const renderer = createRenderer({ ...(options.templates ? { templates: options.templates } : {}), ...(options.version ? { version: options.version } : {}) });
  await mkdir(options.out, { recursive: true });
  const results: BuildResult[] = [];
  for (const file of files) {
    const loaded = await loadNotice(file);
    const diagnostics = await validateNotice(loaded, { ...(options.profile ? { profile: options.profile } : {}), ...(options.today ? { today: options.today } : {}) });
    const blocked = diagnostics.some((d) => d.severity === 'error' && d.rule === undefined);
    const result: BuildResult = { file, text: loaded.text, diagnostics, outputs: [], skipped: blocked };
    results.push(result);
    if (blocked || !loaded.data) continue;
    const notice = loaded.data as unknown as Notice;
    for (const language of languagesFor(notice, options, result)) {
      const rendered = renderer.render(notice, language, options.profile);
      for (const format of options.formats) {
        const target = join(options.out, `${names.get(file)}.${language}.${EXTENSION[format]}`);
        await writeFileAtomic(target, CONTENT[format](rendered));
        result.outputs.push(target);
      }
    }
  }
  return results;
}

function languagesFor(notice: Notice, options: BuildOptions, result: BuildResult): Language[] {
  const declared = notice.notice.languages;
  if (!options.languages) return declared;
  for (const language of options.languages.filter((l) => !declared.includes(l))) {
    result.diagnostics.push({
      code: 'BUILD_LANGUAGE_NOT_DECLARED', severity: 'warning', file: result.file, line: 1, column: 1, path: '/notice/languages',
      message: `The notice is not published in ${language}, so no ${language} version was built.`,
      hint: `Add ${language} to \`notice.languages\` and the texts in it, or leave it out of --lang.`,
    });
  }
  return declared.filter((l) => options.languages!.includes(l));
}

/** Output base names (the file name without .yaml); two notices may not share one. */
function outputNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const file of files) {
    const name = basename(file, extname(file));
    const other = owner.get(name);
    if (other) {
      throw new NoticeError('OUTPUT_NAME_CLASH', `${other} and ${file} would both be built as ${name}.<lang>.*.`, 'Rename one of them, or build them into different --out folders.');
    }
    owner.set(name, file);
    names.set(file, name);
  }
  return names;
}
