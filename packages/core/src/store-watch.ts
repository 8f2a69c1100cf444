import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ChangeNotice, HearthStorage } from './hearth-storage.js';
import type { StoreName } from './storage-backend.js';

/**
 * Hears changes to one stored record, made in this tab or another, while the element is in the
 * page, as a reactive controller. Removed from the page it stops listening; put back, it listens
 * again and calls `onChange()` with no notice once, because anything may have changed meanwhile.
 */
export class StoreWatch implements ReactiveController {
  private target?: { storage: HearthStorage; store: StoreName; key: string };
  private stop?: () => void;
  private connected = false;
  private away = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (notice?: ChangeNotice) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
    if (this.away && this.target) this.onChange();
    this.away = false;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.away = true;
    this.stop?.();
    this.stop = undefined;
  }

  private listen(): void {
    if (!this.connected || !this.target || this.stop) return;
    const { storage, store, key } = this.target;
    this.stop = storage.watch(store, key, (notice) => this.onChange(notice));
  }

  /** What it watches, if anything. */
  get watched(): { storage: HearthStorage; store: StoreName; key: string } | undefined {
    return this.target;
  }

  /** Watches `key` of `store` in `storage` (instead of what it watched before). */
  watch(storage: HearthStorage, store: StoreName, key: string): void {
    this.unwatch();
    this.target = { storage, store, key };
    this.listen();
  }

  unwatch(): void {
    this.stop?.();
    this.stop = this.target = undefined;
  }
}
