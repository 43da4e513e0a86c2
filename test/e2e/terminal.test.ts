import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, runMain, tempDir } from '../helpers.js';

// The built command on a real terminal: `script` gives it one, as a person at a keyboard has.

/** Runs bin/notice.js with `args` on a terminal made by `script`, typing `input` into it. */
function onTerminal(args: string, cwd: string, input?: string) {
  return spawnSync(
    'script',
    ['-q', '-e', '-c', `${process.execPath} ${join(ROOT, 'bin/notice.js')} ${args}`, '/dev/null'],
    {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
      ...(input === undefined ? {} : { input }),
    },
  );
}

describe('progress on a terminal', () => {
  it('a line counts the notices (and PDFs) as they are built, and is cleared before the report; none in a pipe', () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) copyFileSync(join(ROOT, 'examples/complete.yaml'), join(dir, `n${i}.yaml`));
    const run = onTerminal('build . --out out --format md,html', dir);
    expect(run.status).toBe(0);
    const lines = [...run.stdout.matchAll(/\r\x1b\[KBuilding: (\d+)\/40 notices/g)].map((m) => Number(m[1]));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // Cleared, then the summary on a line of its own.
    expect(run.stdout).toMatch(
      /\r\x1b\[K✔ 40 files checked, no problems; 240 outputs written, 0 up to date \(\d+\.\d\d s\)\.\r?\n$/,
    );
    const piped = runCli(['build', '.', '--out', 'out2'], { cwd: dir });
    expect(piped.stderr).toBe('');
  });
});

describe('notice init on a terminal', () => {
  it('asks in the chosen language, checks the business ID at once, and writes the answers', async () => {
    const dir = tempDir();
    const answers = [
      'fi',
      'fi,en',
      'Testi Oy',
      '1234567-0',
      '0723069-3',
      'Katu 1',
      '00100',
      'Helsinki',
      'info@testi.example',
      '09 123 4567',
      'gdpr',
      '2',
      'kyllä',
      'dpo@testi.example',
      'ei',
      '',
    ].join('\n');
    const run = onTerminal('init t.yaml', dir, answers);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Organisaation nimi');
    expect(run.stdout).toContain('Tämä ei ole kelvollinen Y-tunnus');
    const data = parse(readFileSync(join(dir, 't.yaml'), 'utf8'));
    expect(data.notice.languages).toEqual(['fi', 'en']);
    expect(data.controller).toMatchObject({
      name: 'Testi Oy',
      business_id: '0723069-3',
      email: 'info@testi.example',
      phone: '09 123 4567',
      address: { street: 'Katu 1', postal_code: '00100', city: 'Helsinki' },
    });
    expect(data.dpo).toEqual({ designated: true, email: 'dpo@testi.example' });
    expect(data.transfers).toEqual({ status: 'none' });
    expect(data.legal_basis.items.some((b: { basis: string }) => b.basis === 'consent')).toBe(true);
    // What it wrote is a draft with placeholders only.
    const report = JSON.parse((await runMain(['validate', '-f', 'json', 't.yaml'], { cwd: dir })).stdout);
    const errors = report.files[0].diagnostics
      .filter((d: { severity: string }) => d.severity === 'error')
      .map((d: { code: string }) => d.code);
    expect([...new Set(errors)]).toEqual(['PLACEHOLDER_UNFILLED']);
  });
});
