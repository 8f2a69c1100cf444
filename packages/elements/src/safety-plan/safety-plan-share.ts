import { type HearthError, type KeyVault, type Outbox, OutboxConnection, type OutboxEntry, type PracticeConfig } from '@hearth/core';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

import type { SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import type { SafetyPlanData } from './safety-plan-data.js';
import { toSafetyPlanQuestionnaireResponse } from './safety-plan-fhir.js';
import type { SafetyPlan, SectionId } from './safety-plan-format.js';

/** What sharing reads from and calls on its plan. */
export interface ShareHost extends ReactiveControllerHost {
  readonly data: SafetyPlanData;
  readonly shadowRoot: ShadowRoot | null;
  readonly practiceConfig?: PracticeConfig;
  readonly activeEndpoint: string | undefined;
  readonly sendCredentials: RequestCredentials;
  /** `json` (the plan) or `fhir` (a FHIR R4 QuestionnaireResponse). */
  readonly format: string;
  /** The outbox `source` of this plan's shares: what its outbox sends, and "Delete everything" removes. */
  readonly shareSource: string;
  /** Each section's title as shown (the FHIR groups are named with them). */
  readonly sectionTitles: Readonly<Record<SectionId, string>>;
  /** An encrypted plan's unlocked key: its shares are sealed with it while they wait. */
  readonly vault?: KeyVault;
  /** Encrypted: `encrypt`, or the stored plan was found sealed by a page with it. */
  readonly encrypted?: boolean;
  /** An encrypted plan that is locked: nothing of it may stay on screen or in memory. */
  readonly closed?: boolean;
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string;
  /** A linked strategy's title in the element's language. */
  strategyTitle(id: string): string | undefined;
  /** Fires `hearth-safety-plan-submit` (cancelable): false when the host handles the plan itself. */
  submit(plan: SafetyPlan): boolean;
  /** Fires `hearth-safety-plan-sent` or `hearth-safety-plan-error`. */
  notify(type: 'hearth-safety-plan-sent', detail: { plan: SafetyPlan }): void;
  notify(type: 'hearth-safety-plan-error', detail: { plan: SafetyPlan; error: HearthError; queued: boolean }): void;
  focusAfterUpdate(...selectors: string[]): void;
}

/** What a share sends: the plan it was made from, and the exact body and type. */
export interface SharePayload {
  plan: SafetyPlan;
  body: unknown;
  contentType: 'application/json' | 'application/fhir+json';
}

/** Sharing's own styles, adopted by the element's shadow root when sharing loads. */
export const shareStyles = css`
  .share {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    justify-items: start;
  }
  .share-state {
    margin: 0;
  }
  .share-panel {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-border);
    border-inline-start: 0.25em solid var(--_hearth-accent, currentColor);
    border-radius: var(--_hearth-radius);
    inline-size: 100%;
    box-sizing: border-box;
  }
  .share-panel p {
    margin: 0;
  }
`;

/** Only this plan's shares (another element's are its own to send, seal and delete). */
const ownedBy = (source: string) => (entry: Pick<OutboxEntry, 'source'>) => entry.source === source;

/**
 * "Share with my therapist", as a reactive controller (loaded only with an endpoint): the exact
 * payload shown first, then sent through the core outbox (kept, retried with the same
 * Idempotency-Key, resumed on the next visit), the state of the plan's shares, and the events.
 * Its fields are for the view to read.
 */
export class SafetyPlanSharing implements ReactiveController {
  /** Test seam: the outbox's options (its timeout) for the shares of every plan. @internal */
  static outboxOptions: { timeoutMs?: number; baseDelayMs?: number; maxDelayMs?: number } = {};
  /** The outbox state of each of the plan's shares, by outbox id. */
  states = new Map<string, OutboxEntry>();
  /** What will be sent, while the "what will be sent" panel is open. */
  shown?: SharePayload;
  /** A share confirmed on this page is on its way to the outbox and its first attempt. */
  busy = false;
  /** The shares made on this page: the plan each one carries (for the events). */
  private readonly mine = new Map<string, SafetyPlan>();
  /** The last state each share of this page was told to the host in. */
  private readonly told = new Map<string, string>();
  private readonly outbox: OutboxConnection;

  constructor(private readonly host: ShareHost) {
    this.outbox = new OutboxConnection(host, (entry) => this.remember(entry));
    host.addController(this);
    const root = host.shadowRoot;
    const sheet = shareStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.requestUpdate();
  }

  hostUpdate(): void {
    // Locked: no copy of the plan (the panel's, a waiting share's for its events) is kept in memory.
    if (!this.host.closed) return;
    this.shown = undefined;
    this.mine.clear();
  }

  /** Keeps the state of one of the plan's shares; a share made here tells the host how it went. */
  private remember(entry: OutboxEntry): void {
    if (!ownedBy(this.host.shareSource)(entry)) return;
    this.states = new Map(this.states).set(entry.id, entry);
    this.host.requestUpdate();
    const plan = this.mine.get(entry.id);
    if (!plan || entry.state === 'sending' || this.told.get(entry.id) === `${entry.state} ${entry.attempts}`) return;
    this.told.set(entry.id, `${entry.state} ${entry.attempts}`);
    if (entry.state === 'sent') {
      this.mine.delete(entry.id);
      return this.host.notify('hearth-safety-plan-sent', { plan });
    }
    const error = entry.lastError ?? { code: 'network' as const, message: '' };
    this.host.notify('hearth-safety-plan-error', { plan: structuredClone(plan), error, queued: entry.state === 'queued' });
  }

  /** The plan's latest share (the one shown), if any. */
  get latest(): OutboxEntry | undefined {
    return [...this.states.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  }

  /** True while a share of the plan waits to go (queued, sending or refused). */
  get waiting(): boolean {
    return [...this.states.values()].some((share) => share.state !== 'sent');
  }

  /** The plan's outbox, started, with the state of every share of the plan still in it. */
  open(): Promise<Outbox> {
    const host = this.host;
    const options = {
      ...SafetyPlanSharing.outboxOptions,
      vault: () => host.vault,
      owns: ownedBy(host.shareSource),
      sealedOnly: Boolean(host.encrypted),
    };
    return this.outbox.open(host.data.store!, options, async (outbox) => {
      for (const entry of await outbox.entries()) this.remember(entry);
    });
  }

  /** What a share of the plan as it is now would send: the plan, or its QuestionnaireResponse. */
  payload(): SharePayload {
    const host = this.host;
    const plan = structuredClone(host.data.plan);
    if (host.format !== 'fhir') return { plan, body: plan, contentType: 'application/json' };
    const body = toSafetyPlanQuestionnaireResponse(plan, host.sectionTitles, {
      labels: { title: host.t('plan.label'), strategies: host.t('plan.strategies') },
      strategyTitle: (id) => host.strategyTitle(id),
    });
    return { plan, body, contentType: 'application/fhir+json' };
  }

  /** Opens the panel with exactly what will be sent (taken now: what is shown is what goes). */
  show(): void {
    this.shown = this.payload();
    this.host.requestUpdate();
    this.host.focusAfterUpdate('#share-intro');
  }

  /** Closes the panel; focus returns to its button. */
  cancel(): void {
    this.shown = undefined;
    this.host.requestUpdate();
    this.host.focusAfterUpdate('#share-open');
  }

  /** The client confirmed: the submit event, then (unless the host handled it) the outbox. */
  async confirm(): Promise<OutboxEntry | undefined> {
    const shown = this.shown;
    const host = this.host;
    const endpoint = host.activeEndpoint;
    this.shown = undefined;
    host.requestUpdate();
    if (!shown || !endpoint || !host.submit(structuredClone(shown.plan))) {
      host.focusAfterUpdate('#share-open', '#share-retry');
      return undefined;
    }
    // "Sending…" at once, where focus goes (the live region then says how it went).
    this.busy = true;
    host.focusAfterUpdate('#share-state');
    try {
      await host.data.ready;
      const outbox = await this.open();
      // A share the server refused is replaced by this one (it carries the plan as it is now).
      for (const [id, share] of this.states) if (share.state === 'failed') await outbox.discard(id);
      this.states = new Map([...this.states].filter(([, share]) => share.state !== 'failed'));
      // Locked while this was waiting: an encrypted plan's share is never kept unsealed.
      if (host.encrypted && !host.vault) return undefined;
      const entry = await outbox.send({
        endpoint,
        body: shown.body,
        contentType: shown.contentType,
        credentials: host.sendCredentials,
        source: host.shareSource,
      });
      this.mine.set(entry.id, shown.plan);
      this.busy = false;
      this.remember(entry);
      return entry;
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }

  /** "Try again": the same payload now, with the same Idempotency-Key. */
  async retry(id: string): Promise<void> {
    this.host.focusAfterUpdate('#share-state');
    await this.outbox.current?.retry(id);
  }

  /** Closes the panel (quick exit): nothing of the plan stays on screen or in memory. */
  close(): void {
    this.shown = undefined;
    this.mine.clear();
    this.host.requestUpdate();
  }

  /** Everything was deleted: the shares waiting in the outbox with it (the element removed them). */
  forget(): void {
    this.states = new Map();
    this.shown = undefined;
    this.host.requestUpdate();
  }

  /** The line that says how the latest share went, the panel or the buttons. */
  render(): TemplateResult {
    const host = this.host;
    const t = (key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>) => host.t(key, params);
    const latest: Pick<OutboxEntry, 'id' | 'state' | 'lastError'> | undefined = this.busy ? { id: '', state: 'sending' } : this.latest;
    const reason = latest?.lastError?.message ?? '';
    const line = !latest
      ? ''
      : latest.state === 'sending'
        ? t('plan.shareState.sending')
        : latest.state === 'queued'
          ? t('plan.shareState.queued', { reason })
          : latest.state === 'sent'
            ? t('plan.shareState.sent')
            : t('plan.shareState.failed', { reason });
    const practice = host.practiceConfig?.practiceName;
    const shown = this.shown;
    const waiting = latest?.state === 'queued' || latest?.state === 'failed';
    return html`<div class="share" part="share">
      <p class="share-state" part="share-state" id="share-state" tabindex="-1" role="status" data-state=${latest?.state ?? 'none'}>${line}</p>
      ${
        shown
          ? html`<div class="share-panel" part="share-panel" role="group" aria-labelledby="share-intro">
            <p id="share-intro" tabindex="-1">${practice ? t('plan.shareIntro', { practice }) : t('plan.shareIntroNoName')}</p>
            <p class="muted">${t('plan.shareCopy')}</p>
            <pre class="payload" part="payload" tabindex="0" dir="ltr" aria-labelledby="share-intro">${JSON.stringify(shown.body, null, 2)}</pre>
            <div class="row">
              <button type="button" class="primary" id="share-send" @click=${() => void this.confirm()}>${t('plan.shareSend')}</button>
              <button type="button" @click=${() => this.cancel()}>${t('plan.cancel')}</button>
            </div>
          </div>`
          : html`<div class="row">
            ${waiting ? html`<button type="button" id="share-retry" @click=${() => void this.retry(latest.id)}>${t('plan.shareRetry')}</button>` : nothing}
            ${
              latest?.state === 'sending' || latest?.state === 'queued' || !host.data.hasAnything
                ? nothing
                : html`<button type="button" id="share-open" @click=${() => this.show()}>${t('plan.share')}</button>`
            }
          </div>`
      }
    </div>`;
  }
}
