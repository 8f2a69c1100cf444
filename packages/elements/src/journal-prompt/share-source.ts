import type { OutboxEntry } from '@hearth/core';

/**
 * Which journal an outbox entry belongs to. A share is queued with the source
 * `journal:"<store-key>":<entry id>` (the store key as a JSON string, so that no store key or
 * entry id can pass for another's): a journal's outbox attempts, seals and deletes only its own.
 */
export function shareSource(instanceKey: string, entryId: string): string {
  return `journal:${JSON.stringify(instanceKey)}:${entryId}`;
}

/** The outbox entries that are this journal's shares (what its outbox attempts, seals and deletes). */
export function sharesOf(instanceKey: string): (entry: Pick<OutboxEntry, 'source'>) => boolean {
  return (entry) => sharedEntryId(instanceKey, entry) !== undefined;
}

/** The journal entry id an outbox entry shares, when it is a share of this journal's. */
export function sharedEntryId(instanceKey: string, entry: Pick<OutboxEntry, 'source'>): string | undefined {
  const source = entry.source ?? '';
  const prefix = `journal:${JSON.stringify(instanceKey)}:`;
  if (source.startsWith(prefix)) return source.slice(prefix.length) || undefined;
  // Queued by an older Hearth as `journal:<store-key>:<entry id>`; its entry ids held no colon, so
  // `journal:a:b:<id>` belongs to the journal `a:b`, not to `a`.
  const legacy = `journal:${instanceKey}:`;
  const rest = source.startsWith(legacy) ? source.slice(legacy.length) : '';
  return rest && !rest.includes(':') ? rest : undefined;
}
