// `notice preview` while editing: how long from a save of the notice until
//   - the page open in a real browser has reloaded and shows the new text, and
//   - the PDF the preview serves has the new text,
// each against a cold `notice build` of the same notice and language (a new
// process, as a user runs it) to HTML and to PDF, in the same run. Prints the
// medians and the ratios. Goals: HTML refresh <= 0.3 x, PDF refresh <= 0.2 x.
//   node bench/preview.mjs        (BENCH_ROUNDS=5 BENCH_WARMUP=2 BENCH_PDF=lazy|eager|both)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const modes = (process.env.BENCH_PDF ?? 'both') === 'both' ? ['lazy', 'eager'] : [process.env.BENCH_PDF];
const chromium =
  process.env.NOTICE_CHROME ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(`${root}/dist/notice.cjs`))
  spawnSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

const work = `${root}/.bench-tmp/preview`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const base = readFileSync(`${root}/examples/complete.yaml`, 'utf8');
const NAME = 'Esimerkkiverkko Oy';
if (!base.includes(NAME)) throw new Error(`examples/complete.yaml no longer names ${NAME}`);
let saves = 0;
/** Saves the notice with a controller name never used before, and returns that name. */
function save() {
  const token = `Tallennus${++saves} Oy`;
  writeFileSync(`${work}/notice.yaml`, base.replaceAll(NAME, token));
  return token;
}
save();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function coldBuild(format) {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [`${root}/bin/notice.js`, 'build', 'notice.yaml', '--lang', 'fi', '--format', format, '--out', `cold-${format}`],
    { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`notice build exited ${result.status}: ${result.stderr}`);
  // Cold means all of it: the next build writes everything again.
  rmSync(`${work}/cold-${format}`, { recursive: true, force: true });
  return ms;
}

/** `notice preview` as a user starts it; resolves with its URL once it has built the pages. */
async function startPreview(mode) {
  const child = spawn(
    process.execPath,
    [`${root}/bin/notice.js`, 'preview', 'notice.yaml', '--lang', 'fi', '--port', '0', '--pdf', mode],
    { cwd: work, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  for (let waited = 0; !stderr.includes('Press Ctrl-C'); waited += 20) {
    if (waited > 30_000 || child.exitCode !== null) throw new Error(`notice preview did not start:\n${stderr}`);
    await sleep(20);
  }
  return { child, url: /Preview on (\S+)/.exec(stderr)[1] };
}

function pdfText(bytes) {
  writeFileSync(`${work}/served.pdf`, bytes);
  return spawnSync('pdftotext', [`${work}/served.pdf`, '-'], { encoding: 'utf8' }).stdout;
}

/** From a save until the served PDF has the new text; fetched again and again, as an impatient user would. */
async function pdfRefresh(url, previous) {
  const token = save();
  const start = performance.now();
  for (;;) {
    const response = await fetch(url);
    const bytes = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - start;
    if (response.status === 200 && !bytes.equals(previous.bytes) && pdfText(bytes).includes(token)) {
      previous.bytes = bytes;
      return ms;
    }
    if (performance.now() - start > 30_000) throw new Error('the PDF did not change within 30 s');
  }
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-dev-shm-usage',
  ],
});
const results = {};
try {
  // Cold builds and preview rounds take turns, so that both meet the same load on the machine.
  const cold = { html: [], pdf: [] };
  for (const mode of modes) {
    const { child, url } = await startPreview(mode);
    try {
      const page = await browser.newPage();
      await page.goto(`${url}notice.fi.html`, { waitUntil: 'load' });
      const pdfUrl = `${url}notice.fi.pdf`;
      const previous = { bytes: Buffer.from(await (await fetch(pdfUrl)).arrayBuffer()) };
      const html = [];
      const pdf = [];
      // The first saves after the start are not counted: one edits for a while, and Node compiles
      // the code a save runs only once it has run a few times.
      for (let r = -warmup; r < rounds; r++) {
        if (r >= 0) {
          cold.html.push(coldBuild('html'));
          cold.pdf.push(coldBuild('pdf'));
        }
        const token = save();
        const start = performance.now();
        await page.waitForFunction(
          (text) => document.body?.innerText.includes(text),
          { polling: 5, timeout: 30_000 },
          token,
        );
        const pageMs = performance.now() - start;
        await sleep(300);
        const pdfMs = await pdfRefresh(pdfUrl, previous);
        await sleep(300);
        if (r < 0) continue;
        html.push(pageMs);
        pdf.push(pdfMs);
      }
      results[mode] = { html, pdf };
      await page.close();
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  const coldHtml = median(cold.html);
  const coldPdf = median(cold.pdf);
  console.log(`One notice (examples/complete.yaml, fi), ${rounds} rounds after ${warmup} not counted, medians`);
  console.log(`  cold notice build --format html   ${seconds(coldHtml)}`);
  console.log(`  cold notice build --format pdf    ${seconds(coldPdf)}`);
  for (const [mode, { html, pdf }] of Object.entries(results)) {
    const h = median(html);
    const p = median(pdf);
    console.log(
      `  preview --pdf ${mode.padEnd(5)} save → page reloaded ${seconds(h)} = ${(h / coldHtml).toFixed(2)} × (goal ≤ 0.3)` +
        `; save → PDF served ${seconds(p)} = ${(p / coldPdf).toFixed(2)} × (goal ≤ 0.2)`,
    );
    console.log(`      runs: page ${html.map(seconds).join(', ')}; PDF ${pdf.map(seconds).join(', ')}`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
