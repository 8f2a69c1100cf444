/*
 * Paths in the editor: the validator's paths (`strategy.steps[2]`, `definition.items[0].options[1].label`),
 * the field ids made from them, the field-help patterns (`steps[]`, `exercise.pattern[0]`), and
 * reading and writing a value at a path without changing the value passed in.
 */

/** One step of a path: a key of an object or an index of a list. */
export type PathStep = string | number;

/** The validator's path of a child: `.key` for an object field, `[index]` for a list entry. */
export function childPath(path: string, step: PathStep): string {
  return typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`;
}

/** The steps of a validator path below its root: `strategy.steps[2]` → `['steps', 2]`. */
export function pathSteps(path: string, root: string): PathStep[] | undefined {
  if (path !== root && !path.startsWith(`${root}.`) && !path.startsWith(`${root}[`)) return undefined;
  const steps: PathStep[] = [];
  const rest = path.slice(root.length);
  const step = /\.([^.[\]]+)|\[(\d+)\]/y;
  let match: RegExpExecArray | null;
  while (step.lastIndex < rest.length && (match = step.exec(rest))) {
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  return step.lastIndex === rest.length || rest.length === 0 ? steps : undefined;
}

/** The path of the parent of a path (`strategy.steps[2]` → `strategy.steps`), or undefined at the root. */
export function parentPath(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : undefined;
}

/**
 * The id of a field's control, made from its path with safe characters only: `strategy.steps[2]`
 * → `f-strategy-steps-2`. Characters other than ASCII letters and digits become `_` and their code.
 */
export function fieldId(path: string): string {
  const safe = path.replace(/\.|\[(\d+)\]|[^A-Za-z0-9]/g, (match: string, index?: string) => {
    if (match === '.') return '-';
    if (index !== undefined) return `-${index}`;
    return `_${match.codePointAt(0)!.toString(16)}`;
  });
  return `f-${safe}`;
}

/** The field-help pattern of an object field: `items[]` + `label` → `items[].label`. */
export function keyPattern(pattern: string, key: string): string {
  return pattern ? `${pattern}.${key}` : key;
}

/** The field-help pattern of a list entry (`steps[]`) or of a fixed place in a tuple (`exercise.pattern[0]`). */
export function itemPattern(pattern: string, index?: number): string {
  return `${pattern}[${index ?? ''}]`;
}

/** The value at `steps` in `value`, or undefined. */
export function valueAt(value: unknown, steps: readonly PathStep[]): unknown {
  let here: unknown = value;
  for (const step of steps) {
    if (here === null || typeof here !== 'object') return undefined;
    here = Object.hasOwn(here, step) ? (here as Record<PathStep, unknown>)[step] : undefined;
  }
  return here;
}

/**
 * A copy of `value` with `next` at `steps` (objects and lists on the way copied, nothing else);
 * `undefined` removes an object's key. The value passed in is never changed.
 */
export function withValueAt(value: unknown, steps: readonly PathStep[], next: unknown): unknown {
  if (steps.length === 0) return next;
  const [step, ...rest] = steps;
  if (typeof step === 'number') {
    const list = Array.isArray(value) ? [...(value as unknown[])] : [];
    list[step] = withValueAt(list[step], rest, next);
    return list;
  }
  const object: Record<string, unknown> = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  const changed = withValueAt(object[step], rest, next);
  if (changed === undefined && rest.length === 0) delete object[step];
  else object[step] = changed;
  return object;
}

/** A key in words, for a field field-help does not name: `checkInEveryMinutes` → `Check in every minutes`. */
export function keyInWords(key: string): string {
  const words = key
    .replace(/Html$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}
