import { Deadline, type HearthStorage } from '@hearth/core';
import { canEncrypt, type KeyEnvelope, KeyVault } from '@hearth/core/encryption';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

import { lockStyles } from './lock.styles.js';
import { type LockStage, type LockString, renderLock, renderLockControls } from './lock-views.js';

export { type LockKey, type LockStage, type LockString, renderLock, renderLockControls, strengthHint } from './lock-views.js';

const KEYS = { schema: 1 };

/**
 * What a host's records need when the key opens: `plain too` when encryption was just set up
 * (what was written before, unencrypted, is sealed as well); `sealed only` on an unlock.
 */
export type SealWhich = 'plain too' | 'sealed only';

/** What the lock reads from the element it locks, and tells it. */
export interface LockHost {
  /** Where the key envelope is kept in the `keys` store (unique across the elements of a namespace). */
  readonly instanceKey: string;
  /** Minutes of no activity, or of the page being hidden, after which the element locks. */
  readonly lockAfter: number;
  /** The storage to keep the key envelope in (open before `start`). */
  readonly store: HearthStorage;
  /** A lock string by its suffix (`lock.hintShort`): the journal's `journal.lock.*`, the plan's `plan.lock.*`. */
  t(key: LockString): string;
  /** Says something on the element's status line ("Your passphrase was changed."). */
  say(message: string): void;
  /** Unlocked (or set up): read the records. */
  opened(): Promise<void>;
  /** Locked: nothing the client wrote may stay on screen or in memory. */
  locked(): void;
  /** The key is open, before `opened`: what the host does with records stored before (seal them). */
  sealRecords?(vault: KeyVault, which: SealWhich): Promise<void>;
  /**
   * True while the client is reading what must not vanish under them for being idle (a safety
   * plan's crisis view): the idle clock starts again instead of locking. Hiding the page still locks.
   */
  readonly keepOpen?: boolean;
}

/**
 * The passphrase lock of an element with `encrypt`, as a reactive controller: the passphrase
 * screens (set up with an optional recovery code, unlock, recover, change), the unlocked key (a
 * {@link KeyVault}, dropped on lock), and locking after `lock-after` minutes unused or hidden
 * (counted while the element is out of the page too), on return from the back-forward cache, and
 * on quick exit (the element calls `lock`). Loaded only for an encrypted element (`encrypt`, or
 * its key found on the device, set up on a page with it). Its fields
 * are for the views to read.
 */
export class PassphraseLock implements ReactiveController {
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
    else if (this.hiddenAt !== undefined && Date.now() - this.hiddenAt >= this.host.lockAfter * 60_000) this.lock();
  };

  /** Back from the back-forward cache: the element comes back locked. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.lock();
  };

  /** Any use restarts the idle clock. */
  private readonly noteActivity = () => {
    if (this.vault) this.idle.set(this.host.lockAfter * 60_000);
  };

  /**
   * @param element the element it renders in and listens to for activity
   * @param host what the lock reads from that element, and tells it
   */
  constructor(
    private readonly element: ReactiveControllerHost & EventTarget,
    private readonly host: LockHost,
  ) {
    element.addController(this);
    this.idle = new Deadline(element, () => (this.host.keepOpen ? this.noteActivity() : this.lock()));
    // The screens' styles come with their code (only an encrypted element loads either).
    const root = (element as unknown as Element).shadowRoot;
    const sheet = lockStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.element.addEventListener(type, this.noteActivity);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.element.removeEventListener(type, this.noteActivity);
  }

  private set(patch: Partial<Pick<PassphraseLock, 'stage' | 'busy' | 'error' | 'recoveryCode' | 'concealed'>>): void {
    Object.assign(this, patch);
    this.element.requestUpdate();
  }

  /** The key is open: the host's records are sealed as they should be, then the host reads them. */
  private async opened(): Promise<void> {
    this.set({ stage: undefined, error: undefined, recoveryCode: undefined });
    // The first unlock rewrites what needs it, later ones find nothing to do.
    await this.host.sealRecords?.(this.vault!, 'sealed only');
    await this.host.opened();
    this.noteActivity();
  }

  private refused(error: { reason: string; message: string }): void {
    this.set({ error: error.reason === 'wrong-secret' ? this.host.t('lock.wrong') : error.message });
  }

  /** The reason a new passphrase is refused (under 8 characters, or not typed the same twice), if it is. */
  private refusal(passphrase: string, confirm: string): string | undefined {
    if (passphrase.length < 8) return this.host.t('lock.hintShort');
    if (passphrase !== confirm) return this.host.t('lock.mismatch');
    return undefined;
  }

  /**
   * Wraps the same data key with a new passphrase, after checking it, given the current
   * passphrase or the recovery code. Stores the new envelope; records are not re-encrypted.
   * False, with the reason in `error`, when anything refused.
   */
  private async rewrap(secret: string, passphrase: string, confirm: string, byRecoveryCode: boolean): Promise<boolean> {
    const refusal = this.refusal(passphrase, confirm);
    if (refusal) return (this.set({ error: refusal }), false);
    this.set({ busy: true });
    const changed = await KeyVault.changePassphrase(this.envelope!, secret, passphrase, { byRecoveryCode });
    this.set({ busy: false });
    if (!changed.ok) return (this.refused(changed.error), false);
    const saved = await this.host.store.write('keys', this.host.instanceKey, changed.value, KEYS);
    if (!saved.ok) return (this.set({ error: saved.error.message }), false);
    this.envelope = changed.value;
    return true;
  }

  /** Reads the stored key: the element asks for its passphrase, or to set one up (or says it cannot encrypt here). */
  async start(): Promise<void> {
    this.vault = undefined;
    if (!canEncrypt()) return this.set({ stage: 'unavailable' });
    const keys = await this.host.store.read<KeyEnvelope>('keys', this.host.instanceKey, KEYS);
    this.envelope = keys.ok ? keys.value?.data : undefined;
    this.set({ stage: this.envelope ? 'locked' : 'setup' });
  }

  /** Locks now: the key is dropped and nothing the client wrote stays on screen or in memory. */
  lock(): void {
    if (!this.vault) return;
    this.idle.clear();
    this.vault = undefined;
    this.host.locked();
    this.set({ stage: 'locked' });
  }

  /** Everything was deleted: the key too. A new passphrase is set up before anything is written. */
  forget(): void {
    this.idle.clear();
    this.vault = undefined;
    this.envelope = undefined;
    this.set({ stage: 'setup', error: undefined, recoveryCode: undefined });
  }

  /** Starts the idle wait again, in full: the client is back from what kept the element open (`keepOpen`). */
  restartIdle(): void {
    this.noteActivity();
  }

  /** Removes the stored key envelope, then forgets the key (a host whose own "Delete everything" does not). */
  async removeKey(): Promise<void> {
    await this.host.store.remove('keys', this.host.instanceKey);
    this.forget();
  }

  /** Sets up encryption: a new key wrapped by the passphrase (and a recovery code), then what is there is encrypted. */
  async setUp(passphrase: string, confirm: string, withRecoveryCode: boolean): Promise<void> {
    const refusal = this.refusal(passphrase, confirm);
    if (refusal) return this.set({ error: refusal });
    this.set({ busy: true });
    const created = await KeyVault.create(passphrase, { recoveryCode: withRecoveryCode });
    this.set({ busy: false });
    if (!created.ok) return this.set({ error: created.error.message });
    const saved = await this.host.store.write('keys', this.host.instanceKey, created.value.envelope, KEYS, { expectedVersion: null });
    if (!saved.ok) return this.set({ error: saved.error.message });
    this.envelope = created.value.envelope;
    this.vault = created.value.vault;
    this.set({ error: undefined });
    await this.host.sealRecords?.(this.vault, 'plain too');
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

  /** Sets a new passphrase with the recovery code (records are not re-encrypted), then unlocks. */
  async recover(code: string, passphrase: string, confirm: string): Promise<boolean> {
    return (await this.rewrap(code, passphrase, confirm, true)) && this.unlock(passphrase);
  }

  /** A new passphrase while unlocked, given the current one. */
  async change(current: string, passphrase: string, confirm: string): Promise<boolean> {
    if (!(await this.rewrap(current, passphrase, confirm, false))) return false;
    this.set({ error: undefined, stage: undefined });
    this.host.say(this.host.t('lock.changed'));
    return true;
  }

  /** Prints the recovery code from a new window built with DOM APIs (no document.write). */
  printCode(): void {
    const win = window.open('', '_blank', 'popup,width=420,height=320');
    if (!win || !this.recoveryCode) return;
    const doc = win.document;
    doc.title = this.host.t('lock.recoveryTitle');
    const heading = doc.createElement('h1');
    heading.textContent = this.host.t('lock.recoveryTitle');
    const code = doc.createElement('p');
    code.textContent = this.recoveryCode;
    const note = doc.createElement('p');
    note.textContent = this.host.t('lock.recoveryIntro');
    doc.body.replaceChildren(heading, code, note);
    win.print();
  }

  /** "Hide text", "Lock now" and "Change passphrase", above what the client wrote. */
  renderControls(): TemplateResult {
    return renderLockControls({
      concealed: this.concealed,
      t: (key) => this.host.t(key),
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
      t: (key) => this.host.t(key),
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
