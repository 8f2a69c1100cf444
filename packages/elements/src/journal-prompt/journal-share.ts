import type { HearthStorage, KeyVault, Outbox, OutboxConnection, OutboxEntry, PracticeConfig } from '@hearth/core';
import { html, nothing, type TemplateResult } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalEntry } from './journal-prompt.js';
import { sharedEntryId, sharesOf } from './share-source.js';

/** What sharing reads from and sets on the journal. */
export interface ShareHost {
  store?: HearthStorage;
  vault?: KeyVault;
  encrypt: boolean;
  instanceKey: string;
  outbox: OutboxConnection;
  /** The outbox state of each shared entry, by entry id. */
  shareStates: Map<string, OutboxEntry>;
  /** The entry whose "what will be sent" panel is open. */
  sharing?: string;
  practiceConfig?: PracticeConfig;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  share(entry: JournalEntry): Promise<OutboxEntry | undefined>;
}

/** The journal's outbox (one per journal), started, with the state of every entry it shared. */
export function openOutbox(host: ShareHost): Promise<Outbox> {
  // Only its own shares: another journal's are sealed with another key, and are that journal's to send.
  // Encrypted: its shares are sealed; one stored unsealed was not queued by the client, and is not sent.
  const options = { vault: () => host.vault, owns: sharesOf(host.instanceKey), sealedOnly: host.encrypt };
  return host.outbox.open(host.store!, options, async (outbox) => {
    for (const entry of await outbox.entries()) rememberShare(host, entry);
  });
}

/** Keeps the outbox state of a share of this journal's, by the entry it shares. */
export function rememberShare(host: ShareHost, entry: OutboxEntry): void {
  const id = sharedEntryId(host.instanceKey, entry);
  if (id) host.shareStates = new Map(host.shareStates).set(id, entry);
}

/** The three places of "Share with my therapist" on an entry card. */
export interface ShareView {
  /** The outbox state of the entry (sending, queued, sent, failed), above the card's actions. */
  state: TemplateResult | typeof nothing;
  /** "Share with my therapist" and "Try again", among the card's actions. */
  actions: TemplateResult | typeof nothing;
  /** What will be sent, with its confirmation, in place of the card's actions while open. */
  panel: TemplateResult | typeof nothing;
}

/**
 * "Share with my therapist" for one entry: the button, the exact payload with a confirmation,
 * and the outbox state. Loaded with the outbox, only when an endpoint is set.
 */
export function renderShare(host: ShareHost, entry: JournalEntry): ShareView {
  const state = host.shareStates.get(entry.id);
  const t = (key: keyof JournalPromptStrings & string, params?: Record<string, string | number>) => host.t(key, params);
  const reason = state?.lastError?.message ?? '';
  const line = state
    ? html`<p class="share-state" data-state=${state.state}>
        ${
          state.state === 'sending'
            ? t('journal.shareState.sending')
            : state.state === 'queued'
              ? t('journal.shareState.queued', { reason })
              : state.state === 'sent'
                ? t('journal.shareState.sent')
                : t('journal.shareState.failed', { reason })
        }
      </p>`
    : nothing;
  if (host.sharing === entry.id) {
    const practice = host.practiceConfig?.practiceName;
    return {
      state: line,
      actions: nothing,
      panel: html`<div class="confirm share" role="group" aria-labelledby="share-intro-${entry.id}">
        <p id="share-intro-${entry.id}">${practice ? t('journal.shareIntro', { practice }) : t('journal.shareIntroNoName')}</p>
        <pre class="payload" tabindex="0">${JSON.stringify(entry, null, 2)}</pre>
        <button type="button" class="primary" @click=${() => void host.share(entry)}>${t('journal.shareSend')}</button>
        <button type="button" @click=${() => (host.sharing = undefined)}>${t('journal.cancel')}</button>
      </div>`,
    };
  }
  const retry =
    state?.state === 'failed' || state?.state === 'queued'
      ? html`<button type="button" @click=${() => void host.outbox.current?.retry(state.id)}>${t('journal.shareRetry')}</button>`
      : nothing;
  const share =
    state?.state === 'sent' || state?.state === 'sending'
      ? nothing
      : html`<button type="button" @click=${() => (host.sharing = entry.id)}>${t('journal.share')}</button>`;
  return { state: line, actions: html`${retry}${share}`, panel: nothing };
}
