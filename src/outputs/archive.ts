import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { NoticeError } from '../errors.js';
import { cannotWrite, fileHolds, lockFolder, writeFileAtomic } from '../fs.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { canonicalJson, hashOf } from '../hash.js';
import type { LoadedNotice } from '../load/index.js';
import type { RenderedNotice } from '../render/index.js';
import type { BuildResult } from '../results.js';
import { archiveIndexFile, archiveIndexLanguages, archiveIndexPage, type ArchivedVersion } from './archive-index.js';
import { EXPORTERS } from './exporters.js';
import { outputFormat, type ExportInput, type OutputFormat } from './formats.js';

/** Each version's record in its folder, written once with the version: what the index page is made from. */
export const VERSION_RECORD = '.notice-version.json';
const LOCK_FILE = '.notice-archive.lock';
const ARCHIVE_HINT = 'Check the archive folder (--archive) and what is in it.';

/** One built notice, as the archive needs it. */
export interface ArchiveInput {
  result: BuildResult;
  loaded: LoadedNotice;
  /** The notice's folder in the archive: its output name (ORG/REGISTER in a site). */
  name: string;
  languages: readonly Language[];
  render: (language: Language) => RenderedNotice;
  /** Where the build wrote the notice's PDF in this language: the archive copies it rather than print again. */
  pdfPath: (language: Language) => string;
  /** What an export of the notice in a language reads, as the build gives it (without a link to the full notice). */
  exportInput: (language: Language) => ExportInput;
}

/**
 * Keeps each published version of each notice in `dir`: DIR/NAME/DATE_VERSION/LANG.EXT, a record of the
 * version beside its files, and DIR/NAME/index.html listing the versions and when each was in force.
 * A file of an archived version is never written again: when the notice's content changed and its date
 * and version did not, the archive keeps what was published and reports ARCHIVE_VERSION_CHANGED.
 */
export async function archiveNotices(
  dir: string,
  inputs: readonly ArchiveInput[],
  formats: readonly OutputFormat[],
): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(dir, error, ARCHIVE_HINT);
  });
  const release = await lockFolder(dir, LOCK_FILE).catch((error: unknown) => {
    throw cannotWrite(join(dir, LOCK_FILE), error, ARCHIVE_HINT);
  });
  try {
    for (const input of inputs) await archiveOne(dir, input, formats);
  } finally {
    await release();
  }
}

async function archiveOne(dir: string, input: ArchiveInput, formats: readonly OutputFormat[]): Promise<void> {
  const { result, loaded } = input;
  const data = loaded.data as unknown as Notice;
  const meta = data.notice;
  // A version is in force from its effective date (when the notice gives one), else from its date.
  const date = meta.effective ?? meta.updated ?? meta.created;
  if (date === undefined) {
    result.diagnostics.push(
      finding(input, 'ARCHIVE_UNDATED', 'warning', ['notice'], {
        message: 'The notice was not archived: it has no date to file this version under.',
        hint: 'Add `updated:` (or `created:`) under `notice:` as "YYYY-MM-DD".',
      }),
    );
    return;
  }
  const languages = input.languages;
  if (languages.length > 0 && input.render(languages[0]!).view.draft) {
    result.diagnostics.push(
      finding(input, 'ARCHIVE_DRAFT', 'info', ['notice'], {
        message: 'The notice was not archived: it is a draft (placeholders remain), not a published version.',
        hint: 'Fill in the placeholders (TODO); the next build archives the version.',
      }),
    );
    return;
  }
  const noticeDir = join(dir, input.name);
  const folder = versionFolder(date, meta.version);
  const versionDir = join(noticeDir, folder);
  const content = hashOf(canonicalJson(loaded.data));
  const recorded = readRecord(join(versionDir, VERSION_RECORD));
  if (recorded && recorded.content !== content) {
    const path = [
      'notice',
      meta.effective !== undefined ? 'effective' : meta.updated !== undefined ? 'updated' : 'created',
    ];
    result.diagnostics.push(
      finding(input, 'ARCHIVE_VERSION_CHANGED', 'error', path, {
        message: `The notice differs from version ${folder} in the archive, which has the same date${meta.version ? ' and version' : ''}; the archived version was kept as it was published.`,
        hint: 'Give the changed notice a new `updated:` date (and `version:`), or undo the change.',
      }),
    );
  } else {
    // A version's files are written once; a format or language added later is added beside them.
    for (const language of languages) {
      for (const format of formats) {
        const target = join(versionDir, `${language}.${outputFormat(format).extension}`);
        if (existsSync(target)) continue;
        const bytes = await outputBytes(input, language, format);
        if (bytes === undefined) continue;
        await write(versionDir, target, bytes);
      }
    }
    if (!recorded) {
      const record: ArchivedVersion = {
        folder,
        date,
        ...(meta.version !== undefined ? { version: meta.version } : {}),
        languages: [...languages],
        titles: Object.fromEntries(languages.map((l) => [l, input.render(l).meta.title])),
        content,
      };
      await write(versionDir, join(versionDir, VERSION_RECORD), `${JSON.stringify(record, null, 2)}\n`);
    }
  }
  await writeIndex(noticeDir);
}

/** DATE, or DATE_VERSION with the version label made safe for a path: 2025-09-15_2.1. */
function versionFolder(date: string, version: string | undefined): string {
  const label = (version ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|-+$/g, '');
  return label === '' ? date : `${date}_${label}`;
}

/** A PDF is copied from where the build printed it (when it did); a text format is rendered as a standalone file. */
async function outputBytes(
  input: ArchiveInput,
  language: Language,
  format: OutputFormat,
): Promise<string | Uint8Array | undefined> {
  const { produce } = outputFormat(format);
  if ('text' in produce) return produce.text(input.render(language));
  if ('export' in produce) {
    // The build reported what the export could not carry; the archive keeps the file.
    return EXPORTERS[produce.export](input.exportInput(language)).text;
  }
  const printed = input.pdfPath(language);
  const failed = input.result.diagnostics.some((d) => d.code === 'PDF_FAILED');
  if (failed || !input.result.outputs.includes(printed) || !existsSync(printed)) return undefined;
  return readFile(printed);
}

async function write(folder: string, target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(folder, error, ARCHIVE_HINT);
  });
  await writeFileAtomic(target, content).catch((error: unknown) => {
    throw cannotWrite(target, error, ARCHIVE_HINT);
  });
}

/** Writes NAME/index.LANG.html in each language, and index.html in the first, from every version's record, when changed. */
async function writeIndex(noticeDir: string): Promise<void> {
  const versions = readdirSync(noticeDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const record = readRecord(join(noticeDir, entry.name, VERSION_RECORD));
      if (!record) return [];
      // In the order of the version's languages (the notice's first language first), then by name.
      const rank = (file: string) => {
        const at = record.languages.findIndex((language) => file.startsWith(`${language}.`));
        return at === -1 ? record.languages.length : at;
      };
      const files = readdirSync(join(noticeDir, entry.name))
        .filter((file) => !file.startsWith('.'))
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
      return [{ record: { ...record, folder: entry.name }, files }];
    });
  if (versions.length === 0) return;
  const languages = archiveIndexLanguages(versions);
  for (const language of languages) {
    const page = archiveIndexPage(versions, language);
    const targets = [archiveIndexFile(language), ...(language === languages[0] ? ['index.html'] : [])];
    for (const target of targets.map((name) => join(noticeDir, name)))
      if (!fileHolds(target, page)) await write(noticeDir, target, page);
  }
}

/** A version's record; one edited into something else is no record (its version is left out of the index). */
function readRecord(path: string): ArchivedVersion | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as ArchivedVersion;
    if (typeof record.date !== 'string' || !Array.isArray(record.languages) || typeof record.titles !== 'object')
      return undefined;
    // Its languages name index pages and files: only the languages notice knows.
    return { ...record, languages: record.languages.filter((language) => LANGUAGES.includes(language)) };
  } catch {
    return undefined;
  }
}

function finding(
  input: ArchiveInput,
  code: string,
  severity: Diagnostic['severity'],
  path: string[],
  { message, hint }: { message: string; hint: string },
): Diagnostic {
  const { line, column } = input.loaded.locate.valueAt(path);
  return { code, severity, file: input.result.file, line, column, path: `/${path.join('/')}`, message, hint };
}

/** The options an archive cannot go with. */
export function checkArchiveOptions(archive: string, out: string, check: boolean): void {
  if (check) {
    throw new NoticeError(
      'BAD_OPTION',
      '--archive and --check do not go together: a check writes nothing, and the archive is written once.',
      'Check the outputs with --check, and archive in the build that publishes them.',
    );
  }
  if (resolve(archive) === resolve(out)) {
    throw new NoticeError(
      'BAD_OPTION',
      `The archive folder ${archive} is the output folder.`,
      'Give the archive a folder of its own, for example a sub-folder: --archive OUT/versions.',
    );
  }
}
