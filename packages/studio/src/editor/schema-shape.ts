/*
 * Reading a JSON Schema fragment (as `schema.jsonSchema()` makes it) for the editor: `$ref`s
 * resolved, what kind of field a node is, the tag that tells a union's shapes apart, and the blank
 * value of a shape (what "Add" puts in).
 */

/** A JSON Schema (draft 2020-12) fragment: the keywords Hearth's schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: JsonSchema | boolean;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** What the editor renders for a schema node. */
export type FieldKind = 'object' | 'variant' | 'union' | 'tuple' | 'list' | 'enum' | 'const' | 'string' | 'number' | 'boolean' | 'unknown';

/** `node` with its `$ref` (a JSON pointer into `root`, `#/$defs/strategy`) followed; unresolvable refs give `{}`. */
export function resolve(node: JsonSchema | undefined, root: JsonSchema): JsonSchema {
  let here: JsonSchema = node ?? {};
  for (let hops = 0; here.$ref !== undefined && hops < 32; hops++) {
    const ref = here.$ref;
    if (!ref.startsWith('#')) return {};
    let target: unknown = root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = target !== null && typeof target === 'object' && Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
    }
    here = (target as JsonSchema | undefined) ?? {};
  }
  return here;
}

/**
 * The key whose `const` tells a `oneOf` of objects apart (`type` for an exercise), or undefined
 * when the branches are not all objects sharing such a key.
 */
export function variantTag(node: JsonSchema, root: JsonSchema): string | undefined {
  const branches = (node.oneOf ?? []).map((branch) => resolve(branch, root));
  if (branches.length < 2 || !branches.every((branch) => branch.properties)) return undefined;
  const first = Object.entries(branches[0].properties!).filter(([, schema]) => typeof resolve(schema, root).const === 'string');
  return first
    .map(([key]) => key)
    .find((key) => branches.every((branch) => branch.properties![key] && typeof resolve(branch.properties![key], root).const === 'string'));
}

/** The `const` of a union's branch for its tag. */
export function branchTag(branch: JsonSchema, tag: string, root: JsonSchema): string {
  return String(resolve(branch.properties?.[tag], root).const);
}

/** What kind of field `node` (already resolved) is. */
export function fieldKind(node: JsonSchema, root: JsonSchema): FieldKind {
  if (node.oneOf) return variantTag(node, root) ? 'variant' : 'union';
  if (node.const !== undefined) return 'const';
  if (node.enum) return 'enum';
  if (node.type === 'object' || node.properties) return 'object';
  if (node.type === 'array') return node.prefixItems ? 'tuple' : 'list';
  if (node.type === 'string') return 'string';
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (node.type === 'boolean') return 'boolean';
  return 'unknown';
}

/** The branch of a union without a tag (one item or a list) that fits `value`; the first when none does. */
export function unionBranch(node: JsonSchema, value: unknown, root: JsonSchema): JsonSchema {
  const branches = (node.oneOf ?? []).map((branch) => resolve(branch, root));
  const fits = (branch: JsonSchema) => {
    const kind = fieldKind(branch, root);
    if (kind === 'list' || kind === 'tuple') return Array.isArray(value);
    if (kind === 'object' || kind === 'variant') return value !== null && typeof value === 'object' && !Array.isArray(value);
    if (kind === 'number') return typeof value === 'number';
    if (kind === 'boolean') return typeof value === 'boolean';
    if (kind === 'string' || kind === 'enum' || kind === 'const') return typeof value === 'string';
    return false;
  };
  return branches.find(fits) ?? branches[0] ?? {};
}

/** The branch of a tagged union that `value`'s tag names; the first when it names none. */
export function variantBranch(node: JsonSchema, tag: string, value: unknown, root: JsonSchema): JsonSchema {
  const branches = (node.oneOf ?? []).map((branch) => resolve(branch, root));
  const current = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[tag] : undefined;
  return branches.find((branch) => branchTag(branch, tag, root) === current) ?? branches[0] ?? {};
}

/**
 * A new value of a shape, for the clinician to fill: empty text, the lowest number allowed, false,
 * the first allowed value, an object with its required fields, a list with its fewest items.
 */
export function blankOf(input: JsonSchema, root: JsonSchema): unknown {
  const node = resolve(input, root);
  switch (fieldKind(node, root)) {
    case 'variant':
    case 'union':
      return blankOf(node.oneOf![0], root);
    case 'const':
      return node.const;
    case 'enum':
      return node.enum![0];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of node.required ?? []) {
        if (node.properties?.[key]) out[key] = blankOf(node.properties[key], root);
      }
      return out;
    }
    case 'tuple':
      return node.prefixItems!.map((item) => blankOf(item, root));
    case 'list':
      return Array.from({ length: node.minItems ?? 0 }, () => blankOf(node.items ?? {}, root));
    case 'string':
      return '';
    case 'number':
      // 0 when allowed, else the nearest end of the range.
      return Math.min(Math.max(0, node.minimum ?? 0), node.maximum ?? Infinity);
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/**
 * A union's value switched to another shape: the new shape's blank, with the fields of the same
 * name kept (a breathing exercise's `cycles` stays if the new shape has `cycles` too).
 */
export function switchVariant(previous: unknown, branch: JsonSchema, root: JsonSchema): unknown {
  const next = blankOf(branch, root) as Record<string, unknown>;
  if (previous === null || typeof previous !== 'object' || Array.isArray(previous)) return next;
  const tags = new Set(
    Object.entries(branch.properties ?? {})
      .filter(([, schema]) => resolve(schema, root).const !== undefined)
      .map(([key]) => key),
  );
  for (const [key, value] of Object.entries(previous as Record<string, unknown>)) {
    if (branch.properties && Object.hasOwn(branch.properties, key) && !tags.has(key)) next[key] = value;
  }
  return next;
}
