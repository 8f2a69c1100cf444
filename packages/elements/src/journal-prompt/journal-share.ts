import { type KeyVault, type Outbox, OutboxConnection, type OutboxEntry, type PracticeConfig } from '@hearth/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalData } from './journal-data.js';
import type { JournalEntry } from './journal-prompt.js';
import { sharedEntryId, sharesOf, shareSource } from './share-source.js';

/** What sharing reads from its journal. */
export interface ShareJournal extends ReactiveControllerHost {
  readonly data: JournalData;
  /** The unlocked key of an encrypted journal: its shares are sealed with it. */
  readonly vault?: KeyVault;
  /** Encrypted (`encrypt`, or its key was found here): only sealed shares are its own. */
  readonly encrypted: boolean;
  readonly instanceKey: string;
  readonly practiceConfig?: PracticeConfig;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  /** Sends an entry after the client confirmed (the journal fires `hearth-journal-submit` first). */
  share(entry: JournalEntry): Promise<OutboxEntry | undefined>;
}

/**
 * "Share with my therapist", as a reactive controller: the journal's outbox (its own shares only;
 * retried while the journal is in the page, resumed when it comes back), the outbox state of each
 * shared entry, and which entry's "what will be sent" panel is open. Loaded only when an endpoint
 * is set. Its fields are for the views to read.
 */
export class JournalSharing {
  /** The outbox state of each shared entry, by entry id. */
  states = new Map<string, OutboxEntry>();
  /** The entry whose "what will be sent" panel is open. */
  panel?: string;
  private readonly outbox: OutboxConnection;

  constructor(private readonly journal: ShareJournal) {
    this.outbox = new OutboxConnection(journal, (entry) => this.remember(entry));
    // Its button shows on every entry card from now on, also when nothing of the journal's waits in the outbox.
    journal.requestUpdate();
  }

  /** Keeps the outbox state of a share of this journal's, by the entry it shares. */
  private remember(entry: OutboxEntry): void {
    const id = sharedEntryId(this.journal.instanceKey, entry);
    if (!id) return;
    this.states = new Map(this.states).set(id, entry);
    this.journal.requestUpdate();
  }

  /** The journal's outbox (one per journal), started, with the state of every entry it shared. */
  open(): Promise<Outbox> {
    const { instanceKey, data } = this.journal;
    // Only its own shares: another journal's are sealed with another key, and are that journal's to send.
    // Encrypted: its shares are sealed; one stored unsealed was not queued by the client, and is not sent.
    const options = { vault: () => this.journal.vault, owns: sharesOf(instanceKey), sealedOnly: this.journal.encrypted };
    return this.outbox.open(data.store!, options, async (outbox) => {
      for (const entry of await outbox.entries()) this.remember(entry);
    });
  }

  /** Queues an entry for the endpoint and sends it (kept and retried until it goes). */
  async send(endpoint: string, entry: JournalEntry, credentials: RequestCredentials): Promise<OutboxEntry> {
    const outbox = await this.open();
    return outbox.send({ endpoint, body: entry, credentials, source: shareSource(this.journal.instanceKey, entry.id) });
  }

  /** Tries a waiting share again now. */
  retry(id: string): void {
    void this.outbox.current?.retry(id);
  }

  /** Shows or closes an entry's "what will be sent" panel. */
  show(entryId: string | undefined): void {
    this.panel = entryId;
    this.journal.requestUpdate();
  }

  /** True while a share of this journal's is waiting to go (queued, sending or failed). */
  get waiting(): boolean {
    return [...this.states.values()].some((share) => share.state !== 'sent');
  }

  /** Everything was deleted: its shares waiting in the outbox too. The outbox opens afresh (encrypted or not, as the journal is then). */
  forget(): void {
    this.outbox.close();
    this.states = new Map();
    this.panel = undefined;
    this.journal.requestUpdate();
  }

  /** The three places of "Share with my therapist" on an entry card. */
  render(entry: JournalEntry): ShareView {
    return renderShare(this.journal, this, entry);
  }
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
function renderShare(host: ShareJournal, sharing: JournalSharing, entry: JournalEntry): ShareView {
  const state = sharing.states.get(entry.id);
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
  if (sharing.panel === entry.id) {
    const practice = host.practiceConfig?.practiceName;
    return {
      state: line,
      actions: nothing,
      panel: html`<div class="confirm share" role="group" aria-labelledby="share-intro-${entry.id}">
        <p id="share-intro-${entry.id}">${practice ? t('journal.shareIntro', { practice }) : t('journal.shareIntroNoName')}</p>
        <pre class="payload" tabindex="0">${JSON.stringify(entry, null, 2)}</pre>
        <button type="button" class="primary" @click=${() => void host.share(entry)}>${t('journal.shareSend')}</button>
        <button type="button" @click=${() => sharing.show(undefined)}>${t('journal.cancel')}</button>
      </div>`,
    };
  }
  const retry =
    state?.state === 'failed' || state?.state === 'queued'
      ? html`<button type="button" @click=${() => void sharing.retry(state.id)}>${t('journal.shareRetry')}</button>`
      : nothing;
  const share =
    state?.state === 'sent' || state?.state === 'sending'
      ? nothing
      : html`<button type="button" @click=${() => sharing.show(entry.id)}>${t('journal.share')}</button>`;
  return { state: line, actions: html`${retry}${share}`, panel: nothing };
}
