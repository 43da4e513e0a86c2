import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../src/render/html.js';
import { escapeMarkdown, keepLineBreaks, sanitizeMarkdown, sanitizeMarkdownLine } from '../src/render/markdown-safe.js';

const html = (markdown: string) => markdownToHtml(markdown).html.trim();

describe('plain values in Markdown show exactly as written', () => {
  it.each([
    ['*Evil* _x_ `code`', '<p>*Evil* _x_ `code`</p>'],
    ['[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['# not a heading', '<p># not a heading</p>'],
    ['1. not a list', '<p>1. not a list</p>'],
    ['- not a list', '<p>- not a list</p>'],
    ['a | b', '<p>a | b</p>'],
    ['{{constructor}}', '<p>{{constructor}}</p>'],
    ['Smith &amp; Co', '<p>Smith &amp;amp; Co</p>'],
  ])('%s', (value, expected) => {
    expect(html(escapeMarkdown(value))).toBe(expected);
  });

  it.each([
    ['a\n\n<script>x</script>\n\n[y](javascript:1)', 'a &lt;script&gt;x&lt;/script&gt; \\[y\\](javascript:1)'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['    indented', 'indented'],
    ['```', '\\`\\`\\`'],
    ['> quote', '&gt; quote'],
    ['ends with \\', 'ends with \\\\'],
  ])('%j stays one line of text', (value, expected) => {
    expect(escapeMarkdown(value)).toBe(expected);
  });

  it('a value with a line break or a pipe stays in its table cell', () => {
    const cell = escapeMarkdown('a | b\n\n| c |\n|---|');
    const out = html(`| h | i |\n|---|---|\n| ${cell} | x |`);
    expect(out.match(/<td>/g)).toHaveLength(2);
    expect(out).toContain('<td>a | b | c | |---|</td>');
  });

  it('leaves ordinary values readable in the Markdown file', () => {
    expect(escapeMarkdown('Versio 2.0, Y-tunnus 0723069-3, Oy Smith & Co')).toBe(
      'Versio 2.0, Y-tunnus 0723069-3, Oy Smith & Co',
    );
  });
});

describe('texts keep their Markdown but lose anything active', () => {
  it('keeps paragraphs, lists, emphasis and safe links', () => {
    const text =
      'First *paragraph* with [a link](https://example.fi).\n\n- one\n- two\n\nMail [us](mailto:a@example.fi).';
    expect(sanitizeMarkdown(text)).toBe(text);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['Hello <b>bold</b>', 'Hello &lt;b&gt;bold&lt;/b&gt;'],
    ['[x](javascript:alert(1))', 'x'],
    ['[x](data:text/html,hi)', 'x'],
    ['![tracker](http://127.0.0.1:9/p.png)', 'tracker'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['See [here][1].\n\n[1]: javascript:alert(1)', 'See here.'],
  ])('%s', (text, expected) => {
    expect(sanitizeMarkdown(text)).toBe(expected);
  });

  it.each([
    ['`<b>` and `code`', '&lt;b&gt; and `code`'],
    ['# heading\n\ntext\n===\n\nmore\n---', '\\# heading\n\ntext\n\\===\n\nmore\n\\---'],
    ['```\n<script>x</script>\n```', '&lt;script&gt;x&lt;/script&gt;'],
    ['text\n\n    <b>code</b>', 'text\n\n&lt;b&gt;code&lt;/b&gt;'],
    ['See [here][1].\n\n[1]: https://example.fi', 'See [here](https://example.fi).'],
    ['[a (b)](https://example.fi/a_(b) "title")', '[a (b)](https://example.fi/a_%28b%29)'],
    ['- [a\n  b](javascript:1)', '- a b'],
    // In a list item the lexer unindents the link, so it is not found as written: escaped with the rest.
    ['- [a\n  b](javascript:1)\n\n[r]: https://example.fi', '- \\[a\n  b\\](javascript:1)'],
    ['<https://example.fi/> <x@example.fi>', '<https://example.fi/> <x@example.fi>'],
    ['- [ ] task [^1]', '- \\[ \\] task \\[^1\\]'],
    ['\\[not a link\\](javascript:1)', '\\[not a link\\](javascript:1)'],
    ['ends with \\', 'ends with \\\\'],
  ])('%j', (text, expected) => {
    expect(sanitizeMarkdown(text)).toBe(expected);
  });

  it('a text on one line (a title, a label) has no line break, no cell-ending pipe and no block at its start', () => {
    expect(sanitizeMarkdownLine('- a | b\n\n<b>c</b>\n\n# d')).toBe('\\- a \\| b &lt;b&gt;c&lt;/b&gt; \\# d');
  });

  it('nothing active survives into the HTML, even inside lists and tables', () => {
    const out = html(
      sanitizeMarkdown(
        '- <script>x</script>\n- [a](javascript:1)\n\n| h |\n|---|\n| <img src=y> ![i](https://e.x/i.png) |',
      ),
    );
    expect(out).not.toMatch(/<script|<img|javascript:|href="(?!https?:|mailto:|#)/i);
  });

  it('the HTML stage alone also refuses raw HTML, images and unsafe links', () => {
    const out = html('<div onclick="x()">a</div>\n\n![i](https://e.x/i.png) [j](javascript:1) [k](https://ok.example)');
    expect(out).toContain('&lt;div onclick=&quot;x()&quot;&gt;a&lt;/div&gt;');
    expect(out).not.toMatch(/<img|href="javascript/);
    expect(out).toContain('<a href="https://ok.example">k</a>');
  });
});

describe('keepLineBreaks: single line breaks of a literal block', () => {
  it.each([
    ['Street 1\n00100 Helsinki', 'Street 1\\\n00100 Helsinki'],
    ['one\n\ntwo', 'one\n\ntwo'],
    ['text\n- item\n- item', 'text\n- item\n- item'],
    ['- item\n  goes on\n- next', '- item\\\n  goes on\n- next'],
    ['text\n1. item', 'text\n1. item'],
    ['> a\n> b\n\nc', '> a\\\n> b\n\nc'],
    ['| a | b |\n|---|---|', '| a | b |\n|---|---|'],
    // Already a break (two spaces, a backslash) stays one; an escaped backslash is not a break.
    ['two  \nspaces', 'two  \nspaces'],
    ['break\\\nhere', 'break\\\nhere'],
    ['escaped \\\\\nnext', 'escaped \\\\\\\nnext'],
  ])('%j', (text, expected) => {
    expect(keepLineBreaks(text)).toBe(expected);
    // Every backslash added is read as a break: none is left over as text at the end of a line.
    expect(html(keepLineBreaks(text))).not.toMatch(/\\\n/);
  });
});
