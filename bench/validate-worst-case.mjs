// Validation time (reading the YAML, the schema, every rule) of 1 MB worst-case notices against a
// normal one, per byte: the three-language model notice (examples/complete.yaml, 31 KB), and notices
// whose text is one of bench/worst-case-texts.mjs (also in a Name, a retention text and a data
// category text, through aliases), or that are made of many small values. Same process; prints each
// time, its time per byte and its ratio to the normal notice's. Goal: every ratio <= 10 (linear: a
// backtracking expression or a search per item takes minutes here; texts measure about 0.3, files
// of many small values 5-9, bound by yaml's own time per token, about a microsecond).
//   node bench/validate-worst-case.mjs        (BENCH_SIZE=1000000 BENCH_ROUNDS=3 BENCH_ONLY=<part of a name>)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { worstCaseTexts } from './worst-case-texts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { loadNoticeBytes, validateNotice } = await import(`${root}/dist/index.js`);

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const only = process.env.BENCH_ONLY;
const today = '2026-06-01';

/** The smallest of `rounds` runs (after one to warm up), in milliseconds. */
async function best(bytes, runs) {
  await validateNotice(loadNoticeBytes(bytes, 'bench.yaml'), { today });
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await validateNotice(loadNoticeBytes(bytes, 'bench.yaml'), { today });
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return fastest;
}

const header = 'notice:\n  languages: [fi]\n  created: "2020-01-01"\n';
// A text of many lines as a block scalar: in quotes each line break would take two bytes; |+ keeps the last ones.
const scalar = (text) => (text.includes('\n') ? `|+\n${text.replace(/^(?=.)/gm, '  ')}` : JSON.stringify(text));
const notices = {};
for (const [shape, text] of Object.entries(worstCaseTexts(size))) {
  notices[`text: ${shape}`] =
    `${header}register_name: &t ${scalar(text)}\ncontroller:\n  name: *t\n` +
    `retention:\n  items:\n    - criteria: *t\ndata_categories:\n  text: *t\n`;
}
notices['many unknown keys'] = header + Array.from({ length: size / 12 }, (_, i) => `  k${i}: 1\n`).join('');
notices['many duplicate keys'] = header + '  k: 1\n'.repeat(size / 7);
notices['many list items with a text of the wrong type'] =
  `${header}purposes:\n  items:\n${'    - description: 1\n'.repeat(size / 22)}`;
notices['many empty lines in a block text'] = `${header}register_name: >\n  x${'\n'.repeat(size)}`;

const normal = readFileSync(`${root}/examples/complete.yaml`);
const normalMs = await best(normal, 10);
const normalPerByte = normalMs / normal.length;
const row = (name, ms, bytes) =>
  `  ${name.padEnd(56)} ${ms.toFixed(1).padStart(9)} ${((ms * 1e6) / bytes).toFixed(0).padStart(7)} ${(ms / bytes / normalPerByte).toFixed(2).padStart(8)}x`;
console.log(`best of ${rounds} runs; ms, ns per byte, and ratio per byte to the normal notice`);
console.log(row(`normal: examples/complete.yaml (${normal.length} bytes)`, normalMs, normal.length));
let worst = 0;
for (const [name, text] of Object.entries(notices)) {
  if (only && !name.includes(only)) continue;
  const bytes = Buffer.from(text);
  const ms = await best(bytes, rounds);
  worst = Math.max(worst, ms / bytes.length / normalPerByte);
  console.log(row(`${name} (${bytes.length} bytes)`, ms, bytes.length));
}
console.log(`worst ratio ${worst.toFixed(2)}x; goal: <= 10x`);
