/*
 * `DraftsIdleLock`: when Studio's drafts lock by themselves. A reactive controller of the drafts
 * panel: it watches for activity anywhere in the page (the panel sits in `<studio-app>`'s shadow
 * root, so it listens on the document, capturing), and asks the panel to lock once the drafts have
 * been open and unused for the chosen minutes, when the page comes back after being hidden for
 * that long, and when the page comes back from the back-forward cache. The wall-clock wait is the
 * core `Deadline`, as the journal's passphrase lock uses.
 */

import { Deadline } from '@hearth/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why the drafts locked by themselves: no activity, the page hidden too long, or back from the back-forward cache. */
export type IdleLockReason = 'idle' | 'hidden' | 'returned';

/** What the controller reads from the panel, and asks of it. */
export interface IdleLockOptions {
  /** The minutes without activity after which the drafts lock; 0 (or less) for never. */
  minutes(): number;
  /** True while there is something to lock: a passphrase is set and the drafts are open. */
  open(): boolean;
  /** Lock the drafts now, as "Lock drafts now" does, and say why. */
  lock(reason: IdleLockReason): void;
}

/** What counts as the clinician using Studio: keys, pointer and touch, wheel, typing, focus moving. */
const ACTIVITY = ['keydown', 'input', 'pointerdown', 'touchstart', 'wheel', 'focusin'] as const;
const LISTENING: AddEventListenerOptions = { capture: true, passive: true };

/** The drafts panel's idle lock (see the file's header). */
export class DraftsIdleLock implements ReactiveController {
  private readonly idle: Deadline;
  private hiddenAt?: number;

  /** Any use of the page starts the wait again, in full. */
  private readonly noteActivity = () => {
    if (document.visibilityState !== 'hidden') this.restart();
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      this.hiddenAt = Date.now();
      return;
    }
    const hiddenFor = this.hiddenAt === undefined ? 0 : Date.now() - this.hiddenAt;
    this.hiddenAt = undefined;
    // Timers may not run in a hidden tab: hidden for the whole wait, the drafts lock on return.
    if (this.waiting() && hiddenFor >= this.options.minutes() * 60_000) this.lockFor('hidden');
  };

  /** Back from the back-forward cache: the page was left, as a reload would, so the drafts lock (whatever the wait). */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.options.open()) this.lockFor('returned');
  };

  /**
   * @param host the drafts panel
   * @param options what it reads from the panel, and how it locks
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly options: IdleLockOptions,
  ) {
    host.addController(this);
    this.idle = new Deadline(host, () => {
      if (this.waiting()) this.lockFor('idle');
    });
  }

  hostConnected(): void {
    for (const type of ACTIVITY) document.addEventListener(type, this.noteActivity, LISTENING);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) document.removeEventListener(type, this.noteActivity, LISTENING);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** The drafts are open and a wait is chosen (not "never"). */
  private waiting(): boolean {
    const minutes = this.options.minutes();
    return this.options.open() && Number.isFinite(minutes) && minutes > 0;
  }

  private lockFor(reason: IdleLockReason): void {
    this.idle.clear();
    this.options.lock(reason);
  }

  /**
   * Starts the wait again, in full, from now: when the drafts open, and when the wait is changed.
   * Nothing waits while they are locked, unset or set to never lock.
   */
  restart(): void {
    if (this.waiting()) this.idle.set(this.options.minutes() * 60_000);
    else this.idle.clear();
  }
}
