import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoticeError } from '../../errors.js';

export interface PdfOptions {
  /** The `pdftotext` to run; `pdftotext` on the PATH when not given. */
  pdftotext?: string;
}

/**
 * The text of a PDF, by poppler's `pdftotext` (run without a shell; UTF-8;
 * without `-layout`, which keeps a page's columns side by side, while the
 * default "reading order" mode gives each paragraph's lines in order). The
 * first or last line of every page is dropped when it is the same on each
 * page (a running title), or the same but for its numbers and short ("Sivu 2 / 3",
 * "Page 2"); any other line stays, even if it repeats. Pages are joined with a
 * blank line.
 */
export async function pdfText(bytes: Uint8Array, file: string, options: PdfOptions = {}): Promise<string> {
  const command = options.pdftotext ?? 'pdftotext';
  const folder = await mkdtemp(join(tmpdir(), 'notice-import-'));
  try {
    const input = join(folder, 'input.pdf');
    await writeFile(input, bytes);
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        command,
        ['-enc', 'UTF-8', '-eol', 'unix', input, '-'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout);
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return reject(
              new NoticeError(
                'IMPORT_PDFTOTEXT_MISSING',
                `${file}: reading a PDF needs poppler's pdftotext, and it was not found (${command}).`,
                pdftotextHint(process.platform),
                { cause: error },
              ),
            );
          }
          const why = stderr.trim().split('\n')[0] || error.message;
          reject(
            new NoticeError(
              'FILE_PDF_UNREADABLE',
              `${file}: the PDF cannot be read: ${why}.`,
              'Check that the file opens in a PDF viewer; if it is protected, save an unprotected copy, or copy its text into a .txt file and import that.',
              { cause: error },
            ),
          );
        },
      );
    });
    return dropRunningLines(output);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The command that installs pdftotext on this kind of machine. */
export function pdftotextHint(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Install poppler: `brew install poppler`.';
  if (platform === 'win32')
    return 'Install poppler (for example `choco install poppler`) and put its bin folder on the PATH.';
  return 'Install poppler-utils: `sudo apt-get install poppler-utils` (Debian, Ubuntu) or `sudo dnf install poppler-utils` (Fedora).';
}

/** The pages' text without the first and last lines that are the same on every page (two pages or more). */
function dropRunningLines(output: string): string {
  const pages = output
    .replace(/\f$/u, '')
    .split('\f')
    .map((page) => page.split('\n'));
  if (pages.length >= 2) {
    for (const end of ['first', 'last'] as const) {
      const edge = (page: string[]) => {
        const indexes = page.map((line, i) => (line.trim() ? i : -1)).filter((i) => i >= 0);
        return end === 'first' ? indexes[0] : indexes[indexes.length - 1];
      };
      const lines = pages.map((page) => {
        const at = edge(page);
        if (at === undefined) return undefined;
        const line = page[at]!.trim();
        // A page number differs from page to page: only its digits may.
        return line.length <= 30 ? line.replace(/\d+/gu, '#') : line;
      });
      if (lines[0] !== undefined && lines.every((line) => line === lines[0])) {
        for (const page of pages) page.splice(edge(page)!, 1);
      }
    }
  }
  return pages.map((page) => page.join('\n').replace(/\n+$/u, '')).join('\n\n') + '\n';
}
