import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { HearthStorage } from './hearth-storage.js';
import type { Outbox, OutboxEntry, OutboxOptions } from './outbox.js';

/**
 * An element's outbox, as a reactive controller: opened on demand (the sending code loads then),
 * retrying while the element is in the page, stopped when it leaves and started again when it
 * comes back — single-page apps remove and re-attach elements, and a queued send must still go.
 * Every state change of the outbox's entries reaches `onEntry`, also while the element is away.
 */
export class OutboxConnection implements ReactiveController {
  private outbox?: Outbox;
  private opening?: Promise<Outbox>;
  private storage?: HearthStorage;
  private unsubscribe?: () => void;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onEntry: (entry: OutboxEntry) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.outbox?.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.outbox?.stop();
  }

  /** The outbox opened so far, if any. */
  get current(): Outbox | undefined {
    return this.outbox;
  }

  /**
   * The outbox of `storage` (the open one, when it is of the same storage), started when the
   * element is connected; `beforeStart` runs first (to read what waits before the first retry).
   */
  open(storage: HearthStorage, options?: OutboxOptions, beforeStart?: (outbox: Outbox) => Promise<void> | void): Promise<Outbox> {
    if (this.opening && this.storage === storage) return this.opening;
    this.close();
    this.storage = storage;
    const opening: Promise<Outbox> = import('./outbox.js').then(async ({ Outbox }) => {
      const outbox = new Outbox(storage, options);
      await beforeStart?.(outbox);
      if (this.opening !== opening) return outbox; // closed (or another storage opened) meanwhile: never started
      this.outbox = outbox;
      this.unsubscribe = outbox.subscribe((entry) => this.onEntry(entry));
      if (this.connected) outbox.start();
      return outbox;
    });
    this.opening = opening;
    // A failed open (the sending code did not arrive on a bad network, or storage failed) is not
    // kept: the next send tries again.
    opening.catch(() => {
      if (this.opening === opening) this.opening = this.storage = undefined;
    });
    return opening;
  }

  /** Stops and forgets the outbox (the element keeps things elsewhere now). */
  close(): void {
    this.outbox?.stop();
    this.unsubscribe?.();
    this.outbox = this.opening = this.storage = this.unsubscribe = undefined;
  }
}
