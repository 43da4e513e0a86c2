import { Lexer, type Token } from 'marked';
import type { Block } from '../types.js';
import { finish, itemStart, itemText, type Draft } from './lines.js';

export interface MarkdownRead {
  blocks: Block[];
  /** The front matter's `title:`, if the file has front matter (Jekyll, Hugo, Pandoc). */
  title?: string;
}

/**
 * Blocks of a Markdown file, from its lines (numbered as in the file): `#`
 * and underlined headings with their level, paragraphs (the lines of a
 * Markdown paragraph are one paragraph, as Markdown shows them; a hard line
 * break, two spaces or `\` at a line's end, starts a new block), list items,
 * table rows (the separator row dropped), block quotes as their content,
 * fenced code one block a line. Front matter and HTML comments are not text.
 *
 * Inline markup is removed from the text: emphasis, code spans and escapes
 * keep their text; a link keeps its text and, when its address is not the
 * same as its text, the address as written in brackets at the end of the
 * block, "Lue lisää tiedoista. (https://example.fi/tiedot)", so that no
 * address the notice gives is lost and no sentence is cut by one. An image
 * keeps its alternative text.
 */
export function markdownBlocks(text: string): MarkdownRead {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let title: string | undefined;
  let draft: Draft | undefined;
  let hardBreak = false;
  const close = () => {
    const block = draft && finish(draft, plainInline);
    if (block) blocks.push(block);
    draft = undefined;
  };
  let start = 0;
  if (/^---\s*$/u.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/u.test(line));
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const match = /^title:\s*(.+?)\s*$/u.exec(line);
        if (match) title = match[1]!.replace(/^(["'])(.*)\1$/u, '$2');
      }
      start = end + 1;
    }
  }
  let fence: string | undefined;
  let comment = false;
  for (let i = start; i < lines.length; i++) {
    const number = i + 1;
    let line = lines[i]!;
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      else if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), line: number, endLine: number });
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (/^\s*<!--/u.test(line) && !/-->\s*$/u.test(line)) {
      close();
      comment = true;
      continue;
    }
    if (/^\s*<!--.*-->\s*$/u.test(line)) continue;
    // A block quote is its content.
    line = line.replace(/^(\s{0,3}>\s?)+/u, '');
    const trimmed = line.trim();
    if (!trimmed) {
      close();
      continue;
    }
    const opening = /^\s{0,3}(`{3,}|~{3,})/u.exec(line);
    if (opening) {
      close();
      fence = opening[1]!;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/u.exec(line);
    if (heading) {
      close();
      draft = { kind: 'heading', level: heading[1]!.length, lines: [{ text: heading[2] ?? '', line: number }] };
      close();
      continue;
    }
    // An underlined heading: a paragraph line followed by === or ---.
    const underline = /^\s{0,3}(=+|-+)\s*$/u.exec(line);
    if (underline && draft?.kind === 'paragraph' && !hardBreak) {
      draft = { ...draft, kind: 'heading', level: underline[1]!.startsWith('=') ? 1 : 2 };
      draft.lines.push({ text: '', line: number });
      close();
      continue;
    }
    // A thematic break (---, ***, ___) is not text.
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/u.test(line)) {
      close();
      continue;
    }
    if (isTableLine(line, lines[i + 1])) {
      close();
      if (!/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/u.test(line)) {
        const cells = splitCells(trimmed);
        blocks.push(
          finish({ kind: 'row', lines: [{ text: cells.join(' | '), line: number }], cells }, plainInline) ?? {
            kind: 'row',
            text: '',
            line: number,
            endLine: number,
          },
        );
      }
      continue;
    }
    const item = itemStart(line);
    if (item) {
      close();
      draft = { kind: 'item', ordered: item.ordered, lines: [{ text: itemText(item), line: number }] };
      hardBreak = endsWithHardBreak(line);
      continue;
    }
    if (draft && !hardBreak) {
      draft.lines.push({ text: line, line: number });
    } else {
      close();
      draft = { kind: 'paragraph', lines: [{ text: line, line: number }] };
    }
    hardBreak = endsWithHardBreak(line);
    if (hardBreak) {
      const last = draft.lines[draft.lines.length - 1]!;
      last.text = last.text.replace(/\\$/u, '');
    }
  }
  close();
  return title === undefined ? { blocks } : { blocks, title };
}

function endsWithHardBreak(line: string): boolean {
  return / {2,}$/u.test(line) || /\\$/u.test(line);
}

/** A line of a pipe table: it starts with `|`, or it has a `|` and the next line is the table's separator row. */
function isTableLine(line: string, next: string | undefined): boolean {
  if (/^\s{0,3}\|/u.test(line)) return true;
  return line.includes('|') && next !== undefined && /^\s*\|?\s*:?-{3,}:?\s*\|/u.test(next);
}

function splitCells(line: string): string[] {
  const cells = line
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '')
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim().replace(/\\\|/gu, '|'));
  return cells;
}

/** The text of Markdown inline markup: see `markdownBlocks`. */
function plainInline(source: string): string {
  const addresses: string[] = [];
  const text = plainTokens(Lexer.lexInline(source), addresses);
  return [text.trimEnd(), ...addresses.map((href) => `(${href})`)].join(' ');
}

/** The tokens' text; the addresses of links whose text is not their address are added to `addresses`. */
function plainTokens(tokens: readonly Token[], addresses: string[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'link': {
        const inner = token.tokens ? plainTokens(token.tokens, addresses) : token.text;
        const href = String(token.href);
        text += inner;
        if (!sameAddress(inner, href)) addresses.push(href);
        break;
      }
      case 'image':
        text += token.text;
        break;
      case 'br':
        text += ' ';
        break;
      case 'html':
        // A tag (<br>, <span>) is markup; its text around it stays.
        break;
      case 'codespan':
      case 'escape':
        text += decodeEntities(token.text);
        break;
      default:
        if ('tokens' in token && token.tokens && token.tokens.length) text += plainTokens(token.tokens, addresses);
        else text += decodeEntities(String(token.raw ?? ''));
    }
  }
  return text;
}

/** A link whose text is its address ("https://x.fi", "info@x.fi" for mailto:info@x.fi) needs it only once. */
function sameAddress(text: string, href: string): boolean {
  const strip = (value: string) =>
    value
      .trim()
      .replace(/^(mailto:|tel:)/iu, '')
      .replace(/^https?:\/\//iu, '')
      .replace(/\/$/u, '')
      .toLowerCase();
  return strip(text) === strip(href) || href.startsWith('#') || !href;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
