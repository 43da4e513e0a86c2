import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { createRenderer } from '../src/render/index.js';

const renderer = createRenderer({ version: 'test' });

function notice(yaml: string): Notice {
  const loaded = loadNoticeBytes(yaml, 'inline.yaml');
  if (!loaded.data) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.data as unknown as Notice;
}

const WITH_HISTORY = notice(`
notice:
  languages: [fi, sv, en]
  created: "2024-03-01"
  updated: "2025-09-15"
  version: "2.0"
controller: { name: Esimerkki Oy }
changes:
  text:
    fi: Kerromme muutoksista etukäteen.
    sv: Vi berättar om ändringar i förväg.
    en: We tell you about changes in advance.
  history:
    - date: "2024-03-01"
      version: "1.0"
      summary: { fi: Ensimmäinen versio., sv: Första versionen., en: The first version. }
    - date: "2025-09-15"
      version: "2.0"
      summary:
        fi: Lisäsimme *asiakaskyselyt*.
        sv: Vi lade till *kundenkäter*.
        en: We added *customer surveys*.
`);

/** The section on changes of the Markdown, from its heading to the end. */
function changesOf(markdown: string): string {
  return markdown.slice(markdown.lastIndexOf('\n## ') + 1);
}

describe('changes.history', () => {
  it('renders under its own heading in each language, newest first, with date and version', () => {
    expect(changesOf(renderer.render(WITH_HISTORY, 'fi').markdown)).toBe(
      [
        '## 2. Selosteen muutokset',
        '',
        'Kerromme muutoksista etukäteen.',
        '',
        '### Muutoshistoria',
        '',
        '- **15.9.2025 · Versio 2.0**: Lisäsimme *asiakaskyselyt*.',
        '- **1.3.2024 · Versio 1.0**: Ensimmäinen versio.',
        '',
      ].join('\n'),
    );
    const sv = changesOf(renderer.render(WITH_HISTORY, 'sv').markdown);
    expect(sv).toContain('### Ändringshistorik\n\n- **15.9.2025 · Version 2.0**: Vi lade till *kundenkäter*.\n');
    const en = changesOf(renderer.render(WITH_HISTORY, 'en').markdown);
    expect(en).toContain('### Change history\n\n- **15 September 2025 · Version 2.0**: We added *customer surveys*.\n');
    expect(en).toContain('- **1 March 2024 · Version 1.0**: The first version.');
  });

  it('is a sub-heading of the section in HTML, so that the contents list only the section', () => {
    const { html } = renderer.render(WITH_HISTORY, 'fi');
    expect(html).toMatch(/<h3[^>]*>Muutoshistoria<\/h3>/);
    const contents = html.slice(html.indexOf('<nav class="notice-toc"'), html.indexOf('</nav>'));
    expect(contents).toContain('Selosteen muutokset');
    expect(contents).not.toContain('Muutoshistoria');
    expect(html).toContain('<strong>15.9.2025 · Versio 2.0</strong>: Lisäsimme <em>asiakaskyselyt</em>.');
  });

  it('makes a section of its own when changes has a history and no text; an entry without a version shows its date', () => {
    const data = notice(`
notice: { languages: [en], created: "2024-03-01" }
controller: { name: Example Ltd }
changes:
  history:
    - { date: "2024-03-01", summary: "The <first> version." }
`);
    expect(changesOf(renderer.render(data, 'en').markdown)).toBe(
      '## 2. Changes to this notice\n\n### Change history\n\n- **1 March 2024**: The &lt;first&gt; version.\n',
    );
  });
});
