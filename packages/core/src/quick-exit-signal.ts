/** The event `<hearth-quick-exit>` fires (bubbling, composed) just before it leaves the page. */
export const QUICK_EXIT_EVENT = 'hearth-quick-exit';

export interface QuickExitDetail {
  /** Where the page is going. */
  href: string;
  /** What set it off. */
  trigger: 'button' | 'keyboard' | 'method';
}

/**
 * Calls `callback` when any quick exit on the page fires, from any copy of Hearth: elements use
 * it to lock and clear sensitive views. Returns the function that stops listening.
 */
export function onQuickExit(callback: (detail: QuickExitDetail) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<QuickExitDetail>).detail);
  window.addEventListener(QUICK_EXIT_EVENT, listener);
  return () => window.removeEventListener(QUICK_EXIT_EVENT, listener);
}

declare global {
  interface HTMLElementEventMap {
    'hearth-quick-exit': CustomEvent<QuickExitDetail>;
  }
  interface WindowEventMap {
    'hearth-quick-exit': CustomEvent<QuickExitDetail>;
  }
}
