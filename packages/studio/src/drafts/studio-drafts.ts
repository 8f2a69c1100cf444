/*
 * `<studio-drafts>`: the drafts panel of Studio. It keeps what the page has open as a draft on
 * this device (by hand, or automatically a second after the last change), lists the drafts, opens
 * and deletes them, marks a draft "for one client", and sets up, unlocks and locks the optional
 * passphrase (also by itself, after a while with no activity: `drafts-idle-lock.ts`). The page owns
 * the item being edited; this element only saves and hands back.
 */

import { directionOf } from '@hearth/core';
import type { ContentLanguage } from '@hearth/elements';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { KINDS } from '../content-kinds.js';
import { LANGUAGE_NAMES } from '../studio-strings.js';
import { DraftsIdleLock, type IdleLockReason } from './drafts-idle-lock.js';
import { draftsStrings as s } from './drafts-strings.js';
import { studioDraftsStyles } from './studio-drafts.styles.js';
import { type Draft, type DraftFailure, type DraftsLock, type DraftSummary, StudioDrafts } from './studio-drafts-store.js';

/** What the page has open: the item, its kind's id and its language. */
export interface DraftCurrent {
  kind: string;
  lang: string;
  value: unknown;
}

/** `studio-draft-open`'s detail: the draft the clinician chose to open. */
export interface DraftOpenDetail extends DraftCurrent {
  personal: boolean;
  clientLabel?: string;
}

/** `studio-draft-personal`'s detail: the "for one client" choice as it now stands. */
/** The item the page is leaving, as it was, for the last save of its draft. */
interface LeavingItem {
  current: DraftCurrent;
  personal: boolean;
  clientLabel: string;
}

export interface DraftPersonalDetail {
  personal: boolean;
  clientLabel: string;
}

/** The detail of `studio-drafts-lock`: why the drafts locked (none: "Lock drafts now"). */
export interface DraftsLockDetail {
  reason?: IdleLockReason;
}

/** How long after the last change an autosave happens. */
export const AUTOSAVE_DELAY_MS = 1000;

/** Minutes without activity after which unlocked drafts lock by themselves, until the clinician chooses. */
export const DEFAULT_LOCK_AFTER_MINUTES = 10;
/** The waits the panel offers (minutes); "never" (0) is offered too. */
export const LOCK_AFTER_CHOICES = [5, 10, 15, 30] as const;
/** The longest wait taken from a page (a day): longer than a timer can count. */
const LONGEST_LOCK_AFTER_MINUTES = 24 * 60;

const kindLabel = (id: string) => KINDS.find((kind) => kind.id === id)?.label ?? id;
const languageName = (lang: string) => LANGUAGE_NAMES[lang as ContentLanguage] ?? lang;
const time = (iso: string) => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(iso));
const date = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A draft's title: the item's own title, else its id, else "Untitled <kind>". */
function titleOf(current: DraftCurrent): string {
  const item = current.value as { title?: unknown; id?: unknown } | undefined;
  for (const candidate of [item?.title, item?.id]) if (typeof candidate === 'string' && candidate.trim()) return candidate.trim().slice(0, 200);
  return s.untitled(kindLabel(current.kind).toLowerCase());
}

/**
 * Studio's drafts panel.
 *
 * @fires studio-draft-open - the clinician opened a draft: `detail` {@link DraftOpenDetail}; the page shows it.
 * @fires studio-draft-personal - the "for one client" choice changed: `detail` {@link DraftPersonalDetail}.
 * @fires studio-drafts-lock - the drafts locked, by "Lock drafts now" or by themselves, their last edits saved: `detail` {@link DraftsLockDetail}.
 */
export class StudioDraftsElement extends LitElement {
  static override styles = studioDraftsStyles;

  /** The drafts store (one per page; the page may pass its own). */
  store = new StudioDrafts();
  private timer?: ReturnType<typeof setTimeout>;
  /** The draft that saves go into (the one last saved or opened); a new one when undefined. */
  private draftId?: string;
  private draftKind?: string;
  /** What was last saved or opened, as JSON: an autosave of the same thing is skipped. */
  private lastSaved?: string;
  /** An autosave has been announced once; later ones only update the "last saved" line. */
  private autosaveAnnounced = false;
  private saving: Promise<void> = Promise.resolve();
  /** The next `current` is a new item's starting point, not a change to save (see `startNewDraft`). */
  private baselinePending = false;
  /** Where focus goes back to when a confirmation is cancelled. */
  private confirmFrom?: HTMLElement;
  /** A lock is under way (its last save first): another waits for nothing. */
  private locking = false;
  /** Locks the drafts after `lockAfter` minutes with no activity in the page. */
  private readonly idleLock = new DraftsIdleLock(this, {
    minutes: () => this.idleMinutes(),
    open: () => this.lock === 'unlocked',
    lock: (reason) => void this.lockDrafts(reason),
  });

  @state() private drafts: DraftSummary[] = [];
  /** Undefined until read, or while storage fails. */
  @state() private lock?: DraftsLock;
  @state() private problem = '';
  @state() private status = '';
  @state() private savedAt = '';
  @state() private confirming?: { id: string; title: string } | 'all';
  @state() private settingUp = false;
  @state() private passError = '';
  @state() private busy = false;

  /** What the page has open: `{ kind, lang, value }`. */
  @property({ attribute: false }) current?: DraftCurrent;
  /** True when what is open is for one client. */
  @property({ type: Boolean }) personal = false;
  /** Which client (initials), when `personal`. */
  @property({ attribute: 'client-label' }) clientLabel = '';
  /** Saves `current` a second after it last changed. */
  @property({ type: Boolean }) autosave = false;
  /**
   * Minutes with no activity in the page after which unlocked drafts lock by themselves (fractions
   * too: `0.05` is 3 seconds); `0` never. What the clinician chooses in the panel, remembered in this
   * browser, takes its place.
   */
  @property({ type: Number, attribute: 'lock-after' }) lockAfter = DEFAULT_LOCK_AFTER_MINUTES;

  override connectedCallback(): void {
    super.connectedCallback();
    const chosen = this.store.lockAfterChoice();
    if (chosen !== undefined) this.lockAfter = chosen;
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The wait starts, in full, when the drafts open and when it is changed; locked, nothing waits.
    if ((changed as PropertyValues).has('lock') || changed.has('lockAfter')) this.idleLock.restart();
    if (!changed.has('current') && !changed.has('personal') && !changed.has('clientLabel') && !changed.has('autosave')) return;
    // What the page first shows is not a change of the clinician's: it is the starting point.
    if (changed.has('current') && ((changed.get('current') === undefined && this.lastSaved === undefined) || this.baselinePending)) {
      this.baselinePending = false;
      this.lastSaved = this.snapshot();
    }
    if (this.autosave && this.current && this.snapshot() !== this.lastSaved) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.save(true), AUTOSAVE_DELAY_MS);
    }
  }

  /** `lockAfter` as a wait the timer can keep: 0 for never, the default for nonsense, at most a day. */
  private idleMinutes(): number {
    const minutes = this.lockAfter;
    if (!Number.isFinite(minutes) || minutes < 0) return DEFAULT_LOCK_AFTER_MINUTES;
    return Math.min(minutes, LONGEST_LOCK_AFTER_MINUTES);
  }

  private snapshot(): string | undefined {
    if (!this.current) return undefined;
    return JSON.stringify([this.current, this.personal, this.personal ? this.clientLabel : '']);
  }

  private failed(failure: DraftFailure): void {
    this.problem = failure.message;
    if (failure.reason === 'locked') this.lock = 'locked';
  }

  /** Reads whether a passphrase is set, and the list. */
  private async refresh(): Promise<void> {
    const lock = await this.store.lockState();
    if (!lock.ok) {
      this.lock = undefined;
      this.drafts = [];
      return this.failed(lock);
    }
    this.lock = lock.value;
    const list = await this.store.list();
    if (!list.ok) return this.failed(list);
    this.drafts = list.value;
  }

  /** One save at a time: a second waits for the first, so both go into the same draft. */
  private save(automatic = false): Promise<void> {
    if (automatic) this.timer = undefined;
    this.saving = this.saving.then(() => this.saveNow(automatic));
    return this.saving;
  }

  /**
   * Saves what is open, or with `leaving` the item the page is leaving (its last edits, still
   * waiting for the autosave), into the draft it came from.
   */
  private async saveNow(automatic: boolean, leaving?: LeavingItem): Promise<void> {
    const current = leaving ? leaving.current : this.current;
    if (!current) {
      if (!automatic) this.status = s.nothingToSave;
      return;
    }
    // A new kind is a new item: it does not overwrite the draft of another.
    if (this.draftKind !== current.kind) this.draftId = undefined;
    const snapshot = leaving ? undefined : this.snapshot();
    // Back to what was saved (or saved by hand meanwhile): nothing to save.
    if (automatic && !leaving && snapshot === this.lastSaved) return;
    const personal = leaving ? leaving.personal : this.personal;
    const clientLabel = leaving ? leaving.clientLabel : this.clientLabel;
    const saved = await this.store.save({
      id: this.draftId,
      kind: current.kind,
      lang: current.lang,
      title: titleOf(current),
      personal,
      clientLabel: personal ? clientLabel.trim() : undefined,
      value: current.value,
    });
    if (!saved.ok) {
      // An autosave says a problem once, not at every pause.
      if (!automatic || this.problem !== saved.message) this.failed(saved);
      return;
    }
    this.problem = '';
    if (leaving) return void (await this.refresh());
    this.remember(saved.value, snapshot);
    const at = time(saved.value.updatedAt);
    this.savedAt = automatic ? s.autosaved(at) : s.saved(at);
    if (!automatic) this.status = s.saved(at);
    else if (!this.autosaveAnnounced) {
      this.autosaveAnnounced = true;
      this.status = s.autosaved(at);
    }
    await this.refresh();
  }

  private remember(draft: Draft, snapshot: string | undefined): void {
    this.draftId = draft.id;
    this.draftKind = draft.kind;
    this.lastSaved = snapshot;
  }

  private async open(summary: DraftSummary): Promise<void> {
    const loaded = await this.store.load(summary.id);
    if (!loaded.ok) {
      this.failed(loaded);
      if (loaded.reason === 'locked') await this.focusOn('#unlock-passphrase');
      if (loaded.reason === 'missing') await this.refresh();
      return;
    }
    const draft = loaded.value;
    this.problem = '';
    this.saveLeaving();
    this.personal = draft.personal;
    this.clientLabel = draft.clientLabel ?? '';
    const current = { kind: draft.kind, lang: draft.lang, value: draft.value };
    this.current = current;
    this.status = s.opened(draft.title);
    const detail: DraftOpenDetail = { ...current, personal: draft.personal, ...(draft.clientLabel ? { clientLabel: draft.clientLabel } : {}) };
    this.dispatchEvent(new CustomEvent<DraftOpenDetail>('studio-draft-open', { detail, bubbles: true, composed: true }));
    // After the event, and in turn after the saves it queued: a page that calls `startNewDraft`
    // whenever it replaces its item (this one included) still saves into the draft just opened.
    const snapshot = this.snapshot();
    this.saving = this.saving.then(() => this.remember(draft, snapshot));
  }

  private askToDelete(event: Event, what: { id: string; title: string } | 'all'): void {
    this.confirmFrom = event.currentTarget as HTMLElement;
    this.confirming = what;
    void this.focusOn('#confirm-no');
  }

  private cancelDelete(): void {
    this.confirming = undefined;
    const from = this.confirmFrom;
    void this.updateComplete.then(() => from?.focus());
  }

  private async confirmDelete(): Promise<void> {
    const what = this.confirming;
    if (!what) return;
    this.confirming = undefined;
    const removed = what === 'all' ? await this.store.removeAll() : await this.store.remove(what.id);
    if (!removed.ok) return this.failed(removed);
    this.problem = '';
    if (what === 'all' || what.id === this.draftId) {
      this.draftId = undefined;
      this.lastSaved = undefined;
    }
    this.status = what === 'all' ? s.deletedAll : s.deleted(what.title);
    if (what === 'all') this.settingUp = false;
    await this.refresh();
    await this.focusOn('#list-heading');
  }

  private choosePersonal(event: Event): void {
    this.personal = (event.target as HTMLInputElement).checked;
    this.announcePersonal();
  }

  private announcePersonal(): void {
    const detail: DraftPersonalDetail = { personal: this.personal, clientLabel: this.personal ? this.clientLabel : '' };
    this.dispatchEvent(new CustomEvent<DraftPersonalDetail>('studio-draft-personal', { detail, bubbles: true, composed: true }));
  }

  private async setUpLock(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const passphrase = (form.elements.namedItem('passphrase') as HTMLInputElement).value;
    const again = (form.elements.namedItem('again') as HTMLInputElement).value;
    if (passphrase.length < 8) return this.refuse(s.tooShort, '#new-passphrase');
    if (passphrase !== again) return this.refuse(s.mismatch, '#new-passphrase-again');
    this.busy = true;
    const set = await this.store.setPassphrase(passphrase);
    this.busy = false;
    if (!set.ok) return this.refuse(set.message, '#new-passphrase');
    form.reset();
    this.passError = '';
    this.settingUp = false;
    this.status = s.lockSetUp;
    await this.refresh();
    await this.focusOn('#lock-now');
  }

  private async unlock(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('passphrase') as HTMLInputElement;
    this.busy = true;
    const opened = await this.store.unlock(input.value);
    this.busy = false;
    if (!opened.ok) {
      input.select();
      return this.refuse(opened.message, '#unlock-passphrase');
    }
    form.reset();
    this.passError = '';
    this.problem = '';
    this.status = s.unlocked;
    await this.refresh();
    // What changed while the drafts were locked (an autosave could not keep it) is kept now.
    if (this.autosave && this.timer === undefined && this.current && this.snapshot() !== this.lastSaved) {
      this.timer = setTimeout(() => void this.save(true), AUTOSAVE_DELAY_MS);
    }
    await this.focusOn('#lock-now');
  }

  /**
   * Locks the drafts: by "Lock drafts now", or by themselves (`reason`). Edits still waiting for the
   * autosave, and saves under way, are kept first (sealed, while the key is still open); then the
   * key is forgotten and the list shows only kind, language and date.
   */
  private async lockDrafts(reason?: IdleLockReason): Promise<void> {
    if (this.locking || this.lock !== 'unlocked') return;
    this.locking = true;
    // Focus on what locking takes away (the lock's own controls) moves to the passphrase.
    const focusGoes = !reason || !!this.shadowRoot?.activeElement?.closest('.lock');
    try {
      // Edits waiting for the autosave, or made so recently that the panel has not yet seen them
      // (the page passes its item on before this panel updates), are saved while the key is open.
      if (this.timer !== undefined || (this.autosave && this.current && this.snapshot() !== this.lastSaved)) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.save(true);
      }
      await this.saving;
      this.store.lock();
      // Nothing the key opened stays on screen while the list is read again: no title, no client
      // label, and no question naming a draft.
      this.lock = 'locked';
      this.drafts = this.drafts.map(({ id, kind, lang, personal, updatedAt }) => ({ id, kind, lang, personal, updatedAt, locked: true }));
      this.confirming = undefined;
      const wait = s.duration(this.idleMinutes());
      this.status =
        reason === 'idle' ? s.lockedIdle(wait) : reason === 'hidden' ? s.lockedHidden(wait) : reason === 'returned' ? s.lockedReturned : s.lockedNow;
      await this.refresh();
      // The page puts away what the lock should cover (an item for one client still open).
      this.dispatchEvent(new CustomEvent<DraftsLockDetail>('studio-drafts-lock', { detail: { reason }, bubbles: true, composed: true }));
    } finally {
      this.locking = false;
    }
    if (focusGoes) await this.focusOn('#unlock-passphrase');
  }

  private chooseLockAfter(event: Event): void {
    const minutes = Number((event.target as HTMLSelectElement).value);
    this.lockAfter = minutes;
    this.store.chooseLockAfter(minutes);
  }

  private async refuse(message: string, field: string): Promise<void> {
    this.passError = message;
    await this.focusOn(field);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private renderPersonal() {
    return html`
      <div class="check">
        <input id="personal" type="checkbox" .checked=${this.personal} aria-describedby="personal-help" @change=${this.choosePersonal} />
        <label for="personal">${s.personalLabel}</label>
      </div>
      <p class="help" id="personal-help">${s.personalHelp}</p>
      ${
        this.personal
          ? html`<div class="field">
            <label for="client-label">${s.clientLabelLabel}</label>
            <input
              id="client-label"
              autocomplete="off"
              maxlength="40"
              aria-describedby="client-label-help"
              .value=${this.clientLabel}
              @input=${(event: Event) => (this.clientLabel = (event.target as HTMLInputElement).value)}
              @change=${() => this.announcePersonal()}
            />
            <p class="help" id="client-label-help">${s.clientLabelHelp}</p>
          </div>`
          : nothing
      }
    `;
  }

  private renderSave() {
    return html`
      <div class="row">
        <button type="button" id="save" ?disabled=${this.busy} @click=${() => void this.save()}>${s.save}</button>
        ${
          this.draftId
            ? html`<button type="button" class="quiet" id="save-new" @click=${() => ((this.draftId = undefined), void this.save())}>${s.saveAsNew}</button>`
            : nothing
        }
      </div>
      <div class="check">
        <input id="autosave" type="checkbox" .checked=${this.autosave} @change=${(event: Event) => (this.autosave = (event.target as HTMLInputElement).checked)} />
        <label for="autosave">${s.autosaveLabel}</label>
      </div>
      <p class="meta" id="saved-at">${this.savedAt}</p>
    `;
  }

  private renderDraft(draft: DraftSummary) {
    const title = draft.locked ? s.lockedTitle : draft.title || s.untitled(kindLabel(draft.kind).toLowerCase());
    return html`<li>
      ${
        draft.locked || !draft.title
          ? html`<span class="title ${draft.locked ? 'locked' : ''}">${title}</span>`
          : html`<span class="title" lang=${draft.lang} dir=${directionOf(draft.lang)}>${title}</span>`
      }
      <p class="meta">${s.details(kindLabel(draft.kind), languageName(draft.lang), date(draft.updatedAt))}</p>
      ${draft.personal ? html`<p><span class="personal">${draft.clientLabel ? s.forClient(draft.clientLabel) : s.forOneClient}</span></p>` : nothing}
      ${this.confirming !== 'all' && this.confirming?.id === draft.id ? this.renderConfirm() : nothing}
      <div class="row">
        <button type="button" class="quiet" aria-label=${s.openLabel(title)} @click=${() => void this.open(draft)}>${s.open}</button>
        <button type="button" class="danger" aria-label=${s.deleteLabel(title)} @click=${(event: Event) => this.askToDelete(event, { id: draft.id, title })}>
          ${s.delete}
        </button>
      </div>
    </li>`;
  }

  private renderConfirm() {
    const all = this.confirming === 'all';
    const question = all ? s.confirmDeleteAll(this.drafts.length) : s.confirmDelete((this.confirming as { title: string }).title);
    return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
      <p id="confirm-question">${question}</p>
      <div class="row">
        <button type="button" class="danger" id="confirm-yes" @click=${() => void this.confirmDelete()}>${all ? s.confirmDeleteAllYes : s.confirmDeleteYes}</button>
        <button type="button" class="quiet" id="confirm-no" @click=${this.cancelDelete}>${all ? s.keepAll : s.keep}</button>
      </div>
    </div>`;
  }

  private renderLock() {
    const error = html`<p class="error" id="pass-error" role="alert">${this.passError}</p>`;
    if (this.lock === 'locked') {
      return html`<form class="lock" id="unlock-form" @submit=${this.unlock}>
        <p>${s.lockedNote}</p>
        <div class="field">
          <label for="unlock-passphrase">${s.unlockLabel}</label>
          <input
            id="unlock-passphrase"
            name="passphrase"
            type="password"
            autocomplete="current-password"
            aria-invalid=${this.passError ? 'true' : 'false'}
            aria-describedby="pass-error"
          />
        </div>
        ${error}
        <p class="help">${s.lockForget}</p>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? s.working : s.unlock}</button>
      </form>`;
    }
    if (this.lock === 'unlocked') {
      return html`<div class="lock">
        <p>${s.unlockedNote}</p>
        <button type="button" id="lock-now" class="quiet" @click=${() => void this.lockDrafts()}>${s.lockNow}</button>
        ${this.renderLockAfter()}
      </div>`;
    }
    if (this.lock !== 'off') return nothing;
    if (!this.settingUp) {
      return html`<p>${s.lockOff}</p>
        <button type="button" id="offer-lock" class="quiet" @click=${() => ((this.settingUp = true), void this.focusOn('#new-passphrase'))}>${s.lockOffer}</button>`;
    }
    return html`<form class="lock" id="setup-form" @submit=${this.setUpLock}>
      <p>${s.lockSetupHelp}</p>
      <p><strong>${s.lockForget}</strong></p>
      <div class="field">
        <label for="new-passphrase">${s.passphrase}</label>
        <input id="new-passphrase" name="passphrase" type="password" autocomplete="new-password" aria-describedby="pass-error" />
      </div>
      <div class="field">
        <label for="new-passphrase-again">${s.passphraseAgain}</label>
        <input id="new-passphrase-again" name="again" type="password" autocomplete="new-password" aria-describedby="pass-error" />
      </div>
      ${error}
      <div class="row">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? s.working : s.setUp}</button>
        <button type="button" class="quiet" @click=${() => ((this.settingUp = false), (this.passError = ''), void this.focusOn('#offer-lock'))}>${s.cancel}</button>
      </div>
    </form>`;
  }

  /** The choice of how long the drafts stay open unused: the offered waits, a page's own, and never. */
  private renderLockAfter() {
    const current = this.idleMinutes();
    const waits: number[] = [...LOCK_AFTER_CHOICES];
    if (current > 0 && !waits.includes(current)) waits.push(current);
    waits.sort((a, b) => a - b);
    return html`<div class="field">
      <label for="lock-after">${s.lockAfterLabel}</label>
      <select id="lock-after" aria-describedby="lock-after-help" @change=${this.chooseLockAfter}>
        ${waits.map((minutes) => html`<option value=${String(minutes)} .selected=${minutes === current}>${s.duration(minutes)}</option>`)}
        <option value="0" .selected=${current === 0}>${s.lockAfterNever}</option>
      </select>
      <p class="help" id="lock-after-help">${s.lockAfterHelp}</p>
    </div>`;
  }

  /** Edits still waiting for the autosave are saved now, into the draft they belong to. */
  private saveLeaving(): void {
    const leaving: LeavingItem | undefined =
      this.timer !== undefined && this.current ? { current: this.current, personal: this.personal, clientLabel: this.clientLabel } : undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (leaving) this.saving = this.saving.then(() => this.saveNow(true, leaving));
  }

  /**
   * The page opened another item (blank, built-in, a file): the next save makes a new draft instead
   * of overwriting the one open before, and the item as it arrives in `current` is not saved until
   * it is changed. Call it before the new `current` is passed.
   */
  startNewDraft(): void {
    this.saveLeaving();
    this.baselinePending = true;
    // In turn with the saves before it, so none of them lands in the next item's draft.
    this.saving = this.saving.then(() => {
      this.draftId = undefined;
      this.draftKind = undefined;
    });
  }

  override render() {
    return html`
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">${s.heading}</h2>
        <p class="help">${s.intro}</p>
        ${this.renderPersonal()} ${this.renderSave()}
        <p class="error" id="problem" role="alert">${this.problem}</p>
        <p class="status" id="status" role="status">${this.status}</p>
        <h3 id="list-heading" tabindex="-1">${s.listHeading}</h3>
        ${this.drafts.length ? html`<ul class="drafts">${this.drafts.map((draft) => this.renderDraft(draft))}</ul>` : html`<p>${s.none}</p>`}
        ${
          this.drafts.length
            ? html`<div class="row">
              <button type="button" class="danger" id="delete-all" @click=${(event: Event) => this.askToDelete(event, 'all')}>${s.deleteAll}</button>
            </div>`
            : nothing
        }
        ${this.confirming === 'all' ? this.renderConfirm() : nothing}
        ${this.lock ? html`<h3>${s.lockHeading}</h3>` : nothing} ${this.renderLock()}
      </section>
    `;
  }
}

if (!customElements.get('studio-drafts')) customElements.define('studio-drafts', StudioDraftsElement);

declare global {
  interface HTMLElementTagNameMap {
    'studio-drafts': StudioDraftsElement;
  }
}
