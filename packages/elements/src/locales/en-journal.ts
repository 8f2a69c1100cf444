import type { PluralMessage } from '@hearth/core';

import type { JournalExportStrings } from './en-journal-export.js';
import type { JournalHistoryStrings } from './en-journal-history.js';
import type { JournalLockStrings } from './en-journal-lock.js';

/** English strings of the journal prompt. */
export const enJournal = {
  'journal.promptLabel': 'Prompt',
  'journal.textareaLabel': 'Your answer',
  'journal.words': { one: '{count} word', other: '{count} words' } as PluralMessage,
  'journal.characters': '{count} of {max} characters',
  'journal.saved': 'Saved on this device.',
  'journal.notSaved': 'Not saved: {reason} Your words are still here.',
  'journal.noneNote': 'Nothing is kept on this device: when you close this page, your words are gone.',
  'journal.sessionNote': 'Kept in this tab only, until you close it.',
  'journal.saveEntry': 'Save entry',
  'journal.entrySaved': 'Entry saved.',
  'journal.entryDeleted': 'Entry deleted.',
  'journal.conflict': 'This draft was changed in another tab or window.',
  'journal.keepMine': 'Keep what is here',
  'journal.useOther': 'Use the other version',
  'journal.empty': 'Write something before saving.',
  'journal.persistRefused': 'This browser may clear saved entries after a while (Safari does after seven days without a visit). Export them to keep a copy.',
  'journal.framed':
    "This journal is inside a frame from another website, so your browser keeps its entries apart from the practice's own pages and may clear them sooner. Export them to keep a copy.",
};

/** The journal's strings, with those of its passphrase screens (loaded with them). */
export type JournalStrings = typeof enJournal & JournalHistoryStrings & JournalLockStrings & JournalExportStrings;
