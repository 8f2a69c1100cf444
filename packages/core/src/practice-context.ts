import { type ContextCallback, ContextEvent, createContext } from '@lit/context';

import type { PracticeConfig } from './practice-config.js';

/**
 * The practice settings every Hearth element reads from its nearest `<hearth-provider>`.
 * The key is `Symbol.for(...)`, so two bundled copies of Hearth on one page still talk.
 */
export const practiceContext = createContext<PracticeConfig | undefined>(Symbol.for('hearth-practice'));

const ROOT_KEY = Symbol.for('hearth-context-root');

/** What the page's context root tells about itself (for diagnostics and tests). */
export interface ContextRootState {
  /** How many requests wait for a provider now. */
  waiting(): number;
}

/** The page's context root, once an element has attached it. */
export function contextRootState(): ContextRootState | undefined {
  return typeof document === 'undefined' ? undefined : ((document as unknown as Record<symbol, unknown>)[ROOT_KEY] as ContextRootState | undefined);
}

interface WaitingRequest {
  element: WeakRef<Element>;
  callback: WeakRef<ContextCallback<PracticeConfig | undefined>>;
}

/**
 * A provider defined after its consumers have asked (a late upgrade, lit#2763) must still reach
 * them: a listener on the document keeps the unanswered requests for the practice context and
 * replays them when a provider announces itself. Attached once per page, whichever copy of
 * Hearth comes first.
 *
 * This is @lit/context's `ContextRoot` idea, narrowed to Hearth's context and with one change:
 * requests of elements that were removed are dropped as the list grows. `ContextRoot` keeps every
 * request until a provider appears, so a page without a provider that creates and removes
 * elements (a single-page app) grew by a few dozen bytes per element, forever (measured by
 * `npm run bench`, docs/benchmarks.md).
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const holder = document as unknown as Record<symbol, unknown>;
  if (holder[ROOT_KEY]) return;
  let waiting: WaitingRequest[] = [];
  const root: ContextRootState = { waiting: () => waiting.length };
  holder[ROOT_KEY] = root;
  let pruneAt = 64;
  const html = document.documentElement;
  html.addEventListener('context-request', (event) => {
    if (event.context !== practiceContext || !event.subscribe) return;
    const element = (event.contextTarget ?? event.composedPath()[0]) as Element;
    waiting.push({ element: new WeakRef(element), callback: new WeakRef(event.callback as ContextCallback<PracticeConfig | undefined>) });
    if (waiting.length >= pruneAt) {
      // A removed element asks again when it is connected again; only connected ones wait.
      waiting = waiting.filter((request) => request.element.deref()?.isConnected && request.callback.deref());
      pruneAt = Math.max(64, waiting.length * 2);
    }
  });
  html.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== practiceContext) return;
    const replay = waiting;
    waiting = [];
    const seen = new Set<unknown>();
    // Requests still unanswered after the replay come back to this listener and wait again.
    for (const request of replay) {
      const element = request.element.deref();
      const callback = request.callback.deref();
      if (!element || !callback || seen.has(callback)) continue;
      seen.add(callback);
      element.dispatchEvent(new ContextEvent(practiceContext, element, callback, true));
    }
  });
}
