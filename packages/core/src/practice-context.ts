import { ContextRoot, createContext } from '@lit/context';
import type { PracticeConfig } from './practice-config.js';

/**
 * The practice settings every Hearth element reads from its nearest `<hearth-provider>`.
 * The key is `Symbol.for(...)`, so two bundled copies of Hearth on one page still talk.
 */
export const practiceContext = createContext<PracticeConfig | undefined>(Symbol.for('hearth-practice'));

const ROOT_KEY = Symbol.for('hearth-context-root');

/**
 * A provider defined after its consumers have asked (a late upgrade, lit#2763) must still reach
 * them: a ContextRoot on the document keeps unanswered requests and replays them when a provider
 * announces itself. Attached once per page, whichever copy of Hearth comes first.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const holder = document as unknown as Record<symbol, unknown>;
  if (holder[ROOT_KEY]) return;
  holder[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
