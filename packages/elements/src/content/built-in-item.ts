/** One built-in item's JSON file, imported on demand (a chunk per item in cdn/ and dist/). */
export type ItemFile = () => Promise<{ default: unknown }>;

/** Every built-in item of a kind, by language (`en`, `es`) and id (typed so both list every id). */
export type ItemFiles<Id extends string = string> = Record<'en' | 'es', Record<Id, ItemFile>>;

/**
 * A loader of built-in items by id (`en`, `es`; other languages get English). Each item is its own
 * file, so a page downloads only the items it shows. Unknown ids reject with a message naming them
 * and listing the known ones (the English files' ids): `"x" is not a built-in form (known: …)`,
 * `"x", "y" are not built-in forms (known: …)`. `kind` is the item's name, singular and plural.
 */
export function builtInItems<T>(kind: readonly [string, string], files: ItemFiles) {
  return async (wanted: readonly string[], language: string): Promise<T[]> => {
    const ids = Object.keys(files.en);
    const unknown = wanted.filter((id) => !ids.includes(id));
    if (unknown.length) {
      const named = unknown.map((id) => JSON.stringify(id.slice(0, 40))).join(', ');
      throw new Error(`${named} ${unknown.length === 1 ? `is not a built-in ${kind[0]}` : `are not built-in ${kind[1]}`} (known: ${ids.join(', ')})`);
    }
    const table = files[language === 'es' ? 'es' : 'en'];
    return Promise.all(wanted.map(async (id) => (await table[id]()).default as T));
  };
}

/** A loader of one built-in item by id: {@link builtInItems} for a single id. */
export function builtInItem<T>(kind: readonly [string, string], files: ItemFiles) {
  const load = builtInItems<T>(kind, files);
  return async (id: string, language: string): Promise<T> => (await load([id], language))[0];
}
