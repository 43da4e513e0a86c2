import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugOf, placementOf } from '../src/site/index.js';
import { runMain, tempDir } from './helpers.js';
import { filesUnder, pagesOf, writeNotice } from './site-helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

/** Three organisations: two by business ID (one with two registers), one known by its name alone. */
function organisations(root: string): string {
  const notices = join(root, 'notices');
  writeNotice(join(notices, 'acme/customers.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
  writeNotice(join(notices, 'acme/newsletter.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
  writeNotice(join(notices, 'bolt/customers.yaml'), { name: 'Bolt Ab', businessId: '7654321-2' });
  writeNotice(join(notices, 'kahvila/customers-cafe.yaml'), { name: 'Kahvila Åkerö ry' });
  return notices;
}

describe('notice build --site', () => {
  it('puts each notice in each language at ORG/REGISTER/LANG.html, with an index per organisation', async () => {
    const root = tempDir();
    const notices = organisations(root);
    const run = await runMain(['build', notices, '--site', join(root, 'site'), '-q'], { env: ENV });
    expect(run.stderr).toBe('');
    const site = join(root, 'site');
    expect(filesUnder(site).filter((path) => !path.startsWith('.'))).toEqual([
      '1234567-1/customers/en.html',
      '1234567-1/customers/fi.html',
      '1234567-1/customers/sv.html',
      '1234567-1/index.html',
      '1234567-1/newsletter/en.html',
      '1234567-1/newsletter/fi.html',
      '1234567-1/newsletter/sv.html',
      '7654321-2/customers/en.html',
      '7654321-2/customers/fi.html',
      '7654321-2/customers/sv.html',
      '7654321-2/index.html',
      'index.html',
      'kahvila-akero-ry/customers-cafe/en.html',
      'kahvila-akero-ry/customers-cafe/fi.html',
      'kahvila-akero-ry/customers-cafe/sv.html',
      'kahvila-akero-ry/index.html',
      'style.css',
    ]);
    const front = readFileSync(join(site, 'index.html'), 'utf8');
    expect(front).toContain('<html lang="fi">');
    expect(front).toContain('<a href="1234567-1/index.html">Acme Oy</a>, Y-tunnus 1234567-1 (2 rekisteriä)');
    expect(front).toContain('<a href="kahvila-akero-ry/index.html">Kahvila Åkerö ry</a> (1 rekisteri)');
    const acme = readFileSync(join(site, '1234567-1/index.html'), 'utf8');
    expect(acme).toContain('<h1>Acme Oy</h1>');
    expect(acme).toContain('<a href="customers/sv.html" hreflang="sv" lang="sv">svenska</a>');
    expect(acme).toContain('<time datetime="2025-09-15">2025-09-15</time>');
    expect(acme).not.toContain('.pdf');
  });

  it('gives each page a language switcher and alternates, a shared stylesheet and no script', async () => {
    const root = tempDir();
    const site = join(root, 'site');
    await runMain(['build', organisations(root), '--site', site, '-q'], { env: ENV });
    const page = readFileSync(join(site, '7654321-2/customers/en.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<link rel="alternate" hreflang="sv" href="sv.html">');
    expect(page).toContain('<a href="fi.html" hreflang="fi" lang="fi">suomi</a>');
    expect(page).toContain('<a href="en.html" hreflang="en" lang="en" aria-current="page">English</a>');
    expect(page).toContain('<link rel="stylesheet" href="../../style.css">');
    expect(page).not.toContain('<style');
    for (const path of pagesOf(site)) expect(readFileSync(join(site, path), 'utf8')).not.toMatch(/<script/i);
  });

  it('makes the same bytes from the same notices, and writes nothing the second time', async () => {
    const root = tempDir();
    const notices = organisations(root);
    await runMain(['build', notices, '--site', join(root, 'one'), '-q'], { env: ENV });
    await runMain(['build', notices, '--site', join(root, 'two'), '-q'], { env: ENV });
    const one = filesUnder(join(root, 'one'));
    expect(filesUnder(join(root, 'two'))).toEqual(one);
    for (const path of one) {
      expect(readFileSync(join(root, 'two', path)).equals(readFileSync(join(root, 'one', path))), path).toBe(true);
    }
    const again = await runMain(['build', notices, '--site', join(root, 'one')], { env: ENV });
    expect(again.stdout + again.stderr).toMatch(/0 outputs written, 12 up to date/);
    const check = await runMain(['build', notices, '--site', join(root, 'one'), '--check', '-q'], { env: ENV });
    expect(check.stdout + check.stderr).toContain('0 outputs missing or out of date');
    expect(check.status).toBe(0);
  });

  it('after an edit, writes again only the edited notice’s pages and the indexes that list it', async () => {
    const root = tempDir();
    const notices = organisations(root);
    const site = join(root, 'site');
    await runMain(['build', notices, '--site', site, '-q'], { env: ENV });
    const before = new Map(filesUnder(site).map((path) => [path, statSync(join(site, path)).mtimeMs]));
    const edited = join(notices, 'acme/newsletter.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('updated: "2025-09-15"', 'updated: "2025-10-01"'));
    const run = await runMain(['build', notices, '--site', site, '--report', 'json'], { env: ENV });
    const written = (JSON.parse(run.stdout) as { files: { written?: string[] }[] }).files.flatMap(
      (f) => f.written ?? [],
    );
    expect(written.map((path) => relative(site, path)).sort()).toEqual([
      '1234567-1/newsletter/en.html',
      '1234567-1/newsletter/fi.html',
      '1234567-1/newsletter/sv.html',
    ]);
    const changed = filesUnder(site).filter((path) => statSync(join(site, path)).mtimeMs !== before.get(path));
    expect(changed.filter((path) => !path.startsWith('.'))).toEqual([
      '1234567-1/index.html',
      '1234567-1/newsletter/en.html',
      '1234567-1/newsletter/fi.html',
      '1234567-1/newsletter/sv.html',
    ]);
    expect(readFileSync(join(site, '1234567-1/index.html'), 'utf8')).toContain('2025-10-01');
  });

  it('removes the pages of a notice that is gone, and the index of an organisation left without registers', async () => {
    const root = tempDir();
    const notices = organisations(root);
    const site = join(root, 'site');
    await runMain(['build', notices, '--site', site, '-q'], { env: ENV });
    rmSync(join(notices, 'bolt'), { recursive: true });
    unlinkSync(join(notices, 'acme/newsletter.yaml'));
    const check = await runMain(['build', notices, '--site', site, '--check'], { env: ENV });
    expect(check.status).toBe(1);
    expect(check.stdout + check.stderr).toContain('belongs to no notice of the site');
    await runMain(['build', notices, '--site', site, '-q'], { env: ENV });
    expect(existsSync(join(site, '7654321-2'))).toBe(false);
    expect(existsSync(join(site, '1234567-1/newsletter'))).toBe(false);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('Bolt');
    expect(readFileSync(join(site, '1234567-1/index.html'), 'utf8')).not.toContain('newsletter/');
    const manifest = readFileSync(join(site, '.notice-manifest.json'), 'utf8');
    expect(manifest).not.toContain('bolt');
    expect((await runMain(['build', notices, '--site', site, '--check', '-q'], { env: ENV })).status).toBe(0);
  });

  it('moves a register when its controller’s business ID changes', async () => {
    const root = tempDir();
    const notice = join(root, 'notices/customers.yaml');
    const site = join(root, 'site');
    writeNotice(notice, { name: 'Acme Oy' });
    await runMain(['build', notice, '--site', site, '-q'], { env: ENV });
    expect(existsSync(join(site, 'acme-oy/customers/fi.html'))).toBe(true);
    writeNotice(notice, { name: 'Acme Oy', businessId: '1234567-1' });
    await runMain(['build', notice, '--site', site, '-q'], { env: ENV });
    expect(filesUnder(site).filter((path) => !path.startsWith('.'))).toEqual([
      '1234567-1/customers/en.html',
      '1234567-1/customers/fi.html',
      '1234567-1/customers/sv.html',
      '1234567-1/index.html',
      'index.html',
      'style.css',
    ]);
  });

  it('escapes what the notices say in the indexes: no markup of theirs gets through', async () => {
    const root = tempDir();
    const notice = join(root, 'evil.yaml');
    writeNotice(notice, { name: '<script>alert(1)</script><img src=x onerror=alert(2)> & "Oy"' });
    writeFileSync(
      notice,
      readFileSync(notice, 'utf8').replace(
        /register_name:[^\n]*\n(?: {2,}[^\n]*\n)*/,
        'register_name: "<b onmouseover=alert(3)>Asiakkaat</b>"\n',
      ),
    );
    const site = join(root, 'site');
    await runMain(['build', notice, '--site', site, '-q', '--lang', 'fi'], { env: ENV });
    for (const path of pagesOf(site)) {
      const html = readFileSync(join(site, path), 'utf8');
      expect(html, path).not.toMatch(/<script|<img|<b /i);
    }
    const index = readFileSync(
      join(
        site,
        filesUnder(site).find((p) => p.endsWith('/index.html'))!,
      ),
      'utf8',
    );
    expect(index).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses two registers of one name in one organisation, and options a site cannot go with', async () => {
    const root = tempDir();
    writeNotice(join(root, 'a/customers.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
    writeNotice(join(root, 'b/Customers.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
    const clash = await runMain(['build', root, '--site', join(root, 'site')]);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('are registers of one organisation (1234567-1) with one name');
    const notice = join(root, 'a/customers.yaml');
    for (const extra of [
      ['--out', join(root, 'out')],
      ['--shard', '1/2'],
      ['--format', 'md'],
    ]) {
      const run = await runMain(['build', notice, '--site', join(root, 'site'), ...extra]);
      expect(run.status, extra.join(' ')).toBe(2);
      expect(run.stderr, extra.join(' ')).toMatch(/do not go together|does not go with|HTML pages/);
    }
  });

  it('builds the site that notice.config.yaml names, unless --out asks for plain outputs', async () => {
    const root = tempDir();
    writeNotice(join(root, 'notices/customers.yaml'), { name: 'Acme Oy', businessId: '1234567-1' });
    writeFileSync(join(root, 'notice.config.yaml'), 'inputs: [notices]\nsite: public\n');
    expect((await runMain(['build', '-q'], { cwd: root, env: ENV })).status).toBe(0);
    expect(existsSync(join(root, 'public/1234567-1/customers/fi.html'))).toBe(true);
    expect(existsSync(join(root, 'public/index.html'))).toBe(true);
    expect((await runMain(['build', '-q', '--out', 'plain'], { cwd: root, env: ENV })).status).toBe(0);
    expect(existsSync(join(root, 'plain/customers.fi.md'))).toBe(true);
  });
});

describe('where a register goes', () => {
  it('is the business ID, else a slug of the name, else no-controller', () => {
    expect(placementOf('x/customers.yaml', { controller: { name: 'A', business_id: '1234567-1' } })).toEqual({
      organisation: '1234567-1',
      register: 'customers',
      byBusinessId: true,
    });
    expect(placementOf('staff.yml', { controller: { name: { sv: 'Åbo Bad Ab', fi: 'Turun Kylpylä Oy' } } })).toEqual({
      organisation: 'turun-kylpyla-oy',
      register: 'staff',
      byBusinessId: false,
    });
    expect(placementOf('a.yaml', undefined).organisation).toBe('no-controller');
    expect(slugOf('  Ääkköset & Co. — "Oy"  ')).toBe('aakkoset-co-oy');
  });
});
