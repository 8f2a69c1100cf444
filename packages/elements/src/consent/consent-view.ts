import type { EditMarks } from '@hearth/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import { own } from '../id-record.js';
import { textDirection } from '../text-direction.js';
import type { HearthConsent } from './consent.js';
import { missing } from './consent-record.js';
import { MAX_SIGNER_NAME, type Policy, type SignerRole } from './policy.js';

/*
 * The consent on screen: the terms, the acknowledgments, the typed-name signature, agree and
 * decline; on a return visit, the answer with review, receipt and withdraw. Loaded beside the
 * policy (which always arrives a moment after the element).
 */

type Host = HearthConsent;

/** `<hearth-consent>`'s content for `policy`. */
export function renderConsent(host: Host, policy: Policy): TemplateResult {
  const stage = host.stage;
  return html`${header(host, policy)}
  ${stage === 'loading' ? nothing : stage === 'form' ? renderForm(host, policy) : renderAnswer(host, policy)}`;
}

function header(host: Host, policy: Policy): TemplateResult {
  const facts = [host.t('consent.version', { version: policy.version })];
  if (policy.effectiveDate) facts.push(host.t('consent.effective', { date: host.formatDate(`${policy.effectiveDate}T12:00:00Z`) }));
  return html`<div part="header" class="header">
      <div role="heading" aria-level=${host.level} class="title heading" part="title heading" id="title" lang=${ifDefined(host.contentLang)}>${host.fill(policy.title)}</div>
      <p class="muted">${facts.join(' · ')}</p>
    </div>
    ${host.showsTemplateNote ? html`<p class="template-note" part="template-note">${host.t('consent.templateNote')}</p>` : nothing}`;
}

/**
 * The terms: a labelled region; an end marker tells when it was read to the end. A tab stop only
 * while it scrolls inside itself (see `TermsReading`, terms-reading.ts); until then `tabindex="-1"`: focusable by
 * "answer again", never a tab stop.
 */
/** Struck and inserted words are said as such (a struck "not" heard plain would reverse the terms). */
function editMarks(host: Host): EditMarks {
  const t = (key: 'consent.removedStart' | 'consent.removedEnd' | 'consent.addedStart' | 'consent.addedEnd') => host.t(key);
  return { lang: host.locale, removed: [t('consent.removedStart'), t('consent.removedEnd')], added: [t('consent.addedStart'), t('consent.addedEnd')] };
}

function terms(host: Host, policy: Policy, id = 'terms'): TemplateResult {
  return html`<div class="terms" part="terms" id=${id} role="region" aria-labelledby="title" tabindex="-1" lang=${ifDefined(host.contentLang)}>
    ${policy.sections.map(
      (section) => html`<section class="section" data-section=${section.id}>
        <div role="heading" aria-level=${Math.min(6, host.level + 1)} class="section-title">${host.fill(section.title)}</div>
        ${
          // Keyed by section too: two sections with the same HTML each need their own nodes.
          host.html.render(
            section.bodyHtml,
            (text) => host.fill(text),
            `${id}\u0000${section.id}\u0000${host.practiceConfig?.clientName}\u0000${host.practiceConfig?.practiceName}`,
            editMarks(host),
          ) ?? nothing
        }
      </section>`,
    )}
    <div class="terms-end" aria-hidden="true"></div>
  </div>`;
}

function renderForm(host: Host, policy: Policy): TemplateResult {
  const previous = host.record;
  const askedAgain = !!previous && !host.answering && !host.isCurrent(previous);
  const needed = missing(host, policy);
  const off = host.closed;
  const today = host.formatDate(new Date().toISOString());
  // Keyboard focus moving on past the terms counts as having reached their end: keyboard and
  // screen-reader users are never held back. (A mouse click on "I agree" does not count.)
  const passedTerms = (event: FocusEvent) => {
    const target = event.target as Element;
    if (!host.read && target.matches('input, button') && target.matches(':focus-visible')) host.markRead();
  };
  return html`${
    askedAgain
      ? html`<div class="ask-again" part="ask-again">
          <p>${host.t('consent.askAgain', { date: host.formatDate(previous!.signedAt) })}</p>
          ${policy.changes ? html`<p><strong>${host.t('consent.changes')}</strong> <span lang=${ifDefined(host.contentLang)}>${host.fill(policy.changes)}</span></p>` : nothing}
        </div>`
      : nothing
  }
    ${signers(host)} ${terms(host, policy)}
    ${host.requireScroll && !host.read ? html`<p class="muted" id="scroll-hint">${host.t('consent.scrollHint')}</p>` : nothing}
    ${host.isTemplate && policy.id === 'electronic-communication' ? html`<hearth-crisis-resources></hearth-crisis-resources>` : nothing}
    <div class="answer-form" @focusin=${passedTerms} @change=${host.relayChange}>
      <fieldset class="acks" part="acknowledgments">
        <legend>${host.t('consent.confirm')}</legend>
        ${host.shownAcknowledgments.map(
          (ack) => html`<label class="ack">
            <input
              type="checkbox"
              .checked=${!!own(host.acks, ack.id)}
              ?disabled=${off}
              aria-required=${ack.required ? 'true' : 'false'}
              @change=${(event: Event) => host.tick(ack.id, (event.target as HTMLInputElement).checked)}
            /><span><bdi lang=${ifDefined(host.contentLang)}>${host.fill(ack.label)}</bdi>${ack.required ? nothing : html` <span class="muted">${host.t('consent.optional')}</span>`}</span>
          </label>`,
        )}
      </fieldset>
      <div class="signature" part="signature">
        ${
          host.activeRole !== 'self'
            ? html`<p>${host.t(host.activeRole === 'guardian' ? 'consent.signingAs.guardian' : 'consent.signingAs.representative')}</p>
              <label for="relationship">${host.t('consent.relationshipLabel')}</label>
              <input
                type="text"
                id="relationship"
                dir=${ifDefined(textDirection(host.relationship))}
                maxlength=${MAX_SIGNER_NAME}
                .value=${host.relationship}
                ?disabled=${off}
                @input=${(event: Event) => host.type('relationship', (event.target as HTMLInputElement).value)}
              />`
            : host.turns.length
              ? html`<p>${host.t('consent.signingAs.self')}</p>`
              : nothing
        }
        <label for="signer-name">${host.t('consent.nameLabel')}</label>
        <input
          type="text"
          id="signer-name"
          dir=${ifDefined(textDirection(host.signerName))}
          autocomplete="name"
          spellcheck="false"
          maxlength=${MAX_SIGNER_NAME}
          aria-describedby="name-help"
          .value=${host.signerName}
          ?disabled=${off}
          @input=${(event: Event) => host.type('signerName', (event.target as HTMLInputElement).value)}
        />
        <p class="muted" id="name-help">${host.t('consent.nameHelp')} ${host.t('consent.date', { date: today })}</p>
      </div>
      ${
        host.showMissing && needed.length
          ? html`<div class="missing" part="missing" id="missing" role="alert" tabindex="-1">
            <p>${host.t('consent.missingTitle')}</p>
            <ul>
              ${needed.map((line) => html`<li>${line}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <div class="row decide">
        <button
          type="button"
          class="primary"
          part="agree-button"
          aria-disabled=${off ? 'true' : 'false'}
          aria-describedby=${host.showMissing && needed.length ? 'missing' : nothing}
          @click=${() => void host.agree()}
        >
          ${host.t('consent.agree')}
        </button>
        <button type="button" part="decline-button" aria-disabled=${off ? 'true' : 'false'} @click=${() => void host.decline()}>${host.t('consent.decline')}</button>
      </div>
      ${host.mode === 'none' ? html`<p class="muted">${host.t('consent.noneNote')}</p>` : nothing}
    </div>`;
}

/**
 * The answer kept: for the terms on show (`policy`), or, while the terms are not ready (no
 * `policy`), the client's earlier answer, still with its receipt and Withdraw: withdrawing stays
 * as easy as agreeing was; only a new answer waits for the terms.
 */
function renderAnswer(host: Host, policy: Policy | undefined): TemplateResult {
  const record = host.record!;
  const stage = policy ? host.stage : record.status === 'active' ? 'agreed' : record.status === 'declined' ? 'declined' : 'withdrawn';
  const text =
    stage === 'agreed'
      ? host.t('consent.agreed', { version: record.policyVersion, date: host.formatDate(record.signedAt) })
      : stage === 'declined'
        ? host.t('consent.declined', { version: record.policyVersion, date: host.formatDate(record.signedAt) })
        : host.t('consent.withdrawn', { date: host.formatDate(record.withdrawnAt ?? record.signedAt) });
  const receipt = (kind: 'json' | 'print') => () =>
    void import('./consent-receipt.js').then((module) => (kind === 'json' ? module.downloadReceipt(host) : module.printReceipt(host)));
  return html`<div class="answer" part="answer" data-stage=${stage}>
    <p class="answer-text" tabindex="-1">${text}</p>
    ${sendLine(host)} ${signers(host)}
    ${
      host.confirmingWithdraw
        ? html`<div class="confirm" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question" tabindex="-1">${host.t('consent.withdrawConfirm')}</p>
          <button type="button" class="danger" @click=${() => void host.withdraw()}>${host.t('consent.withdrawYes')}</button>
          <button type="button" @click=${() => host.confirmWithdraw(false)}>${host.t('consent.cancel')}</button>
        </div>`
        : nothing
    }
    <div class="row">
      ${
        stage !== 'agreed' && policy
          ? html`<button type="button" class="primary" @click=${() => host.answerAgain()}>${host.t('consent.answerAgain')}</button>`
          : nothing
      }
      <button type="button" class=${stage === 'agreed' ? 'primary receipt' : 'receipt'} part="receipt-button" @click=${receipt('print')}>${host.t('consent.receiptPrint')}</button>
      ${
        policy
          ? html`<button type="button" aria-expanded=${host.reviewing ? 'true' : 'false'} aria-controls="review" @click=${() => host.toggleReview()}>
              ${host.t(host.reviewing ? 'consent.hideTerms' : 'consent.review')}
            </button>`
          : nothing
      }
      ${
        stage === 'agreed' && !host.confirmingWithdraw
          ? html`<button type="button" class="danger withdraw" @click=${() => host.confirmWithdraw(true)}>
            ${host.t('consent.withdraw')}
          </button>`
          : nothing
      }
    </div>
    <div class="secondary-actions">
      <button type="button" class="link" part="record-button" @click=${receipt('json')}>${host.t('consent.receiptJson')}</button>
    </div>
    ${host.reviewing && policy ? terms(host, policy, 'review') : nothing}
  </div>`;
}

const SIGNER_NAME = { self: 'consent.signer.self', guardian: 'consent.signer.guardian', representative: 'consent.signer.representative' } as const;
const NEXT_TURN = { self: 'consent.turn.self', guardian: 'consent.turn.guardian', representative: 'consent.turn.representative' } as const;

/**
 * Terms answered in turn (acknowledgments with `roles`, no `signer-role`): each signer and their
 * answer to these terms, the one whose turn it is marked; for another signer, "Next: … reads and
 * answers" while they have not answered these terms, else "Show this answer".
 */
function signers(host: Host): TemplateResult | typeof nothing {
  const turns = host.turns;
  if (!turns.length) return nothing;
  const line = (role: SignerRole) => {
    const signer = host.t(SIGNER_NAME[role]);
    const record = host.answerOf(role);
    const answered = host.isCurrent(record) || record?.status === 'withdrawn';
    if (role === host.activeRole && host.stage === 'form') return host.t('consent.signer.now', { signer });
    if (!record || !answered) return host.t('consent.signer.waiting', { signer });
    if (record.status === 'withdrawn') return host.t('consent.signer.withdrawn', { signer, date: host.formatDate(record.withdrawnAt ?? record.signedAt) });
    return host.t(record.status === 'active' ? 'consent.signer.agreed' : 'consent.signer.declined', { signer, date: host.formatDate(record.signedAt) });
  };
  return html`<div class="signers" part="signers" role="group" aria-labelledby="signers-title">
    <p id="signers-title" class="signers-title">${host.t('consent.signers')}</p>
    <ul>
      ${turns.map((role) => {
        const current = role === host.activeRole;
        const record = host.answerOf(role);
        const answered = host.isCurrent(record) || record?.status === 'withdrawn';
        return html`<li class="signer" tabindex="-1" aria-current=${ifDefined(current ? 'step' : undefined)}>
          <span id=${`signer-${role}`}>${line(role)}</span>
          ${
            current
              ? nothing
              : answered
                ? html`<button type="button" class="link" aria-describedby=${`signer-${role}`} @click=${() => host.takeTurn(role)}>${host.t('consent.signer.show')}</button>`
                : host.stage === 'form'
                  ? nothing
                  : html`<button type="button" class="primary" @click=${() => host.takeTurn(role)}>${host.t(NEXT_TURN[role])}</button>`
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * A built-in template whose `{tokens}` the practice has not given values for: nothing to sign.
 * Clients read that the terms are not ready; with `preview` the practice also sees which values.
 */
export function renderNotReady(host: Host): TemplateResult {
  const tokens = host.formatList(host.unfilledTokens.map((token) => `{${token}}`));
  return html`<div class="not-ready" part="not-ready">
      <p class="not-ready-text">${host.t('consent.notReady')}</p>
      ${host.inPreview ? html`<p class="muted not-ready-preview">${host.t('consent.notReadyPreview', { tokens })}</p>` : nothing}
    </div>
    ${host.record && host.recordRead ? renderAnswer(host, undefined) : nothing}`;
}

/** Where the latest send is: sending, sent, still trying, or refused (with "Try again"). */
function sendLine(host: Host): TemplateResult | typeof nothing {
  const state = host.sendState;
  if (!state || !host.activeEndpoint) return nothing;
  const reason = state.lastError?.message ?? '';
  const line =
    state.state === 'sent'
      ? host.t('consent.sent')
      : state.state === 'sending'
        ? host.t('consent.sending')
        : state.state === 'queued'
          ? host.t('consent.queued', { reason })
          : host.t('consent.failed', { reason });
  return html`<p class="send-state" data-state=${state.state}>${line}</p>
    ${
      state.state === 'failed' || state.state === 'queued'
        ? html`<button type="button" @click=${() => void host.retrySend()}>${host.t('consent.retry')}</button>`
        : nothing
    }`;
}

/** After each render: tell the owner form the value and validity. */
export function afterRender(host: Host): void {
  const root = host.renderRoot as ShadowRoot;
  const value = host.value;
  host.internals.setFormValue(value || null, JSON.stringify({ acks: host.acks, signerName: host.signerName, relationship: host.relationship }));
  // Valid once agreed (terms answered in turn: once every signer agreed); never while loading.
  // Not ready (terms that cannot be signed) is not agreed: the owner form cannot submit.
  const valid = host.stage !== 'loading' && (host.turns.length ? !!value : host.stage === 'agreed');
  if (valid) host.internals.setValidity({});
  else {
    const anchor =
      root.querySelector<HTMLElement>('[part="agree-button"]') ??
      root.querySelector<HTMLElement>('.answer-text') ??
      root.querySelector<HTMLElement>('.not-ready-text') ??
      undefined;
    host.internals.setValidity({ valueMissing: true }, host.t('consent.required'), anchor);
  }
}
