import { Deadline, randomId } from '@hearth/core';
import { canEncrypt, type KeyEnvelope, KeyVault } from '@hearth/core/encryption';
import type { OutboxEntry } from '@hearth/core/sending';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalData } from './journal-data.js';
import type { JournalDraft, JournalEntry } from './journal-prompt.js';
import { sharesOf } from './share-source.js';
import { entryKey, isSealed, type JournalStore, type Stored } from './stored-record.js';

const KEYS = { schema: 1 };
const RECORDS = { schema: 1 };

/** What the lock reads from its journal, and tells it. */
export interface LockJournal extends ReactiveControllerHost, EventTarget {
  readonly instanceKey: string;
  /** Minutes of no activity, or of the page being hidden, after which the journal locks. */
  readonly lockAfter: number;
  /** The journal's records (sealed with this lock's key). */
  readonly data: JournalData;
  t(key: keyof JournalPromptStrings & string): string;
  /** Unlocked (or set up): read the draft and the entries. */
  opened(): Promise<void>;
  /** Locked: nothing of the journal may stay on screen. */
  locked(): void;
}

/**
 * The key of an encrypted journal, as a reactive controller: the passphrase screens (set up with
 * an optional recovery code, unlock, recover, change), the unlocked key (a {@link KeyVault},
 * dropped on lock), and locking after `lock-after` minutes unused or hidden (counted while the
 * journal is out of the page too), on return from the back-forward cache, and on quick exit.
 * Loaded only for a journal with `encrypt`. Its fields are for the views to read.
 */
export class JournalLock implements ReactiveController {
  /** The unlocked data key; undefined while locked. */
  vault?: KeyVault;
  /** The stored, wrapped key (undefined: not set up yet). */
  envelope?: KeyEnvelope;
  /** Which screen shows; undefined when unlocked. */
  stage?: LockStage;
  busy = false;
  error?: string;
  /** The new recovery code, shown once after setup. */
  recoveryCode?: string;
  /** The text is blurred until revealed (someone may be looking over the client's shoulder). */
  concealed = false;
  private hiddenAt?: number;
  private readonly idle: Deadline;

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.hiddenAt = Date.now();
    // Hidden for longer than lock-after (timers may not run in a hidden tab): lock on return.
    else if (this.hiddenAt !== undefined && Date.now() - this.hiddenAt >= this.journal.lockAfter * 60_000) this.lock();
  };

  /** Back from the back-forward cache: the journal comes back locked. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.lock();
  };

  /** Any use restarts the idle clock. */
  private readonly noteActivity = () => {
    if (this.vault) this.idle.set(this.journal.lockAfter * 60_000);
  };

  constructor(private readonly journal: LockJournal) {
    journal.addController(this);
    this.idle = new Deadline(journal, () => this.lock());
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.journal.addEventListener(type, this.noteActivity);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.journal.removeEventListener(type, this.noteActivity);
  }

  private set(patch: Partial<Pick<JournalLock, 'stage' | 'busy' | 'error' | 'recoveryCode' | 'concealed'>>): void {
    Object.assign(this, patch);
    this.journal.requestUpdate();
  }

  /** The key is open: records sealed before seals were bound to their place are bound, then the journal reads them. */
  private async opened(): Promise<void> {
    this.set({ stage: undefined, error: undefined, recoveryCode: undefined });
    // The first unlock rewrites them, later ones find nothing to do (one listing of each store).
    await sealWhatIsThere(this.journal, this.vault!, 'sealed only');
    await this.journal.opened();
    this.noteActivity();
  }

  private refused(error: { reason: string; message: string }): void {
    this.set({ error: error.reason === 'wrong-secret' ? this.journal.t('journal.lock.wrong') : error.message });
  }

  /**
   * Wraps the same data key with a new passphrase, after checking it (8 characters, typed twice),
   * given the current passphrase or the recovery code. Stores the new envelope; entries are not
   * re-encrypted. False, with the reason in `error`, when anything refused.
   */
  private async rewrap(secret: string, passphrase: string, confirm: string, byRecoveryCode: boolean): Promise<boolean> {
    if (passphrase.length < 8) return (this.set({ error: this.journal.t('journal.lock.hintShort') }), false);
    if (passphrase !== confirm) return (this.set({ error: this.journal.t('journal.lock.mismatch') }), false);
    this.set({ busy: true });
    const changed = await KeyVault.changePassphrase(this.envelope!, secret, passphrase, { byRecoveryCode });
    this.set({ busy: false });
    if (!changed.ok) return (this.refused(changed.error), false);
    const saved = await this.journal.data.store!.write('keys', this.journal.instanceKey, changed.value, KEYS);
    if (!saved.ok) return (this.set({ error: saved.error.message }), false);
    this.envelope = changed.value;
    return true;
  }

  /** Reads the stored key: the journal asks for its passphrase, or to set one up (or says it cannot encrypt here). */
  async start(): Promise<void> {
    this.vault = undefined;
    if (!canEncrypt()) return this.set({ stage: 'unavailable' });
    const keys = await this.journal.data.store!.read<KeyEnvelope>('keys', this.journal.instanceKey, KEYS);
    this.envelope = keys.ok ? keys.value?.data : undefined;
    this.set({ stage: this.envelope ? 'locked' : 'setup' });
  }

  /** Locks now: the key is dropped and nothing of the journal stays on screen or in memory. */
  lock(): void {
    if (!this.vault) return;
    this.idle.clear();
    this.vault = undefined;
    this.journal.locked();
    this.set({ stage: 'locked' });
  }

  /** Everything was deleted: the key too. A new passphrase is set up before anything is written. */
  forget(): void {
    this.idle.clear();
    this.vault = undefined;
    this.envelope = undefined;
    this.set({ stage: 'setup' });
  }

  /** Sets up encryption: a new key wrapped by the passphrase (and a recovery code), then what is there is encrypted. */
  async setUp(passphrase: string, confirm: string, withRecoveryCode: boolean): Promise<void> {
    const { data, instanceKey } = this.journal;
    if (passphrase.length < 8) return this.set({ error: this.journal.t('journal.lock.hintShort') });
    if (passphrase !== confirm) return this.set({ error: this.journal.t('journal.lock.mismatch') });
    this.set({ busy: true });
    const created = await KeyVault.create(passphrase, { recoveryCode: withRecoveryCode });
    this.set({ busy: false });
    if (!created.ok) return this.set({ error: created.error.message });
    const saved = await data.store!.write('keys', instanceKey, created.value.envelope, KEYS, { expectedVersion: null });
    if (!saved.ok) return this.set({ error: saved.error.message });
    this.envelope = created.value.envelope;
    this.vault = created.value.vault;
    this.set({ error: undefined });
    await sealWhatIsThere(this.journal, this.vault, 'plain too');
    if (created.value.recoveryCode) this.set({ recoveryCode: created.value.recoveryCode, stage: 'recovery-code' });
    else await this.opened();
  }

  /** Unlocks with the passphrase; a wrong one changes nothing. */
  async unlock(passphrase: string): Promise<boolean> {
    this.set({ busy: true });
    const result = await KeyVault.unlock(this.envelope!, passphrase);
    this.set({ busy: false });
    if (!result.ok) return (this.refused(result.error), false);
    this.vault = result.value;
    await this.opened();
    return true;
  }

  /** Sets a new passphrase with the recovery code (the entries are not re-encrypted), then unlocks. */
  async recover(code: string, passphrase: string, confirm: string): Promise<boolean> {
    return (await this.rewrap(code, passphrase, confirm, true)) && this.unlock(passphrase);
  }

  /** A new passphrase while unlocked, given the current one. */
  async change(current: string, passphrase: string, confirm: string): Promise<boolean> {
    if (!(await this.rewrap(current, passphrase, confirm, false))) return false;
    this.set({ error: undefined, stage: undefined });
    this.journal.data.say(this.journal.t('journal.lock.changed'));
    return true;
  }

  /** Prints the recovery code from a new window built with DOM APIs (no document.write). */
  printCode(): void {
    const win = window.open('', '_blank', 'popup,width=420,height=320');
    if (!win || !this.recoveryCode) return;
    const t = (key: keyof JournalPromptStrings & string) => this.journal.t(key);
    const doc = win.document;
    doc.title = t('journal.lock.recoveryTitle');
    const heading = doc.createElement('h1');
    heading.textContent = t('journal.lock.recoveryTitle');
    const code = doc.createElement('p');
    code.textContent = this.recoveryCode;
    const note = doc.createElement('p');
    note.textContent = t('journal.lock.recoveryIntro');
    doc.body.replaceChildren(heading, code, note);
    win.print();
  }

  /** "Hide text", "Lock now" and "Change passphrase" above the writing area of an unlocked journal. */
  renderControls(): TemplateResult {
    return renderLockControls({
      concealed: this.concealed,
      t: (key) => this.journal.t(key),
      toggle: () => this.set({ concealed: !this.concealed }),
      lock: () => this.lock(),
      change: () => this.set({ stage: 'change' }),
    });
  }

  /** The screen for where the lock is. */
  render(): TemplateResult {
    return renderLock({
      stage: this.stage!,
      busy: this.busy,
      error: this.error,
      recoveryCode: this.recoveryCode,
      t: (key) => this.journal.t(key),
      setUp: (passphrase, confirm, withCode) => void this.setUp(passphrase, confirm, withCode),
      unlock: (passphrase) => void this.unlock(passphrase),
      recover: (code, passphrase, confirm) => void this.recover(code, passphrase, confirm),
      change: (current, passphrase, confirm) => void this.change(current, passphrase, confirm),
      keptCode: () => void this.opened(),
      printCode: () => this.printCode(),
      goTo: (stage) => this.set({ error: undefined, stage }),
    });
  }
}

/** Where the journal's lock is: setting up, showing the new recovery code, locked, recovering. */
export type LockStage = 'setup' | 'recovery-code' | 'locked' | 'recover' | 'change' | 'unavailable';

/** What the lock view needs from the journal. */
export interface LockView {
  stage: LockStage;
  busy: boolean;
  error?: string;
  recoveryCode?: string;
  t(key: keyof JournalPromptStrings & string): string;
  setUp(passphrase: string, confirm: string, withRecoveryCode: boolean): void;
  unlock(passphrase: string): void;
  recover(code: string, passphrase: string, confirm: string): void;
  change(current: string, passphrase: string, confirm: string): void;
  keptCode(): void;
  printCode(): void;
  goTo(stage: LockStage | undefined): void;
}

/** "Hide text" / "Show text" and "Lock now", above the writing area of an unlocked journal. */
export function renderLockControls(view: {
  concealed: boolean;
  t(key: keyof JournalPromptStrings & string): string;
  toggle(): void;
  lock(): void;
  change(): void;
}): TemplateResult {
  return html`<div class="row">
    <button type="button" aria-pressed=${view.concealed ? 'true' : 'false'} @click=${view.toggle}>
      ${view.concealed ? view.t('journal.lock.reveal') : view.t('journal.lock.conceal')}
    </button>
    <button type="button" @click=${view.lock}>${view.t('journal.lock.lockNow')}</button>
    <button type="button" @click=${view.change}>${view.t('journal.lock.change')}</button>
  </div>`;
}

/** A plain strength hint: length and words, no dictionary (nothing leaves the device). */
export function strengthHint(passphrase: string): 'journal.lock.hintShort' | 'journal.lock.hintOkay' | 'journal.lock.hintStrong' {
  if (passphrase.length < 8) return 'journal.lock.hintShort';
  const words = passphrase.trim().split(/\s+/).length;
  return passphrase.length >= 16 || words >= 4 ? 'journal.lock.hintStrong' : 'journal.lock.hintOkay';
}

/** A new passphrase typed twice, the error, and the submit button (recovery and change share them). */
function newPassphraseFields(view: LockView, error: TemplateResult | typeof nothing): TemplateResult {
  const { t } = view;
  return html`<label for="new-passphrase">${t('journal.lock.newPassphrase')}</label>
    <input id="new-passphrase" name="passphrase" type="password" autocomplete="new-password" required />
    <label for="new-confirm">${t('journal.lock.confirm')}</label>
    <input id="new-confirm" name="confirm" type="password" autocomplete="new-password" required />
    ${error}
    <button type="submit" class="primary" ?disabled=${view.busy}>${t('journal.lock.reset')}</button>`;
}

function fields(event: Event): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

/**
 * The journal's passphrase screens: set up (with the plain warning that a forgotten passphrase
 * without the recovery code cannot be recovered), the recovery code once, unlock, and a new
 * passphrase by recovery code. Loaded only for a journal with `encrypt`.
 */
export function renderLock(view: LockView): TemplateResult {
  const { t } = view;
  const error = view.error ? html`<p class="lock-error" role="alert">${view.error}</p>` : nothing;
  switch (view.stage) {
    case 'unavailable':
      return html`<div class="lock" part="lock"><p role="alert">${t('journal.lock.unavailable')}</p></div>`;
    case 'setup':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.setUp(String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''), data.get('recovery') === 'on');
      }}>
        <p class="lock-title">${t('journal.lock.setupTitle')}</p>
        <p>${t('journal.lock.setupIntro')}</p>
        <p class="lock-warning"><strong>${t('journal.lock.warning')}</strong></p>
        <label for="passphrase">${t('journal.lock.passphrase')}</label>
        <input id="passphrase" name="passphrase" type="password" autocomplete="new-password" required aria-describedby="hint"
          @input=${(event: Event) => {
            const hint = (event.target as HTMLElement).closest('form')!.querySelector('#hint')!;
            hint.textContent = t(strengthHint((event.target as HTMLInputElement).value));
          }} />
        <p id="hint" class="muted" aria-live="polite"></p>
        <label for="confirm">${t('journal.lock.confirm')}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
        <label class="check"><input type="checkbox" name="recovery" checked /> ${t('journal.lock.recoveryOption')}</label>
        ${error}
        <button type="submit" class="primary" ?disabled=${view.busy}>${t('journal.lock.turnOn')}</button>
      </form>`;
    case 'recovery-code':
      return html`<div class="lock" part="lock">
        <p class="lock-title">${t('journal.lock.recoveryTitle')}</p>
        <p>${t('journal.lock.recoveryIntro')}</p>
        <p class="recovery-code" part="recovery-code"><code>${view.recoveryCode}</code></p>
        <div class="row">
          <button type="button" @click=${view.printCode}>${t('journal.lock.print')}</button>
          <button type="button" class="primary" @click=${view.keptCode}>${t('journal.lock.done')}</button>
        </div>
      </div>`;
    case 'locked':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => view.unlock(String(fields(event).get('passphrase') ?? ''))}>
        <p class="lock-title">${t('journal.lock.lockedTitle')}</p>
        <label for="unlock">${t('journal.lock.passphrase')}</label>
        <input id="unlock" name="passphrase" type="password" autocomplete="current-password" required />
        ${error}
        <div class="row">
          <button type="submit" class="primary" ?disabled=${view.busy}>${t('journal.lock.unlock')}</button>
          <button type="button" @click=${() => view.goTo('recover')}>${t('journal.lock.useRecovery')}</button>
        </div>
      </form>`;
    case 'change':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.change(String(data.get('current') ?? ''), String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
      }}>
        <p class="lock-title">${t('journal.lock.change')}</p>
        <label for="current">${t('journal.lock.current')}</label>
        <input id="current" name="current" type="password" autocomplete="current-password" required />
        ${newPassphraseFields(view, error)}
        <button type="button" @click=${() => view.goTo(undefined)}>${t('journal.lock.back')}</button>
      </form>`;
    case 'recover':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.recover(String(data.get('code') ?? ''), String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
      }}>
        <p class="lock-title">${t('journal.lock.useRecovery')}</p>
        <label for="code">${t('journal.lock.recoveryCode')}</label>
        <input id="code" name="code" type="text" autocomplete="off" spellcheck="false" required />
        ${newPassphraseFields(view, error)}
        <button type="button" @click=${() => view.goTo('locked')}>${t('journal.lock.back')}</button>
      </form>`;
  }
}

/**
 * Seals the journal's records in place, bound to where each is kept: entries, the draft and its
 * shares waiting in the outbox. `plain too` (encryption was just turned on): what was written
 * before, unencrypted, as well. `sealed only` (an unlock): only records sealed before seals were
 * bound to their record; one stored unencrypted in an encrypted journal is left as it is (and
 * shown flagged), never adopted as the client's.
 */
async function sealWhatIsThere(journal: LockJournal, vault: KeyVault, which: 'plain too' | 'sealed only'): Promise<void> {
  const { data, instanceKey } = journal;
  const store = data.store!;
  const reseal = async <T>(kind: JournalStore, key: string, record: { data: Stored<T>; version: number }) => {
    const stored = record.data;
    let value: T;
    if (isSealed(stored)) {
      if (stored.sealed.bound) return;
      const opened = await vault.decryptJson<T>(stored.sealed);
      if (!opened.ok) return;
      value = opened.value;
    } else {
      if (which === 'sealed only') return;
      value = stored;
    }
    // Only over the record as read: one deleted or changed meanwhile (another tab) stays as it is.
    await store.write(kind, key, await data.seal(value, kind, key), RECORDS, { expectedVersion: record.version });
  };
  const listed = await store.list<Stored<JournalEntry>>('journal', RECORDS);
  if (listed.ok) {
    for (const [key, record] of listed.value.records) if (key.startsWith(`${instanceKey}/`)) await reseal('journal', key, record);
  }
  const draft = await store.read<Stored<JournalDraft>>('drafts', instanceKey, RECORDS);
  if (draft.ok && draft.value) {
    const stored = draft.value.data;
    if (which === 'sealed only' && !isSealed(stored)) await setAsideUnsealedDraft(data, instanceKey, stored, draft.value.version);
    else await reseal('drafts', instanceKey, draft.value);
  }
  // The outbox code loads only when the journal has shares waiting.
  const outbox = await store.list<OutboxEntry>('outbox', RECORDS);
  const owns = sharesOf(instanceKey);
  const waiting = (entry: OutboxEntry) => owns(entry) && (entry.sealed ? !entry.sealed.bound : which === 'plain too');
  if (outbox.ok && outbox.value.records.some(([, record]) => waiting(record.data))) {
    const { Outbox } = await import('@hearth/core/sending');
    await new Outbox(store, { vault, owns }).sealWaiting({ plain: which === 'plain too' });
  }
}

/**
 * A draft stored unencrypted in an encrypted journal (someone with the device wrote it, or a page
 * embedding the journal without `encrypt`): not the client's, so not put in the writing area, and
 * not lost either. It becomes an entry as it is, unencrypted, which the journal shows with its
 * warning, and the draft starts empty.
 */
async function setAsideUnsealedDraft(data: JournalData, instanceKey: string, draft: JournalDraft, version: number): Promise<void> {
  const store = data.store!;
  const text = typeof draft?.text === 'string' ? draft.text : '';
  if (text.trim()) {
    const now = new Date().toISOString();
    const entry: JournalEntry = {
      id: randomId(),
      promptId: typeof draft.promptId === 'string' ? draft.promptId : '',
      promptText: '',
      text,
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    const kept = await store.write('journal', entryKey(instanceKey, entry.id), entry, RECORDS, { expectedVersion: null });
    if (!kept.ok) return;
  }
  await store.write('drafts', instanceKey, await data.seal<JournalDraft>({ text: '', sequence: draft?.sequence }, 'drafts', instanceKey), RECORDS, {
    expectedVersion: version,
  });
}
