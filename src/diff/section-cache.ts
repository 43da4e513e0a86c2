import { loadNoticeBytes, type LoadedNotice, type Locator } from '../load/index.js';
import { MAX_FILE_BYTES } from '../load/limits.js';

// Many versions of one notice (`notice log`) differ in a few sections each.
// Parsing YAML is most of the cost of a log, so each top-level section is
// parsed on its own and kept by its text: a section unchanged since the last
// version is not parsed again, and its data is the same object (which the
// comparison then skips at once). Anything unusual takes the loader's normal
// path: parts (`extends:`), anchors, aliases, tags, several documents, a
// problem in a section, or a section that does not read as one key.

interface Section {
  key: string;
  data: unknown;
  locate: Locator;
}

const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;
/** What could tie sections together or change how they read: anchors, aliases, tags, document markers, directives. */
const NOT_PLAIN = /(^|[\s[{,])[&*!]\S|^(---|\.\.\.|%)/m;

export function sectionCachingLoader(): (
  bytes: Uint8Array,
  file: string,
  readFile: (file: string) => Uint8Array | undefined,
) => LoadedNotice {
  const cache = new Map<string, Section | null>();
  return (bytes, file, readFile) => {
    const whole = () => loadNoticeBytes(bytes, file, readFile);
    if (bytes.length > MAX_FILE_BYTES) return whole();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true })
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n');
    } catch {
      return whole();
    }
    if (NOT_PLAIN.test(text)) return whole();
    const lines = text.split('\n');
    const starts: number[] = [];
    lines.forEach((line, index) => {
      if (TOP_KEY.test(line)) starts.push(index);
    });
    if (starts.length === 0) return whole();
    const data: Record<string, unknown> = {};
    const locators = new Map<string, { locate: Locator; offset: number }>();
    for (let i = 0; i < starts.length; i++) {
      // The comments above the first key belong to no section; those between sections go with the one before.
      const from = starts[i]!;
      const to = starts[i + 1] ?? lines.length;
      const chunk = lines.slice(from, to).join('\n');
      let section = cache.get(chunk);
      if (section === undefined) {
        section = parseSection(chunk, file);
        cache.set(chunk, section);
      }
      if (section === null || Object.hasOwn(data, section.key) || section.key === 'extends') return whole();
      data[section.key] = section.data;
      locators.set(section.key, { locate: section.locate, offset: from });
    }
    const shift = (path: readonly (string | number)[], find: (l: Locator) => { line: number; column: number }) => {
      const at = path.length > 0 ? locators.get(String(path[0])) : undefined;
      if (!at) return { line: 1, column: 1 };
      const { line, column } = find(at.locate);
      return { line: line + at.offset, column };
    };
    const locate: Locator = {
      valueAt: (path) => shift(path, (l) => l.valueAt(path)),
      keyAt: (path) => shift(path, (l) => l.keyAt(path)),
      sourceAt: (path) => (path.length > 0 ? locators.get(String(path[0]))?.locate.sourceAt(path) : undefined),
    };
    return { file, text, data, locate, diagnostics: [], parts: [] };
  };
}

function parseSection(chunk: string, file: string): Section | null {
  const loaded = loadNoticeBytes(chunk, file);
  if (loaded.data === undefined || loaded.diagnostics.length > 0) return null;
  const keys = Object.keys(loaded.data);
  if (keys.length !== 1) return null;
  return { key: keys[0]!, data: loaded.data[keys[0]!], locate: loaded.locate };
}
