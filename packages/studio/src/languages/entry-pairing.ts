/*
 * Pairing the entries of one list in two languages: by id where the entries have one (form items,
 * sections, acknowledgments, prompts; a form's options by their `value`), by position otherwise
 * (a strategy's steps).
 */

/** The key that names a list entry in every language: its `id`, else its `value` (a form option), else none. */
export function entryKey(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  for (const name of ['id', 'value']) {
    const key = (entry as Record<string, unknown>)[name];
    if (typeof key === 'string' || typeof key === 'number') return `${name}:${key}`;
  }
  return undefined;
}

/** How the entries of a reference list meet those of another language's list. */
export interface EntryPairs {
  /** For each reference entry, the index of its partner in the other list, or undefined when it has none. */
  pairs: (number | undefined)[];
  /** Indexes of the other list's entries with no partner in the reference, in order. */
  extras: number[];
  /** Whether the list pairs by position (its entries have no id). */
  byPosition: boolean;
}

/** Pairs `other`'s entries with `reference`'s: by key where a reference entry has one, by position otherwise. */
export function pairEntries(reference: readonly unknown[], other: readonly unknown[]): EntryPairs {
  const used = new Set<number>();
  const byKey = new Map<string, number>();
  other.forEach((entry, index) => {
    const key = entryKey(entry);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, index);
  });
  let keyed = false;
  const pairs = reference.map((entry, index) => {
    const key = entryKey(entry);
    let found: number | undefined;
    if (key !== undefined) {
      keyed = true;
      found = byKey.get(key);
    } else if (index < other.length && entryKey(other[index]) === undefined) {
      found = index;
    }
    if (found === undefined || used.has(found)) return undefined;
    used.add(found);
    return found;
  });
  const extras = other.map((_entry, index) => index).filter((index) => !used.has(index));
  return { pairs, extras, byPosition: !keyed };
}
