import { escapeHtml } from '../html-escape.js';
import type { Cell } from './gather.js';
import type { RopaRecord } from './index.js';
import { COLUMNS } from './strings.js';
import { BULLET } from './text.js';

/**
 * The record as a standalone HTML page: a table with a row per processing,
 * the register's name as the row's header. No script, nothing loaded from
 * anywhere; every value escaped. The table scrolls sideways in a region
 * that takes the keyboard focus, so that it can be scrolled without a mouse.
 */
export function recordToHtml(record: RopaRecord): string {
  const { strings } = record;
  const [first, ...rest] = COLUMNS;
  const head = COLUMNS.map((column) => `<th scope="col">${escapeHtml(strings.headings[column])}</th>`).join('');
  const rows = record.processings
    .map((p) => {
      const cells = rest.map((column) => `<td${classOf(p.cells[column])}>${cellHtml(p.cells[column])}</td>`);
      return `<tr><th scope="row"${classOf(p.cells[first])}>${cellHtml(p.cells[first])}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const title = `${strings.title}: ${record.controllerName}`;
  return `<!DOCTYPE html>
<html lang="${record.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="notice ${escapeHtml(record.version)}">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(strings.lawLine)}. ${escapeHtml(strings.registers(record.processings.length))}.</p>
<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
<table>
<caption id="caption">${escapeHtml(strings.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</main>
</body>
</html>
`;
}

function classOf(cell: Cell): string {
  return cell.missing ? ' class="missing"' : '';
}

/** A cell's text: bulleted lines as a list, other line breaks kept. */
function cellHtml(cell: Cell): string {
  const text = cell.text;
  if (text.startsWith(BULLET)) {
    const items = text
      .split(new RegExp(`\n(?=${BULLET})`))
      .map((item) => `<li>${escapeHtml(item.slice(BULLET.length)).replace(/\n\s*/g, '<br>')}</li>`);
    return `<ul>${items.join('')}</ul>`;
  }
  return escapeHtml(text).replace(/\n/g, '<br>');
}

const STYLE = `body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.4; }
h1 { font-size: 1.5rem; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 2px solid #1a4f9c; }
table { border-collapse: collapse; font-size: 0.85rem; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { border: 1px solid #767676; padding: 0.4rem; vertical-align: top; text-align: left; min-width: 12rem; }
thead th { background: #e8e8e8; }
ul { margin: 0; padding-left: 1.1rem; }
.missing { color: #8b0000; font-weight: bold; }
@media print { body { margin: 0; } .scroll { overflow: visible; } table { font-size: 7pt; } }`;
