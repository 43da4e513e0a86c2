// YAML text of plain data (objects, arrays, strings, numbers, booleans, null) with comments, for `notice import`.
//
// Written by hand because the import writes hundreds of files in one run and the `yaml` package's document
// model (a node for every value, then the text) took a tenth of a second per 500 notices: more than reading
// them. What it writes is a small, safe part of YAML 1.2 that `src/load/` reads back to the same data:
// block mappings and sequences (`{}` and `[]` when empty); a string plain when nothing in it can be read as
// anything else, as a literal block (`|`) when it has line breaks, else double-quoted with JSON's escapes;
// long plain and quoted strings folded at spaces to fit the line width. test/import-emit.test.ts and its
// round trip of random strings hold it to that.

/** Comments to write: beside a scalar (`key: value # note`), or before a collection's first entry. */
export interface YamlComments {
  /** By path (`pathKey`): the comment's text, written after `#`. */
  beside: Map<string, string>;
  /** By path: the lines written before the collection's entries (or beside an empty one), each after `#`. */
  before: Map<string, string[]>;
}

export interface YamlTextOptions {
  /** Lines written first, each after `#` (an empty line stays empty). */
  header?: readonly string[];
  comments?: YamlComments;
  /** Long plain and quoted strings are folded at spaces to keep lines within this width. */
  lineWidth?: number;
}

/** A path's key in `YamlComments`. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

const INDENT = 2;

export function yamlText(value: unknown, options: YamlTextOptions = {}): string {
  const out: string[] = [];
  for (const line of options.header ?? []) out.push(line === '' ? '' : `#${line}`);
  if (out.length) out.push('');
  const comments = options.comments ?? { beside: new Map(), before: new Map() };
  const width = options.lineWidth ?? 100;

  const comment = (path: readonly (string | number)[]) => {
    const text = comments.beside.get(pathKey(path));
    return text === undefined ? '' : ` #${text}`;
  };
  const before = (path: readonly (string | number)[], indent: number) => {
    for (const line of comments.before.get(pathKey(path)) ?? []) out.push(`${' '.repeat(indent)}#${line}`);
  };

  /** `prefix` (a key and `: `, or `- `) and the scalar after it, at `indent`; folded or a literal block as needed. */
  const scalar = (prefix: string, value: unknown, indent: number, path: readonly (string | number)[]) => {
    const pad = ' '.repeat(indent);
    const note = comment(path);
    if (typeof value !== 'string') {
      out.push(`${pad}${prefix}${value === null || value === undefined ? 'null' : String(value)}${note}`);
      return;
    }
    // In a sequence, a block whose indentation must be told is quoted instead (the indicator's base is less plain there).
    if (
      value.includes('\n') &&
      /[^\n]/u.test(value) &&
      PRINTABLE.test(value) &&
      !(prefix === '- ' && needsIndicator(value))
    ) {
      literal(pad, prefix, value, indent + INDENT, note);
      return;
    }
    const text = isPlain(value) ? value : quoted(value);
    const lines = fold(text, width - indent - prefix.length, width - indent - INDENT, text[0] === '"');
    out.push(`${pad}${prefix}${lines[0]}${lines.length === 1 ? note : ''}`);
    for (let i = 1; i < lines.length; i++)
      out.push(`${pad}${' '.repeat(INDENT)}${lines[i]}${i === lines.length - 1 ? note : ''}`);
  };

  const literal = (pad: string, prefix: string, value: string, inner: number, note: string) => {
    const trailing = /\n*$/u.exec(value)![0].length;
    const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
    const indicator = needsIndicator(value) ? String(INDENT) : '';
    out.push(`${pad}${prefix}|${indicator}${chomp}${note}`);
    const body = trailing ? value.slice(0, value.length - 1) : value;
    const innerPad = ' '.repeat(inner);
    for (const line of body.split('\n')) out.push(line === '' ? '' : `${innerPad}${line}`);
  };

  const node = (value: unknown, indent: number, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      before(path, indent);
      value.forEach((item, index) => entry('- ', item, indent, [...path, index]));
      return;
    }
    before(path, indent);
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (child === undefined) continue;
      entry(`${isPlain(key) ? key : quoted(key)}: `, child, indent, [...path, key]);
    }
  };

  /** One entry of a mapping (`key: `) or a sequence (`- `). */
  const entry = (prefix: string, value: unknown, indent: number, path: (string | number)[]) => {
    const pad = ' '.repeat(indent);
    if (value === null || typeof value !== 'object') return scalar(prefix, value, indent, path);
    const empty = Array.isArray(value)
      ? value.length === 0
      : Object.values(value as Record<string, unknown>).every((child) => child === undefined);
    if (empty) {
      const lines = comments.before.get(pathKey(path));
      out.push(`${pad}${prefix}${Array.isArray(value) ? '[]' : '{}'}${lines ? ` #${lines.join(';')}` : ''}`);
      return;
    }
    if (prefix === '- ' && !comments.before.has(pathKey(path))) {
      // A collection in a sequence starts on the dash's line: "- name: x", "- - a".
      const start = out.length;
      node(value, indent + INDENT, path);
      out[start] = `${pad}- ${out[start]!.slice(indent + INDENT)}`;
      return;
    }
    out.push(`${pad}${prefix.trimEnd()}`);
    // A sequence in a mapping is indented under its key, as in a sequence.
    node(value, indent + INDENT, path);
  };

  if (value !== null && typeof value === 'object' && (Array.isArray(value) ? value.length : Object.keys(value).length))
    node(value, 0, []);
  else scalar('', value, 0, []);
  return `${out.join('\n')}\n`;
}

/** The indentation of a block is told by its first line with text, unless that starts with a space or a line break comes first. */
function needsIndicator(value: string): boolean {
  return /^[ \n]/u.test(value);
}

/** Characters a literal block may hold: printable, tabs and line breaks; not the line and paragraph separators, nor a BOM. */
const PRINTABLE = /^[\t\n\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** Words that YAML 1.1 readers take for booleans or null, and YAML 1.2's special values: quoted. */
const RESERVED =
  /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$/u;
/** What a YAML 1.2 or 1.1 reader takes for a number (ints in any base, floats, sexagesimals) or a timestamp: quoted. */
const NUMBERS = [
  /^[-+]?(?:[0-9][0-9_]*|0o[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)$/u,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/u,
  /^[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/u,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/u,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/u,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ]|\s*$)(?<!^[0-9]{4}-[0-9]{2}-[0-9]{2})/u,
];

/**
 * A string that reads back as itself written plain: printable characters only (no tab), no white space at
 * its ends, not starting with an indicator, no `: ` or ` #` inside and no `:` at its end, and nothing that a
 * YAML reader would take for a number, a boolean, null or a date.
 */
export function isPlain(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (!/^[\u0020-\u007e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u.test(text))
    return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/u.test(text)) return false;
  if (/: |:$| #|[\u0085]/u.test(text)) return false;
  // A date (2020-01-31) is a string to YAML 1.2, which notice reads: plain, as people write it (the last of NUMBERS).
  if (RESERVED.test(text) || NUMBERS.some((number) => number.test(text))) return false;
  return true;
}

/** A double-quoted string: JSON's escapes (which YAML's double quotes share), and every non-printable character escaped. */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u00ad\u2028\u2029\ufeff\ufffe\uffff]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A plain or quoted scalar in lines of at most `first` (the first line) and `rest` characters, broken at a
 * single space between two words; a line break there reads back as that space. A word is never broken, and
 * a line never starts with a character that would begin something else there (`#`, `-`, a quote...): the
 * break is made only before a letter or a digit. In a quoted string, never after a backslash.
 */
function fold(text: string, first: number, rest: number, isQuoted: boolean): string[] {
  if (text.length <= first) return [text];
  const lines: string[] = [];
  let start = 0;
  let limit = Math.max(first, 20);
  while (text.length - start > limit) {
    let cut = -1;
    for (let i = start + 1; i < text.length - 1 && i - start <= limit; i++) {
      if (
        text[i] === ' ' &&
        text[i - 1] !== ' ' &&
        text[i + 1] !== ' ' &&
        /[\p{L}\p{N}]/u.test(text[i + 1]!) &&
        !(isQuoted && text[i - 1] === '\\')
      )
        cut = i;
    }
    if (cut < 0) break;
    lines.push(text.slice(start, cut));
    start = cut + 1;
    limit = Math.max(rest, 20);
  }
  lines.push(text.slice(start));
  return lines;
}
