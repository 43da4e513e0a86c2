import { fromPointer, toPointer } from '../diagnostics.js';
import { NoticeError } from '../errors.js';
import { readTextFile, writeTextFile } from '../fs.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import { loadNotice, type LoadedNotice } from '../load/index.js';
import { noticeSchema } from '../validate/schema.js';
import { walkData } from '../validate/schema-walk.js';
import { translationsOf, type TextTranslations, type TranslationState } from './status.js';
import { writeMarks, type MarkToWrite } from './write.js';

export { sourceHash, parseMark, formatMark, type TranslationMark } from './marks.js';
export type { TranslationState, TextTranslations } from './status.js';

// `notice translations`: how each language of a notice's texts stands against
// its source, and `--mark` to record the source each translation was made from.
// README: "`notice translations`".

export interface TranslationsOptions {
  /** The language translations are made from where a text has no mark yet; default `notice.languages[0]`. */
  source?: Language;
}

/** One translatable text of a notice, where it is written, and how its languages stand. */
export interface TranslatedText extends TextTranslations {
  /** JSON Pointer of the text, for example `/purposes/items/0/description`. */
  path: string;
  /** The file the text is written in: the notice, or a shared part (`extends:`). */
  file: string;
  line: number;
  column: number;
}

/** How many texts are in each state, for one language. */
export type LanguageCounts = { language: Language } & Record<TranslationState, number>;

export interface TranslationsReport {
  file: string;
  languages: Language[];
  /** The default source language. */
  source: Language;
  counts: LanguageCounts[];
  texts: TranslatedText[];
}

/** How the translations of a loaded notice stand, per language and per text. */
export function translationsReport(loaded: LoadedNotice, options: TranslationsOptions = {}): TranslationsReport {
  const data = loaded.data;
  if (data === undefined) {
    throw new NoticeError('TRANSLATIONS_UNREADABLE', `${loaded.file} cannot be read as a notice.`, undefined, {
      problems: { file: loaded.file, text: loaded.text, diagnostics: loaded.diagnostics },
    });
  }
  const languages = languagesOf(loaded);
  const source = options.source ?? languages[0]!;
  if (!languages.includes(source)) {
    throw new NoticeError(
      'TRANSLATIONS_SOURCE_UNDECLARED',
      `${loaded.file} is not published in ${source}: its languages are ${languages.join(', ')}.`,
      `Name one of ${languages.join(', ')} with --source.`,
    );
  }
  const texts: TranslatedText[] = [];
  walkData(noticeSchema(), data, (path, value, schema) => {
    if (schema.def !== 'Text' || value === null || (typeof value !== 'string' && typeof value !== 'object')) return;
    const comment = loaded.locate.commentAt?.(path);
    const found = translationsOf(value as string | Partial<Record<Language, string>>, languages, source, comment);
    if (!found) return;
    const at = loaded.locate.keyAt(path);
    texts.push({ ...found, path: toPointer(path), file: at.file ?? loaded.file, line: at.line, column: at.column });
  });
  const counts = languages.map((language) => {
    const count: LanguageCounts = { language, source: 0, current: 0, stale: 0, unmarked: 0, missing: 0 };
    for (const text of texts) count[text.states[language]]++;
    return count;
  });
  return { file: loaded.file, languages, source, counts, texts };
}

/** True when some text lacks a language or has a stale translation: `notice translations` exits 1. */
export function hasTranslationProblems(report: TranslationsReport): boolean {
  return report.counts.some((c) => c.stale > 0 || c.missing > 0);
}

function languagesOf(loaded: LoadedNotice): Language[] {
  const meta = loaded.data?.['notice'] as { languages?: unknown } | undefined;
  const declared = Array.isArray(meta?.languages)
    ? meta.languages.filter((l): l is Language => (LANGUAGES as readonly string[]).includes(l as string))
    : [];
  if (declared.length > 0) return declared;
  throw new NoticeError(
    'TRANSLATIONS_NO_LANGUAGES',
    `${loaded.file} declares no languages (\`notice.languages\`).`,
    loaded.part
      ? 'A shared part takes its languages from the notice: run `notice translations` on the notices that extend it; their marks are written into the part.'
      : 'Add `notice.languages`, for example `languages: [fi, sv, en]`.',
  );
}

/** What `markTranslations` did: the marks written per file, and texts it could not mark where they are written. */
export interface MarkResult {
  report: TranslationsReport;
  written: { file: string; marks: number }[];
  unmarkable: { file: string; path: string }[];
}

/**
 * Records, for each text whose source and a translation are present, that its
 * translations were made from the source text as it is now: a mark
 * `# from fi:3f2a1b9c` with the text, in the file where the text is written
 * (a shared part for a text that comes from one). A text keeps the source
 * language its mark names. Only comments change; a file whose marks are
 * already right is not written.
 */
export async function markTranslations(file: string, options: TranslationsOptions = {}): Promise<MarkResult> {
  const before = translationsReport(await loadNotice(file), options);
  const byFile = new Map<string, MarkToWrite[]>();
  for (const text of before.texts) {
    if (text.hash === undefined || text.mark?.hash === text.hash) continue;
    if (!before.languages.some((l) => l !== text.source && text.states[l] !== 'missing')) continue;
    const marks = byFile.get(text.file) ?? [];
    marks.push({ path: fromPointer(text.path), mark: { source: text.source, hash: text.hash } });
    byFile.set(text.file, marks);
  }
  const written: MarkResult['written'] = [];
  const unmarkable: MarkResult['unmarkable'] = [];
  for (const [target, marks] of byFile) {
    // The text is marked as the loader reads it, and written back in the file's own form.
    const { text, form } = await readTextFile(target);
    const result = writeMarks(text, marks);
    unmarkable.push(...result.unmarkable.map((path) => ({ file: target, path: toPointer(path) })));
    const count = marks.length - result.unmarkable.length;
    if (count === 0) continue;
    await writeTextFile(target, result.text, form);
    written.push({ file: target, marks: count });
  }
  const report = written.length > 0 ? translationsReport(await loadNotice(file), options) : before;
  return { report, written, unmarkable };
}
