import type { OutboxEntry } from '@hearth/core';
import { html, nothing, type TemplateResult } from 'lit';

import { enFeedbackSend } from '../locales/en-feedback-send.js';
import { feedbackCatalog } from '../locales/feedback-catalog.js';
import type { HearthFeedbackForm } from './feedback-form.js';
import { fieldId } from './feedback-items.js';
import type { FeedbackResponse } from './form-definition.js';

/*
 * Sending: the submit event, the outbox, the states the client sees, the thank-you. Loaded on the
 * first "Send", or with the outbox when an endpoint is set (earlier answers may be waiting).
 */

// The sending states bring their own English (other languages have every string).
Object.assign(feedbackCatalog.en, enFeedbackSend);

type Host = HearthFeedbackForm;

/** Fires the submit event; with an endpoint (and no host handling it), sends through the outbox. */
export async function submit(host: Host): Promise<FeedbackResponse> {
  const response = host.response!;
  const endpoint = host.activeEndpoint;
  if (!host.notify('hearth-feedback-submit', { response }, true) || !endpoint) {
    // The host handled it, or the event is the delivery (no endpoint): the form is done.
    await finish(host);
    return response;
  }
  host.phaseState = 'sending';
  host.status = host.t('feedback.sending');
  await host.storeReady;
  const outbox = await openOutbox(host);
  if (host.sendState?.state === 'failed') await outbox.discard(host.sendState.id);
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
  host.current = { id: entry.id, response };
  await onOutbox(host, entry);
  return response;
}

/** The outbox of the form's storage; earlier answers still waiting are shown. */
export async function openOutbox(host: Host) {
  if (host.outbox) return host.outbox;
  const { Outbox } = await import('@hearth/core/sending');
  const outbox = new Outbox(host.store!);
  host.outbox = outbox;
  host.stopOutbox = outbox.subscribe((entry) => void onOutbox(host, entry));
  if ((await outbox.entries()).some((entry) => entry.source === host.source && entry.state === 'queued')) host.earlier = 'queued';
  outbox.start();
  return outbox;
}

/** Every state change of this form's sends: this visit's, and earlier ones. */
async function onOutbox(host: Host, entry: OutboxEntry): Promise<void> {
  if (entry.source !== host.source) return;
  const current = host.current;
  if (!current || entry.id !== current.id) {
    if (host.earlier === 'queued' && entry.state === 'sent') host.earlier = 'sent';
    return;
  }
  const before = host.sendState?.state;
  host.sendState = entry;
  if (entry.state === before) return;
  const error = entry.lastError ?? { code: 'network' as const, message: '' };
  if (entry.state === 'sent') {
    await finish(host);
    host.notify('hearth-feedback-sent', { response: current.response });
  } else if (entry.state === 'queued') {
    // The outbox holds the response now (and keeps trying): the draft can go, the client can move on.
    host.phaseState = 'queued';
    host.status = '';
    host.focusAfterRender = '.done-message';
    await host.clearAnswers();
    host.notify('hearth-feedback-error', { response: current.response, error, queued: true });
  } else if (entry.state === 'failed') {
    host.phaseState = 'failed';
    host.status = host.t('feedback.failed', { reason: error.message });
    host.notify('hearth-feedback-error', { response: current.response, error, queued: false });
  }
}

/** "Try again": the same payload, with the same Idempotency-Key. */
async function retry(host: Host): Promise<void> {
  if (!host.current || !host.outbox) return;
  host.phaseState = 'sending';
  host.status = host.t('feedback.sending');
  const entry = await host.outbox.retry(host.current.id);
  if (entry) await onOutbox(host, entry);
}

/** Sent (or handled by the host): thank the client, forget the draft. */
async function finish(host: Host): Promise<void> {
  host.phaseState = 'sent';
  host.status = '';
  host.showErrors = false;
  host.showSummary = false;
  host.focusAfterRender = '.done-message';
  await host.clearAnswers();
}

/** "Send another": a fresh form, focus on its first question. */
function sendAnother(host: Host): void {
  host.phaseState = 'filling';
  host.sendState = undefined;
  host.current = undefined;
  const first = fieldId(host.formDefinition!.items[0]);
  host.focusAfterRender = `input#${first}, textarea#${first}, #${first} input`;
}

/** The thank-you, or "not sent yet, we'll keep trying" with a retry. */
export function renderDone(host: Host): TemplateResult {
  const queued = host.phaseState === 'queued';
  return html`<div class="done" part="done">
    <p class="done-message" tabindex="-1">
      ${queued ? host.t('feedback.queued', { reason: host.sendState?.lastError?.message ?? '' }) : host.t('feedback.thanks')}
    </p>
    <div class="row">
      ${queued ? html`<button type="button" @click=${() => void retry(host)}>${host.t('feedback.retry')}</button>` : nothing}
      <button type="button" @click=${() => sendAnother(host)}>${host.t('feedback.sendAnother')}</button>
    </div>
  </div>`;
}

/** "Try again" beside "Send" after the server refused the answers. */
export function renderRetry(host: Host): TemplateResult {
  return html`<button type="button" @click=${() => void retry(host)}>${host.t('feedback.retry')}</button>`;
}

/** Answers from an earlier visit: still waiting, or just sent. */
export function renderEarlier(host: Host): TemplateResult {
  return html`<p class="muted earlier">${host.t(host.earlier === 'queued' ? 'feedback.earlierQueued' : 'feedback.earlierSent')}</p>`;
}
