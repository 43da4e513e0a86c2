/** A JSON Schema object as notice's schema writes them (a subset of 2020-12). */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  $defs?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/** A schema node with its `$ref`s followed, and the name of the `$defs` entry it came from. */
export interface ResolvedSchema {
  schema: JsonSchema;
  /** `Text`, `Name`, `IsoDate`, ...: the last `$defs` entry on the way, if any. */
  def?: string;
  /** The description nearest to the use site: a property's own text before the definition's. */
  description?: string;
}

/** Follows `$ref`s within the root schema, remembering the definition name and first description. */
export function resolveRefs(root: JsonSchema, node: JsonSchema): ResolvedSchema {
  let current = node;
  let def: string | undefined;
  let description = node.description;
  for (let hops = 0; current.$ref !== undefined && hops < 32; hops++) {
    const ref = current.$ref;
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (match) def = match[1];
    current = pointerGet(root, ref.slice(1)) as JsonSchema;
    description ??= current.description;
  }
  return { schema: current, ...(def ? { def } : {}), ...(description ? { description } : {}) };
}

/** The JSON type of a value as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(schemaType: string | undefined, value: unknown): boolean {
  const actual = jsonType(value);
  return schemaType === actual || (schemaType === 'number' && actual === 'integer');
}

/** For an `anyOf`, the branch whose type fits the value (refs followed); otherwise the node itself. */
export function chooseBranch(root: JsonSchema, resolved: ResolvedSchema, value: unknown): ResolvedSchema {
  let current = resolved;
  for (let hops = 0; current.schema.anyOf && hops < 8; hops++) {
    const branches = current.schema.anyOf.map((b) => resolveRefs(root, b));
    const fit = branches.find((b) =>
      b.schema.anyOf ? containsType(root, b, value) : typeMatches(b.schema.type, value),
    );
    if (!fit) return current;
    current = {
      schema: fit.schema,
      def: fit.def ?? current.def,
      ...(current.description ? { description: current.description } : {}),
    };
  }
  return current;
}

function containsType(root: JsonSchema, resolved: ResolvedSchema, value: unknown): boolean {
  return (resolved.schema.anyOf ?? []).some((b) => {
    const r = resolveRefs(root, b);
    return r.schema.anyOf ? containsType(root, r, value) : typeMatches(r.schema.type, value);
  });
}

/** The expected types of a node, for messages: `['string', 'object']` for a Text. */
export function expectedTypes(root: JsonSchema, resolved: ResolvedSchema): string[] {
  if (!resolved.schema.anyOf) return resolved.schema.type ? [resolved.schema.type] : [];
  return resolved.schema.anyOf.flatMap((b) => expectedTypes(root, resolveRefs(root, b)));
}

/** The schema of a child (property or list item) of a resolved object or array schema. */
export function childSchema(
  root: JsonSchema,
  parent: ResolvedSchema,
  segment: string | number,
): ResolvedSchema | undefined {
  const { schema } = parent;
  if (typeof segment === 'number') return schema.items ? resolveRefs(root, schema.items) : undefined;
  const property = schema.properties?.[segment];
  if (property && Object.hasOwn(schema.properties!, segment)) return resolveRefs(root, property);
  // Keys of a form rather than a name (layout.headings: `purposes+legal_basis`, an extra section's id).
  const patterns = schema['patternProperties'] as Record<string, JsonSchema> | undefined;
  for (const [pattern, child] of Object.entries(patterns ?? {}))
    if (new RegExp(pattern, 'u').test(segment)) return resolveRefs(root, child);
  return undefined;
}

/** The schema that describes the value at a data path, anyOf branches chosen by the data itself. */
export function schemaAt(
  root: JsonSchema,
  data: unknown,
  path: readonly (string | number)[],
): ResolvedSchema | undefined {
  let value: unknown = data;
  let current: ResolvedSchema | undefined = chooseBranch(root, { schema: root }, value);
  for (const segment of path) {
    if (!current) return undefined;
    value =
      value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    const child = childSchema(root, current, segment);
    current = child && chooseBranch(root, child, value);
  }
  return current;
}

/** Calls `visit` for every value in the data that the schema describes, depth first, in file order. */
export function walkData(
  root: JsonSchema,
  data: unknown,
  visit: (path: (string | number)[], value: unknown, schema: ResolvedSchema) => void,
): void {
  const step = (path: (string | number)[], value: unknown, resolved: ResolvedSchema) => {
    const chosen = chooseBranch(root, resolved, value);
    visit(path, value, chosen);
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const child = childSchema(root, chosen, index);
        if (child) step([...path, index], item, child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childResolved = childSchema(root, chosen, key);
        if (childResolved) step([...path, key], child, childResolved);
      }
    }
  };
  step([], data, { schema: root });
}

function pointerGet(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
