// Builds dist/: the TypeScript (the library, dist/index.js), the schema
// validator compiled ahead of time, and dist/notice.js, the command bundled
// into one file. The last two keep `notice validate` fast to start: it loads
// neither ajv nor some hundred small module files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS_FILE, buildInputsHash } from './build-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// Taken before building, recorded after: a source edited meanwhile makes the record stale, not wrong.
const inputs = buildInputsHash(root);

rmSync(`${root}/dist`, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });

const { Ajv2020 } = require('ajv/dist/2020');
const standaloneCode = require('ajv/dist/standalone').default;
// Same options and code as src/validate/schema.ts (AJV_OPTIONS, withLinearErrors), plus the source.
const { AJV_OPTIONS, withLinearErrors } = await import(`${root}/dist/validate/schema.js`);
mkdirSync(`${root}/dist/generated`, { recursive: true });
for (const [schemaFile, validatorFile] of [
  ['notice.schema.json', 'schema-validator.cjs'],
  ['notice-config.schema.json', 'config-validator.cjs'],
]) {
  const schema = JSON.parse(readFileSync(`${root}/schemas/${schemaFile}`, 'utf8'));
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
  writeFileSync(`${root}/dist/generated/${validatorFile}`, withLinearErrors(standaloneCode(ajv, ajv.compile(schema))));
}

// The command as one CommonJS file, dist/notice.cjs: a command that should
// start in about 0.1 s cannot afford to resolve and read a hundred module
// files (yaml, commander) one by one. CommonJS because bin/notice.js runs it
// with V8's code cache (below), which works for scripts, not ES modules.
const esbuild = await import('esbuild');
const bundle = `${root}/dist/notice.cjs`;
// The precompiled validators are a bundle of their own, dist/notice-validators.cjs, with its own code cache:
// a quarter of the command's code, which only what validates a notice or reads the configuration needs
// (`notice log`, `diff`, `--help` do not). The entry tells the schema module where to require it from.
writeFileSync(
  `${root}/dist/bundle-entry.js`,
  [
    "import { usePrecompiledValidators } from './validate/schema.js';",
    "usePrecompiledValidators(() => require('./notice-validators.cjs'));",
    "export { main } from './cli/main.js';",
    '',
  ].join('\n'),
);
writeFileSync(
  `${root}/dist/validators-entry.js`,
  [
    "import notice from './generated/schema-validator.cjs';",
    "import config from './generated/config-validator.cjs';",
    'export { notice, config };',
    '',
  ].join('\n'),
);
// `notice build` (Handlebars, marked, the watcher), `init`, `doctor` and the HTML change notice are a second bundle,
// dist/notice-build.cjs, read only when they run, so that `notice validate` does not load it.
const secondBundle = [
  'outputs/index',
  'diff/change-notice-html',
  'watch',
  'templates-copy',
  'doctor',
  'init/index',
  'cli/interview',
  'init/workflow',
];
writeFileSync(`${root}/dist/build-entry.js`, secondBundle.map((m) => `export * from './${m}.js';\n`).join(''));
// `notice import` (its readers of HTML, Word and PDF with linkedom, Readability, mammoth and JSZip, its map
// and emit stages) is a third, dist/notice-import.cjs, read only when an import runs: it is twice the size of
// the rest of the command, which `notice validate` and `notice build` would otherwise read and parse each time.
const importBundle = ['import/index', 'report/import'];
writeFileSync(`${root}/dist/import-entry.js`, importBundle.map((m) => `export * from './${m}.js';\n`).join(''));
// `notice ropa` is a fourth, dist/notice-ropa.cjs: its workbook library (exceljs) is larger than the whole
// command was without it, and every `notice validate` would read and parse it.
const ropaBundle = ['ropa/index', 'ropa/write'];
writeFileSync(`${root}/dist/ropa-entry.js`, ropaBundle.map((m) => `export * from './${m}.js';\n`).join(''));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // ajv is needed only when the precompiled validator is missing; puppeteer-core
  // loads from node_modules when a PDF is printed.
  external: ['ajv', 'ajv/*', 'puppeteer-core'],
  // BUILD_ID (src/build-id.ts): a cache made by another build of the command is not read.
  define: { 'import.meta.url': '__notice_module_url', __NOTICE_BUILD_ID__: JSON.stringify(inputs) },
  banner: { js: "const __notice_module_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
/** A plugin that leaves the modules of the other bundles out of this one: they are required from their file. */
const apart = (bundles) => ({
  name: 'bundles-apart',
  setup(build) {
    // Whoever imports them, and by whatever relative path: their place in dist/ decides.
    const fileOf = new Map();
    for (const [file, modules] of Object.entries(bundles))
      for (const module of modules) fileOf.set(join(root, 'dist', `${module}.js`), file);
    // A bundle the code requires by its file name (`require('./notice-validators.cjs')`) stays a file of its own.
    build.onResolve({ filter: /^\.\/notice-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = fileOf.get(join(args.resolveDir, args.path));
      return file ? { path: `./${file}`, external: true } : undefined;
    });
  },
});
// import() would need a loader callback that V8's code cache does not keep, so
// the dynamic imports of both bundles become require() calls.
await esbuild.build({
  ...common,
  entryPoints: [`${root}/dist/bundle-entry.js`],
  outfile: bundle,
  plugins: [
    apart({ 'notice-build.cjs': secondBundle, 'notice-import.cjs': importBundle, 'notice-ropa.cjs': ropaBundle }),
  ],
  supported: { 'dynamic-import': false },
});
await esbuild.build({
  ...common,
  entryPoints: [`${root}/dist/validators-entry.js`],
  outfile: `${root}/dist/notice-validators.cjs`,
});
await esbuild.build({
  ...common,
  entryPoints: [`${root}/dist/build-entry.js`],
  outfile: `${root}/dist/notice-build.cjs`,
  plugins: [apart({ 'notice-import.cjs': importBundle })],
  supported: { 'dynamic-import': false },
});
await esbuild.build({
  ...common,
  entryPoints: [`${root}/dist/import-entry.js`],
  outfile: `${root}/dist/notice-import.cjs`,
  plugins: [apart({ 'notice-build.cjs': secondBundle })],
  supported: { 'dynamic-import': false },
});
await esbuild.build({
  ...common,
  entryPoints: [`${root}/dist/ropa-entry.js`],
  outfile: `${root}/dist/notice-ropa.cjs`,
  plugins: [apart({ 'notice-build.cjs': secondBundle, 'notice-import.cjs': importBundle })],
  supported: { 'dynamic-import': false },
});
// The entries are only esbuild's input: the package ships what the command reads.
for (const entry of ['bundle-entry.js', 'validators-entry.js', 'build-entry.js', 'import-entry.js', 'ropa-entry.js'])
  rmSync(`${root}/dist/${entry}`);

// V8 code cache of both bundles after a warm-up run, so a cold start skips
// parsing and compiling the functions a validation or a build uses. Node
// rejects a cache made by another Node or V8 version; the command then runs without it.
const { compileBundle } = await import(`${root}/bin/bundle.js`);
const warm = compileBundle(bundle);
const sink = { write: () => true };
const scratch = mkdtempSync(join(tmpdir(), 'notice-warm-'));
try {
  for (const example of ['examples/complete.yaml', 'examples/lamisnet-2018.yaml']) {
    await warm.main(['validate', `${root}/${example}`], { stdout: sink, stderr: sink, env: {} });
  }
  await warm.main(['build', `${root}/examples/complete.yaml`, '--out', scratch, '--format', 'md,html,html-fragment'], {
    stdout: sink,
    stderr: sink,
    env: {},
  });
  // An import of a text and of a Markdown file; the HTML and Word readers stay out of the cache (its size).
  const seed = join(scratch, 'seed.txt');
  writeFileSync(seed, readFileSync(`${root}/test/fixtures/real/okm-oiva.txt`, 'utf8').replace(/^#.*\n/gmu, ''));
  await warm.main(['import', seed, '--out', join(scratch, 'imported')], { stdout: sink, stderr: sink, env: {} });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const [file, { script }] of warm.loaded)
  writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
// Last, so that only a finished build is recorded as up to date (test/global-setup.ts reads it).
writeFileSync(join(root, BUILD_INPUTS_FILE), `${inputs}\n`);
