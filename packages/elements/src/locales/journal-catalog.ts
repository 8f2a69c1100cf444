import { en, type BaseStrings } from './en.js';
import { enJournal, type JournalStrings } from './en-journal.js';
import { uiCatalogWith } from './ui-catalog.js';

export type JournalPromptStrings = BaseStrings & JournalStrings;

/** The journal prompt's strings: the shared English and its own, other languages on demand. */
export const journalCatalog = /* @__PURE__ */ uiCatalogWith<JournalPromptStrings>('hearth-journal', { ...en, ...enJournal });
