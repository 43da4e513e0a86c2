import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNotice } from '../src/load/index.js';
import { buildNotices } from '../src/outputs/index.js';
import { FIXED_TODAY, ROOT, runMain, tempDir, validateText } from './helpers.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(ROOT, 'examples', f));

async function summaries(file: string, extra: Record<string, unknown> = {}) {
  const out = tempDir();
  const [result] = await buildNotices([file], {
    out,
    formats: ['summary-md', 'summary-html', 'summary-fragment'],
    today: FIXED_TODAY,
    ...extra,
  });
  return { out, result: result! };
}

describe('the layered notice (--format summary)', () => {
  it('every example builds a summary in each of its languages, in all three forms', async () => {
    for (const file of EXAMPLES) {
      const { out, result } = await summaries(file);
      const name = file
        .split('/')
        .pop()!
        .replace(/\.yaml$/, '');
      const languages = ((await loadNotice(file)).data as unknown as Notice).notice.languages;
      for (const language of languages) {
        const md = readFileSync(join(out, `${name}.${language}.summary.md`), 'utf8');
        expect(md, `${name} ${language}`).toMatch(/^# .+\n/);
        expect(md).toContain(`(<${name}.${language}.html>)`);
        const page = readFileSync(join(out, `${name}.${language}.summary.html`), 'utf8');
        expect(page).toContain(`<html lang="${language}">`);
        expect(page).not.toMatch(/<script|<link|<img|src=/i);
        expect(page).toContain(`href="${name}.${language}.html"`);
        expect(readFileSync(join(out, `${name}.${language}.summary.fragment.html`), 'utf8')).toMatch(
          /^<article class="notice notice-summary"/,
        );
      }
      expect(result.written).toHaveLength(3 * languages.length);
    }
  });

  it("the complete example's Finnish summary, a reviewed golden file", async () => {
    const { out } = await summaries(join(ROOT, 'examples/complete.yaml'), { languages: ['fi'] });
    await expect(readFileSync(join(out, 'complete.fi.summary.md'), 'utf8')).toMatchFileSnapshot(
      'golden/complete.fi.summary.md',
    );
  });

  it('--format summary names the three formats; --full-url sets the link, with the naming tokens', async () => {
    const out = tempDir();
    const run = await runMain([
      'build',
      join(ROOT, 'examples/complete.yaml'),
      '--format',
      'summary',
      '--lang',
      'sv',
      '--out',
      out,
      '--full-url',
      'https://example.fi/integritet/{name}.{lang}.html',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(
      readdirSync(out)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['complete.sv.summary.fragment.html', 'complete.sv.summary.html', 'complete.sv.summary.md']);
    expect(readFileSync(join(out, 'complete.sv.summary.md'), 'utf8')).toContain(
      '[Läs hela dataskyddsbeskrivningen](<https://example.fi/integritet/complete.sv.html>)',
    );
  });

  it('summary.full_url of the configuration; a javascript: link is refused (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notice.config.yaml'), 'summary:\n  full_url: "https://example.fi/{dir}/{name}-{lang}"\n');
    const out = join(dir, 'out');
    const run = await runMain([
      'build',
      join(ROOT, 'examples/complete.yaml'),
      '-f',
      'summary-md',
      '-l',
      'en',
      '-o',
      out,
      '--config',
      join(dir, 'notice.config.yaml'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'complete.en.summary.md'), 'utf8')).toContain(
      '(<https://example.fi/examples/complete-en>)',
    );
    const bad = await runMain([
      'build',
      join(ROOT, 'examples/complete.yaml'),
      '-f',
      'summary',
      '-o',
      tempDir(),
      '--full-url',
      'javascript:alert(1)',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a link a summary can carry/);
  });

  it('the hetil profile follows HetiL 10 §: register keeper, purpose, data content, sources, disclosures, security', async () => {
    const { out } = await summaries(join(ROOT, 'examples/iljoja-2015.yaml'), { languages: ['fi'] });
    const md = readFileSync(join(out, 'iljoja-2015.fi.summary.md'), 'utf8');
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Rekisterinpitäjä');
    expect(headings).toContain('Henkilötietojen käsittelyn tarkoitus');
    expect(headings).toContain('Rekisterin tietosisältö');
    expect(md).not.toMatch(/tietosuoja-asetu/);
    expect(md).toMatch(/^# Rekisteriseloste lyhyesti/);
  });

  it('asserts nothing the YAML does not say: no transfers section without `transfers`, "none" only when it says none', async () => {
    const base = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const dir = tempDir();
    const without = join(dir, 'without.yaml');
    writeFileSync(without, base.replace(/^transfers:[\s\S]*?(?=^# Every purpose id)/m, ''));
    const { out } = await summaries(without, { languages: ['en'] });
    const md = readFileSync(join(out, 'without.en.summary.md'), 'utf8');
    expect(md).not.toMatch(/outside the EU/i);
    const none = join(dir, 'none.yaml');
    writeFileSync(none, base.replace(/^transfers:[\s\S]*?(?=^# Every purpose id)/m, 'transfers:\n  status: none\n\n'));
    const built = await summaries(none, { languages: ['en'] });
    const md2 = readFileSync(join(built.out, 'none.en.summary.md'), 'utf8');
    expect(md2, md2).toMatch(/We do not transfer data outside the EU/);
  });

  it('speaks in the notice’s voice: to the reader, or of the data subject with voice: neutral', async () => {
    const base = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const dir = tempDir();
    const neutral = join(dir, 'neutral.yaml');
    writeFileSync(neutral, base.replace(/^notice:\n/m, 'notice:\n  voice: neutral\n'));
    const reader = await summaries(join(ROOT, 'examples/complete.yaml'), { languages: ['en', 'fi'] });
    expect(readFileSync(join(reader.out, 'complete.en.summary.md'), 'utf8')).toContain('## Your rights');
    const { out } = await summaries(neutral, { languages: ['en', 'fi'] });
    const en = readFileSync(join(out, 'neutral.en.summary.md'), 'utf8');
    expect(en).toContain('## Rights of the data subject');
    expect(en).toContain('The data subject can withdraw their consent at any time.');
    // The notice's own how_to text is the notice's words, in whatever voice it was written.
    expect(en).toContain('How the rights are used: Send your request');
    expect(en.replace(/^How the rights are used: .*$/m, '')).not.toMatch(/\byou(r)?\b/i);
    const fi = readFileSync(join(out, 'neutral.fi.summary.md'), 'utf8');
    expect(fi).toContain('## Rekisteröidyn oikeudet');
    expect(fi).not.toMatch(/\b(Voit|Saat|Oikeutesi)\b/);
  });

  it('hostile text stays text: no script, no javascript: link, no Markdown injected', async () => {
    const base = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8');
    const file = join(tempDir(), 'hostile.yaml');
    writeFileSync(
      file,
      base
        .replace('name: Esimerkkiverkko Oy', 'name: "<script>alert(1)</script> Oy"')
        .replace(
          'en: Connection and customer relationship }',
          'en: "[click](javascript:alert(1)) <img src=x onerror=alert(1)>\\n## Injected" }',
        ),
    );
    const { out } = await summaries(file, { languages: ['en'] });
    const md = readFileSync(join(out, 'hostile.en.summary.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/^## Injected/m);
    expect(md).not.toContain('](javascript:');
    for (const name of ['hostile.en.summary.html', 'hostile.en.summary.fragment.html']) {
      const html = readFileSync(join(out, name), 'utf8');
      expect(html).not.toMatch(/<script|<img|href="javascript:/i);
      expect(html).toContain('&lt;script&gt;');
    }
  });

  it('a user template replaces the built-in summary.md.hbs', async () => {
    const templates = tempDir();
    writeFileSync(join(templates, 'summary.md.hbs'), 'Short: {{title}} → {{link.href}}\n');
    const { out } = await summaries(join(ROOT, 'examples/complete.yaml'), { languages: ['en'], templates });
    expect(readFileSync(join(out, 'complete.en.summary.md'), 'utf8')).toBe(
      'Short: Privacy notice in brief → complete.en.html\n',
    );
    expect(existsSync(join(out, 'complete.en.summary.html'))).toBe(true);
  });

  it('the archive keeps the summary as the build writes it, with the user’s template, linking the page beside it', async () => {
    const templates = tempDir();
    writeFileSync(join(templates, 'summary.md.hbs'), 'Short: {{title}} → {{link.href}}\n');
    const archive = tempDir();
    await summaries(join(ROOT, 'examples/complete.yaml'), { languages: ['en'], templates, archive });
    const [version] = readdirSync(join(archive, 'complete')).filter((entry) => /^\d{4}-/.test(entry));
    expect(readFileSync(join(archive, 'complete', version!, 'en.summary.md'), 'utf8')).toBe(
      'Short: Privacy notice in brief → en.html\n',
    );
  });
});

describe('SUMMARY_TOO_LONG (T07 summary-within-budget)', () => {
  const notice = (name: string) => `
notice: { languages: [fi] }
purposes:
  items:
    - id: a
      name: ${name}
      description: Asiakassuhteen hoitaminen
`;
  it('warns at the purpose name that makes its line too long, in that language', async () => {
    const long =
      'Asiakassuhteen hoitaminen, tilausten käsittely, palvelun toimittaminen ja ylläpito sekä asiakaspalvelu';
    const found = (await validateText(notice(long))).filter((d) => d.code === 'SUMMARY_TOO_LONG');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: '/purposes/items/0/name', line: 6, column: 13 });
    expect(found[0]!.message).toContain('fi 102/100');
  });
  it('is quiet for a short name', async () => {
    const found = (await validateText(notice('Asiakassuhde'))).filter((d) => d.code === 'SUMMARY_TOO_LONG');
    expect(found).toEqual([]);
  });
});
