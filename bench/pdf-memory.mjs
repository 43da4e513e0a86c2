// PDF memory against the size of the batch: the peak memory (RSS of notice's
// process and of every Chromium process it starts, summed) of `notice build
// --format pdf` for 100 and for 500 trilingual notices (fi, sv, en: 300 and
// 1500 PDFs), in the same run on the same machine. Goal: the 500 peak within
// 10% of the 100 peak (ratio <= 1.10): memory stays flat as the batch grows.
//   node bench/pdf-memory.mjs        (BENCH_SIZES=100,500 BENCH_RUNS=1)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,500').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const work = join(root, '.bench-tmp/pdf-memory');

if (!existsSync(join(root, 'dist/notice.cjs')))
  spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const { businessIdCheckDigit } = await import(`${root}/dist/index.js`);

// Notices of different companies: the trilingual model notice with another name and business id in each.
rmSync(work, { recursive: true, force: true });
const base = readFileSync(join(root, 'examples/complete.yaml'), 'utf8');
for (const size of sizes) {
  mkdirSync(join(work, `notices-${size}`), { recursive: true });
  for (let i = 0; i < size; i++) {
    let n = 1000000 + i * 7;
    while (businessIdCheckDigit(String(n)) === undefined) n++;
    const text = base
      .replace(/^  name: .*$/m, `  name: Esimerkkiyhtiö ${i} Oy`)
      .replace(/business_id: "[^"]+"/, `business_id: "${n}-${businessIdCheckDigit(String(n))}"`);
    writeFileSync(join(work, `notices-${size}`, `company-${String(i).padStart(4, '0')}.yaml`), text);
  }
}

/** The resident memory of a process and of all its descendants, in KiB, split into node's own and the rest. */
function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {}
  }
  const rss = (p) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const own = rss(pid);
  let browser = 0;
  const pending = [...(children.get(pid) ?? [])];
  while (pending.length) {
    const p = pending.pop();
    browser += rss(p);
    pending.push(...(children.get(p) ?? []));
  }
  return { own, browser };
}

/** One build of `size` notices to PDF, as a user runs it; its wall time and peak memory. */
function build(size, out) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [join(root, 'bin/notice.js'), 'build', `notices-${size}`, '--format', 'pdf', '--out', out, '-q'],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const peak = { total: 0, node: 0, browser: 0 };
    const timer = setInterval(() => {
      const { own, browser } = treeRss(child.pid);
      peak.total = Math.max(peak.total, own + browser);
      peak.node = Math.max(peak.node, own);
      peak.browser = Math.max(peak.browser, browser);
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const pdfs = readdirSync(join(work, out)).filter((f) => f.endsWith('.pdf')).length;
      if (code !== 0 || pdfs !== size * 3)
        reject(new Error(`notice build exited ${code} with ${pdfs} PDFs: ${stderr}`));
      else
        resolve({
          seconds,
          pdfs,
          peak: { total: peak.total / 1024, node: peak.node / 1024, browser: peak.browser / 1024 },
        });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (value) => `${value.toFixed(0)} MiB`;
const measured = new Map(sizes.map((size) => [size, []]));
for (let r = 0; r < runs; r++) {
  for (const size of sizes) measured.get(size).push(await build(size, `out-${size}-${r}`));
}
console.log(
  `PDF memory, ${runs} run(s) each, median; peak RSS of notice plus Chromium, sampled every 50 ms; ${availableParallelism()} cores`,
);
for (const size of sizes) {
  const results = measured.get(size);
  const pick = (key) => median(results.map((r) => r.peak[key]));
  console.log(
    `  ${String(size).padStart(4)} notices (${results[0].pdfs} PDFs)  peak ${mib(pick('total'))}  ` +
      `(node ${mib(pick('node'))}, Chromium ${mib(pick('browser'))})  in ${median(results.map((r) => r.seconds)).toFixed(1)} s`,
  );
}
if (sizes.length >= 2) {
  const [small, large] = [sizes[0], sizes.at(-1)];
  const peak = (size) => median(measured.get(size).map((r) => r.peak.total));
  console.log(`  ratio ${large}/${small}: ${(peak(large) / peak(small)).toFixed(2)} (goal <= 1.10)`);
}
