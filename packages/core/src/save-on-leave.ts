import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Saves when the client leaves, as a reactive controller: `save` runs when the page is hidden (a
 * tab switch, the phone locked: a hidden page may be discarded without another event) and when it
 * goes away (closed, reloaded, navigated: a reload keeps the page visible, so only `pagehide`
 * says so), while the element is in the page. A last chance for what the autosave has not
 * written yet; the autosave stays the main save.
 */
export class SaveOnLeave implements ReactiveController {
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.save();
  };

  private readonly onPageHide = () => this.save();

  constructor(
    host: ReactiveControllerHost,
    private readonly save: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onPageHide);
  }
}
