import type { ConfigIssue } from './hearth-error.js';

/**
 * A small validator whose type parameter is checked against the TypeScript interface it
 * describes, so the format in the code, the check at run time and the JSON Schema published
 * for authors are one definition. See docs/decisions/003-schemas-from-one-definition.md.
 */
export interface Schema<T> {
  /** True when the field may be absent. */
  readonly optional: boolean;
  /** Checks `value` at `path`, recording issues in `ctx`. Returns the accepted value or INVALID. */
  check(value: unknown, path: string, ctx: CheckContext): T | typeof INVALID;
  /** The JSON Schema (draft 2020-12) fragment for this value. */
  jsonSchema(): Record<string, unknown>;
}

export const INVALID: unique symbol = Symbol('invalid');

export interface CheckContext {
  errors: ConfigIssue[];
  /** Unknown keys and other things that do not stop the content from being used. */
  warnings: ConfigIssue[];
}

export interface CheckResult<T> {
  value?: T;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

/** Validates `value` against `schema`; `root` names it in messages (`config`, `definition`). */
export function validate<T>(schema: Schema<T>, value: unknown, root: string): CheckResult<T> {
  const ctx: CheckContext = { errors: [], warnings: [] };
  const result = schema.check(value, root, ctx);
  return {
    value: result === INVALID || ctx.errors.length ? undefined : result,
    errors: ctx.errors,
    warnings: ctx.warnings,
  };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function make<T>(check: (value: unknown, path: string, ctx: CheckContext) => T | typeof INVALID, jsonSchema: () => Record<string, unknown>): Schema<T> {
  return { optional: false, check, jsonSchema };
}

function fail(ctx: CheckContext, path: string, message: string): typeof INVALID {
  ctx.errors.push({ path, message });
  return INVALID;
}

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Human words for the pattern, used in the message (`a two-letter region code`). */
  describe?: string;
}

/** Keeps messages short and never echoes long values (which could be client text). */
export function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export function string(options: StringOptions = {}): Schema<string> {
  return make(
    (value, path, ctx) => {
      if (typeof value !== 'string') return fail(ctx, path, `expected text, got ${typeName(value)}`);
      if (options.minLength !== undefined && value.length < options.minLength) {
        return fail(ctx, path, options.minLength === 1 ? 'must not be empty' : `must be at least ${options.minLength} characters`);
      }
      if (options.maxLength !== undefined && value.length > options.maxLength) {
        return fail(ctx, path, `must be at most ${options.maxLength} characters (got ${value.length})`);
      }
      if (options.pattern && !options.pattern.test(value)) {
        return fail(ctx, path, `expected ${options.describe ?? `text matching ${options.pattern}`}, got ${quote(value)}`);
      }
      return value;
    },
    () => ({
      type: 'string',
      ...(options.minLength !== undefined ? { minLength: options.minLength } : {}),
      ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
      ...(options.pattern ? { pattern: options.pattern.source } : {}),
    }),
  );
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function number(options: NumberOptions = {}): Schema<number> {
  return make(
    (value, path, ctx) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(ctx, path, `expected a number, got ${typeName(value)}`);
      if (options.integer && !Number.isInteger(value)) return fail(ctx, path, `expected a whole number, got ${value}`);
      if (options.min !== undefined && value < options.min) return fail(ctx, path, `must be at least ${options.min} (got ${value})`);
      if (options.max !== undefined && value > options.max) return fail(ctx, path, `must be at most ${options.max} (got ${value})`);
      return value;
    },
    () => ({
      type: options.integer ? 'integer' : 'number',
      ...(options.min !== undefined ? { minimum: options.min } : {}),
      ...(options.max !== undefined ? { maximum: options.max } : {}),
    }),
  );
}

export function boolean(): Schema<boolean> {
  return make(
    (value, path, ctx) => (typeof value === 'boolean' ? value : fail(ctx, path, `expected true or false, got ${typeName(value)}`)),
    () => ({ type: 'boolean' }),
  );
}

/** One of a fixed list of strings. */
export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  return make(
    (value, path, ctx) => {
      if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as V;
      const got = typeof value === 'string' ? quote(value) : typeName(value);
      return fail(ctx, path, `expected one of ${values.join(', ')}, got ${got}`);
    },
    () => ({ enum: [...values] }),
  );
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return {
    optional: true,
    check: (value, path, ctx) => (value === undefined ? undefined : schema.check(value, path, ctx)),
    jsonSchema: () => schema.jsonSchema(),
  };
}

export interface ArrayOptions {
  minItems?: number;
  maxItems?: number;
}

export function array<T>(item: Schema<T>, options: ArrayOptions = {}): Schema<T[]> {
  return make(
    (value, path, ctx) => {
      if (!Array.isArray(value)) return fail(ctx, path, `expected a list, got ${typeName(value)}`);
      if (options.minItems !== undefined && value.length < options.minItems) {
        return fail(ctx, path, `expected at least ${options.minItems} ${options.minItems === 1 ? 'item' : 'items'}, got ${value.length}`);
      }
      if (options.maxItems !== undefined && value.length > options.maxItems) {
        return fail(ctx, path, `expected at most ${options.maxItems} items, got ${value.length}`);
      }
      const out: T[] = [];
      let ok = true;
      value.forEach((entry, index) => {
        const checked = item.check(entry, `${path}[${index}]`, ctx);
        if (checked === INVALID) ok = false;
        else out.push(checked);
      });
      return ok ? out : INVALID;
    },
    () => ({
      type: 'array',
      items: item.jsonSchema(),
      ...(options.minItems !== undefined ? { minItems: options.minItems } : {}),
      ...(options.maxItems !== undefined ? { maxItems: options.maxItems } : {}),
    }),
  );
}

export function tuple<T extends unknown[]>(...items: { [K in keyof T]: Schema<T[K]> }): Schema<T> {
  return make(
    (value, path, ctx) => {
      if (!Array.isArray(value) || value.length !== items.length) {
        return fail(ctx, path, `expected a list of exactly ${items.length} values, got ${Array.isArray(value) ? `${value.length}` : typeName(value)}`);
      }
      const out: unknown[] = [];
      let ok = true;
      items.forEach((schema: Schema<unknown>, index: number) => {
        const checked = schema.check(value[index], `${path}[${index}]`, ctx);
        if (checked === INVALID) ok = false;
        out.push(checked);
      });
      return ok ? (out as T) : INVALID;
    },
    () => ({
      type: 'array',
      prefixItems: items.map((schema: Schema<unknown>) => schema.jsonSchema()),
      minItems: items.length,
      maxItems: items.length,
    }),
  );
}

/**
 * A map from any string key to values of one schema, as an object without a prototype: a key
 * named like an Object.prototype member (`constructor`, `__proto__`) is kept as its own entry,
 * and a missing one never reads as that member.
 */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return make(
    (input, path, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return fail(ctx, path, `expected an object, got ${typeName(input)}`);
      }
      const out = Object.create(null) as Record<string, T>;
      let ok = true;
      for (const [key, entry] of Object.entries(input)) {
        const checked = value.check(entry, `${path}.${key}`, ctx);
        if (checked === INVALID) ok = false;
        else out[key] = checked;
      }
      return ok ? out : INVALID;
    },
    () => ({ type: 'object', additionalProperties: value.jsonSchema() }),
  );
}

/** The schema of each property of T: optional properties need {@link optional}. */
export type Shape<T> = { [K in keyof T]-?: Schema<T[K]> };

/**
 * An object with known keys. Unknown keys are dropped and reported as warnings (a typo in a
 * practice's JSON should be visible, but must not take the widget down).
 */
export function object<T extends object>(shape: Shape<T>): Schema<T> {
  const entries = Object.entries(shape) as [string, Schema<unknown>][];
  return make(
    (input, path, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return fail(ctx, path, `expected an object, got ${typeName(input)}`);
      }
      const source = input as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const [key, schema] of entries) {
        const fieldPath = `${path}.${key}`;
        if (!(key in source) || source[key] === undefined) {
          if (!schema.optional) {
            ctx.errors.push({ path: fieldPath, message: 'is required' });
            ok = false;
          }
          continue;
        }
        const checked = schema.check(source[key], fieldPath, ctx);
        if (checked === INVALID) ok = false;
        else if (checked !== undefined) out[key] = checked;
      }
      for (const key of Object.keys(source)) {
        if (!Object.hasOwn(shape, key)) ctx.warnings.push({ path: `${path}.${key}`, message: 'is not a known field and was ignored' });
      }
      return ok ? (out as T) : INVALID;
    },
    () => ({
      type: 'object',
      properties: Object.fromEntries(entries.map(([key, schema]) => [key, schema.jsonSchema()])),
      required: entries.filter(([, schema]) => !schema.optional).map(([key]) => key),
      additionalProperties: false,
    }),
  );
}

/** A union told apart by a string field (`type: 'breathing' | 'steps' | …`). */
export function variant<T extends object>(tag: string, variants: Record<string, Schema<T>>): Schema<T> {
  const names = Object.keys(variants);
  return make(
    (input, path, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return fail(ctx, path, `expected an object, got ${typeName(input)}`);
      }
      const kind = (input as Record<string, unknown>)[tag];
      if (typeof kind !== 'string' || !names.includes(kind)) {
        const got = typeof kind === 'string' ? quote(kind) : typeName(kind);
        return fail(ctx, `${path}.${tag}`, `expected one of ${names.join(', ')}, got ${got}`);
      }
      return variants[kind].check(input, path, ctx);
    },
    () => ({ oneOf: names.map((name) => variants[name].jsonSchema()) }),
  );
}

/** A literal string value (the tag of a {@link variant}). */
export function literal<const V extends string>(expected: V): Schema<V> {
  return make(
    (value, path, ctx) => (value === expected ? expected : fail(ctx, path, `expected ${quote(expected)}`)),
    () => ({ const: expected }),
  );
}

/** A schema with an extra check that runs after the base one accepted the value. */
export function refine<T>(schema: Schema<T>, test: (value: T) => string | undefined): Schema<T> {
  return {
    optional: schema.optional,
    check(value, path, ctx) {
      const checked = schema.check(value, path, ctx);
      if (checked === INVALID || checked === undefined) return checked;
      const problem = test(checked);
      return problem ? fail(ctx, path, problem) : checked;
    },
    jsonSchema: () => schema.jsonSchema(),
  };
}

/** A problem found by a {@link refineAt} test: where below the value it is (`.items[2].options`), and what. */
export interface RefineProblem {
  at: string;
  message: string;
}

/** Like {@link refine}, for checks that name fields below the value: each problem gets its own path. */
export function refineAt<T>(schema: Schema<T>, test: (value: T) => RefineProblem[]): Schema<T> {
  return {
    optional: schema.optional,
    check(value, path, ctx) {
      const checked = schema.check(value, path, ctx);
      if (checked === INVALID || checked === undefined) return checked;
      const problems = test(checked);
      for (const { at, message } of problems) ctx.errors.push({ path: `${path}${at}`, message });
      return problems.length ? INVALID : checked;
    },
    jsonSchema: () => schema.jsonSchema(),
  };
}
