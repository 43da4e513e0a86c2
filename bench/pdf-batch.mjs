// PDF benchmark, all measured in the same run on the same machine:
//  (a) 50 notices to PDF with `notice build`, against a bare puppeteer-core
//      script (bench/pdf-floor.mjs) that starts the same browser once and
//      prints the same HTML with the same options on as many pages; goal <= 1.15x;
//  (b) one notice, cold, against the floor's single run; goal <= 1.1x;
//  (c) the same 50 notices through md-to-pdf, when it installs here
//      (BENCH_MD_TO_PDF=1; it goes to .bench-tmp/, never into the project).
// Also prints the peak memory (RSS of the process and all its children) of (a).
//   node bench/pdf-batch.mjs          (BENCH_RUNS=3)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const count = 50;
const work = join(root, '.bench-tmp/pdf');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'notices'), { recursive: true });
mkdirSync(join(work, 'one'), { recursive: true });
mkdirSync(join(work, 'jobs'), { recursive: true });

const { loadNoticeBytes, createRenderer, businessIdCheckDigit } = await import(`${root}/dist/index.js`);
const { printableHtml, pdfOptions } = await import(`${root}/dist/pdf/printer.js`);
const source = readFileSync(join(root, 'examples/complete.yaml'), 'utf8');
const renderer = createRenderer({ version: 'bench' });
for (let i = 0; i < count; i++) {
  // Company ids with a valid check digit (a body whose remainder is 1 has none).
  let n = 1000000 + i * 7;
  while (businessIdCheckDigit(String(n)) === undefined) n++;
  const body = String(n);
  const text = source
    .replace('name: Esimerkkiverkko Oy', `name: Esimerkkiyhtiö ${i} Oy`)
    .replace('"9184372-3"', `"${body}-${businessIdCheckDigit(body)}"`);
  writeFileSync(join(work, 'notices', `n${String(i).padStart(2, '0')}.yaml`), text);
  if (i === 0) writeFileSync(join(work, 'one', 'n00.yaml'), text);
  const { html, meta } = renderer.render(loadNoticeBytes(text, 'x.yaml').data, 'fi');
  const job = {
    name: `n${String(i).padStart(2, '0')}.fi.pdf`,
    html: printableHtml(html),
    options: pdfOptions({ paper: 'a4', meta }),
  };
  writeFileSync(join(work, 'jobs', `${job.name}.json`), JSON.stringify(job));
}
mkdirSync(join(work, 'one-job'), { recursive: true });
writeFileSync(join(work, 'one-job', 'n00.fi.pdf.json'), readFileSync(join(work, 'jobs', 'n00.fi.pdf.json')));

/** Runs a command, returning its wall time and the peak RSS of it and all its descendants (Linux /proc). */
function measure(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const sample = () => {
      const pids = [child.pid];
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
      let rss = 0;
      while (pids.length) {
        const pid = pids.pop();
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {}
        pids.push(...(children.get(pid) ?? []));
      }
      peak = Math.max(peak, rss);
    };
    const timer = setInterval(sample, 25);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, peakMiB: peak / 1024 });
    });
  });
}

const pages = String(Math.max(1, Math.min(availableParallelism(), 4)));
const notice = (dir, out) =>
  measure(
    process.execPath,
    [join(root, 'bin/notice.js'), 'build', dir, '--format', 'pdf', '--lang', 'fi', '--out', out, '-q'],
    work,
  );
const floor = (dir, out) => measure(process.execPath, [join(root, 'bench/pdf-floor.mjs'), dir, out, pages], root);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const batch = { notice: [], floor: [], memory: [] };
const single = { notice: [], floor: [] };
await notice('one', 'warm');
await floor(join(work, 'one-job'), join(work, 'warm')); // warm the disk cache
for (let r = 0; r < runs; r++) {
  const a = await notice('notices', `out-notice-${r}`);
  batch.notice.push(a.ms);
  batch.memory.push(a.peakMiB);
  batch.floor.push((await floor(join(work, 'jobs'), join(work, `out-floor-${r}`))).ms);
  for (let k = 0; k < 2; k++) {
    single.notice.push((await notice('one', `one-notice-${r}-${k}`)).ms);
    single.floor.push((await floor(join(work, 'one-job'), join(work, `one-floor-${r}-${k}`))).ms);
  }
}
const pdfCount = readdirSync(join(work, 'out-notice-0')).filter((f) => f.endsWith('.pdf')).length;
console.log(
  `PDF, ${runs} interleaved runs, median wall time; ${pages} pages printing at once on ${availableParallelism()} cores`,
);
console.log(
  `  (a) ${pdfCount} notices   floor ${median(batch.floor).toFixed(0)} ms   notice ${median(batch.notice).toFixed(0)} ms   ratio ${(median(batch.notice) / median(batch.floor)).toFixed(2)} (goal <= 1.15)   peak memory ${median(batch.memory).toFixed(0)} MiB`,
);
console.log(
  `  (b) 1 notice cold  floor ${median(single.floor).toFixed(0)} ms   notice ${median(single.notice).toFixed(0)} ms   ratio ${(median(single.notice) / median(single.floor)).toFixed(2)} (goal <= 1.1)`,
);

if (process.env.BENCH_MD_TO_PDF) {
  const prefix = join(root, '.bench-tmp/md-to-pdf');
  try {
    if (!existsSync(join(prefix, 'node_modules/md-to-pdf'))) {
      execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'md-to-pdf'], {
        stdio: 'ignore',
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
      });
    }
    const mds = join(work, 'md');
    spawnSync(
      process.execPath,
      [join(root, 'bin/notice.js'), 'build', 'notices', '--format', 'md', '--lang', 'fi', '--out', mds, '-q'],
      { cwd: work, stdio: 'ignore' },
    );
    const config = join(work, 'md-to-pdf.json');
    // md-to-pdf gets the same browser, in the same headless mode.
    const { findBrowser } = await import(`${root}/dist/pdf/browser.js`);
    const found = findBrowser();
    writeFileSync(
      config,
      JSON.stringify({
        launch_options: {
          executablePath: found.path,
          headless: found.headlessShell ? 'shell' : true,
          args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
        },
      }),
    );
    const files = readdirSync(mds)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(mds, f));
    const m2p = await measure(
      process.execPath,
      [join(prefix, 'node_modules/md-to-pdf/dist/cli.js'), '--config-file', config, ...files],
      work,
    );
    console.log(
      `  (c) md-to-pdf on the same ${files.length} notices: ${m2p.ms.toFixed(0)} ms; notice is ${(m2p.ms / median(batch.notice)).toFixed(1)}x faster (goal 6x)`,
    );
  } catch (error) {
    console.log(`  (c) md-to-pdf: not measured (${error.message.split('\n')[0]})`);
  }
}
