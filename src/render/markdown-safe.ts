import { Lexer, type Token, type Tokens } from 'marked';

// The Markdown notice writes is published as it is and read by other Markdown
// renderers, which pass raw HTML through and follow any link. So what comes
// from the data must be safe however the Markdown around it is read: no "<"
// that could open a tag, comment or autolink, no "[" or "]" outside a link
// notice has checked, and no line that could start a block of its own where
// the data is not meant to have one. The lexer only says which spans to keep.

/**
 * Makes a plain value (a name, an address line, a number) safe to place in
 * Markdown: it shows exactly as written, on one line, also in a table cell.
 * Inline syntax characters are escaped everywhere; characters that matter
 * only at the start of a line ("# ", "- ", "1. ", "===") are escaped there,
 * so "2.0" and "0723069-3" stay readable.
 */
export function escapeMarkdown(value: string): string {
  // Most names and numbers need nothing: skip the replacements for them.
  if (!/[&<>\\`*_{}[\]|~\r\n]|^[\s#+\-=\d]|\s$/.test(value)) return value;
  return escapeLead(
    value
      .replace(/\s*[\r\n]\s*/g, ' ')
      .trim()
      // Only an "&" that would start an entity (&amp; &#39;) needs escaping.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]|~]/g, '\\$&'),
  );
}

// What starts a block at the start of a line: a heading, a list item, a quote, a setext underline, a fence.
const LEAD = /^(?:#{1,6}(?=\s|$)|[-+*](?=\s|$)|>|=+\s*$|-+\s*$|`{3,}|~{3,}|(\d{1,9})(?=[.)](?:\s|$)))/;

function escapeLead(line: string): string {
  return line.replace(LEAD, (lead: string, digits: string | undefined) =>
    digits === undefined ? `\\${lead}` : `${digits}\\`,
  );
}

const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
// An autolink kept as written: a web or mail address of plain characters, never raw HTML to any reader.
const SAFE_AUTOLINK = /^<(?:(?:https?|mailto):[^\s<>"'`\\]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$/;
// Texts with none of these hold no HTML, link, image or code the lexer must find.
const MAY_HOLD_MARKUP = /[<[\]]|\n(?: {4}|\t)/;
// Only these need the block lexer: link definitions, indented code, fences.
const NEEDS_BLOCKS = /\]:|\n(?: {4}|\t)|^ {0,3}(?:`{3}|~{3})/m;
// A line that would start a heading, a fence or a setext underline, after any quote or list markers.
const BLOCK_MARK =
  /^((?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*)(#{1,6}(?=[ \t]|$)|`{3,}|~{3,}|=+[ \t]*$|-+[ \t]*$)/gm;

/**
 * Makes a text written in Markdown safe to render: raw HTML is shown as text,
 * images become their description, links keep only http(s):, mailto: and
 * in-page targets (reference links become inline ones), code blocks become
 * text, and headings, fences and setext underlines are shown as written.
 * Paragraphs, lists, quotes, emphasis and code spans stay.
 */
export function sanitizeMarkdown(text: string): string {
  let result = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();
  if (MAY_HOLD_MARKUP.test(result)) result = neutralize(result, NEEDS_BLOCKS.test(result)).trim();
  if (result.includes('\n') || LEAD.test(result)) result = result.replace(BLOCK_MARK, '$1\\$2');
  return endOutsideEscape(result);
}

// A line that starts a block of its own after any quote markers: a list item, a quote, a table row, or nothing.
const STARTS_BLOCK = /^[ \t]*(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|\||$)/;
const QUOTES = /^[ \t]{0,3}(?:>[ \t]?)*/;

/**
 * The line breaks the author wrote inside a paragraph (a YAML literal block, `|`) kept as hard line breaks:
 * a backslash at the end of each line that the next line continues. Blank lines still separate paragraphs,
 * and no break is added before a line that starts a list item, a quote or a table row, after a table row,
 * or after a line that already ends in a hard break. Folded text (`>`) has no single line breaks left.
 */
export function keepLineBreaks(markdown: string): string {
  if (!markdown.includes('\n')) return markdown;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const quotes = QUOTES.exec(line)![0];
    const nextQuotes = QUOTES.exec(next)![0];
    const depth = quotes.split('>').length;
    const nextDepth = nextQuotes.split('>').length;
    // The next line continues this paragraph: same quote depth (or a lazy continuation without markers).
    if (nextDepth !== depth && nextDepth !== 1) continue;
    const rest = line.slice(quotes.length);
    if (/^[ \t]*$/.test(rest) || rest.includes('|') || next.includes('|')) continue;
    if (STARTS_BLOCK.test(next.slice(nextQuotes.length))) continue;
    // Spaces at the end (two make a break, and are then dropped); an odd run of backslashes is a break already.
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (line.length - end >= 2 && line[line.length - 1] === ' ' && line[line.length - 2] === ' ') continue;
    let slashes = 0;
    while (slashes < end && line[end - 1 - slashes] === '\\') slashes++;
    lines[i] = line.slice(0, end) + (slashes % 2 === 1 ? '' : '\\');
  }
  return lines.join('\n');
}

/**
 * A text as safe Markdown on one line, for a title, a label or a table cell:
 * line breaks and blank lines become spaces, a pipe does not end a cell, and
 * nothing at its start opens a block.
 */
export function sanitizeMarkdownLine(text: string): string {
  let line = sanitizeMarkdown(text);
  if (line.includes('\n')) line = line.replace(/[ \t]*\n\s*/g, ' ');
  if (line.includes('|')) line = line.replace(/\\[\s\S]|\|/g, (m) => (m === '|' ? '\\|' : m));
  return escapeLead(line);
}

/** The text with every span the lexer finds safe kept (or made safe), and every "<", "[" and "]" elsewhere escaped. */
function neutralize(source: string, blocks: boolean): string {
  const tokens = blocks ? new Lexer({ gfm: true }).lex(source) : Lexer.lexInline(source, { gfm: true });
  const spans: [string, string][] = [];
  collectSpans(tokens, spans);
  let result = '';
  let cursor = 0;
  let misses = 0;
  for (const [raw, safe] of spans) {
    // A span not found as written (a token inside a list item, which the lexer unindents) is escaped with the
    // rest; each search reads to the end, so after many misses the rest is simply escaped.
    const at = misses < 64 ? source.indexOf(raw, cursor) : -1;
    if (at < 0) {
      misses++;
      continue;
    }
    result += escapeOutsideSpans(source.slice(cursor, at)) + safe;
    cursor = at + raw.length;
  }
  return result + escapeOutsideSpans(source.slice(cursor));
}

/** Spans in document order, each with what it becomes. */
function collectSpans(tokens: readonly unknown[], spans: [string, string][]): void {
  for (const node of tokens) {
    if (node === null || typeof node !== 'object') continue;
    const token = node as Token;
    switch (token.type) {
      case 'code':
        spans.push([token.raw, codeAsText(token as Tokens.Code)]);
        continue;
      case 'codespan':
        // Code is shown as written; code that holds "<" or a bracket becomes escaped text, which no reader can misread.
        if (/[<[\]]/.test(token.raw)) spans.push([token.raw, escapeMarkdown((token as Tokens.Codespan).text)]);
        continue;
      case 'image':
        spans.push([token.raw, escapeMarkdown((token as Tokens.Image).text)]);
        continue;
      case 'link':
        spans.push([token.raw, safeLink(token as Tokens.Link)]);
        continue;
      case 'def':
        // Reference links are written inline, so no definition is needed.
        spans.push([token.raw, '']);
        continue;
      case 'html':
        // Escaped with the text around it.
        continue;
    }
    // Children sit in `tokens`, list `items`, table `header` and `rows`: walk every nested array.
    for (const value of Object.values(token)) {
      if (Array.isArray(value)) collectSpans(value.flat(), spans);
      else if (value !== null && typeof value === 'object' && Array.isArray((value as { tokens?: unknown }).tokens))
        collectSpans([value], spans);
    }
  }
}

function safeLink(token: Tokens.Link): string {
  if (!SAFE_LINK.test(token.href)) return escapeMarkdown(token.text);
  if (token.raw.startsWith('<')) return SAFE_AUTOLINK.test(token.raw) ? token.raw : escapeMarkdown(token.text);
  // A bare address that GFM links by itself holds nothing to escape.
  if (!token.raw.startsWith('[')) return token.raw;
  // Written again on one line as an inline link, with a target no reader can read past.
  const text = token.text.replace(/\s*\n\s*/g, ' ');
  const label = /[<[\]]/.test(text) ? neutralize(text, false) : text;
  return `[${label}](${token.href.replace(/[\s<>()"'`\\|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

/** A code block as the lines it holds, each shown as written. */
function codeAsText(token: Tokens.Code): string {
  return token.text.split('\n').map(escapeMarkdown).join('\n') + (token.raw.endsWith('\n') ? '\n' : '');
}

/**
 * "<" as an entity, "[" and "]" escaped; what the writer already escaped with
 * a backslash stays as it is. A ">" after a word (the end of a tag) is an
 * entity too, for a readable file; one that starts a line marks a quote.
 */
function escapeOutsideSpans(text: string): string {
  return text.replace(/\\[\s\S]|[<[\]]|(?<=[^\s>])>/g, (m) => {
    if (m.length === 2) return m[1] === '<' ? '&lt;' : m;
    return m === '<' ? '&lt;' : m === '>' ? '&gt;' : `\\${m}`;
  });
}

/** A text that ends in a lone backslash would escape whatever the template puts after it. */
function endOutsideEscape(text: string): string {
  if (!text.endsWith('\\')) return text;
  const run = text.length - text.replace(/\\+$/, '').length;
  return run % 2 === 1 ? `${text}\\` : text;
}
