import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../src/render/html.js';
import { escapeMarkdown, sanitizeMarkdown } from '../src/render/markdown-safe.js';

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
