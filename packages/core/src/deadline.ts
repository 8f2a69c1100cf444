import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A moment after which something must happen (an encrypted journal locks after a while unused),
 * as a reactive controller. It counts wall-clock time, also while the element is out of the page:
 * put back after the moment has passed, it fires at once; before, it waits for what is left.
 */
export class Deadline implements ReactiveController {
  private at?: number;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onPassed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (!this.connected || this.at === undefined) return;
    const left = this.at - Date.now();
    if (left > 0) {
      this.timer = setTimeout(() => this.arm(), left);
      return;
    }
    this.at = undefined;
    this.onPassed();
  }

  /** The moment is `ms` from now (replacing any set before). */
  set(ms: number): void {
    this.at = Date.now() + ms;
    this.arm();
  }

  clear(): void {
    this.at = undefined;
    clearTimeout(this.timer);
  }

  /** Whether a moment is set and has not passed yet. */
  get pending(): boolean {
    return this.at !== undefined;
  }
}
