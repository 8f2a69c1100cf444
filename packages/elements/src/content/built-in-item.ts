/** One built-in item's JSON file, imported on demand (a chunk per item in cdn/ and dist/). */
export type ItemFile = () => Promise<{ default: unknown }>;

/** The languages built-in content is written in (ARCHITECTURE.md: every item in every language). */
export const CONTENT_LANGUAGES = ['en', 'es', 'fr', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Every built-in item of a kind, by language and id (typed so each language lists every id). */
export type ItemFiles<Id extends string = string> = Record<ContentLanguage, Record<Id, ItemFile>>;

/** The content language for an element's language: its own when built-in content exists in it, else English. */
export const contentLanguage = (language: string): ContentLanguage =>
  (CONTENT_LANGUAGES as readonly string[]).includes(language) ? (language as ContentLanguage) : 'en';

/**
 * A loader of built-in items by id (in `CONTENT_LANGUAGES`; other languages get English). Each item is its own
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
    const table = files[contentLanguage(language)];
    return Promise.all(wanted.map(async (id) => (await table[id]()).default as T));
  };
}

/** A loader of one built-in item by id: {@link builtInItems} for a single id. */
export function builtInItem<T>(kind: readonly [string, string], files: ItemFiles) {
  const load = builtInItems<T>(kind, files);
  return async (id: string, language: string): Promise<T> => (await load([id], language))[0];
}
