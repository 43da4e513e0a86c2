/** A node of a JSON Schema as the notice schema writes them (draft 2020-12, local `$ref`s only). */
export type SchemaNode = {
  $ref?: string;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  type?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
};

export type DataPath = (string | number)[];

/** The `$defs` of the notice schema that hold a text or name in one or more languages. */
export const TEXT_DEFS: ReadonlySet<string> = new Set(['Text', 'Name', 'ItemLead']);

/** Where a data path stands in the schema: the definition it was reached through and the path with `*` for items. */
export interface Place {
  def?: string;
  pattern: string;
}

export interface WalkHooks {
  /** A text or name in the export's language, as written; `path` is where it is in the notice. */
  text(value: unknown, path: DataPath): string;
  /** Keys added to a resolved object where the schema places them (after the schema's own keys, in a fixed order). */
  extras(place: Place, raw: Record<string, unknown>, resolved: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The notice's data resolved against its schema: every text and name in one language, every object's keys in the
 * order the schema lists them (so two notices that write their keys in different orders export the same bytes),
 * with the extras the hooks add.
 */
export function walk(
  root: SchemaNode,
  node: SchemaNode,
  value: unknown,
  path: DataPath,
  hooks: WalkHooks,
  def?: string,
): unknown {
  if (node.$ref !== undefined) {
    const name = defName(node.$ref);
    if (name !== undefined && TEXT_DEFS.has(name)) return hooks.text(value, path);
    return walk(root, deref(root, node.$ref), value, path, hooks, name);
  }
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return walk(root, branchFor(root, branches, value), value, path, hooks, def);
  if (Array.isArray(value)) {
    const items = node.items ?? {};
    return value.map((item, index) => walk(root, items, item, [...path, index], hooks));
  }
  if (value === null || typeof value !== 'object') return value;
  const raw = value as Record<string, unknown>;
  const properties = node.properties ?? {};
  const resolved: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(properties)) {
    if (raw[key] !== undefined) resolved[key] = walk(root, inner, raw[key], [...path, key], hooks);
  }
  const place: Place = { ...(def ? { def } : {}), pattern: patternOf(path) };
  const added = hooks.extras(place, raw, resolved);
  // A default the extras apply to one of the schema's own keys keeps that key's place.
  const ordered: Record<string, unknown> = {};
  for (const key of [...Object.keys(properties), ...Object.keys(added)]) {
    const inner = key in added ? added[key] : resolved[key];
    if (inner !== undefined && !(key in ordered)) ordered[key] = inner;
  }
  return ordered;
}

/** The branch of an `anyOf` a valid value took: by its JSON type (the notice schema's unions differ in type). */
function branchFor(root: SchemaNode, branches: SchemaNode[], value: unknown): SchemaNode {
  const type = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'object'
        : 'scalar';
  const fits = (branch: SchemaNode): boolean => {
    const target = branch.$ref ? deref(root, branch.$ref) : branch;
    if (target.anyOf || target.oneOf) return (target.anyOf ?? target.oneOf)!.some(fits);
    const declared = target.type ?? (target.properties ? 'object' : target.items ? 'array' : undefined);
    if (declared === undefined || type === 'scalar') return declared !== 'object' && declared !== 'array';
    return declared === type;
  };
  return branches.find(fits) ?? branches[0]!;
}

/** The name of the definition a `$ref` names, when it names one whole: `#/$defs/Text` → Text. */
function defName(ref: string): string | undefined {
  return /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
}

/** The node a local `$ref` (a JSON Pointer into the schema) points at, followed through further `$ref`s' names. */
export function deref(root: SchemaNode, ref: string): SchemaNode {
  let node: unknown = root;
  for (const step of ref.replace(/^#\//, '').split('/'))
    node = (node as Record<string, unknown>)[step.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`The schema has no ${ref}.`);
  return node as SchemaNode;
}

/** "legal_basis/items/*": a data path with its item indexes as `*`. */
function patternOf(path: DataPath): string {
  return path.map((part) => (typeof part === 'number' ? '*' : part)).join('/');
}
