import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from '../types.js';
import { continues, squeeze } from './lines.js';

// The DOM as far as this reader uses it (the project compiles without the DOM library's types).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
interface DomDocument {
  body: DomElement | null;
  documentElement: DomElement;
  title: string;
  querySelector(selector: string): DomElement | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** What a reader never sees as text. */
const HIDDEN = new Set([
  'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'IMG', 'PICTURE', 'MAP', 'DIALOG', 'TITLE',
]); // prettier-ignore
/** A page's furniture around the notice: dropped when reading a web page (not a Word document). */
const FURNITURE = new Set(['NAV', 'ASIDE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LEGEND', 'LI',
  'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore
/** Class or id of a cookie or consent banner. */
const COOKIE = /cookie|consent|gdpr-banner|cc-window|cc-banner|onetrust|cybot/iu;

/** A block before its lines in the extracted text are known: heading, paragraph (lines split at `<br>`), item or row. */
interface Unit {
  kind: Block['kind'];
  lines: string[];
  level?: number;
  ordered?: boolean;
  cells?: string[];
}

export interface HtmlRead {
  text: string;
  blocks: Block[];
  title?: string;
}

/**
 * Reads a saved web page: the notice is found inside the page's navigation,
 * cookie banner, header and footer. A page that marks its main content
 * (`<main>`, `role="main"`, or a single `<article>`) is read there. On a page
 * that does not, Mozilla's Readability (Firefox's reader view) picks the main
 * content, and its headings keep their levels on the page; when it keeps too
 * little (less than half of the page's text) or drops one of the page's
 * headings, the whole body is read instead. Everywhere, navigation, asides,
 * the page's own header and footer (not an article's), cookie and consent
 * banners, hidden elements, scripts, styles and form controls are left out.
 * Scripts never run and nothing is fetched.
 */
export function readHtml(html: string): HtmlRead {
  const page = prune(parse(html));
  const title = squeeze(page.title ?? '') || undefined;
  const main = mainOf(page);
  let units: Unit[];
  if (main) units = unitsOf(main, true);
  else {
    const body = page.body ?? page.documentElement;
    const whole = unitsOf(body, true);
    units = whole;
    // Readability reads a copy without the furniture: it keeps text it cannot tell from the notice's own.
    const article = readability(html);
    if (article?.content) {
      const chosen = withLevels(
        unitsOf(parse(`<!doctype html><html><body>${article.content}</body></html>`).body!, true),
        whole,
      );
      if (keepsEnough(chosen, whole, title)) units = chosen;
    }
  }
  return { ...layout(units), ...(title ? { title } : {}) };
}

/** Readability's article of the page without its furniture; none when Readability fails on a page (the whole body is read then). */
function readability(html: string): { content?: string | null } | null {
  try {
    return new Readability(prune(parse(html)) as never, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
}

/** Reads HTML that is a whole document's content (Word's, through mammoth): nothing is left out. */
export function readHtmlDocument(html: string): { text: string; blocks: Block[] } {
  const page = parse(html);
  return layout(page.body ? unitsOf(page.body, false) : []);
}

/** The page without its furniture (navigation, asides, the page's header and footer, cookie banners) and what is never seen. */
function prune(page: DomDocument): DomDocument {
  const doomed: DomElement[] = [];
  const visit = (element: DomElement) => {
    const tag = element.tagName.toUpperCase();
    if (
      (HIDDEN.has(tag) && tag !== 'HEAD') ||
      isHidden(element) ||
      FURNITURE.has(tag) ||
      isPageLandmark(element, tag) ||
      isCookieBanner(element)
    ) {
      doomed.push(element);
      return;
    }
    for (const child of Array.from(element.childNodes)) if (child.nodeType === ELEMENT) visit(child as DomElement);
  };
  if (page.body) visit(page.body);
  for (const element of doomed) element.remove();
  return page;
}

function parse(html: string): DomDocument {
  // linkedom only builds the tree: no script runs, no resource is fetched.
  return parseHTML(skeleton(html)).document as unknown as DomDocument;
}

/**
 * The page as a whole document, `<html><head>…</head><body>…</body></html>`.
 * A browser supplies the tags a page leaves out (a fragment of a template, a
 * page that starts at `<title>` or has no `<body>`); linkedom does not: it
 * makes the first element of a fragment the document itself, with an empty
 * body, and drops the text of a `<body>`-less page from the body. So the head
 * (its `<head>` element, or the `<title>` of a page without one) and the body
 * (what follows `<body>`, or `</head>`, or everything) are put in their places
 * before parsing; the body's attributes stay (a hidden body is still hidden).
 */
function skeleton(html: string): string {
  const source = html.replace(/^\uFEFF/u, '').replace(/^\s*<\?xml[^>]*>/iu, '');
  let head = '';
  let rest = source;
  const headElement = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/iu.exec(source);
  if (headElement) {
    head = headElement[1]!;
    rest = source.slice(0, headElement.index) + source.slice(headElement.index + headElement[0].length);
  }
  let bodyAttributes = '';
  const bodyStart = /<body(\s[^>]*)?>/iu.exec(rest);
  if (bodyStart) {
    bodyAttributes = bodyStart[1] ?? '';
    // What follows `</body>` is the body's still, as a browser reads it.
    rest = rest.slice(bodyStart.index + bodyStart[0].length).replace(/<\/(?:body|html)\s*>/giu, '');
  } else {
    rest = rest.replace(/<!doctype[^>]*>/giu, '').replace(/<\/?html(?:\s[^>]*)?>/giu, '');
    if (!headElement) {
      const title = /<title(?:\s[^>]*)?>[\s\S]*?<\/title\s*>/iu.exec(rest);
      if (title) {
        head = title[0];
        rest = rest.slice(0, title.index) + rest.slice(title.index + title[0].length);
      }
    }
  }
  return `<!doctype html><html><head>${head}</head><body${bodyAttributes}>${rest}</body></html>`;
}

/** The element a page marks as its main content: `<main>` (or `role="main"`), else its one `<article>`. */
function mainOf(page: DomDocument): DomElement | undefined {
  const main = page.querySelector('main, [role="main"]');
  if (main) return main;
  const articles = page.body?.querySelectorAll('article');
  return articles && articles.length === 1 ? articles[0]! : undefined;
}

/** Readability turns `h1` into `h2`: each heading gets back the level it has on the page. */
function withLevels(units: Unit[], page: readonly Unit[]): Unit[] {
  const levels = new Map<string, number>();
  for (const unit of page) {
    const text = unit.lines.join(' ');
    if (unit.kind === 'heading' && unit.level !== undefined && !levels.has(text)) levels.set(text, unit.level);
  }
  return units.map((unit) =>
    unit.kind === 'heading' ? { ...unit, level: levels.get(unit.lines.join(' ')) ?? unit.level } : unit,
  );
}

/** Readability's content holds at least half the words of the page's main text and every heading but the page title. */
function keepsEnough(chosen: Unit[], fallback: Unit[], title: string | undefined): boolean {
  const size = (units: Unit[]) => units.reduce((sum, unit) => sum + unit.lines.join(' ').length, 0);
  if (size(chosen) < size(fallback) / 2) return false;
  const headings = new Set(chosen.filter((unit) => unit.kind === 'heading').map((unit) => unit.lines.join(' ')));
  return fallback
    .filter((unit) => unit.kind === 'heading')
    .every((unit) => headings.has(unit.lines.join(' ')) || unit.lines.join(' ') === title);
}

/** The units of an element's content in document order. `page`: drop a web page's furniture. */
function unitsOf(root: DomElement, page: boolean): Unit[] {
  const units: Unit[] = [];
  let inline = '';
  /** The addresses of the links in the current line: written at the line's end, where they cut no sentence. */
  let addresses: string[] = [];
  const endLine = () => {
    for (const href of addresses) inline += ` (${href})`;
    addresses = [];
  };
  /** The kind the next flushed inline text takes: an `<li>`'s first text is its item. */
  let pending: Pick<Unit, 'kind' | 'ordered' | 'level'> | undefined;
  const flush = () => {
    endLine();
    const lines = inline.split('\n').map(squeeze).filter(Boolean);
    inline = '';
    if (!lines.length) return;
    if (pending) {
      units.push({ ...pending, lines: pending.kind === 'paragraph' ? lines : [lines.join(' ')] });
      pending = undefined;
    } else units.push({ kind: 'paragraph', lines });
  };
  /** Inside `<pre>`, whose line ends are line breaks; elsewhere a line end in the source is a space. */
  let pre = 0;
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      const text = node.textContent ?? '';
      inline += pre ? text : text.replace(/\n/gu, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as DomElement;
    const tag = element.tagName.toUpperCase();
    if (HIDDEN.has(tag) || isHidden(element)) return;
    if (page && (FURNITURE.has(tag) || isPageLandmark(element, tag) || isCookieBanner(element))) return;
    if (tag === 'BR') {
      endLine();
      inline += '\n';
      return;
    }
    if (!BLOCK.has(tag)) {
      for (const child of Array.from(element.childNodes)) walk(child);
      const href = tag === 'A' ? linkAddress(element) : undefined;
      if (href) addresses.push(href);
      return;
    }
    flush();
    if (/^H[1-6]$/u.test(tag)) {
      const text = squeeze(inlineText(element));
      if (text) units.push({ kind: 'heading', level: Number(tag[1]), lines: [text] });
      return;
    }
    if (tag === 'TR') {
      const cells = Array.from(element.childNodes)
        .filter((child) => child.nodeType === ELEMENT && /^T[DH]$/u.test((child as DomElement).tagName.toUpperCase()))
        .map((cell) => cell as DomElement);
      // A row of one cell is a layout table's: its content is read as blocks.
      if (cells.length >= 2) {
        const texts = cells.map((cell) => squeeze(textOf(cell, page)));
        if (texts.some(Boolean)) units.push({ kind: 'row', cells: texts, lines: [texts.join(' | ')] });
        return;
      }
    }
    if (tag === 'LI') {
      const list = element.parentNode as DomElement | null;
      const ordered = list?.tagName?.toUpperCase() === 'OL';
      pending = { kind: 'item', ordered };
      if (ordered && list) inline += `${listNumber(element, list)} `;
    }
    if (tag === 'PRE') pre++;
    for (const child of Array.from(element.childNodes)) walk(child);
    if (tag === 'PRE') pre--;
    flush();
    pending = undefined;
  };
  walk(root);
  flush();
  return units;
}

/** The visible text inside a heading, a line break read as a space. */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT) return '';
  const element = node as DomElement;
  const tag = element.tagName.toUpperCase();
  if (HIDDEN.has(tag) || isHidden(element)) return '';
  if (tag === 'BR') return ' ';
  return Array.from(element.childNodes).map(inlineText).join('');
}

/** The visible text of an element, its blocks and line breaks separated by spaces. */
function textOf(element: DomElement, page: boolean): string {
  return unitsOf(element, page)
    .map((unit) => (unit.cells ? unit.cells.join(' ') : unit.lines.join(' ')))
    .join(' ');
}

/** An `<ol>` item's number or letter as a reader sees it: "3." (from the list's start and type). */
function listNumber(item: DomElement, list: DomElement): string {
  const start = Number(list.getAttribute('start') ?? '1');
  let index = 0;
  for (const sibling of Array.from(list.childNodes)) {
    if (sibling === item) break;
    if (sibling.nodeType === ELEMENT && (sibling as DomElement).tagName.toUpperCase() === 'LI') index++;
  }
  const value = Number(item.getAttribute('value') ?? (Number.isFinite(start) ? start : 1) + index);
  const type = list.getAttribute('type');
  if ((type === 'a' || type === 'A') && value >= 1 && value <= 26) {
    const letter = String.fromCharCode(96 + value);
    return `${type === 'A' ? letter.toUpperCase() : letter})`;
  }
  return `${value}.`;
}

/**
 * A link's address when it is not the same as its text, written in brackets
 * at the end of the link's line (as in Markdown: see markdownBlocks).
 */
function linkAddress(link: DomElement): string | undefined {
  const href = (link.getAttribute('href') ?? '').trim();
  if (!/^(https?:|mailto:)/iu.test(href)) return undefined;
  const strip = (value: string) =>
    value
      .trim()
      .replace(/^mailto:/iu, '')
      .replace(/^https?:\/\//iu, '')
      .replace(/\/$/u, '')
      .toLowerCase();
  const text = squeeze(link.textContent ?? '');
  return !text || strip(text) === strip(href) ? undefined : href;
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/gu, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** A page's own header or footer (the banner and contentinfo landmarks), not an article's or a section's. */
function isPageLandmark(element: DomElement, tag: string): boolean {
  const role = element.getAttribute('role');
  if (role === 'banner' || role === 'contentinfo' || role === 'navigation' || role === 'complementary') return true;
  if (tag !== 'HEADER' && tag !== 'FOOTER') return false;
  for (let parent = element.parentNode; parent && parent.nodeType === ELEMENT; parent = parent.parentNode) {
    if (/^(ARTICLE|ASIDE|MAIN|NAV|SECTION)$/u.test((parent as DomElement).tagName.toUpperCase())) return false;
  }
  return true;
}

/** A cookie or consent banner: so named by class or id, and holding a control to accept or refuse (or a dialog role). */
function isCookieBanner(element: DomElement): boolean {
  const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
  if (!COOKIE.test(names)) return false;
  const role = element.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || role === 'region') return true;
  return element.querySelector('button, input, [role="button"]') !== null;
}

/**
 * The extracted text and the blocks: each unit's lines, units apart by a
 * blank line. A paragraph's lines (split at `<br>`) are one block where a
 * line continues the sentence of the one before (see `continues`), else a
 * block each, as in plain text; so is a paragraph that continues the
 * sentence of the paragraph before it (text pasted into Word with its line
 * breaks, each line a paragraph).
 */
function layout(units: readonly Unit[]): { text: string; blocks: Block[] } {
  const out: string[] = [];
  const blocks: Block[] = [];
  /** The paragraph block last made and its last line, while no other kind of block has come after it. */
  let current: Block | undefined;
  let previous = '';
  for (const unit of units) {
    if (out.length) out.push('');
    if (unit.kind !== 'paragraph') {
      current = undefined;
      const text = unit.lines.join(' ');
      out.push(text);
      const block: Block = { kind: unit.kind, text, line: out.length, endLine: out.length };
      if (unit.cells) block.cells = unit.cells;
      if (unit.level !== undefined) block.level = unit.level;
      if (unit.ordered !== undefined) block.ordered = unit.ordered;
      blocks.push(block);
      continue;
    }
    for (const line of unit.lines) {
      out.push(line);
      const joined = current !== undefined && continues(previous, line);
      previous = line;
      if (current && joined) {
        current.text = `${current.text} ${line}`;
        current.endLine = out.length;
      } else {
        current = { kind: 'paragraph', text: line, line: out.length, endLine: out.length };
        blocks.push(current);
      }
    }
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', blocks };
}
