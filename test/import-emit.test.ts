import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/generated/notice-types.js';
import { emitYaml } from '../src/import/emit.js';
import type { ImportedNotice } from '../src/import/types.js';
import { loadNoticeBytes } from '../src/load/index.js';
import { validateText } from './helpers.js';

function imported(notice: Notice, inferences: ImportedNotice['inferences'] = []): ImportedNotice {
  return {
    document: { file: 'notices/old.txt', format: 'text', text: '', blocks: [] },
    notice,
    placements: [],
    inferences,
  };
}

const notice: Notice = {
  // Keys out of the schema's order, as a mapping may build them.
  retention: { text: 'Tietoja säilytetään\nviisi vuotta.\n' },
  controller: { text: 'Kotipaikka: Helsinki', business_id: '3455950-7', name: 'Oskillaatio ry' },
  notice: {
    languages: ['fi'],
    created: '2024-06-18',
    profile: 'hetil',
    title: 'Rekisteriseloste',
  },
  extra_sections: [{ title: 'Muuta', text: '  sisennetty\nrivi  \n\n\nja 00100 #ei kommentti: "x"' }],
};

describe('emitYaml', () => {
  it('loads back to the same data, with the modeline first and sections in the schema order', () => {
    const yaml = emitYaml(imported(notice), { file: 'notices/old.yaml' });
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/notice.schema.json');
    const loaded = loadNoticeBytes(yaml, 'old.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toEqual(notice);
    const keys = [...yaml.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['notice', 'controller', 'retention', 'extra_sections']);
    expect(yaml).toMatch(/ {2}profile: hetil\n {2}languages:/);
    expect(yaml).toMatch(/ {2}name: Oskillaatio ry\n {2}business_id: "?3455950-7"?\n {2}text:/);
    // A text with line breaks is a block scalar, readable as the original's lines.
    expect(yaml).toContain('  text: |\n    Tietoja säilytetään\n    viisi vuotta.\n');
  });

  it('writes an inferred value with a comment beside it, and the same bytes every time', () => {
    const inferences = [
      { path: ['notice', 'profile'], note: 'profile inferred from the cited law: Henkilötietolaki 523/1999 10 §' },
      { path: ['controller'], note: 'controller found in the opening lines\nnot under a heading' },
      { path: ['nowhere', 3], note: 'about the whole notice' },
    ];
    const yaml = emitYaml(imported(notice, inferences), { file: 'old.yaml' });
    expect(yaml).toContain('  profile: hetil # profile inferred from the cited law: Henkilötietolaki 523/1999 10 §\n');
    // A note never breaks out of its comment.
    expect(yaml).toContain('# controller found in the opening lines not under a heading\n');
    expect(yaml).toContain('# about the whole notice\n');
    expect(loadNoticeBytes(yaml, 'old.yaml').data).toEqual(notice);
    expect(emitYaml(imported(structuredClone(notice), inferences), { file: 'old.yaml' })).toBe(yaml);
  });

  it('keeps hostile texts exactly, and the result passes the schema', async () => {
    const texts = [
      '---\n...\n# not a comment',
      'line\r\nwith CR',
      '\ttab first\n  and spaces',
      'trailing newlines\n\n\n',
      '\nleading newline',
      'null',
      'yes',
      '- item\n- item',
      'NUL \u0000 and ESC \u001b[31m',
      '\u2028separator\u2029',
      '\'quotes\' and "quotes" and `code`',
    ];
    for (const text of texts) {
      const data: Notice = { notice: { profile: 'gdpr', languages: ['en'] }, extra_sections: [{ title: text, text }] };
      const yaml = emitYaml(imported(data, [{ path: ['extra_sections', 0, 'text'], note: text }]));
      const loaded = loadNoticeBytes(yaml, 'x.yaml');
      expect(loaded.data, JSON.stringify(text)).toEqual(data);
    }
    const diagnostics = await validateText(emitYaml(imported(notice)));
    expect(diagnostics.filter((d) => d.code.startsWith('SCHEMA_') || d.code.startsWith('YAML_'))).toEqual([]);
  });
});
