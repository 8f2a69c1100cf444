/** A language's file of built-in items, loaded on demand (a chunk per language in cdn/). */
export type ItemLoaders<T> = Record<'en' | 'es', () => Promise<T[]>>;

/**
 * A loader of one built-in item by id (`en`, `es`; other languages get English). An unknown id
 * rejects with a message naming it and listing the known ones: `"x" is not a built-in form (known: …)`.
 */
export function builtInItem<T extends { id: string }>(kind: string, ids: readonly string[], loaders: ItemLoaders<T>) {
  return async (id: string, language: string): Promise<T> => {
    if (!ids.includes(id)) throw new Error(`${JSON.stringify(id.slice(0, 40))} is not a built-in ${kind} (known: ${ids.join(', ')})`);
    const items = await loaders[language === 'es' ? 'es' : 'en']();
    return items.find((item) => item.id === id)!;
  };
}
