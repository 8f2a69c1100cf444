/*
 * Writing one text into one language's item, for the languages view: at the field's place in that
 * language when it has one; otherwise created where the reference has it, a missing list entry (or
 * object) made as a copy of the reference's with its client text blank and this text set. The item
 * passed in is never changed.
 */
import { isClientText } from '../content-text.js';
import { childPath, type PathStep, withValueAt } from '../editor/schema-path.js';
import { pairEntries } from './entry-pairing.js';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `value` with every text a client reads made blank (ids, types, option values and numbers kept). */
export function blankShapeOf(value: unknown, path = ''): unknown {
  if (typeof value === 'string') return isClientText(path) ? '' : value;
  if (Array.isArray(value)) return value.map((entry, index) => blankShapeOf(entry, childPath(path, index)));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'review')
        .map(([key, entry]) => [key, blankShapeOf(entry, childPath(path, key))]),
    );
  }
  return value;
}

/** `here` with `text` at the reference's `steps`, creating what `here` lacks from `reference`'s shape. */
function place(reference: unknown, here: unknown, steps: readonly PathStep[], text: string, path: string): unknown {
  if (steps.length === 0) return text;
  const [step, ...rest] = steps;
  if (typeof step === 'number') {
    const referenceList = Array.isArray(reference) ? reference : [];
    const list = Array.isArray(here) ? [...(here as unknown[])] : [];
    const { pairs } = pairEntries(referenceList, list);
    const partner = pairs[step];
    const entryPath = childPath(path, step);
    if (partner !== undefined) {
      list[partner] = place(referenceList[step], list[partner], rest, text, entryPath);
      return list;
    }
    // A missing entry goes after the entry paired with the nearest earlier reference entry.
    let at = 0;
    for (let earlier = step - 1; earlier >= 0; earlier--) {
      const found = pairs[earlier];
      if (found !== undefined) {
        at = found + 1;
        break;
      }
    }
    list.splice(at, 0, place(referenceList[step], blankShapeOf(referenceList[step], entryPath), rest, text, entryPath));
    return list;
  }
  const referenceChild = isObject(reference) ? reference[step] : undefined;
  const object = isObject(here) ? { ...here } : {};
  const keyPath = childPath(path, step);
  const child = Object.hasOwn(object, step) ? object[step] : blankShapeOf(referenceChild, keyPath);
  object[step] = place(referenceChild, child, rest, text, keyPath);
  return object;
}

/**
 * A copy of `item` (one language's) with `text` in the field: at `at` (where this language has it)
 * when given, else at the reference item's `steps`, created from the reference's shape.
 */
export function withText(item: unknown, text: string, where: { at?: readonly PathStep[]; reference: unknown; steps: readonly PathStep[] }): unknown {
  if (where.at) return withValueAt(item, where.at, text);
  return place(where.reference, item, where.steps, text, '');
}
