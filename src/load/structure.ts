import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export interface StructureLimits {
  /** The deepest a value may lie, the top-level mapping being at depth 0. */
  maxDepth: number;
  /** Characters of keys and values, every alias written out (each value counts at least 1). */
  maxExpandedChars: number;
  /** Aliases in the file: yaml looks each one up among every anchor before it. */
  maxAliases: number;
}

/** What is wrong with a document's structure, at the offset of the node concerned. */
export type StructureProblem =
  | { kind: 'duplicate-key'; offset: number; firstOffset: number }
  | { kind: 'too-deep'; offset: number; alias?: string }
  | { kind: 'alias-cycle'; offset: number; alias: string }
  | { kind: 'too-large'; offset: number; alias?: string }
  | { kind: 'too-many-aliases'; offset: number }
  | { kind: 'unresolved-alias'; offset: number; alias: string };

interface Frame {
  node: unknown;
  depth: number;
  parent: Frame | undefined;
  /** The deepest depth reached in this node's subtree, aliases expanded. */
  deepest: number;
  /** The size counted before this node (for the size of an anchored subtree). */
  sizeBefore: number;
  /** Set on the frame that closes a collection, after its children. */
  closing?: boolean;
}

/**
 * Walks a parsed document as its data will be, every alias expanded, without
 * building the data, recursing or expanding anything twice: the depth and size
 * of each anchored node are measured once and added wherever an alias names it.
 * Finds every duplicate key, and stops at the first node that nests too deep or
 * makes the data too large, an alias past the number allowed, an alias that
 * names no anchor before it, or an alias inside the node it names (which would
 * nest without end).
 */
export function checkStructure(doc: Document.Parsed, limits: StructureLimits): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const measured = new Map<Node, { height: number; size: number }>();
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  let size = 0;
  let aliases = 0;
  const stack: Frame[] = [{ node: doc.contents, depth: 0, parent: undefined, deepest: 0, sizeBefore: 0 }];
  const reach = (frame: Frame | undefined, depth: number) => {
    if (frame && depth > frame.deepest) frame.deepest = depth;
  };

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.closing) {
      reach(frame.parent, frame.deepest);
      if (open.delete(node as Node))
        measured.set(node as Node, { height: frame.deepest - frame.depth, size: size - frame.sizeBefore });
      continue;
    }
    if (node === null || node === undefined) continue; // a key or value left out
    const { depth } = frame;
    const offset = startOf(node);
    if (depth > limits.maxDepth) return [...problems, { kind: 'too-deep', offset }];
    if (isAlias(node)) {
      if (++aliases > limits.maxAliases) return [...problems, { kind: 'too-many-aliases', offset }];
      const target = anchors.get(node.source);
      if (target === undefined) return [...problems, { kind: 'unresolved-alias', offset, alias: node.source }];
      const inside = measured.get(target);
      if (inside === undefined) return [...problems, { kind: 'alias-cycle', offset, alias: node.source }];
      size += inside.size;
      if (depth + inside.height > limits.maxDepth)
        return [...problems, { kind: 'too-deep', offset, alias: node.source }];
      if (size > limits.maxExpandedChars) return [...problems, { kind: 'too-large', offset, alias: node.source }];
      reach(frame.parent, depth + inside.height);
      continue;
    }
    const anchor = (node as Node).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isScalar(node)) {
      const own = Math.max(1, typeof node.value === 'string' ? node.value.length : String(node.value).length);
      size += own;
      if (anchor) measured.set(node, { height: 0, size: own });
      if (size > limits.maxExpandedChars) return [...problems, { kind: 'too-large', offset }];
      reach(frame.parent, depth);
      continue;
    }
    size += 1;
    if (anchor) open.add(node as Node);
    frame.deepest = depth;
    frame.sizeBefore = size - 1;
    stack.push({ ...frame, closing: true });
    const children: unknown[] = [];
    if (isMap(node)) {
      // Not push(...): a mapping of 200 000 duplicate keys would pass more arguments than the stack holds.
      for (const duplicate of duplicateKeys(node.items)) problems.push(duplicate);
      for (const pair of node.items) children.push(pair.key, pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) children.push(item.key, item.value);
        else children.push(item);
      }
    }
    const closing = stack[stack.length - 1]!;
    // Pushed last first, so that they are visited in the order of the file (an alias follows its anchor).
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i], depth: depth + 1, parent: closing, deepest: depth + 1, sizeBefore: 0 });
  }
  return problems;
}

function duplicateKeys(pairs: readonly { key: unknown }[]): StructureProblem[] {
  const seen = new Map<string, number>();
  const found: StructureProblem[] = [];
  for (const { key } of pairs) {
    // The data keeps keys as text, so `1:` and `"1":` are the same key there.
    if (!isScalar(key)) continue;
    const name = String(key.value);
    const offset = startOf(key);
    const first = seen.get(name);
    if (first === undefined) seen.set(name, offset);
    else found.push({ kind: 'duplicate-key', offset, firstOffset: first });
  }
  return found;
}

function startOf(node: unknown): number {
  return (node as { range?: [number, number, number] }).range?.[0] ?? 0;
}
