import { randomId } from '@hearth/core';
import { type KeyEnvelope, KeyVault } from '@hearth/core/encryption';
import type { OutboxEntry } from '@hearth/core/sending';
import type { HearthStorage } from '@hearth/core/storage';
import { html, nothing, type TemplateResult } from 'lit';

import type { JournalPromptStrings } from '../locales/journal-catalog.js';
import type { JournalDraft, JournalEntry } from './journal-prompt.js';
import { sharesOf } from './share-source.js';
import { entryKey, isSealed, type JournalStore, type Stored } from './stored-record.js';

export { canEncrypt, type Ciphertext, type KeyEnvelope, KeyVault } from '@hearth/core/encryption';

const KEYS = { schema: 1 };
const RECORDS = { schema: 1 };

/** What the lock logic reads and sets on the journal. */
export interface LockHost {
  store?: HearthStorage;
  instanceKey: string;
  envelope?: KeyEnvelope;
  vault?: KeyVault;
  lockStage?: LockStage;
  lockBusy: boolean;
  lockError?: string;
  recoveryCode?: string;
  t(key: keyof JournalPromptStrings & string): string;
  seal<T>(value: T, store: JournalStore, key: string): Promise<Stored<T>>;
  opened(): Promise<void>;
}

/** What the journal's own lock screens and controls read and set on it, besides {@link LockHost}. */
export interface LockScreenHost extends LockHost {
  status: string;
  /** The text is blurred until revealed. */
  concealed: boolean;
  lock(): void;
}

/** The lock screens of the journal itself, their actions calling the lock logic on it. */
export function renderLockFor(host: LockScreenHost): TemplateResult {
  return renderLock({
    stage: host.lockStage!,
    busy: host.lockBusy,
    error: host.lockError,
    recoveryCode: host.recoveryCode,
    t: (key) => host.t(key),
    setUp: (passphrase, confirm, withCode) => void setUp(host, passphrase, confirm, withCode),
    unlock: (passphrase) => void unlock(host, passphrase),
    recover: (code, passphrase, confirm) => void recover(host, code, passphrase, confirm),
    change: (current, passphrase, confirm) => void changePassphrase(host, current, passphrase, confirm),
    keptCode: () => void host.opened(),
    printCode: () => printRecoveryCode(host),
    goTo: (stage) => {
      host.lockError = undefined;
      host.lockStage = stage;
    },
  });
}

/** The journal's lock controls above its writing area. */
export function renderLockControlsFor(host: LockScreenHost): TemplateResult {
  return renderLockControls({
    concealed: host.concealed,
    t: (key) => host.t(key),
    toggle: () => (host.concealed = !host.concealed),
    lock: () => host.lock(),
    change: () => (host.lockStage = 'change'),
  });
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

/** Sets up encryption: a new key wrapped by the passphrase (and a recovery code), then what is there is encrypted. */
export async function setUp(host: LockHost, passphrase: string, confirm: string, withRecoveryCode: boolean): Promise<void> {
  if (passphrase.length < 8) return void (host.lockError = host.t('journal.lock.hintShort'));
  if (passphrase !== confirm) return void (host.lockError = host.t('journal.lock.mismatch'));
  host.lockBusy = true;
  const created = await KeyVault.create(passphrase, { recoveryCode: withRecoveryCode });
  host.lockBusy = false;
  if (!created.ok) return void (host.lockError = created.error.message);
  const saved = await host.store!.write('keys', host.instanceKey, created.value.envelope, KEYS, { expectedVersion: null });
  if (!saved.ok) return void (host.lockError = saved.error.message);
  host.envelope = created.value.envelope;
  host.vault = created.value.vault;
  host.lockError = undefined;
  await sealWhatIsThere(host, 'plain too');
  host.recoveryCode = created.value.recoveryCode;
  if (host.recoveryCode) host.lockStage = 'recovery-code';
  else await host.opened();
}

/**
 * Seals the journal's records in place, bound to where each is kept: entries, the draft and its
 * shares waiting in the outbox. `plain too` (encryption was just turned on): what was written
 * before, unencrypted, as well. `sealed only` (an unlock): only records sealed before seals were
 * bound to their record; one stored unencrypted in an encrypted journal is left as it is (and
 * shown flagged), never adopted as the client's.
 */
export async function sealWhatIsThere(host: LockHost, which: 'plain too' | 'sealed only'): Promise<void> {
  const store = host.store!;
  const vault = host.vault!;
  const reseal = async <T>(kind: JournalStore, key: string, { data, version }: { data: Stored<T>; version: number }) => {
    let value: T;
    if (isSealed(data)) {
      if (data.sealed.bound) return;
      const opened = await vault.decryptJson<T>(data.sealed);
      if (!opened.ok) return;
      value = opened.value;
    } else {
      if (which === 'sealed only') return;
      value = data;
    }
    // Only over the record as read: one deleted or changed meanwhile (another tab) stays as it is.
    await store.write(kind, key, await host.seal(value, kind, key), RECORDS, { expectedVersion: version });
  };
  const listed = await store.list<Stored<JournalEntry>>('journal', RECORDS);
  if (listed.ok) {
    for (const [key, record] of listed.value.records) if (key.startsWith(`${host.instanceKey}/`)) await reseal('journal', key, record);
  }
  const draft = await store.read<Stored<JournalDraft>>('drafts', host.instanceKey, RECORDS);
  if (draft.ok && draft.value) {
    const stored = draft.value.data;
    if (which === 'sealed only' && !isSealed(stored)) await setAsideUnsealedDraft(host, stored, draft.value.version);
    else await reseal('drafts', host.instanceKey, draft.value);
  }
  // The outbox code loads only when the journal has shares waiting.
  const outbox = await store.list<OutboxEntry>('outbox', RECORDS);
  const owns = sharesOf(host.instanceKey);
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
async function setAsideUnsealedDraft(host: LockHost, draft: JournalDraft, version: number): Promise<void> {
  const store = host.store!;
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
    const kept = await store.write('journal', entryKey(host.instanceKey, entry.id), entry, RECORDS, { expectedVersion: null });
    if (!kept.ok) return;
  }
  await store.write('drafts', host.instanceKey, await host.seal<JournalDraft>({ text: '', sequence: draft?.sequence }, 'drafts', host.instanceKey), RECORDS, {
    expectedVersion: version,
  });
}

/** Unlocks with the passphrase; a wrong one changes nothing. */
export async function unlock(host: LockHost, passphrase: string): Promise<boolean> {
  host.lockBusy = true;
  const result = await KeyVault.unlock(host.envelope!, passphrase);
  host.lockBusy = false;
  if (!result.ok) {
    host.lockError = result.error.reason === 'wrong-secret' ? host.t('journal.lock.wrong') : result.error.message;
    return false;
  }
  host.vault = result.value;
  await host.opened();
  return true;
}

/**
 * Wraps the same data key with a new passphrase, after checking it (8 characters, typed twice),
 * given the current passphrase or the recovery code. Stores the new envelope; entries are not
 * re-encrypted. False, with the reason in `lockError`, when anything refused.
 */
async function rewrap(host: LockHost, secret: string, passphrase: string, confirm: string, byRecoveryCode: boolean): Promise<boolean> {
  if (passphrase.length < 8) return (void (host.lockError = host.t('journal.lock.hintShort')), false);
  if (passphrase !== confirm) return (void (host.lockError = host.t('journal.lock.mismatch')), false);
  host.lockBusy = true;
  const changed = await KeyVault.changePassphrase(host.envelope!, secret, passphrase, { byRecoveryCode });
  host.lockBusy = false;
  if (!changed.ok) {
    host.lockError = changed.error.reason === 'wrong-secret' ? host.t('journal.lock.wrong') : changed.error.message;
    return false;
  }
  const saved = await host.store!.write('keys', host.instanceKey, changed.value, KEYS);
  if (!saved.ok) return (void (host.lockError = saved.error.message), false);
  host.envelope = changed.value;
  return true;
}

/** Sets a new passphrase with the recovery code (the entries are not re-encrypted), then unlocks. */
export async function recover(host: LockHost, code: string, passphrase: string, confirm: string): Promise<boolean> {
  return (await rewrap(host, code, passphrase, confirm, true)) && unlock(host, passphrase);
}

/** A new passphrase while unlocked, given the current one. */
export async function changePassphrase(host: LockHost & { status: string }, current: string, passphrase: string, confirm: string): Promise<boolean> {
  if (!(await rewrap(host, current, passphrase, confirm, false))) return false;
  host.lockError = undefined;
  host.lockStage = undefined;
  host.status = host.t('journal.lock.changed');
  return true;
}

/** Prints the recovery code from a new window built with DOM APIs (no document.write). */
export function printRecoveryCode(host: LockHost): void {
  const win = window.open('', '_blank', 'popup,width=420,height=320');
  if (!win || !host.recoveryCode) return;
  const doc = win.document;
  doc.title = host.t('journal.lock.recoveryTitle');
  const heading = doc.createElement('h1');
  heading.textContent = host.t('journal.lock.recoveryTitle');
  const code = doc.createElement('p');
  code.textContent = host.recoveryCode;
  const note = doc.createElement('p');
  note.textContent = host.t('journal.lock.recoveryIntro');
  doc.body.replaceChildren(heading, code, note);
  win.print();
}
