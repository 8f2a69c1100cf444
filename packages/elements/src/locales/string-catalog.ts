import type { LocaleCatalog, StringTable } from '@hearth/core';

/** One loader per language, each a dynamic import of that language's table: a chunk of its own. */
export type TableLoaders<S extends StringTable> = Record<string, () => Promise<{ strings: S }>>;

/**
 * An element's catalog: its English table bundled with it, every other language's complete table
 * loaded the first time the element shows that language (an Arabic consent fetches the Arabic
 * consent table, not the journal's).
 */
export function stringCatalog<S extends StringTable>(id: string, en: S, loaders: TableLoaders<S>): LocaleCatalog<S> {
  return {
    id,
    en,
    languages: Object.keys(loaders),
    // Own keys only: a language tag such as "constructor" is not Object.prototype's.
    load: (language) =>
      Object.hasOwn(loaders, language) ? loaders[language]().then((module) => module.strings) : Promise.reject(new Error(`no ${id} strings for "${language}"`)),
  };
}
