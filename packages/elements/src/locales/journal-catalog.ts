import { type JournalPromptStrings, strings as en } from './en/journal-prompt.js';
import { stringCatalog } from './string-catalog.js';

export type { JournalPromptStrings };

/** The journal prompt's strings: English bundled, each other language's complete table on demand. */
export const journalCatalog = /* @__PURE__ */ stringCatalog<JournalPromptStrings>('hearth-journal', en, {
  es: () => import('./es/journal-prompt.js'),
  fr: () => import('./fr/journal-prompt.js'),
  ar: () => import('./ar/journal-prompt.js'),
});
