import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The package as a user gets it: `npm pack` of this checkout (dist/ is built by
// global-setup.ts, hence --ignore-scripts), installed with npm into a new project
// outside the clone, and run there through npx as the README says, without a
// terminal, as CI runs it. npm takes what it can from its cache (`npm ci` of the
// clone filled it); the registry is asked only for what is missing there.

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * The environment of a user's shell: npm's variables of the `npm test` that may
 * run this (npm_config_*, npm_lifecycle_*, INIT_CWD) and the node_modules/.bin
 * folders it puts on PATH are left out, so that neither the install nor the
 * command sees the clone. npm's cache folder is kept.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^npm_/i.test(name) && name !== 'INIT_CWD' && name !== 'NO_COLOR' && name !== 'FORCE_COLOR') env[name] = value;
  if (process.env['npm_config_cache']) env['npm_config_cache'] = process.env['npm_config_cache'];
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => !/node_modules[\\/]\.bin[\\/]?$/.test(dir))
    .join(delimiter);
  return env;
}

function run(command: string, args: readonly string[], cwd: string, timeout = 60_000): Run {
  const result = spawnSync(command, args, {
    cwd,
    env: userEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(command: string, args: readonly string[], cwd: string, timeout?: number): string {
  const result = run(command, args, cwd, timeout);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let scratch = '';
let site = '';
let files: string[] = [];
let tarball = '';

beforeAll(() => {
  // npm spends most of the install writing some 70 MB of small files: in memory where
  // Linux offers it, that takes half the time.
  const base = existsSync('/dev/shm') && statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir();
  scratch = mkdtempSync(join(base, 'notice-package-'));
  expect(relative(ROOT, scratch).startsWith('..')).toBe(true);
  const packed = JSON.parse(ok('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(scratch, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path).sort();
  site = join(scratch, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'site', version: '1.0.0', private: true }));
  ok(
    'npm',
    ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    site,
    120_000,
  );
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the package', () => {
  it('holds what the command and the library read, and nothing else', () => {
    expect(tarball).toMatch(new RegExp(`${manifest.name}-${manifest.version}\\.tgz$`));
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE$/,
      /^bin\/(notice|bundle)\.js$/,
      /^dist\/notice(-build|-import|-ropa|-validators)?\.(cjs|cache)$/,
      /^dist\/generated\/(schema|config)-validator\.cjs$/,
      /^dist\/([\w-]+\/)*[\w-]+\.(js|d\.ts)$/,
      /^schemas\/notice(-config|-report|-import-report|-diff|-export)?\.schema\.json$/,
      /^templates\/(partials\/)?[\w-]+(\.fragment)?\.(md|html)\.hbs$/,
      /^templates\/style\.css$/,
      /^fonts\/(noto-sans-latin-(400|700)-normal\.woff2|OFL\.txt)$/,
    ];
    expect(files.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(files.filter((file) => /^(src|test|examples|bench|scripts|\.ci|node_modules|build)\//.test(file))).toEqual(
      [],
    );
    expect(files).not.toContain('dist/bundle-entry.js');
    expect(files).not.toContain('dist/build-entry.js');
    expect(files).not.toContain('dist/import-entry.js');
    expect(files).not.toContain('dist/ropa-entry.js');
    expect(files).not.toContain('dist/validators-entry.js');
    for (const needed of [
      'LICENSE',
      'bin/notice.js',
      'bin/bundle.js',
      'dist/notice.cjs',
      'dist/notice-build.cjs',
      'dist/notice-import.cjs',
      'dist/notice-ropa.cjs',
      'dist/notice-validators.cjs',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/generated/schema-validator.cjs',
      'dist/generated/config-validator.cjs',
      'fonts/noto-sans-latin-400-normal.woff2',
      'fonts/noto-sans-latin-700-normal.woff2',
      'fonts/OFL.txt',
      'templates/page.html.hbs',
      'templates/style.css',
    ])
      expect(files).toContain(needed);
    // Every built-in template, and every file the package exports.
    for (const template of readdirSync(join(ROOT, 'templates'), { recursive: true, withFileTypes: true }))
      if (template.isFile())
        expect(files).toContain(relative(ROOT, join(template.parentPath, template.name)).split('\\').join('/'));
    for (const target of Object.values(manifest.exports).flatMap((e) =>
      typeof e === 'string' ? [e] : Object.values(e),
    ))
      expect(files).toContain(target.replace(/^\.\//, ''));
  });

  it('installs the command as notice and seloste, with the runtime dependencies only', () => {
    const modules = join(site, 'node_modules');
    expect(existsSync(join(modules, '.bin/notice'))).toBe(true);
    expect(existsSync(join(modules, '.bin/seloste'))).toBe(true);
    for (const dependency of Object.keys(manifest.dependencies))
      expect(existsSync(join(modules, dependency, 'package.json')), dependency).toBe(true);
    // @types/node also comes with puppeteer-core (extract-zip's optional @types/yauzl).
    const devOnly = Object.keys(manifest.devDependencies).filter((name) => name !== '@types/node');
    for (const dependency of [...devOnly, 'esbuild', '@fontsource/noto-sans'])
      expect(existsSync(join(modules, dependency)), dependency).toBe(false);
  });
});

describe('the installed command, through npx', () => {
  it('init, validate, and build to Markdown, HTML and PDF', () => {
    const init = run(
      'npx',
      ['notice', 'init', 'notices/customers.yaml', '--yes', '--name', 'Esimerkki Oy', '--lang', 'fi,sv'],
      site,
    );
    expect(init.status).toBe(0);
    // What to run next, as typed in a project that installed notice.
    expect(init.stdout).toContain(
      '\n  npx notice validate notices/customers.yaml\n  npx notice build notices/customers.yaml\n',
    );
    expect(readFileSync(join(site, 'notices/customers.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/node_modules\/seloste\/schemas\/notice\.schema\.json\n/,
    );

    const validate = run('npx', ['notice', 'validate', 'notices/'], site);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain('PLACEHOLDER_UNFILLED');
    expect(validate.stdout).not.toMatch(/SCHEMA_|YAML_/);

    const build = run('npx', ['notice', 'build', 'notices/', '--format', 'md,html,pdf', '--out', 'public'], site);
    expect(build.status, build.stderr).toBe(1);
    expect(
      readdirSync(join(site, 'public'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['fi', 'sv'].flatMap((lang) => ['html', 'md', 'pdf'].map((ext) => `customers.${lang}.${ext}`)));
    expect(readFileSync(join(site, 'public/customers.fi.md'), 'utf8')).toContain('Esimerkki Oy');
    const pdf = join(site, 'public/customers.fi.pdf');
    const info = ok('pdfinfo', [pdf], site);
    expect(info).toMatch(/^Title:\s+Tietosuojaseloste – Esimerkki Oy$/m);
    expect(info).toMatch(new RegExp(`^Producer:\\s+notice ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThan(0);
    // The font comes from the package's own fonts/.
    const fonts = ok('pdffonts', [pdf], site).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s/);
    const text = ok('pdftotext', [pdf, '-'], site);
    expect(text).toContain('Esimerkki Oy');
    expect(text).toContain('Luonnos');
    expect(text).toMatch(/Sivu 1 \/ \d+/);
  });

  it('npx seloste runs the same command', () => {
    expect(ok('npx', ['seloste', '--version'], site).trim()).toBe(manifest.version);
  });
});
