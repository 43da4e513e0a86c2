// Renders 500 generated notices to Markdown and HTML with notice's renderer,
// and the same notices with bare Handlebars + marked (below): the floor of
// what rendering through these two libraries costs. Same process,
// interleaved rounds; prints the per-notice time of each and the ratio.
// Goal: <= 1.3.
//   node bench/render-batch.mjs        (BENCH_NOTICES=500 BENCH_ROUNDS=5)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { createRenderer, loadNoticeBytes, businessIdCheckDigit } = await import(`${root}/dist/index.js`);
const { Marked } = await import('marked');

const count = Number(process.env.BENCH_NOTICES ?? 500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const base = loadNoticeBytes(readFileSync(`${root}/examples/complete.yaml`), 'complete.yaml').data;

// 500 notices of different companies: names, ids and one purpose text differ.
const notices = Array.from({ length: count }, (_, i) => {
  const notice = structuredClone(base);
  // Company ids with a valid check digit (a body whose remainder is 1 has none).
  let n = 1000000 + i * 7;
  while (businessIdCheckDigit(String(n)) === undefined) n++;
  const body = String(n);
  notice.controller.name = `Esimerkkiyhtiö ${i} Oy`;
  notice.controller.business_id = `${body}-${businessIdCheckDigit(body)}`;
  notice.purposes.items[0].description.fi += ` (asiakasryhmä ${i})`;
  return notice;
});

const renderer = createRenderer({ version: 'bench' });
const ours = (notice) => {
  const rendered = renderer.render(notice, 'fi');
  return rendered.markdown.length + rendered.html.length;
};

// The floor: the same Handlebars templates over the same view, computed
// beforehand and not timed, then plain marked on the Markdown: the libraries'
// own cost for this document, without notice's view building, escaping and
// sanitising, heading ids, table of contents and page shell.
const { compileTemplates, RUNTIME_OPTIONS } = await import(`${root}/dist/render/handlebars.js`);
const { loadTemplates } = await import(`${root}/dist/render/templates.js`);
const templates = compileTemplates(loadTemplates());
const views = new Map(notices.map((notice) => [notice, renderer.render(notice, 'fi').view]));
const marked = new Marked({ gfm: true, async: false });
const floor = (notice) => {
  const markdown = templates.markdown(views.get(notice), RUNTIME_OPTIONS);
  const html = marked.parse(markdown);
  return markdown.length + html.length;
};

// Interleaved in chunks of 25 notices, so that the noise of a busy machine
// falls on both sides alike; each round renders all notices once with each.
function round() {
  const totals = { notice: 0, floor: 0 };
  const bytes = { notice: 0, floor: 0 };
  for (let start = 0; start < notices.length; start += 25) {
    const chunk = notices.slice(start, start + 25);
    for (const [side, fn] of [
      ['notice', ours],
      ['floor', floor],
    ]) {
      const began = process.hrtime.bigint();
      for (const notice of chunk) bytes[side] += fn(notice);
      totals[side] += Number(process.hrtime.bigint() - began) / 1e6;
    }
  }
  return { totals, bytes };
}

round(); // warm up both
const results = { notice: [], floor: [] };
let sizes;
for (let r = 0; r < rounds; r++) {
  const { totals, bytes } = round();
  results.notice.push(totals.notice);
  results.floor.push(totals.floor);
  sizes = bytes;
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const perNotice = (ms) => (ms / count).toFixed(3);
const n = median(results.notice);
const f = median(results.floor);
console.log(`${count} notices (Finnish, Markdown + HTML), ${rounds} interleaved rounds, median`);
console.log(
  `  bare handlebars + marked   ${perNotice(f)} ms/notice   (${(sizes.floor / count / 1024).toFixed(1)} KiB out)`,
);
console.log(
  `  notice renderer            ${perNotice(n)} ms/notice   (${(sizes.notice / count / 1024).toFixed(1)} KiB out)`,
);
console.log(`ratio: ${(n / f).toFixed(2)} (goal <= 1.3)`);
