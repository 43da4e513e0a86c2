import { Marked, Renderer, type Tokens } from 'marked';
import { escapeHtml } from '../html-escape.js';

/** A heading of the rendered notice, for the table of contents. */
export interface TocEntry {
  id: string;
  /** The heading as HTML (already escaped). */
  text: string;
}

const SAFE_LINK = /^(?:https?:|mailto:|#)/i;

/** A heading's id: its words in lower case joined by hyphens ("2-yhteyshenkilö"). */
export function slug(text: string): string {
  const plain = /[<&]/.test(text) ? text.replace(/<[^<>]*>/g, '').replace(/&[a-z#0-9]+;/g, '') : text;
  return (
    plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

// One private marked instance for the process (marked's docs: configure once,
// not per call), with a renderer of notice's own. The heading renderer writes
// into the state of the current call.
let current: { toc: TocEntry[]; used: Map<string, number>; idPrefix: string } = {
  toc: [],
  used: new Map(),
  idPrefix: '',
};

class SafeRenderer extends Renderer {
  override html(token: Tokens.HTML | Tokens.Tag): string {
    return 'block' in token && token.block ? `<p>${escapeHtml(token.text)}</p>\n` : escapeHtml(token.text);
  }

  override image(token: Tokens.Image): string {
    return escapeHtml(token.text);
  }

  override link(token: Tokens.Link): string {
    const text = this.parser.parseInline(token.tokens);
    return SAFE_LINK.test(token.href) ? `<a href="${escapeHtml(token.href)}">${text}</a>` : text;
  }

  override heading(token: Tokens.Heading): string {
    const text = this.parser.parseInline(token.tokens);
    const base = slug(text);
    const seen = current.used.get(base) ?? 0;
    current.used.set(base, seen + 1);
    const id = current.idPrefix + (seen === 0 ? base : `${base}-${seen + 1}`);
    if (token.depth === 2) current.toc.push({ id, text });
    return `<h${token.depth} id="${id}">${text}</h${token.depth}>\n`;
  }
}

// setOptions, not use(): use() wraps each method for fall-backs, which costs
// about a tenth of the whole conversion; a renderer instance is called as is.
const marked = new Marked({ gfm: true, async: false });
marked.setOptions({ renderer: new SafeRenderer() });

/**
 * Markdown to HTML. The Markdown comes from notice's templates and is already
 * made safe, but the HTML is checked again here: raw HTML is shown as text,
 * images are dropped, links keep only http(s):, mailto: and in-page targets.
 * `idPrefix` goes before every heading's id, for HTML that shares a page with another's.
 */
export function markdownToHtml(markdown: string, idPrefix = ''): { html: string; toc: TocEntry[] } {
  current = { toc: [], used: new Map(), idPrefix };
  const html = marked.parse(markdown) as string;
  return { html, toc: current.toc };
}

/** The plain text of a line of Markdown (a title, a name), for the page title and meta tags. */
export function inlineText(markdown: string): string {
  // Most titles and names hold no Markdown at all: no need to parse them.
  if (!/[\\`*_~[\]<>&!]/.test(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  return (marked.parseInline(markdown) as string)
    .replace(/<[^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML as the templates and marked produce it, with no leading blank lines and one newline at the end. */
export function endWithNewline(html: string): string {
  let start = 0;
  while (html.charCodeAt(start) === 10) start++;
  return html.slice(start).trimEnd() + '\n';
}

/** One blank line between blocks, no trailing spaces, one newline at the end. */
export function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
