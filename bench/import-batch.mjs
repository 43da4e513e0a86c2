// `notice import` of 500 notices in one run, against `notice validate` of the 500 YAML files it wrote,
// measured interleaved in the same run on the same machine. Goal: import <= 2.0x validate (reading and
// mapping a notice should cost no more than checking it again).
// The inputs are the seeds' and the real notices' texts (test/fixtures/seeds, test/fixtures/real), each
// copy with its first line varied, so that no two files are the same.
//   node bench/import-batch.mjs          BENCH_RUNS=5 BENCH_NOTICES=1000 node bench/import-batch.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const count = Number(process.env.BENCH_NOTICES ?? 500);

// The bundle is built from src/ when anything changed (scripts/build.mjs skips an up-to-date build).
spawnSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

const sources = ['test/fixtures/seeds', 'test/fixtures/real'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(root, folder, name), 'utf8')),
);

const work = mkdtempSync(join(tmpdir(), 'notice-bench-import-'));
const inputs = join(work, 'in');
const out = join(work, 'out');
mkdirSync(inputs);
const files = [];
for (let i = 0; i < count; i++) {
  const text = sources[i % sources.length];
  const varied = text.replace(/^\s*(\S[^\n]*)/, (_, first) => `${first} ${i + 1}`);
  const file = join(inputs, `notice-${String(i + 1).padStart(4, '0')}.txt`);
  writeFileSync(file, varied);
  files.push(file);
}

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [`${root}/bin/notice.js`, ...args], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 means findings, which is a normal run; 2 is not a measurement.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`notice ${args.slice(0, 3).join(' ')}... exited ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

const commands = {
  [`notice import (${count} files)`]: ['import', ...files, '--out', out, '--force'],
  [`notice validate (${count} files)`]: ['validate', out],
};
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
try {
  for (const args of Object.values(commands)) time(args); // warm the file cache; the import writes what validate reads
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [importName, validateName] = Object.keys(commands);
const floor = median(samples[validateName]);
console.log(`${runs} runs each, interleaved; median wall time (ms) and ratio to notice validate`);
for (const name of Object.keys(commands)) {
  const ms = median(samples[name]);
  console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(7)}  ${(ms / floor).toFixed(2)}x`);
}
const ratio = median(samples[importName]) / floor;
console.log(`goal: notice import <= 2.0x notice validate: ${ratio <= 2 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`);
