import { createHash } from 'node:crypto';
import type { Language } from '../generated/notice-types.js';
import { escapeHtml } from '../html-escape.js';
import type { BuildResult } from '../results.js';

/**
 * The one script a preview page carries: it listens on /events and reloads
 * the page when a build newer than the page's own has finished. The build the
 * page shows is in the script element's data-build, so that a build that ends
 * between serving the page and opening the stream still reloads it.
 */
export const RELOAD_SCRIPT =
  "(()=>{const built=document.currentScript.dataset.build;new EventSource('/events').onmessage=(e)=>{if(e.data!==built)location.reload();};})();";

const RELOAD_HASH = createHash('sha256').update(RELOAD_SCRIPT).digest('base64');

/**
 * What a preview page may do: run the reload script (by its hash, no other),
 * open the event stream, use its own inline styles and data: fonts; nothing
 * else, and no framing by another site.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${RELOAD_HASH}'`,
  "connect-src 'self'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The script element added to a page, for the build `generation`; tests strip exactly this. */
export function reloadElement(generation: number): string {
  return `<script data-build="${generation}">${RELOAD_SCRIPT}</script>\n`;
}

/**
 * A built page as the preview serves it: build's bytes, with the diagnostics
 * panel (only when there are findings) after <body> and the reload script
 * before </body>. The templates are not changed: a custom template without
 * those tags gets both at its end.
 */
export function servedPage(html: string, generation: number, findings: string): string {
  const script = reloadElement(generation);
  const body = /<body[^>]*>\n?/i.exec(html);
  const withPanel =
    findings === '' ? html : body ? spliceAt(html, body.index + body[0].length, findings) : html + findings;
  const end = withPanel.lastIndexOf('</body>');
  return end >= 0 ? spliceAt(withPanel, end, script) : withPanel + script;
}

/**
 * The findings of a notice as a panel at the top of its page, each at its file and line; empty when it has none.
 * Everything in it comes from the notice or from a message that quotes it, so all of it is escaped.
 */
export function findingsPanel(result: BuildResult): string {
  if (result.diagnostics.length === 0) return '';
  const items = result.diagnostics.map((d) => {
    const at = `${d.file}:${d.line}:${d.column}`;
    const hint = d.hint ? `<br>hint: ${escapeHtml(d.hint)}` : '';
    return `<li>${escapeHtml(`${at} ${d.severity} ${d.code}`)}<br>${escapeHtml(d.message)}${hint}</li>`;
  });
  return (
    `<aside data-notice-preview="findings" style="${PANEL_STYLE}">` +
    `<p><strong>notice preview: ${result.built ? 'findings' : 'not built, format errors'}</strong></p>` +
    `<ul>${items.join('')}</ul></aside>\n`
  );
}

const PANEL_STYLE =
  'border:2px solid #b00020;background:#fff4f4;color:#1a1a1a;padding:0.5em 1em;margin:0 0 1em;font:14px/1.4 monospace';

/** One notice on the index: its file, its pages per language, its findings. */
export interface IndexEntry {
  file: string;
  result: BuildResult;
  pages: { language: Language; html: string; pdf: string }[];
}

/** The preview's front page: every notice with links to its pages and PDFs, and a count of its findings. */
export function indexPage(entries: readonly IndexEntry[], generation: number): string {
  const items = entries.map(({ file, result, pages }) => {
    const counts = countsOf(result);
    const links = pages
      .map(
        (page) =>
          `<li><a href="${escapeHtml(page.html)}" hreflang="${page.language}">${page.language}</a> ` +
          `(<a href="${escapeHtml(page.pdf)}">PDF</a>)</li>`,
      )
      .join('');
    const state = result.built ? counts : `not built: ${counts}`;
    return (
      `<li><h2>${escapeHtml(file)}</h2><p>${escapeHtml(state)}</p>` +
      (links ? `<ul>${links}</ul>` : '') +
      (result.built ? '' : findingsPanel(result)) +
      '</li>'
    );
  });
  return shell(
    'notice preview',
    `<h1>notice preview</h1><ul>${items.join('\n')}</ul>` + (entries.length === 0 ? '<p>No notices found.</p>' : ''),
    generation,
  );
}

/** A page in place of a notice that could not be built (or printed): what went wrong, and a reload on the next build. */
export function problemPage(title: string, result: BuildResult | undefined, why: string, generation: number): string {
  return shell(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(why)}</p>${result ? findingsPanel(result) : ''}<p><a href="/">All notices</a></p>`,
    generation,
  );
}

function shell(title: string, body: string, generation: number): string {
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n` +
    `<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}</style>\n` +
    `</head>\n<body>\n<main>\n${body}\n</main>\n${reloadElement(generation)}</body>\n</html>\n`
  );
}

function countsOf(result: BuildResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const others = result.diagnostics.length - errors;
  if (result.diagnostics.length === 0) return 'no findings';
  return `${errors} error${errors === 1 ? '' : 's'}, ${others} other finding${others === 1 ? '' : 's'}`;
}

function spliceAt(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}
