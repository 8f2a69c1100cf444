import type { OutboxEntry } from '@hearth/core';

/**
 * Which journal an outbox entry belongs to. A share is queued with the source
 * `journal:<store-key>:<entry id>`: a journal's outbox attempts, seals and deletes only its own.
 */
export function shareSource(instanceKey: string, entryId: string): string {
  return `journal:${instanceKey}:${entryId}`;
}

/** The journal entry id an outbox entry shares, when it is a share of this journal's. */
export function sharedEntryId(instanceKey: string, entry: Pick<OutboxEntry, 'source'>): string | undefined {
  const prefix = `journal:${instanceKey}:`;
  const rest = entry.source?.startsWith(prefix) ? entry.source.slice(prefix.length) : undefined;
  // Entry ids hold no colon: `journal:a:b:<id>` belongs to the journal `a:b`, not to `a`.
  return rest && !rest.includes(':') ? rest : undefined;
}
