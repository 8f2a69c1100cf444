import { html, nothing, type TemplateResult } from 'lit';
import type { OutboxEntry } from '@hearth/core';
import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalEntry } from './journal-prompt.js';

/** What the share view needs from the journal. */
export interface ShareView {
  entry: JournalEntry;
  state?: OutboxEntry;
  open: boolean;
  practice?: string;
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string;
  ask(): void;
  send(): void;
  cancel(): void;
  retry(): void;
}

/**
 * "Share with my therapist" for one entry: the button, the exact payload with a confirmation,
 * and the outbox state. Loaded with the outbox, only when an endpoint is set.
 */
export function renderShare(view: ShareView): TemplateResult {
  const { entry, state, t } = view;
  const reason = state?.lastError?.message ?? '';
  const line = state
    ? html`<p class="share-state" data-state=${state.state}>
        ${state.state === 'sending'
          ? t('journal.shareState.sending')
          : state.state === 'queued'
            ? t('journal.shareState.queued', { reason })
            : state.state === 'sent'
              ? t('journal.shareState.sent')
              : t('journal.shareState.failed', { reason })}
      </p>
      ${state.state === 'failed' || state.state === 'queued'
        ? html`<button type="button" @click=${view.retry}>${t('journal.shareRetry')}</button>`
        : nothing}`
    : nothing;
  if (view.open) {
    const practice = view.practice;
    return html`<div class="confirm share" role="group" aria-labelledby="share-intro-${entry.id}">
      <p id="share-intro-${entry.id}">${practice ? t('journal.shareIntro', { practice }) : t('journal.shareIntroNoName')}</p>
      <pre class="payload" tabindex="0">${JSON.stringify(entry, null, 2)}</pre>
      <button type="button" class="primary" @click=${view.send}>${t('journal.shareSend')}</button>
      <button type="button" @click=${view.cancel}>${t('journal.cancel')}</button>
    </div>`;
  }
  return html`${line}${state?.state === 'sent' || state?.state === 'sending' ? nothing : html`<button type="button" @click=${view.ask}>${t('journal.share')}</button>`}`;
}
