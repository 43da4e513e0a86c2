import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourcePosition } from '../diagnostics.js';

/** Finds where a piece of data stands in the YAML text. */
export interface Locator {
  /** Position of the value at a data path, or of the nearest ancestor that exists. */
  valueAt(path: readonly (string | number)[]): SourcePosition;
  /** Position of the key of the entry at a path (for unknown keys and missing children). */
  keyAt(path: readonly (string | number)[]): SourcePosition;
  /** The value as written in the file, when the path is a scalar: `00100`, not 100. */
  sourceAt(path: readonly (string | number)[]): string | undefined;
  /**
   * Position of a key in the notice's own file, for what is missing under it
   * (a notice with parts: the missing value belongs in the notice); else keyAt.
   */
  ownKeyAt?(path: readonly (string | number)[]): SourcePosition;
  /**
   * The comments written with the node at a path: on its key's line (`text: # ...`) or
   * before its first entry, and after it on its line (`{ fi: ..., sv: ... } # ...`). Translation
   * marks are read from them.
   */
  commentAt?(path: readonly (string | number)[]): string | undefined;
}

export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  // Each mapping's entries by key, made when first looked into: a search of its
  // items for every diagnostic would be quadratic in a mapping of many keys.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const entryOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name !== undefined && !index.has(name)) index.set(name, pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = (node: Node | null | undefined): SourcePosition =>
    node?.range ? position(node.range[0]) : firstContentPosition(doc, position);

  // Walks down as far as the path exists; returns the deepest node and its pair.
  const walk = (path: readonly (string | number)[]) => {
    let node = doc.contents as Node | null;
    let pairKey: Node | null = null;
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = entryOf(node, String(segment));
        if (!pair) break;
        pairKey = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        pairKey = null;
        node = node.items[segment] as Node;
      } else break;
      depth++;
    }
    return { node, pairKey, complete: depth === path.length };
  };

  return {
    valueAt(path) {
      const { node, pairKey } = walk(path);
      // `key:` with no value has no text of its own: point at the key.
      const empty = !node?.range || node.range[0] === node.range[1];
      if (empty && pairKey) return start(pairKey);
      return node?.range ? start(node) : start(doc.contents as Node);
    },
    keyAt(path) {
      const { node, pairKey, complete } = walk(path);
      if (complete && pairKey) return start(pairKey);
      return node?.range ? start(node) : start(doc.contents as Node);
    },
    sourceAt(path) {
      const { node, complete } = walk(path);
      if (!complete || !isScalar(node)) return undefined;
      return node.source !== undefined ? String(node.source) : String(node.value);
    },
    commentAt(path) {
      const { node, complete } = walk(path);
      if (!complete || !node) return undefined;
      const comments = [node.commentBefore, node.comment].filter((c): c is string => typeof c === 'string');
      return comments.length > 0 ? comments.join('\n') : undefined;
    },
  };
}

function firstContentPosition(doc: Document, position: (offset: number) => SourcePosition): SourcePosition {
  const contents = doc.contents as Node | null;
  return contents?.range ? position(contents.range[0]) : { line: 1, column: 1 };
}
