import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlRenderer, Parser } from 'commonmark';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/generated/notice-enums.js';
import type { Language, Notice } from '../src/generated/notice-types.js';
import { createRenderer, type NoticeView } from '../src/render/index.js';
import { noticeSchema, schemaValidator } from '../src/validate/schema.js';
import { resolveRefs, type JsonSchema } from '../src/validate/schema-walk.js';
import { tempDir } from './helpers.js';

// The Markdown notice writes is published as it is: committed, and rendered by GitHub or a static-site
// generator with their own Markdown renderers, which pass raw HTML through. So hostile text goes into every
// string field the schema has (each language of every Text and Name, ids, e-mail addresses, web addresses,
// postal codes...), and the outputs are read as such a renderer reads them: marked with its default options,
// and commonmark.js, the CommonMark reference implementation (the parser GitHub's cmark-gfm is derived from).
// notice's own HTML page and fragment are checked the same way.

/** Hostile text: blank lines, line breaks, pipes, raw HTML, unsafe links and every block construct. */
function hostile(marker: string): string {
  return [
    `${marker} <script>alert("${marker}")</script> a|b <img src=x onerror=alert(1)> <b data-owned>b</b>`,
    '===',
    '',
    '<div onclick="alert(1)" data-owned>',
    '[js](javascript:alert(1)) [data](data:text/html,<b>x</b>) [vb](vbscript:msgbox(1)) <javascript:alert(1)> ![img](https://evil.example/i.png)',
    '</div>',
    '',
    '<!-- a comment -->',
    '',
    '[ref]: javascript:alert(1)',
    '',
    '[use][ref] [ref] [^note]',
    '',
    '# heading',
    'setext',
    '---',
    '- item <b data-owned>b</b>',
    '1. item',
    '> quote <i data-owned>i</i>',
    '',
    '| a | b |',
    '|---|---|',
    '| <script>cell</script> | x |',
    '',
    '```html',
    '<script>fenced</script>',
    '```',
    '',
    '    <script>indented</script>',
    '',
    '<a href="javascript:alert(1)" data-owned>raw</a> <svg/onload=alert(1)> <?php x ?> <![CDATA[x]]>',
    '- [ ] task',
    '~~~',
    `${marker} end \\`,
  ].join('\n');
}
// Fields whose pattern leaves less room still get what it allows.
const hostileEmail = (marker: string) => `${marker}-img/src=x/onerror=alert\`1\`|*_~'@evil.example`;
const hostileUrl = (marker: string) =>
  `https://evil.example/${marker}"><script>alert(1)</script>|[x](javascript:alert(1))'onmouseover=alert(1)`;

type Kind = 'text' | 'plain';
interface Field {
  path: string;
  marker: string;
  kind: Kind;
  value: string;
  language?: Language;
}

const root = noticeSchema();
// Values the walk cannot choose blindly: every language, and two different rights (one of them the right to object).
const OVERRIDES: Record<string, unknown> = {
  'notice.languages': [...LANGUAGES],
  'dpo.designated': true,
  'rights.items.0.covers': ['access'],
  'rights.items.1.covers': ['objection'],
  // Extra sections (both with the id `x_id_`) in the middle, and sections joined under one heading.
  'layout.order': ['register_name', 'x_id_', 'purposes+legal_basis', 'recipients+transfers+security', 'controller'],
};

/** A notice with a hostile value in every string field of the schema; booleans are `flag` (both are rendered). */
function hostileNotice(flag: boolean): { notice: Notice; fields: Field[] } {
  const fields: Field[] = [];
  const add = (path: string, kind: Kind, make: (marker: string) => string, language?: Language) => {
    const marker = `Q${fields.length}Q`;
    const value = make(marker);
    fields.push({ path, marker, kind, value, ...(language ? { language } : {}) });
    return value;
  };
  const generate = (node: JsonSchema, path: string): unknown => {
    if (path in OVERRIDES) return OVERRIDES[path];
    const { schema, def } = resolveRefs(root, node);
    if (def === 'Text' || def === 'Name') {
      const kind = def === 'Text' ? 'text' : 'plain';
      return Object.fromEntries(LANGUAGES.map((l) => [l, add(`${path}.${l}`, kind, hostile, l)]));
    }
    if (schema.anyOf) {
      // A list where one is allowed (phones, e-mail addresses, kinds of source): the list holds every form.
      const branches = schema.anyOf.map((branch) => ({ branch, resolved: resolveRefs(root, branch) }));
      const list = branches.find((b) => b.resolved.schema.type === 'array');
      return generate((list ?? branches.find((b) => b.resolved.schema.type === 'object') ?? branches[0]!).branch, path);
    }
    if (schema.enum) return schema.enum[0];
    switch (schema.type) {
      case 'object':
        return objectOf(schema, path);
      case 'array': {
        const item = resolveRefs(root, schema.items!).schema;
        if (item.enum) return schema.uniqueItems ? item.enum.slice(0, 2) : [item.enum[0]];
        const forms = item.anyOf && !['Text', 'Name'].includes(resolveRefs(root, schema.items!).def ?? '');
        const nodes = forms ? item.anyOf! : [schema.items!, schema.items!];
        return nodes.map((n, i) => generate(n, `${path}.${i}`));
      }
      case 'boolean':
        return flag;
      case 'integer':
        // The smallest value the field takes (a consent age starts at 13).
        return (schema as { minimum?: number }).minimum ?? 1;
      case 'string':
        return stringFor(path, def, schema.pattern);
    }
    throw new Error(`The test has no value for ${path} (${JSON.stringify(schema).slice(0, 80)}).`);
  };
  const objectOf = (schema: JsonSchema, path: string) =>
    Object.fromEntries(
      Object.entries(schema.properties ?? {})
        // `extends` names shared files, merged in while loading; nothing of it is rendered.
        .filter(([key]) => path !== '' || key !== 'extends')
        .map(([key, child]) => [key, generate(child, path ? `${path}.${key}` : key)]),
    );
  const stringFor = (path: string, def: string | undefined, pattern: string | undefined): string => {
    if (def === 'Email') return add(path, 'plain', hostileEmail);
    if (def === 'Url') return add(path, 'plain', hostileUrl);
    if (def === 'Id') return 'x_id_';
    if (def === 'IsoDate') return '2024-01-31';
    if (pattern === '^[A-Z]{2}$') return 'US';
    if (path.endsWith('.period')) return 'P1Y6M';
    if (pattern === undefined || pattern === '\\S') return add(path, 'plain', hostile);
    throw new Error(`The test has no hostile value for ${path} (pattern ${pattern}): add one.`);
  };
  const notice = objectOf(root, '') as unknown as Notice;
  // A recipient's category is its title when it has no name.
  if (!flag) for (const recipient of notice.recipients?.items ?? []) delete recipient.name;
  // A heading for joined sections: its key is a form, not a name, so the walk above makes none. In one notice
  // only, so that the joined sections' own headings show in the other.
  if (flag) {
    notice.layout!.headings!['purposes+legal_basis'] = Object.fromEntries(
      LANGUAGES.map((l) => [l, add(`layout.headings.purposes+legal_basis.${l}`, 'text', hostile, l)]),
    );
  }
  return { notice, fields };
}

// What Markdown may make of a notice: these elements, these attributes, links to these schemes only.
const MARKDOWN_TAGS = new Set(
  'p h1 h2 h3 ul ol li strong em del code a blockquote hr br table thead tbody tr th td'.split(' '),
);
/** notice's page and fragment around the Markdown; 'none' for Markdown alone. */
type Shell = 'none' | 'fragment' | 'page';
const SHELL_TAGS = new Set('html head meta title style body main article nav'.split(' '));
const ATTRIBUTES = new Set('href id lang aria-label charset name content class start align'.split(' '));
const SAFE_HREF = /^(?:https?:|mailto:|#)/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every element and attribute of an HTML document that no Markdown of notice's could have made. */
function markupProblems(html: string, shell: Shell): string[] {
  const page = shell === 'page';
  const problems: string[] = [];
  let styles = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (page && at === 0 && html.startsWith('<!DOCTYPE html>')) continue;
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      problems.push(`raw "<": ${html.slice(at, at + 60)}`);
      continue;
    }
    const name = tag[2]!.toLowerCase();
    if (name === 'style' && !tag[1]) styles++;
    if (!MARKDOWN_TAGS.has(name) && !(shell !== 'none' && SHELL_TAGS.has(name)))
      problems.push(`element <${name}>: ${tag[0]}`);
    for (const attribute of tag[3]!.matchAll(ATTRIBUTE)) {
      const attributeName = attribute[1]!.toLowerCase();
      const value = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      if (!ATTRIBUTES.has(attributeName)) problems.push(`attribute ${attributeName} in ${tag[0]}`);
      if (attributeName === 'href' && !SAFE_HREF.test(value.trim())) problems.push(`link to ${value}`);
    }
  }
  if (styles > (page ? 1 : 0)) problems.push(`${styles} style elements`);
  return problems;
}

/** The text a reader sees, whitespace collapsed. */
function visibleText(html: string): string {
  return decode(
    html
      .replace(
        /<style>[\s\S]*?<\/style>|<\/?(?:p|li|h\d|ul|ol|blockquote|table|thead|tbody|tr|td|th|hr|br|nav|article|main|head|body|title|meta)\b[^>]*>/g,
        ' ',
      )
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const defaultMarked = new Marked();
const READERS: [string, (markdown: string) => string][] = [
  ['Markdown read by marked (default options)', (markdown) => defaultMarked.parse(markdown, { async: false })],
  ['Markdown read by commonmark.js', (markdown) => new HtmlRenderer().render(new Parser().parse(markdown))],
];
const OUTPUTS = [...READERS.map(([where]) => where), 'notice HTML fragment', 'notice HTML page'];

/**
 * The headings the view accounts for: one title, a heading per section, a third-level one per own right's title
 * and one over the change history.
 */
function headingCounts(view: NoticeView): { h1: number; h2: number; h3: number } {
  const rights = view.sections.find((s) => s.key === 'rights')?.data as { rights: { title?: string }[] } | undefined;
  const changes = view.sections.flatMap((s) => s.parts).find((p) => p.key === 'changes')?.data as
    { history?: unknown } | undefined;
  const h3 = (rights?.rights ?? []).filter((r) => r.title !== undefined).length + (changes?.history ? 1 : 0);
  return { h1: 1, h2: view.sections.length, h3 };
}

function countHeadings(html: string): { h1: number; h2: number; h3: number } {
  const count = (level: number) => html.match(new RegExp(`<h${level}[\\s>]`, 'g'))?.length ?? 0;
  return { h1: count(1), h2: count(2), h3: count(3) };
}

const renderer = createRenderer({ version: 'test' });

describe('the reported case', () => {
  it('a line break in a cookie name writes no raw HTML and no javascript: link into the Markdown', () => {
    const notice = {
      notice: { languages: ['en'] },
      cookies: {
        items: [{ name: 'sid\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))', purpose: 'Session' }],
      },
    } as Notice;
    const { markdown } = renderer.render(notice, 'en');
    const html = defaultMarked.parse(markdown, { async: false });
    expect(markupProblems(html, 'none')).toEqual([]);
    expect(visibleText(html)).toContain('sid <script>alert(1)</script> [x](javascript:alert(1)): Session');
  });
});

describe('hostile text in every field of the schema', () => {
  const variants = [true, false].map((flag) => hostileNotice(flag));

  it('the hostile notice is one a user could write: it passes the schema', () => {
    for (const { notice, fields } of variants) {
      expect(schemaValidator()(notice), JSON.stringify(schemaValidator().errors)).toBe(true);
      expect(fields.filter((f) => f.kind === 'text').length).toBeGreaterThan(150);
      expect(fields.filter((f) => f.kind === 'plain').length).toBeGreaterThan(60);
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: the Markdown, read by a Markdown renderer that allows raw HTML, and notice's HTML make nothing of it but text`, () => {
      const shown = new Set<string>();
      for (const { notice, fields } of variants) {
        const rendered = renderer.render(notice, language);
        const expected = headingCounts(rendered.view);
        const outputs: [string, string, Shell][] = [
          ...READERS.map(([where, read]): [string, string, Shell] => [where, read(rendered.markdown), 'none']),
          ['notice HTML fragment', rendered.fragment, 'fragment'],
          ['notice HTML page', rendered.html, 'page'],
        ];
        for (const [where, html, shell] of outputs) {
          expect(markupProblems(html, shell), where).toEqual([]);
          // No block of its own from data: the headings are the notice's, and the last section is not swallowed.
          const headings = countHeadings(html);
          if (where.startsWith('Markdown')) expect(headings, where).toEqual(expected);
          else expect(headings, where).toEqual({ ...expected, h2: expected.h2 + 1 });
          const text = visibleText(html);
          const byMarker = new Map(fields.map((field) => [field.marker, field]));
          for (const found of text.matchAll(/Q\d+Q/g)) {
            const field = byMarker.get(found[0]);
            if (field === undefined || (field.language !== undefined && field.language !== language)) continue;
            // Texts keep their Markdown (their paragraphs and lists); their first line is there as written.
            const visible = field.kind === 'plain' ? collapse(field.value) : collapse(field.value.split('\n')[0]!);
            if (text.startsWith(visible, found.index - visible.indexOf(field.marker)))
              shown.add(`${where}: ${field.path}`);
          }
        }
      }
      // Each field shows in at least one of the two notices (booleans true and false), in every output.
      const missing = variants[0]!.fields
        .filter((f) => f.language === undefined || f.language === language)
        .flatMap((f) => OUTPUTS.map((where) => `${where}: ${f.path}`))
        .filter((key) => !shown.has(key));
      expect(missing).toEqual([]);
    });
  }

  it('plain values and one-line texts stay in their table cell in a template that puts them in a table', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'partials', 'contact.md.hbs'),
      '| field | value |\n|---|---|\n{{#if name}}\n| name | {{name}} |\n{{/if}}\n{{#if role}}\n| role | {{role}} |\n{{/if}}\n{{#each lines}}\n| line | {{this}} |\n{{/each}}\n',
    );
    writeFileSync(
      join(dir, 'partials', 'list.md.hbs'),
      '| item | x |\n|---|---|\n{{#each items}}\n{{#if title}}\n| {{title}} | x |\n{{/if}}\n{{/each}}\n',
    );
    const tables = createRenderer({ templates: dir });
    for (const language of LANGUAGES) {
      const rendered = tables.render(variants[0]!.notice, language);
      const html = defaultMarked.parse(rendered.markdown, { async: false });
      const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => row[1]!.match(/<t[dh][\s>]/g)?.length);
      expect(rows.length).toBeGreaterThan(50);
      expect(rows.filter((cells) => cells !== 2)).toEqual([]);
      expect(markupProblems(html, 'none')).toEqual([]);
    }
  });
});
