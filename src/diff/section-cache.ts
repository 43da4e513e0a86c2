import type { SourcePosition } from '../diagnostics.js';
import { loadNoticeBytes, type LoadedNotice, type Locator } from '../load/index.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import { hasAlias } from '../load/parse.js';

// Many versions of one notice (`notice log`) differ in a few lines each.
// Parsing YAML is most of the cost of a log, so the text is cut where its
// indentation says a mapping entry or a list item begins, and each piece is
// kept by its text: a piece unchanged since an earlier version is not cut or
// parsed again, and its data is the same object (which the comparison then
// skips at once). A changed purpose name costs the parse of that one line, not
// of the whole file. A piece that does not cut cleanly is parsed whole; a
// version with a piece the loader finds a problem in (an alias to an anchor in
// another piece, a tag, a second document) takes the loader's normal path, as
// does a file with parts.

type Path = readonly (string | number)[];

/**
 * A piece of text: the value of one mapping entry or list item, and where
 * things inside it are. Lines count from the piece's first line (1), so a piece
 * is the same wherever it stands in a version. Its leaves are parsed when first
 * needed (or all at once, by `prepare`).
 */
interface Piece {
  /** False when a leaf in it could not be parsed on its own: its version is then read whole. */
  readonly ok: boolean;
  readonly value: unknown;
  valueAt(path: Path): SourcePosition;
  /** With an empty path: the entry's key (a list item: where the item starts). */
  keyAt(path: Path): SourcePosition;
  sourceAt(path: Path): string | undefined;
}

type Kind = 'entry' | 'item';
/** Pieces by what they are and their text: a mapping entry (`key: ...`) or a list item (`- ...`). */
type Pieces = Record<Kind, Map<string, Piece>>;

/** A piece placed `offset` lines below the first line of the piece that holds it. */
interface Placed {
  key: string | number;
  offset: number;
  piece: Piece;
}

/** `key:` at the start of a line (after its indentation), followed by a space or the end of the line. */
const KEY = /^( *)([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)/;
const ITEM = /^( *)-(?=[ \t]|$)/;

/** Loads one version of a notice; `prepare` may first be given every version, to parse their new pieces at once. */
export interface VersionLoader {
  (bytes: Uint8Array, file: string, readFile: (file: string) => Uint8Array | undefined): LoadedNotice;
  prepare?(versions: readonly Uint8Array[], file: string): void;
}

export function sectionCachingLoader(): VersionLoader {
  const pieces: Pieces = { entry: new Map(), item: new Map() };
  const leaves: Leaf[] = [];
  const cut = new Map<Uint8Array, { text: string; sections: Placed[] | null }>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const cutVersion = (bytes: Uint8Array, file: string) => {
    let found = cut.get(bytes);
    if (found) return found;
    if (bytes.length > MAX_FILE_BYTES) return undefined;
    let text: string;
    try {
      text = utf8.decode(bytes); // a BOM is dropped by the decoder
    } catch {
      return undefined;
    }
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    found = { text, sections: new Cutter(text, lines, file, pieces, leaves).entries(0, lines.length, 0) };
    cut.set(bytes, found);
    return found;
  };
  const load: VersionLoader = (bytes, file, readFile) => {
    const whole = () => loadNoticeBytes(bytes, file, readFile);
    const version = cutVersion(bytes, file);
    cut.delete(bytes); // each version is loaded once
    const sections = version?.sections;
    if (!version || !sections || sections.length === 0 || sections.some((s) => s.key === 'extends')) return whole();
    const top = mappingPiece(sections, undefined);
    if (!top.ok) return whole();
    const locate: Locator = {
      valueAt: (path) => top.valueAt(path),
      keyAt: (path) => top.keyAt(path),
      sourceAt: (path) => top.sourceAt(path),
    };
    return { file, text: version.text, data: top.value as Record<string, unknown>, locate, diagnostics: [], parts: [] };
  };
  // Each parse has a cost of its own, which for a piece of one line is most of it (the parser is slow to
  // warm up): every version is cut first, and the leaves new in any of them are parsed together, as one document.
  load.prepare = (versions, file) => {
    for (const bytes of versions) cutVersion(bytes, file);
    parseTogether(
      leaves.filter((leaf) => !leaf.parsed),
      file,
    );
  };
  return load;
}

/**
 * A piece parsed whole: a mapping entry, indentation kept (a mapping may start indented, so positions need no
 * shift of column), or a list item, under a key of one line above it (a file's top level must be a mapping).
 */
class Leaf implements Piece {
  /** Set when parsed: the piece, or null when it cannot be parsed on its own. */
  parsed: Piece | null | undefined;

  constructor(
    readonly text: string,
    /** The entry's key; undefined for a list item. */
    readonly key: string | undefined,
    private readonly file: string,
  ) {}

  private get piece(): Piece | null {
    if (this.parsed === undefined) this.parsed = this.parseAlone();
    return this.parsed;
  }

  get ok(): boolean {
    return this.piece !== null;
  }
  get value(): unknown {
    return this.piece!.value;
  }
  valueAt(path: Path): SourcePosition {
    return this.piece!.valueAt(path);
  }
  keyAt(path: Path): SourcePosition {
    return this.piece!.keyAt(path);
  }
  sourceAt(path: Path): string | undefined {
    return this.piece!.sourceAt(path);
  }

  private parseAlone(): Piece | null {
    if (this.key !== undefined) {
      const loaded = loadNoticeBytes(this.text, this.file);
      if (loaded.data === undefined || loaded.diagnostics.length > 0 || !isEntry(loaded.data, this.key)) return null;
      return parsedPiece(loaded.data[this.key], loaded.locate, [this.key], 0);
    }
    const loaded = loadNoticeBytes(`_:\n${this.text}`, this.file);
    const list = loaded.data?.['_'];
    if (loaded.diagnostics.length > 0 || !Array.isArray(list) || list.length !== 1) return null;
    return parsedPiece(list[0], loaded.locate, ['_', 0], -1);
  }
}

/**
 * Parses many leaves as one document, each under a key of its own line (`_12:`), and gives each what it would
 * have got alone. Any problem, or a leaf that did not come back as one entry or one item (a quote left open
 * runs into the next), and each half is tried on its own: a leaf with a problem ends up alone, and is parsed
 * alone when a version needs it (which then takes the loader's path, reporting the problem as it does).
 */
function parseTogether(leaves: readonly Leaf[], file: string): void {
  // An entry at the top of a file cannot go under a key of the batch.
  const batch = leaves.filter((leaf) => leaf.key === undefined || leaf.text.startsWith(' '));
  if (batch.length < 2) return;
  if (parsedTogether(batch, file)) return;
  const half = Math.ceil(batch.length / 2);
  parseTogether(batch.slice(0, half), file);
  parseTogether(batch.slice(half), file);
}

function parsedTogether(leaves: readonly Leaf[], file: string): boolean {
  const starts: number[] = [];
  let line = 1;
  const text = leaves
    .map((leaf, index) => {
      starts.push(line);
      line += 1 + leaf.text.split('\n').length;
      return `_${index}:\n${leaf.text}`;
    })
    .join('\n');
  // An alias would take the value of an anchor in another leaf, of another version perhaps. A leaf with one is
  // read alone, where an alias to an anchor outside it finds none, and its version is read whole.
  if (hasAlias(text)) return false;
  const loaded = loadNoticeBytes(text, file);
  const data = loaded.data;
  if (!data || loaded.diagnostics.length > 0 || Object.keys(data).length !== leaves.length) return false;
  const made: Piece[] = [];
  for (const [index, leaf] of leaves.entries()) {
    const value = data[`_${index}`];
    const shift = -starts[index]!;
    if (leaf.key === undefined) {
      if (!Array.isArray(value) || value.length !== 1) return false;
      made.push(parsedPiece(value[0], loaded.locate, [`_${index}`, 0], shift));
    } else {
      if (!isEntry(value, leaf.key)) return false;
      made.push(parsedPiece(value[leaf.key], loaded.locate, [`_${index}`, leaf.key], shift));
    }
  }
  leaves.forEach((leaf, index) => (leaf.parsed = made[index]));
  return true;
}

function isEntry(value: unknown, key: string): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    Object.hasOwn(value, key)
  );
}

/** Cuts a version's lines into pieces, taking each from the cache or making it (its leaves noted in `leaves`). */
class Cutter {
  /** Where each line starts in the text. */
  private readonly offsets: number[] = [];

  constructor(
    private readonly source: string,
    private readonly lines: readonly string[],
    private readonly file: string,
    private readonly cache: Pieces,
    private readonly leaves: Leaf[],
  ) {
    let offset = 0;
    for (const line of lines) {
      this.offsets.push(offset);
      offset += line.length + 1;
    }
  }

  /**
   * The mapping entries that start at `indent` in lines [from, to): null when
   * a line at that indentation is something else (then the caller parses the
   * lines whole). Comments and blank lines go with the entry before them.
   */
  entries(from: number, to: number, indent: number): Placed[] | null {
    const starts = this.starts(from, to, indent, KEY);
    if (!starts) return null;
    const placed: Placed[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const key = KEY.exec(this.lines[start]!)![2]!;
      if (seen.has(key)) return null; // a duplicate key: the loader reports it
      seen.add(key);
      placed.push({ key, offset: start - from, piece: this.entry(start, starts[i + 1] ?? to, indent, key) });
    }
    return placed;
  }

  /** The list items that start at `indent` in lines [from, to). */
  private items(from: number, to: number, indent: number): Placed[] | null {
    const starts = this.starts(from, to, indent, ITEM);
    if (!starts) return null;
    return starts.map((start, i) => {
      const end = starts[i + 1] ?? to;
      const piece = this.cached(
        'item',
        this.text(start, end),
        (text) => this.itemMapping(start, end) ?? this.leaf(text),
      );
      return { key: i, offset: start - from, piece };
    });
  }

  /** The lines in [from, to) where a piece starts: every content line at `indent` must start one. */
  private starts(from: number, to: number, indent: number, pattern: RegExp): number[] | null {
    const starts: number[] = [];
    for (let index = from; index < to; index++) {
      const line = this.lines[index]!;
      const depth = contentIndent(line);
      if (depth === undefined) continue;
      if (depth < indent) return null;
      if (depth > indent) {
        if (starts.length === 0) return null; // content before the first piece
        continue;
      }
      const match = pattern.exec(line);
      if (!match || match[1]!.length !== indent) return null;
      starts.push(index);
    }
    return starts;
  }

  /** The entry `key:` in lines [from, to): its value's pieces when it is a block collection, else a leaf. */
  private entry(from: number, to: number, indent: number, key: string): Piece {
    return this.cached('entry', this.text(from, to), (text) => {
      const head = this.lines[from]!;
      const rest = head.slice(KEY.exec(head)![0].length).trim();
      const first = rest === '' || rest.startsWith('#') ? this.firstContent(from + 1, to) : undefined;
      if (first !== undefined) {
        const depth = contentIndent(this.lines[first]!)!;
        const children = ITEM.test(this.lines[first]!)
          ? depth >= indent && this.items(first, to, depth)
          : depth > indent && this.entries(first, to, depth);
        if (children && children.length > 0) {
          const shifted = children.map((child) => ({ ...child, offset: child.offset + first - from }));
          const own = { line: 1, column: indent + 1 };
          return typeof children[0]!.key === 'number'
            ? sequencePiece(shifted, own, { line: first - from + 1, column: depth + 1 })
            : mappingPiece(shifted, own);
        }
      }
      return this.leaf(text, key);
    });
  }

  /**
   * A list item that is a block mapping (`- id: x` and its keys below), cut into its entries: with its dash
   * read as a space, the item's lines are a mapping at the indentation of its first key, columns unchanged.
   */
  private itemMapping(from: number, to: number): Piece | null {
    const head = this.lines[from]!;
    const dash = ITEM.exec(head)![0].length;
    const indent = dash + /^ */.exec(head.slice(dash))![0].length;
    if (!KEY.test(head.slice(dash).trimStart())) return null;
    const lines = [' '.repeat(indent) + head.slice(indent), ...this.lines.slice(from + 1, to)];
    const cutter = new Cutter(lines.join('\n'), lines, this.file, this.cache, this.leaves);
    const entries = cutter.entries(0, lines.length, indent);
    return entries && entries.length > 0 ? mappingPiece(entries, undefined) : null;
  }

  private firstContent(from: number, to: number): number | undefined {
    for (let index = from; index < to; index++) if (contentIndent(this.lines[index]!) !== undefined) return index;
    return undefined;
  }

  /** Lines [from, to) as one string: a slice of the version's text, which V8 makes without copying. */
  private text(from: number, to: number): string {
    const end = to < this.lines.length ? this.offsets[to]! - 1 : this.source.length;
    return this.source.slice(this.offsets[from], end);
  }

  private cached(kind: Kind, text: string, make: (text: string) => Piece): Piece {
    let piece = this.cache[kind].get(text);
    if (piece === undefined) {
      piece = make(text);
      this.cache[kind].set(text, piece);
    }
    return piece;
  }

  private leaf(text: string, key?: string): Leaf {
    const leaf = new Leaf(text, key, this.file);
    this.leaves.push(leaf);
    return leaf;
  }
}

/** The indentation of a line that holds content; undefined for a blank or comment line. */
function contentIndent(line: string): number | undefined {
  let depth = 0;
  while (line.charCodeAt(depth) === 32) depth++;
  const next = line[depth];
  return next === undefined || next === '#' ? undefined : depth;
}

/** A leaf's value as the loader read it, at `prefix` of the document it was read in, `lines` above its own. */
function parsedPiece(value: unknown, locate: Locator, prefix: Path, lines: number): Piece {
  const shift = (at: SourcePosition): SourcePosition => ({ line: at.line + lines, column: at.column });
  return {
    ok: true,
    value,
    valueAt: (path) => shift(locate.valueAt([...prefix, ...path])),
    keyAt: (path) => shift(locate.keyAt([...prefix, ...path])),
    sourceAt: (path) => locate.sourceAt([...prefix, ...path]),
  };
}

const below = (at: SourcePosition, offset: number): SourcePosition => ({ line: at.line + offset, column: at.column });

/**
 * A block mapping of entries; `own` is where its key is (none at the top of the file). Its value and start are
 * worked out when first asked for, when its leaves have been parsed.
 */
function mappingPiece(children: readonly Placed[], own: SourcePosition | undefined): Piece {
  const byKey = new Map(children.map((child) => [String(child.key), child]));
  const find = (segment: string | number | undefined) =>
    segment === undefined ? undefined : byKey.get(String(segment));
  let ok: boolean | undefined;
  let value: unknown;
  let start: SourcePosition | undefined;
  // A block mapping starts at its first key.
  const startOf = () => (start ??= below(children[0]!.piece.keyAt([]), children[0]!.offset));
  return {
    get ok() {
      return (ok ??= children.every((child) => child.piece.ok));
    },
    get value() {
      return (value ??= Object.fromEntries(children.map((child) => [child.key, child.piece.value])));
    },
    valueAt(path) {
      const child = find(path[0]);
      return child ? below(child.piece.valueAt(path.slice(1)), child.offset) : startOf();
    },
    keyAt(path) {
      if (path.length === 0) return own ?? startOf();
      const child = find(path[0]);
      return child ? below(child.piece.keyAt(path.slice(1)), child.offset) : startOf();
    },
    sourceAt(path) {
      const child = find(path[0]);
      return child ? child.piece.sourceAt(path.slice(1)) : undefined;
    },
  };
}

/** A block sequence of items; `start` is its first dash. */
function sequencePiece(children: readonly Placed[], own: SourcePosition, start: SourcePosition): Piece {
  const find = (segment: string | number | undefined) => (typeof segment === 'number' ? children[segment] : undefined);
  let ok: boolean | undefined;
  let value: unknown;
  return {
    get ok() {
      return (ok ??= children.every((child) => child.piece.ok));
    },
    get value() {
      return (value ??= children.map((child) => child.piece.value));
    },
    valueAt(path) {
      const child = find(path[0]);
      return child ? below(child.piece.valueAt(path.slice(1)), child.offset) : start;
    },
    keyAt(path) {
      if (path.length === 0) return own;
      const child = find(path[0]);
      return child ? below(child.piece.keyAt(path.slice(1)), child.offset) : start;
    },
    sourceAt(path) {
      const child = find(path[0]);
      return child ? child.piece.sourceAt(path.slice(1)) : undefined;
    },
  };
}
