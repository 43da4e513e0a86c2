import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Makes a plain value (a name, an address line, a number) safe to place in
 * Markdown: it shows exactly as written. Inline syntax characters are
 * escaped everywhere; characters that matter only at the start of a line
 * ("# ", "- ", "1. ") are escaped there, so "2.0" and "0723069-3" stay readable.
 */
export function escapeMarkdown(value: string): string {
  // Most names and numbers need nothing: skip the replacements for them.
  if (!/[&<>\\`*_{}[\]|~\r\n]|^\s*[#+\-=\d]/.test(value)) return value;
  return (
    value
      .replace(/\r?\n\s*/g, ' ')
      // Only an "&" that would start an entity (&amp; &#39;) needs escaping.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]|~]/g, '\\$&')
      .replace(
        /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|=+$|\d+(?=[.)](?:\s|$)))/,
        (_all, space: string, lead: string) => `${space}${/^\d/.test(lead) ? lead + '\\' : '\\' + lead}`,
      )
  );
}

const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
// Only texts with one of these can hold HTML, an autolink, an image or a link
// (inline "](", reference "][" or a definition "]:"); the rest skip the lexer.
function maybeMarkup(text: string): boolean {
  return text.includes('<') || text.includes('](') || text.includes('][') || text.includes(']:');
}

/**
 * Makes a text written in Markdown safe to render: raw HTML is shown as text,
 * images become their description, links keep only http(s):, mailto: and
 * in-page targets. Everything else of Markdown (paragraphs, lists, emphasis) stays.
 */
export function sanitizeMarkdown(text: string): string {
  let result = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();
  // Escaping an HTML block can uncover Markdown it swallowed (a link after a
  // <script>), so passes repeat until one changes nothing.
  for (let pass = 0; pass < 5 && maybeMarkup(result); pass++) {
    const replacements: [string, string][] = [];
    // Links, images and HTML tags are inline tokens; only a link definition
    // ("[1]: url") needs the slower block lexer.
    const tokens = result.includes(']:')
      ? new Lexer({ gfm: true }).lex(result)
      : Lexer.lexInline(result, { gfm: true });
    visit(tokens, replacements);
    if (replacements.length === 0) break;
    for (const [raw, safe] of replacements) result = result.split(raw).join(safe);
    result = result.trim();
  }
  return result;
}

function visit(tokens: readonly unknown[], replacements: [string, string][]): void {
  for (const node of tokens) {
    if (node === null || typeof node !== 'object') continue;
    const token = node as Token;
    if (token.type === 'html') {
      replacements.push([token.raw, escapeHtmlText(token.raw)]);
    } else if (token.type === 'image') {
      replacements.push([token.raw, escapeMarkdown((token as Tokens.Image).text)]);
    } else if (token.type === 'link' && !SAFE_LINK.test((token as Tokens.Link).href)) {
      replacements.push([token.raw, escapeMarkdown((token as Tokens.Link).text)]);
    } else if (token.type === 'def' && !SAFE_LINK.test((token as Tokens.Def).href)) {
      replacements.push([token.raw, '']);
    } else {
      // Children sit in `tokens`, list `items`, table `header` and `rows`: walk every nested array.
      for (const value of Object.values(token)) {
        if (Array.isArray(value)) visit(value.flat(), replacements);
        else if (value !== null && typeof value === 'object' && Array.isArray((value as { tokens?: unknown }).tokens))
          visit([value], replacements);
      }
    }
  }
}

function escapeHtmlText(raw: string): string {
  return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
