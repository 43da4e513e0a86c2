// Cold start of `notice validate` on one file, against `node -e 0` (the floor:
// starting Node itself), measured interleaved in the same run on the same
// machine. Goal: ratio <= 2.0. Two files: the largest real (one-language)
// notice of the examples, and the three-language model notice, three times its size.
//   npm run bench            BENCH_RUNS=50 npm run bench          node bench/validate-cold.mjs FILE...
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 30);
const files =
  process.argv.length > 2 ? process.argv.slice(2) : ['examples/lamisnet-2018.yaml', 'examples/complete.yaml'];

if (!existsSync(`${root}/dist/notice.cjs`))
  spawnSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

const floorName = 'node -e 0';
const commands = { [floorName]: ['-e', '0'] };
for (const file of files) commands[`notice validate ${file}`] = [`${root}/bin/notice.js`, 'validate', file];

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // A failed run is not a measurement (exit 1 means findings, which is a normal run).
  if ((result.status !== 0 && result.status !== 1) || result.stderr.length > 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const args of Object.values(commands)) time(args); // warm the file cache
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const floor = median(samples[floorName]);
console.log(`${runs} runs each, interleaved; median wall time (ms) and ratio to ${floorName}`);
for (const name of Object.keys(commands)) {
  const ms = median(samples[name]);
  console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(7)}  ${(ms / floor).toFixed(2)}x`);
}
console.log('goal: notice validate <= 2.0x');
