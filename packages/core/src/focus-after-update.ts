import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus after the element's next update, as a reactive controller: when an action replaces
 * the control that had focus (a confirmation in place of its button, a thank-you in place of the
 * form), focus goes to what replaced it instead of falling to the page. The first of the given
 * selectors found in the element's shadow root gets it; none found, focus stays where it is.
 */
export class FocusAfterUpdate implements ReactiveController {
  private targets?: string[];

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const targets = this.targets;
    if (!targets) return;
    this.targets = undefined;
    for (const selector of targets) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  /** Focuses the first of `selectors` found after the next update (and asks for one). */
  request(...selectors: string[]): void {
    this.targets = selectors;
    this.host.requestUpdate();
  }
}
