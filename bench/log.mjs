// `notice log` over a history of 200 versions of the complete example,
// against `git log -p` of the same file in the same run: both the command as
// a user runs it (a new process each time). Prints the times and the ratios
// of three runs a user meets: the first (nothing kept yet in .git/notice/), a
// repeated one (every version kept), and one after a new commit (all but the
// newest kept), and for scale what Node alone takes to read the versions.
// Goal: notice log at most 3× git log -p.
//   node bench/log.mjs        (BENCH_VERSIONS=200 BENCH_RUNS=5 BENCH_FORMAT=text)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_VERSIONS ?? 200);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const format = process.env.BENCH_FORMAT ?? 'text';

if (!existsSync(`${root}/dist/notice.cjs`))
  spawnSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

// A repository whose one notice went through `count` versions: each commit
// raises the version and changes something a maintainer would (a purpose's
// wording, a retention period, a recipient's name, a new transfer now and then).
const work = `${root}/.bench-tmp/log`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (...args) => execFileSync('git', args, { cwd: work, env, encoding: 'utf8', maxBuffer: 1 << 28 });
git('init', '-q', '-b', 'main');
const base = readFileSync(`${root}/examples/complete.yaml`, 'utf8');
// One fast-import stream: 200 commits without 400 processes.
let stream = '';
for (let i = 0; i < count; i++) {
  let text = base
    .replace(/version: "[^"]+"/, `version: "2.${i}"`)
    .replace(/updated: "[^"]+"/, `updated: "2025-${String((i % 12) + 1).padStart(2, '0')}-01"`)
    .replace('Esimerkkipilvi Oy', `Esimerkkipilvi ${Math.floor(i / 3)} Oy`)
    .replace('period: "P3Y"', `period: "P${3 + (i % 4)}Y"`)
    .replace('Laskutus, maksamatta', `Laskutus (${i}), maksamatta`);
  if (i % 5 === 4) text = text.replace('    - country: US\n', '    - country: CA\n');
  const data = Buffer.from(text);
  const when = 1735732800 + i * 86400;
  stream += `commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${when} +0000\ndata <<EOF\nVersion 2.${i}\nEOF\n`;
  stream += `M 100644 inline complete.yaml\ndata ${data.length}\n${text}\n`;
}
execFileSync('git', ['fast-import', '--quiet'], { cwd: work, env, input: stream });
git('checkout', '-q', 'main');

function time(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: work, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const cache = `${work}/.git/notice`;
const log = (...more) =>
  time(process.execPath, [`${root}/bin/notice.js`, 'log', 'complete.yaml', '--format', format, '--no-color', ...more]);
// What the cache holds after a log of every version but the newest: the state after someone commits.
log('HEAD~1');
const allButNewest = `${root}/.bench-tmp/log-cache-all-but-newest`;
rmSync(allButNewest, { recursive: true, force: true });
cpSync(cache, allButNewest, { recursive: true });

const cases = {
  'first run (nothing kept yet)': () => rmSync(cache, { recursive: true, force: true }),
  'repeated run (every version kept)': () => {},
  'after a new commit (all but the newest kept)': () => {
    rmSync(cache, { recursive: true, force: true });
    cpSync(allButNewest, cache, { recursive: true });
  },
};
// For scale: what Node alone takes to start and read every version from git (the commits, then their
// blobs through one git cat-file), parsing and comparing nothing: no log made in Node can take less.
const readOnly = `
const { execFileSync } = require('node:child_process');
const commits = execFileSync('git', ['log', '--follow', '--format=%H', '--', 'complete.yaml'], { encoding: 'utf8' });
const specs = commits.trim().split('\\n').map((commit) => commit + ':complete.yaml\\n').join('');
const blobs = execFileSync('git', ['cat-file', '--batch'], { input: specs, maxBuffer: 1 << 28 });
process.stdout.write(String(new TextDecoder().decode(blobs).length));
`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
const gitLog = [];
const nodeReading = [];
let expected;
for (let r = 0; r < runs; r++) {
  for (const [name, prepare] of Object.entries(cases)) {
    prepare();
    const run = log();
    // Kept or worked out afresh, the log is the same.
    expected ??= run.stdout;
    if (run.stdout !== expected) throw new Error(`notice log printed something else in the ${name}`);
    if (r === 0 && format === 'json' && JSON.parse(run.stdout).versions.length !== count)
      throw new Error('notice log did not list every version');
    times[name].push(run.ms);
  }
  gitLog.push(time('git', ['log', '-p', '--follow', '--', 'complete.yaml']).ms);
  nodeReading.push(time(process.execPath, ['-e', readOnly]).ms);
}
const gitMedian = median(gitLog);
console.log(`notice log, ${count} versions of examples/complete.yaml (${format}), median of ${runs}:`);
for (const [name, values] of Object.entries(times))
  console.log(`  ${name}: ${median(values).toFixed(0)} ms, ${(median(values) / gitMedian).toFixed(2)}× git log -p`);
console.log(
  `  for scale, Node starting and reading the ${count} versions from git, nothing more: ${median(nodeReading).toFixed(0)} ms, ${(median(nodeReading) / gitMedian).toFixed(2)}× git log -p`,
);
console.log(
  `git log -p --follow of the same file, median of ${runs}: ${gitMedian.toFixed(0)} ms (goal: notice log ≤ 3×)`,
);
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
rmSync(allButNewest, { recursive: true, force: true });
