import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from './helpers.js';

function files(dir: string): string[] {
  // The build manifest (.notice-manifest.json) is not an output.
  return readdirSync(dir)
    .filter((f) => f !== '.notice-manifest.json')
    .sort();
}

describe('notice build', () => {
  it('builds every example in each of its languages; legal findings do not stop it, but exit 1', async () => {
    const out = join(tempDir(), 'out');
    const run = await runMain(['build', 'examples', '--out', out]);
    expect(run.status).toBe(1);
    expect(files(out)).toEqual([
      'complete.en.html',
      'complete.en.md',
      'complete.fi.html',
      'complete.fi.md',
      'complete.sv.html',
      'complete.sv.md',
      'iljoja-2015.fi.html',
      'iljoja-2015.fi.md',
      'lamisnet-2018.fi.html',
      'lamisnet-2018.fi.md',
      'local-loop-2018.fi.html',
      'local-loop-2018.fi.md',
      'lponet-2016.fi.html',
      'lponet-2016.fi.md',
      'lponet-asiakasrekisteri.fi.html',
      'lponet-asiakasrekisteri.fi.md',
    ]);
    expect(run.stdout).toMatch(/; 16 outputs written, 0 up to date \(\d+\.\d\d s\)\.\n$/);
    expect(run.stdout).toContain('RETENTION_MISSING');
  });

  it('a clean notice builds with exit 0', async () => {
    const out = join(tempDir(), 'out');
    const run = await runMain([
      'build',
      'examples/complete.yaml',
      '--out',
      out,
      '--format',
      'md,html,html-fragment',
      '--lang',
      'en,sv',
    ]);
    expect(run.status).toBe(0);
    expect(files(out)).toEqual([
      'complete.en.fragment.html',
      'complete.en.html',
      'complete.en.md',
      'complete.sv.fragment.html',
      'complete.sv.html',
      'complete.sv.md',
    ]);
    const fragment = readFileSync(join(out, 'complete.en.fragment.html'), 'utf8');
    expect(fragment.startsWith('<article class="notice" lang="en">')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head|<style/);
  });

  it('a notice with format errors is not built; the others are (exit 1)', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, 'good.yaml'));
    writeFileSync(join(dir, 'bad.yaml'), 'notice:\n  languages: [fi]\ncontroler: {}\n');
    const run = await runMain(['build', '.', '--out', 'out', '--format', 'md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(files(join(dir, 'out'))).toEqual(['good.en.md', 'good.fi.md', 'good.sv.md']);
    expect(run.stdout).toContain('bad.yaml was not built');
    expect(run.stdout).toMatch(/SCHEMA_UNKNOWN_KEY {2}`controler` is not a known key/);
  });

  it('same input, same bytes: two builds are identical, and leave no temporary files', async () => {
    const base = tempDir();
    for (const out of ['a', 'b'])
      await runMain(['build', 'examples', '--out', join(base, out), '--format', 'md,html,html-fragment']);
    const a = files(join(base, 'a'));
    expect(a).toEqual(files(join(base, 'b')));
    expect(a.filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
    for (const file of a)
      expect(readFileSync(join(base, 'b', file)).equals(readFileSync(join(base, 'a', file)))).toBe(true);
  });

  it('--lang with a language the notice lacks builds nothing for it, and says so', async () => {
    const out = join(tempDir(), 'out');
    const run = await runMain(['build', 'examples/iljoja-2015.yaml', '--out', out, '--lang', 'sv', '-r', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.files[0]).toMatchObject({ built: true, outputs: [] });
    expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toContain('BUILD_LANGUAGE_NOT_DECLARED');
  });

  it('usage errors exit 2', async () => {
    expect((await runMain(['build', 'examples', '--format', 'pdf,docx'])).status).toBe(2);
    expect((await runMain(['build', 'examples', '--lang', 'de'])).status).toBe(2);
    expect((await runMain(['build', 'examples', '--templates', '/nonexistent/templates'])).stderr).toContain(
      'does not exist',
    );
  });

  it('two notices with the same file name in different folders would overwrite each other: exit 2', async () => {
    const dir = tempDir();
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      copyFileSync(join(ROOT, 'examples/iljoja-2015.yaml'), join(dir, sub, 'notice.yaml'));
    }
    const run = await runMain(['build', '.', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would both be built as notice');
  });
});

describe('notice templates copy', () => {
  it('copies the built-in set, refuses to overwrite without --force, and the copy renders the same', async () => {
    const dir = tempDir();
    const first = await runMain(['templates', 'copy', 'my-templates'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(files(join(dir, 'my-templates'))).toEqual([
      'fragment.html.hbs',
      'notice.md.hbs',
      'page.html.hbs',
      'partials',
      'style.css',
      'summary.fragment.html.hbs',
      'summary.html.hbs',
      'summary.md.hbs',
    ]);
    writeFileSync(join(dir, 'my-templates', 'style.css'), '/* mine */');
    const again = await runMain(['templates', 'copy', 'my-templates'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'my-templates', 'style.css'), 'utf8')).toBe('/* mine */');
    expect((await runMain(['templates', 'copy', 'my-templates', '--force'], { cwd: dir })).status).toBe(0);

    await runMain(['build', join(ROOT, 'examples/complete.yaml'), '--out', 'builtin'], { cwd: dir });
    await runMain(['build', join(ROOT, 'examples/complete.yaml'), '--out', 'copied', '--templates', 'my-templates'], {
      cwd: dir,
    });
    for (const file of files(join(dir, 'builtin'))) {
      expect(readFileSync(join(dir, 'copied', file), 'utf8')).toBe(readFileSync(join(dir, 'builtin', file), 'utf8'));
    }
  });
});
