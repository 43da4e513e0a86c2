import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The shape the style guide asks for, checked rather than hoped for: each
// third-party package has one home, the library never imports the CLI, and
// `load` and `validate` do not reach into each other's code.
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const text = (file: string): string => readFileSync(join(SRC, file), 'utf8');

const modules = sources(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const imports = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm),
  ]
    .filter((m) => !/^\s*(?:import|export)\s+type\b/.test(m[0]))
    .map((m) => (m[1] ?? m[2])!);
  return { file: relative(SRC, file), imports };
});

function importersOf(pattern: RegExp): string[] {
  return modules
    .filter((m) => m.imports.some((i) => pattern.test(i)))
    .map((m) => m.file)
    .sort();
}

describe('module boundaries', () => {
  it('each third-party package has one home', () => {
    // Reading YAML with positions is load's; writing a new notice is init's, an imported one import's, and
    // translation marks (comments spliced in at the nodes' places) translations/write.ts's, and a drafted
    // change-history entry (spliced in after the list's last item) diff/history-entry.ts's.
    expect(importersOf(/^yaml$/)).toEqual([
      'diff/history-entry.ts',
      'import/emit.ts',
      'init/index.ts',
      'load/index.ts',
      'load/locate.ts',
      'load/parse.ts',
      'load/problems.ts',
      'load/structure.ts',
      'translations/write.ts',
    ]);
    expect(importersOf(/^ajv/)).toEqual(['validate/schema.ts']);
    // The command line is parsed in src/cli/ only.
    expect(importersOf(/^commander$/).filter((f) => !f.startsWith('cli/'))).toEqual([]);
    expect(importersOf(/^commander$/)).toContain('cli/main.ts');
    expect(importersOf(/^chalk$/)).toEqual(['report/diff.ts', 'report/import.ts', 'report/stylish.ts']);
    expect(importersOf(/^handlebars$/)).toEqual(['render/handlebars.ts']);
    // marked also strips the inline markup of a Markdown notice that `notice import` reads.
    expect(importersOf(/^marked$/)).toEqual(['import/read/markdown.ts', 'render/html.ts', 'render/markdown-safe.ts']);
    // Reading web pages and Word documents for `notice import`.
    expect(importersOf(/^(linkedom|@mozilla\/readability)$/)).toEqual(['import/read/html.ts']);
    expect(importersOf(/^mammoth$/)).toEqual(['import/read/docx.ts']);
    // jszip also packs the record of processing's workbook again with fixed dates; exceljs writes it.
    expect(importersOf(/^jszip$/)).toEqual(['import/read/docx.ts', 'ropa/xlsx.ts']);
    expect(importersOf(/^exceljs$/)).toEqual(['ropa/xlsx.ts']);
    expect(importersOf(/^puppeteer-core$/)).toEqual(['pdf/printer.ts']);
    expect(importersOf(/^chokidar$/)).toEqual(['watch.ts']);
  });

  it('the PDF module knows nothing about notices: it prints HTML', () => {
    expect(
      modules.filter(
        (m) => m.file.startsWith('pdf/') && m.imports.some((i) => /\/(render|validate|load|outputs)\b/.test(i)),
      ),
    ).toEqual([]);
  });

  it('render and validate do not import each other; what both need lives in a shared leaf', () => {
    expect(
      modules.filter((m) => m.file.startsWith('render/') && m.imports.some((i) => /\/validate\/|\/load\//.test(i))),
    ).toEqual([]);
    expect(
      modules.filter((m) => m.file.startsWith('validate/') && m.imports.some((i) => i.includes('/render/'))),
    ).toEqual([]);
  });

  it('the validate path does not load the renderer: only the build step and the library entry do', () => {
    expect(importersOf(/\/render\/index\.js$/)).toEqual(['index.ts', 'outputs/index.ts', 'templates-copy.ts']);
  });

  it('the exports (summary, JSON, DPV, TILT) are read by the build alone, not by every command that lists formats', () => {
    expect(importersOf(/\/(export\/[\w-]+|summary)\/index\.js$/)).toEqual([
      'index.ts',
      'outputs/exporters.ts',
      'outputs/index.ts',
    ]);
  });

  it('nothing imports the CLI or the report formatters except the CLI', () => {
    expect(importersOf(/\/cli\//).filter((f) => !f.startsWith('cli/'))).toEqual([]);
    expect(
      importersOf(/\/report\/|^\.\/(?:stylish|json|github)\.js$/).filter(
        (f) => !f.startsWith('report/') && !f.startsWith('cli/'),
      ),
    ).toEqual([]);
  });

  it('load does not use validate, and validate uses load only for its types', () => {
    expect(
      modules.filter((m) => m.file.startsWith('load/') && m.imports.some((i) => i.includes('/validate/'))),
    ).toEqual([]);
    expect(
      modules.filter((m) => m.file.startsWith('validate/') && m.imports.some((i) => i.includes('/load/'))),
    ).toEqual([]);
  });

  it('the build knows nothing of the configuration file: the CLI turns it into build options', () => {
    expect(
      modules.filter((m) => m.file.startsWith('outputs/') && m.imports.some((i) => i.includes('/config/'))),
    ).toEqual([]);
  });

  it('the CLI only wires arguments and prints: the library neither prints nor reads the terminal', () => {
    const library = modules.filter((m) => !m.file.startsWith('cli/'));
    const printing = library.filter((m) =>
      /\b(?:console\.|process\.(?:stdout|stderr|stdin|exit)\b)/.test(text(m.file)),
    );
    expect(printing.map((m) => m.file)).toEqual([]);
    expect(importersOf(/^node:readline$/)).toEqual(['cli/interview.ts']);
  });

  it('output formats are named in one registry: no module outside it lists them', () => {
    const listed = modules.filter(
      (m) =>
        m.file !== 'outputs/formats.ts' && !m.file.startsWith('generated/') && /'html-fragment'/.test(text(m.file)),
    );
    expect(listed.map((m) => m.file)).toEqual([]);
  });

  it('the library entry does not load the CLI', () => {
    expect(modules.find((m) => m.file === 'index.ts')!.imports.some((i) => /cli|report/.test(i))).toBe(false);
  });
});
