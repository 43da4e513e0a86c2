import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/diff');
const COMPLETE = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');

/** The complete example as old.yaml and `text` as customers.yaml, in a fresh folder. */
function versions(text: string): { dir: string; old: string; now: string } {
  const dir = tempDir();
  const old = join(dir, 'old.yaml');
  const now = join(dir, 'customers.yaml');
  writeFileSync(old, COMPLETE);
  writeFileSync(now, text);
  return { dir, old, now };
}

/** The complete example with a new contact address, and `updated` written as given. */
function newContact(updated = '"2026-11-01"'): string {
  return COMPLETE.replace('  updated: "2025-09-15"', `  updated: ${updated}`).replace(
    'asiakaspalvelu@esimerkkiverkko.example',
    'tietosuoja@esimerkkiverkko.example',
  );
}

function pair(name: string): [string, string] {
  return [join(FIXTURES, name, 'old.yaml'), join(FIXTURES, name, 'new.yaml')];
}

describe('notice diff --notice', () => {
  it('tells what changes, and only the rights the bases give', async () => {
    const run = await runMain(['diff', ...pair('NEW_TRANSFER_COUNTRY'), '--notice']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## What changes\n\n- Data is transferred outside the EU and EEA: United States\n');
    expect(run.stdout).toContain('Questions and requests: info@example.invalid.');
    // A contract-based register: nothing rests on consent or legitimate interests.
    expect(run.stdout).not.toContain('withdraw your consent');
    expect(run.stdout).not.toContain('object to');
    expect(run.stdout).toContain('Data Protection Ombudsman');
  });

  it('is written in each language of the notice, with its dates, and the rights of its bases', async () => {
    const { dir, old, now } = versions(newContact());
    const out = join(dir, 'announce');
    const run = await runMain(['diff', old, now, '--notice', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fi = readFileSync(join(out, 'customers.changes.fi.md'), 'utf8');
    expect(fi).toContain('# Muutoksia henkilötietojen käsittelyyn: Internetliittymien asiakasrekisteri');
    expect(fi).toContain('päivätty 1.11.2026');
    expect(fi).toContain('Yhteystiedot muuttuvat: tietosuoja@esimerkkiverkko.example');
    expect(fi).toContain('Voit peruuttaa suostumuksesi milloin tahansa.');
    expect(fi).toContain('Voit kieltää henkilötietojesi käytön suoramarkkinointiin');
    expect(readFileSync(join(out, 'customers.changes.sv.md'), 'utf8')).toContain('## Vad ändras');
    expect(readFileSync(join(out, 'customers.changes.en.md'), 'utf8')).toContain('dated 1 November 2026');

    // A second run does not replace them without --force.
    const again = await runMain(['diff', old, now, '--notice', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('nothing was written');
    expect((await runMain(['diff', old, now, '--notice', '--out', out, '--force'])).status).toBe(0);
  });

  it('escapes what the YAML says: a name cannot add Markdown or HTML to the notice', async () => {
    const dir = tempDir();
    const [old, now] = pair('NEW_PURPOSE');
    const hostile = join(dir, 'new.yaml');
    writeFileSync(hostile, readFileSync(now, 'utf8').replace('Analytics', '"<script>x</script> [link](javascript:y)"'));
    const run = await runMain(['diff', old, hostile, '--notice']);
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).not.toContain('](javascript:');
    expect(existsSync(join(dir, 'new.changes.en.md'))).toBe(false);
  });
});

describe('notice diff --notice --notice-format', () => {
  it('writes an HTML page or fragment per language, in which a value from the YAML stays text', async () => {
    const dir = tempDir();
    const [old, now] = pair('NEW_TRANSFER_COUNTRY');
    const hostile = join(dir, 'customers.yaml');
    writeFileSync(hostile, readFileSync(now, 'utf8').replace(/^(\s*name:\s*).*$/m, '$1"<img src=x onerror=alert(1)>"'));
    const out = join(dir, 'announce');
    const pages = await runMain(['diff', old, hostile, '--notice', '--notice-format', 'html', '--out', out]);
    expect(pages.status).toBe(0);
    const page = readFileSync(join(out, 'customers.changes.en.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<li>Data is transferred outside the EU and EEA: United States</li>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<img|<script/);

    const fragments = await runMain(['diff', old, hostile, '--notice', '--notice-format', 'html-fragment']);
    expect(fragments.stdout).toMatch(/^<article class="notice notice-changes" lang="en">\n<h1/);
    expect(fragments.stdout).not.toMatch(/<img|<!DOCTYPE/);
    await runMain(['diff', old, hostile, '--notice', '--notice-format', 'html-fragment', '--out', out]);
    expect(readFileSync(join(out, 'customers.changes.en.fragment.html'), 'utf8')).toBe(fragments.stdout);
  });

  it('prints one page holding every language, and is a usage error without --notice', async () => {
    const { old, now } = versions(newContact('"2025-09-15"'));
    const page = await runMain(['diff', old, now, '--notice', '--notice-format', 'html']);
    expect(page.stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    // On one page, each heading's id names its language: no two languages' headings can share one.
    expect(page.stdout).toContain('<h2 id="sv-vad-ändras">Vad ändras</h2>');
    const ids = [...page.stdout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => /^(fi|sv|en)-/.test(id!))).toBe(true);
    expect([...page.stdout.matchAll(/<article class="notice notice-changes" lang="(\w+)">/g)].map((m) => m[1])).toEqual(
      ['fi', 'sv', 'en'],
    );
    for (const form of ['html', 'md']) {
      const alone = await runMain(['diff', old, now, '--notice-format', form]);
      expect(alone.status).toBe(2);
      expect(alone.stderr).toContain('Add --notice');
    }
  });
});

describe('notice diff --append-history', () => {
  it('adds a drafted entry to the new file, leaving every other byte as it was, and not twice', async () => {
    const edited = newContact('"2026-11-01"  # the new version');
    const { old, now } = versions(edited);
    const run = await runMain(['diff', old, now, '--append-history']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Added a history entry of 2026-11-01 (version 2.0)');
    const after = readFileSync(now, 'utf8');
    const entry = [
      '  history:',
      '    - date: "2026-11-01"',
      '      version: "2.0"',
      '      summary:',
      '        fi: Yhteystiedot muuttuvat.',
      '        sv: Kontaktuppgifterna ändras.',
      '        en: Contact details change.',
      '',
    ].join('\n');
    expect(after).toContain(entry);
    expect(after.replace(entry, '')).toBe(edited);
    const again = await runMain(['diff', old, now, '--append-history']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already has a history entry of 2026-11-01');
    expect(readFileSync(now, 'utf8')).toBe(after);
  });

  it('writes the entry with the file’s own CRLF line ends and byte order mark, or the line ends most lines have', async () => {
    const { old, now } = versions('\uFEFF' + newContact().replace(/\n/g, '\r\n'));
    expect((await runMain(['diff', old, now, '--append-history'])).status).toBe(0);
    const after = readFileSync(now, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(after).toContain('  history:\r\n    - date: "2026-11-01"\r\n');

    // One CRLF line pasted into a file of LF lines: the file keeps its LF lines.
    const mostlyLf = newContact().replace('\n', '\r\n');
    const pasted = versions(mostlyLf);
    expect((await runMain(['diff', pasted.old, pasted.now, '--append-history'])).status).toBe(0);
    const kept = readFileSync(pasted.now, 'utf8');
    expect(kept).toContain('  history:\n    - date: "2026-11-01"\n');
    expect(kept.split('\r\n')).toHaveLength(1);
  });

  it('drafts nothing for a version that changes only its date and number', async () => {
    const bumped = COMPLETE.replace('  updated: "2025-09-15"', '  updated: "2026-11-01"');
    expect(bumped).not.toBe(COMPLETE);
    const { old, now } = versions(bumped);
    const run = await runMain(['diff', old, now, '--append-history']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('says nothing new since the old version but its date or version');
    expect(readFileSync(now, 'utf8')).toBe(bumped);
  });
});
