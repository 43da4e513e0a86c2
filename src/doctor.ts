import { existsSync } from 'node:fs';
import { isNoticeError } from './errors.js';
import { pdftotextHint } from './import/read/pdf.js';
import type { PrinterOptions } from './pdf/index.js';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  hint?: string;
  /** What only one feature needs (reading PDFs for `notice import`): missing, it is reported, and PDF output still works. */
  optional?: boolean;
}

export interface DoctorOptions extends PrinterOptions {
  version: string;
  /** The `pdftotext` to look for; `pdftotext` on the PATH of `env` when not given. */
  pdftotext?: string;
}

/**
 * Checks what PDF output needs, step by step: a browser, that it starts (and
 * with or without its sandbox), the bundled font, and that a test page with
 * Finnish and Swedish letters prints; then, apart, poppler's `pdftotext`,
 * which `notice import` needs to read PDF files (an optional check). Never
 * throws; each step is a check.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorCheck[]> {
  const [checks, pdftotext] = await Promise.all([pdfOutputChecks(options), pdftotextCheck(options)]);
  return [...checks, pdftotext];
}

/** Whether poppler's `pdftotext` runs, and its version (`pdftotext -v` prints it). */
export async function pdftotextCheck(options: Pick<DoctorOptions, 'pdftotext' | 'env'>): Promise<DoctorCheck> {
  const { execFile } = await import('node:child_process');
  const command = options.pdftotext ?? 'pdftotext';
  return new Promise((resolve) => {
    execFile(
      command,
      ['-v'],
      { encoding: 'utf8', timeout: 10_000, windowsHide: true, ...(options.env ? { env: options.env } : {}) },
      (error, stdout, stderr) => {
        const version = /pdftotext version (\S+)/u.exec(`${stderr}\n${stdout}`)?.[1];
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          return resolve({
            name: 'pdftotext',
            ok: false,
            optional: true,
            detail: `not found (${command}): notice import cannot read PDF files; everything else works`,
            hint: pdftotextHint(process.platform),
          });
        }
        resolve(
          error && version === undefined
            ? {
                name: 'pdftotext',
                ok: false,
                optional: true,
                detail: `${command} does not run: ${error.message.split('\n')[0]}`,
                hint: pdftotextHint(process.platform),
              }
            : {
                name: 'pdftotext',
                ok: true,
                optional: true,
                detail: `${version ? `version ${version}` : command}, for notice import of PDF files`,
              },
        );
      },
    );
  });
}

async function pdfOutputChecks(options: DoctorOptions): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [
    {
      name: 'notice',
      ok: true,
      detail: `${options.version} on Node.js ${process.versions.node} (${process.platform}-${process.arch})`,
    },
  ];
  const { findBrowser, openPrinter, fontFaceCss, fontFile, FONT_FAMILY } = await import('./pdf/index.js');
  const regular = fontFile(400);
  checks.push({
    name: 'font',
    ok: existsSync(regular) && fontFaceCss().length > 1000,
    detail: `${FONT_FAMILY} (Noto Sans, OFL-1.1), bundled: ${regular}`,
  });
  try {
    const found = findBrowser(options);
    checks.push({
      name: 'browser',
      ok: true,
      detail: `${found.path} (found via ${found.source}${found.headlessShell ? ', headless shell' : ''})`,
    });
  } catch (error) {
    checks.push(failure('browser', error));
    return checks;
  }
  let printer;
  try {
    printer = await openPrinter({ ...options, concurrency: 1 });
    checks.push({ name: 'browser version', ok: true, detail: await printer.version() });
    checks.push({
      name: 'sandbox',
      ok: true,
      detail: printer.sandboxOff ? 'off (--no-sandbox): running as root on Linux, or asked for' : 'on',
      ...(printer.sandboxOff ? { hint: "Run notice as a normal user to keep Chromium's sandbox." } : {}),
    });
    const started = Date.now();
    const bytes = await printer.print({
      html: '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>notice doctor</title></head><body><h1>Testisivu</h1><p>Äiti öljyää åran – 12 € · Smörgåsbord</p></body></html>',
      paper: 'a4',
      meta: {
        title: 'notice doctor',
        subject: 'test page',
        keywords: [],
        language: 'fi',
        pageLabel: 'Sivu',
        producer: `notice ${options.version}`,
      },
    });
    const isPdf = Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
    checks.push({
      name: 'test page',
      ok: isPdf,
      detail: isPdf
        ? `printed ${bytes.length} bytes of PDF in ${Date.now() - started} ms`
        : 'the browser did not return a PDF',
    });
  } catch (error) {
    checks.push(failure('test page', error));
  } finally {
    await printer?.close();
  }
  return checks;
}

function failure(name: string, error: unknown): DoctorCheck {
  if (isNoticeError(error))
    return { name, ok: false, detail: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { name, ok: false, detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
}
