import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdftotextCheck } from '../src/doctor.js';
import { runMain, tempDir } from './helpers.js';

// `notice doctor` and poppler's pdftotext, which `notice import` needs to read PDF files: found, its version;
// not found, a warning with the command that installs it, and PDF output (the doctor's verdict) is not affected.

/** A folder holding a fake `pdftotext` that prints a version as poppler's does (on stderr). */
function fakePdftotext(): string {
  const dir = tempDir();
  const file = join(dir, 'pdftotext');
  writeFileSync(
    file,
    '#!/bin/sh\necho "pdftotext version 24.02.0" >&2\necho "Copyright 2005-2024 The Poppler Developers" >&2\n',
  );
  chmodSync(file, 0o755);
  return dir;
}

describe.skipIf(process.platform === 'win32')('notice doctor: pdftotext', () => {
  it('found on the PATH: ok, with its version', async () => {
    const check = await pdftotextCheck({ env: { PATH: fakePdftotext() } });
    expect(check).toEqual({
      name: 'pdftotext',
      ok: true,
      optional: true,
      detail: 'version 24.02.0, for notice import of PDF files',
    });
  });

  it('not found: a warning that says PDF import needs it, and how to install it', async () => {
    const check = await pdftotextCheck({ env: { PATH: tempDir() } });
    expect(check).toMatchObject({ name: 'pdftotext', ok: false, optional: true });
    expect(check.detail).toContain('notice import cannot read PDF files');
    expect(check.hint).toMatch(
      process.platform === 'darwin' ? /brew install poppler/ : /apt-get install poppler-utils/,
    );
  });

  it('the command prints it, and its absence alone does not make the doctor fail', async () => {
    // No browser either: the doctor fails for the browser, and lists pdftotext all the same.
    const missing = await runMain(['doctor'], { env: { PATH: tempDir(), NOTICE_CHROME: '/nonexistent/chrome' } });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/^FAIL browser /m);
    expect(missing.stdout).toMatch(/^warn pdftotext +not found \(pdftotext\): notice import cannot read PDF files/m);
    expect(missing.stdout).toMatch(/^ +hint: Install poppler/m);
    const found = await runMain(['doctor'], { env: { PATH: fakePdftotext(), NOTICE_CHROME: '/nonexistent/chrome' } });
    expect(found.stdout).toMatch(/^ok +pdftotext +version 24\.02\.0, for notice import of PDF files$/m);
  });
});
