import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { changeNoticeExtension, type ChangeNoticeForm } from '../diff/change-notice-form.js';
import { changeNotice } from '../diff/change-notice.js';
import type { WrittenChangeNotice } from '../diff/change-notice-html.js';
import { appendHistoryEntry, draftHistoryEntry } from '../diff/history-entry.js';
import type { NoticeDiff } from '../diff/index.js';
import { NoticeError } from '../errors.js';
import { cannotWrite, writeFileAtomic } from '../fs.js';
import type { Notice } from '../generated/notice-types.js';
import type { LoadedNotice } from '../load/index.js';
import type { CliIo } from './io.js';

/**
 * `notice diff --notice`: the change notice in each language of the new
 * version, in the form asked for: printed one after another (HTML: one page
 * holding them all), or written to OUT/<name>.changes.<lang>.<md|html|fragment.html>
 * (none of them written when one exists and --force is not given).
 */
export async function writeChangeNotices(
  diff: NoticeDiff,
  now: LoadedNotice,
  flags: { out?: string; force?: boolean; noticeFormat: ChangeNoticeForm },
  io: CliIo,
  version: string,
): Promise<void> {
  const newFile = now.file;
  const notice = now.data as unknown as Notice;
  const languages = notice.notice?.languages ?? ['fi'];
  const notices = languages.map((language) => ({ language, markdown: changeNotice(diff, notice, language) }));
  const form = flags.noticeFormat;
  // The HTML is made by the build's part of the command (marked, the page template), read only when needed.
  const html = form === 'md' ? undefined : await import('../diff/change-notice-html.js');
  // The HTML forms are the page and, else, the fragment (CHANGE_NOTICE_FORMS: the build's text formats).
  const inForm = (written: readonly WrittenChangeNotice[]): string =>
    html === undefined
      ? written.map((n) => n.markdown).join('\n---\n\n')
      : form === 'html'
        ? html.changeNoticePage(written, version)
        : written.map((notice) => html.changeNoticeFragment(notice)).join('');
  if (flags.out === undefined) {
    io.stdout.write(inForm(notices));
    return;
  }
  const name = basename(newFile, extname(newFile));
  const targets = notices.map((n) => ({
    text: inForm([n]),
    path: join(flags.out!, `${name}.changes.${n.language}.${changeNoticeExtension(form)}`),
  }));
  const existing = targets.filter((t) => existsSync(t.path)).map((t) => t.path);
  if (existing.length > 0 && !flags.force) {
    throw new NoticeError(
      'WOULD_OVERWRITE',
      `${existing.join(', ')} ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written.`,
      'Give --force to replace them, or another --out.',
    );
  }
  await mkdir(flags.out, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(flags.out!, error, 'Check the folder given to --out.');
  });
  for (const target of targets) {
    await writeFileAtomic(target.path, target.text).catch((error: unknown) => {
      throw cannotWrite(target.path, error, 'Check the folder given to --out.');
    });
    io.stdout.write(`Wrote ${target.path}\n`);
  }
}

/** `notice diff --append-history`: the drafted entry added to the new version's file. */
export async function appendDraftedHistory(diff: NoticeDiff, now: LoadedNotice, io: CliIo): Promise<void> {
  const newFile = now.file;
  const notice = now.data as unknown as Notice;
  const entry = draftHistoryEntry(diff, notice, newFile);
  await appendHistoryEntry(newFile, entry);
  io.stdout.write(
    `Added a history entry of ${entry.date}${entry.version ? ` (version ${entry.version})` : ''} to ${newFile}: reword its summary.\n`,
  );
}
