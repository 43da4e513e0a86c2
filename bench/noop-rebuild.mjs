// A no-op rebuild of 500 notices: `notice build` run again when nothing
// changed, the case of CI on a commit that touched no notice, against the
// full build of the same notices in the same run. Both are the command as a
// user runs it (a new process each time). Prints the times and their ratio.
// Goal: the no-op rebuild under one second.
//   node bench/noop-rebuild.mjs        (BENCH_NOTICES=500 BENCH_RUNS=5 BENCH_FORMATS=md,html)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_NOTICES ?? 500);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const formats = process.env.BENCH_FORMATS ?? 'md,html';

if (!existsSync(`${root}/dist/notice.cjs`))
  spawnSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });
const { businessIdCheckDigit } = await import(`${root}/dist/index.js`);

// 500 notices of different companies (the trilingual model notice, 740 lines,
// with another name, business id and purpose text in each).
const work = `${root}/.bench-tmp/noop-rebuild`;
rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}/notices`, { recursive: true });
const base = readFileSync(`${root}/examples/complete.yaml`, 'utf8');
for (let i = 0; i < count; i++) {
  let n = 1000000 + i * 7;
  while (businessIdCheckDigit(String(n)) === undefined) n++;
  const text = base
    .replace(/^  name: .*$/m, `  name: Esimerkkiyhtiö ${i} Oy`)
    .replace(/business_id: "[^"]+"/, `business_id: "${n}-${businessIdCheckDigit(String(n))}"`);
  writeFileSync(`${work}/notices/company-${String(i).padStart(4, '0')}.yaml`, text);
}

function build(...extra) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [`${root}/bin/notice.js`, 'build', 'notices', '--out', 'out', '--format', formats, '--report', 'json', ...extra],
    { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`notice build exited ${result.status}: ${result.stderr}`);
  return { ms, summary: JSON.parse(result.stdout).summary };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const full = [];
const noop = [];
// Each round: a full build (--force: every output written again), then a no-op rebuild.
build(); // the first build: the manifest and the file cache
for (let r = 0; r < runs; r++) {
  const forced = build('--force');
  if (forced.summary.written !== forced.summary.outputs) throw new Error('--force did not write every output');
  full.push(forced.ms);
  const again = build();
  if (again.summary.written !== 0) throw new Error(`the no-op rebuild wrote ${again.summary.written} outputs`);
  noop.push(again.ms);
}
const outputs = build().summary.outputs;
console.log(
  `${count} notices (fi, sv, en; ${formats}: ${outputs} outputs), ${runs} rounds, median wall time of the command`,
);
console.log(`  full build (--force)      ${(median(full) / 1000).toFixed(2)} s`);
console.log(
  `  no-op rebuild             ${(median(noop) / 1000).toFixed(2)} s   (goal < 1 s; runs: ${noop.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
);
console.log(`ratio no-op / full: ${(median(noop) / median(full)).toFixed(3)}`);
