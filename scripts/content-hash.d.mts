/** See content-hash.mjs. */
export function contentHash<T>(item: Record<string, unknown>, sha256: (text: string) => T): T;
