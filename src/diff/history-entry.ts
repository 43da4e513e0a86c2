import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';
import { NoticeError } from '../errors.js';
import { cannotWrite, readTextFile, writeTextFile } from '../fs.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { stringsFor } from '../render/strings/index.js';
import { CHANGE_NOTICE_STRINGS } from './change-notice-strings.js';
import type { NoticeDiff } from './index.js';

/** A drafted `changes.history` entry: the new version's date and version, and its changes in a sentence. */
export interface HistoryDraft {
  date: string;
  version?: string;
  /** One string when the notice has one language, else one per language. */
  summary: string | Partial<Record<Language, string>>;
}

/**
 * The history entry for the new version: dated by its `updated` date (the
 * history lists versions by their dates; L36 checks them against it), else
 * its effective date; the summary names the kinds of change readers are told
 * of (material first), in each language of the notice, for the author to
 * reword. None for a version that changes nothing but its date, version or
 * history (HISTORY_NO_CHANGE), nor for one without a date (HISTORY_NO_DATE).
 */
export function draftHistoryEntry(diff: NoticeDiff, notice: Notice, file: string): HistoryDraft {
  // The version's own date and number, or the history itself, are no change to tell of.
  if (diff.changes.every((c) => c.code === 'VERSION_CHANGED' || c.path.startsWith('/changes/history'))) {
    throw new NoticeError(
      'HISTORY_NO_CHANGE',
      `${file} says nothing new since the old version but its date or version; no history entry was written.`,
      'Add a history entry when the notice itself changes (its purposes, recipients, retention, wording...).',
    );
  }
  const date = diff.new.updated ?? diff.new.effective;
  if (date === undefined) {
    throw new NoticeError(
      'HISTORY_NO_DATE',
      `${file} has no notice.updated (nor notice.effective) date to give the history entry; nothing was written.`,
      'Set notice.updated (and notice.version) for the new version first.',
    );
  }
  const languages = notice.notice?.languages ?? ['fi'];
  const told = [...diff.changes].sort((a, b) => rank(a.class) - rank(b.class)).filter((c) => c.class !== 'editorial');
  const summaryIn = (language: Language): string => {
    const words = CHANGE_NOTICE_STRINGS[language];
    const headings = stringsFor(language, 'reader').headings as Record<string, unknown>;
    const titles = told.map((change) => {
      const section = change.path.split('/')[1] ?? '';
      const heading = headings[section];
      return words.changes[change.code] ?? words.inSection(typeof heading === 'string' ? heading : section);
    });
    const unique = [...new Set(titles)];
    return unique.length > 0 ? `${unique.join('. ')}.` : words.wording;
  };
  const summary =
    languages.length === 1
      ? summaryIn(languages[0]!)
      : Object.fromEntries(languages.map((language) => [language, summaryIn(language)]));
  return { date, ...(diff.new.version !== undefined ? { version: diff.new.version } : {}), summary };
}

function rank(changeClass: string): number {
  return changeClass === 'material' ? 0 : changeClass === 'informative' ? 1 : 2;
}

/**
 * Adds the entry at the end of `changes.history` in the notice file. The text
 * is spliced in, so that every other byte of the file (comments, quotes,
 * folded lines) stays as the author wrote it; the write is atomic. An entry of
 * the same date and version already there is an error: nothing is written.
 */
export async function appendHistoryEntry(file: string, entry: HistoryDraft): Promise<void> {
  const { text, form } = await readTextFile(file);
  const updated = withHistoryEntry(text, entry, file);
  // A file with a byte order mark or CRLF line ends keeps them, the new lines too.
  await writeTextFile(file, updated, form).catch((error: unknown) => {
    throw cannotWrite(file, error, 'Check that the notice file can be written.');
  });
}

/** The notice text with the entry added at the end of its block list `changes.history` (made when missing). */
export function withHistoryEntry(text: string, entry: HistoryDraft, file: string): string {
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new NoticeError('DIFF_UNREADABLE', `${file} cannot be read as a notice.`, 'Run notice validate on it.');
  }
  const block = (indent: string) =>
    stringify([entry], { lineWidth: 0 })
      .trimEnd()
      // A date in quotes, as the notice's own dates are written: never read as anything but text.
      .replace(/^- date: (\d{4}-\d{2}-\d{2})$/m, '- date: "$1"')
      .split('\n')
      .map((line) => indent + line)
      .join('\n');
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const lineEnd = (offset: number) => {
    const end = text.indexOf('\n', Math.max(offset - 1, 0));
    return end < 0 ? text.length : end;
  };
  const insertAt = (offset: number, added: string) =>
    `${text.slice(0, offset)}${offset > 0 && text[offset - 1] !== '\n' ? '\n' : ''}${added}\n${text.slice(offset).replace(/^\n/, '')}`;

  const changes = document.get('changes', true);
  if (changes === undefined) {
    return `${text.replace(/\n*$/, '\n')}\nchanges:\n  history:\n${block('    ')}\n`;
  }
  if (!isMap(changes) || changes.flow) throw notBlock(file);
  const history = changes.get('history', true);
  const keyIndent = ' '.repeat(
    column(
      changes.items[0]?.key && isScalar(changes.items[0].key) ? changes.items[0].key.range![0] : changes.range![0],
    ),
  );
  if (history === undefined) {
    return insertAt(lineEnd(changes.range![1]), `${keyIndent}history:\n${block(`${keyIndent}  `)}`);
  }
  if (!isSeq(history) || history.flow || history.items.length === 0) throw notBlock(file);
  const items = history.items as Node[];
  if (items.some((item) => sameVersion(item, entry))) {
    throw new NoticeError(
      'HISTORY_ENTRY_EXISTS',
      `${file} already has a history entry of ${entry.date}${entry.version ? `, version ${entry.version}` : ''}; nothing was written.`,
      'Edit that entry instead.',
    );
  }
  const dash = ' '.repeat(Math.max(column(items[0]!.range![0]) - 2, 0));
  return insertAt(lineEnd(history.range![1]), block(dash));
}

function sameVersion(item: Node, entry: HistoryDraft): boolean {
  const value = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
  return value['date'] === entry.date && value['version'] === entry.version;
}

function notBlock(file: string): NoticeError {
  return new NoticeError(
    'HISTORY_NOT_BLOCK',
    `${file}: changes.history is not a block list notice can add to.`,
    'Write `changes:` and `history:` as indented blocks with one "- date: ..." item per version, then try again.',
  );
}
