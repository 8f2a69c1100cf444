import { OutboxConnection, type OutboxEntry } from '@hearth/core';
import { html, nothing, type TemplateResult } from 'lit';

import type { FeedbackPhase, HearthFeedbackForm } from './feedback-form.js';
import type { FeedbackResponse } from './form-definition.js';

type Host = HearthFeedbackForm;

/**
 * Sending: the submit event, the outbox (retrying while the form is in
 * the page), the phase the client sees, answers from an earlier visit still waiting. Loaded on the
 * first "Send", or with the outbox when an endpoint is set (earlier answers may be waiting); until
 * then the form is simply being filled in. It owns its state and renders the form again when that
 * changes; its OutboxConnection follows the form out of the page and back.
 */
export class FeedbackSending {
  /** Where the form is: being filled in, sending, done, waiting in the outbox, or refused by the server. */
  phase: FeedbackPhase = 'filling';
  /** The latest state of this visit's send, as the outbox reports it. */
  sendState?: OutboxEntry;
  /** Answers from an earlier visit, waiting in the outbox or just sent. */
  earlier?: 'queued' | 'sent';
  /** The send of this visit: its outbox id and the response it carries. */
  private current?: { id: string; response: FeedbackResponse };
  private readonly outbox: OutboxConnection;

  constructor(private readonly host: Host) {
    this.outbox = new OutboxConnection(host, (entry) => void this.onOutbox(entry));
  }

  private set(changes: Partial<Pick<FeedbackSending, 'phase' | 'sendState' | 'earlier'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Every state change of this form's sends: this visit's, and earlier ones. */
  private async onOutbox(entry: OutboxEntry): Promise<void> {
    const host = this.host;
    if (entry.source !== host.source) return;
    const current = this.current;
    if (!current || entry.id !== current.id) {
      if (this.earlier === 'queued' && entry.state === 'sent') this.set({ earlier: 'sent' });
      return;
    }
    const before = this.sendState?.state;
    this.set({ sendState: entry });
    if (entry.state === before) return;
    const error = entry.lastError ?? { code: 'network' as const, message: '' };
    if (entry.state === 'sent') {
      await this.finish();
      host.notify('hearth-feedback-sent', { response: current.response });
    } else if (entry.state === 'queued') {
      // The outbox holds the response now (and keeps trying): the draft can go, the client can move on.
      this.set({ phase: 'queued' });
      host.say('');
      host.focusNext('.done-message');
      await host.clearAnswers();
      host.notify('hearth-feedback-error', { response: current.response, error, queued: true });
    } else if (entry.state === 'failed') {
      this.set({ phase: 'failed' });
      host.say(host.t('feedback.failed', { reason: error.message }));
      host.notify('hearth-feedback-error', { response: current.response, error, queued: false });
    }
  }

  /** "Try again": the same payload, with the same Idempotency-Key. */
  private async retry(): Promise<void> {
    const outbox = this.outbox.current;
    if (!this.current || !outbox) return;
    this.set({ phase: 'sending' });
    this.host.say(this.host.t('feedback.sending'));
    const entry = await outbox.retry(this.current.id);
    if (entry) await this.onOutbox(entry);
  }

  /** Sent (or handled by the host): thank the client, forget the draft. */
  private async finish(): Promise<void> {
    this.set({ phase: 'sent' });
    this.host.clearErrors();
    this.host.say('');
    this.host.focusNext('.done-message');
    await this.host.clearAnswers();
  }

  /** "Send another": a fresh form, focus on its first question. */
  private sendAnother(): void {
    this.restart();
    this.host.focusFirstQuestion();
  }

  /** The outbox of the form's storage; earlier answers still waiting are shown. */
  open() {
    return this.outbox.open(this.host.draft.store!, undefined, async (outbox) => {
      if ((await outbox.entries()).some((entry) => entry.source === this.host.source && entry.state === 'queued')) this.set({ earlier: 'queued' });
    });
  }

  /** Forgets the outbox and what waited in it (the form keeps things elsewhere now). */
  close(): void {
    this.outbox.close();
    this.set({ earlier: undefined });
  }

  /** Fires the submit event; with an endpoint (and no host handling it), sends through the outbox. */
  async submit(response: FeedbackResponse): Promise<FeedbackResponse> {
    const host = this.host;
    const endpoint = host.activeEndpoint;
    if (!host.notify('hearth-feedback-submit', { response }, true) || !endpoint) {
      // The host handled it, or the event is the delivery (no endpoint): the form is done.
      await this.finish();
      return response;
    }
    this.set({ phase: 'sending' });
    host.say(host.t('feedback.sending'));
    await host.storeReady;
    const outbox = await this.open();
    if (this.sendState?.state === 'failed') await outbox.discard(this.sendState.id);
    const fhir = host.format === 'fhir';
    const entry = await outbox.send({
      endpoint,
      body: fhir ? host.toQuestionnaireResponse(response) : response,
      contentType: fhir ? 'application/fhir+json' : 'application/json',
      credentials: host.sendCredentials,
      // Anonymous: no cookie or Referer the server could tie to the client (docs/feedback-form.md).
      anonymous: host.anonymous,
      source: host.source,
    });
    this.current = { id: entry.id, response };
    await this.onOutbox(entry);
    return response;
  }

  /** Back to filling in, with nothing sent in this visit (a reset, "Send another"). */
  restart(): void {
    this.current = undefined;
    this.set({ phase: 'filling', sendState: undefined });
  }

  /** The thank-you, or "not sent yet, we'll keep trying" with a retry. */
  renderDone(): TemplateResult {
    const t = this.host.t.bind(this.host);
    const queued = this.phase === 'queued';
    return html`<div class="done" part="done">
      <p class="done-message" tabindex="-1">
        ${queued ? t('feedback.queued', { reason: this.sendState?.lastError?.message ?? '' }) : t('feedback.thanks')}
      </p>
      <div class="row">
        ${queued ? html`<button type="button" @click=${() => void this.retry()}>${t('feedback.retry')}</button>` : nothing}
        <button type="button" @click=${() => this.sendAnother()}>${t('feedback.sendAnother')}</button>
      </div>
    </div>`;
  }

  /** "Try again" beside "Send" after the server refused the answers. */
  renderRetry(): TemplateResult {
    return html`<button type="button" @click=${() => void this.retry()}>${this.host.t('feedback.retry')}</button>`;
  }

  /** Answers from an earlier visit: still waiting, or just sent. */
  renderEarlier(): TemplateResult {
    return html`<p class="muted earlier">${this.host.t(this.earlier === 'queued' ? 'feedback.earlierQueued' : 'feedback.earlierSent')}</p>`;
  }
}
