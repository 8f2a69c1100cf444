import { type BaseStrings, en } from './en.js';
import { enJournal, type JournalStrings } from './en-journal.js';
import { uiCatalogWith } from './ui-catalog.js';

export type JournalPromptStrings = BaseStrings & JournalStrings;

/** The journal prompt's strings: the shared English and its own, other languages on demand. */
/**
 * The journal's strings. The English of its passphrase screens arrives with those screens
 * (journal-lock.ts adds it), so a journal without `encrypt` does not carry it.
 */
export const journalCatalog = /* @__PURE__ */ uiCatalogWith<JournalPromptStrings>('hearth-journal', { ...en, ...enJournal } as JournalPromptStrings);
