import type { PluralMessage } from '@hearth/core';

/** English strings of the journal prompt. */
export const enJournal = {
  'journal.promptLabel': "Prompt",
  'journal.textareaLabel': "Your answer",
  'journal.words': { one: "{count} word", other: "{count} words" } as PluralMessage,
  'journal.characters': "{count} of {max} characters",
  'journal.saved': "Saved on this device.",
  'journal.notSaved': "Not saved: {reason} Your words are still here.",
  'journal.noneNote': "Nothing is kept on this device: when you close this page, your words are gone.",
  'journal.sessionNote': "Kept in this tab only, until you close it.",
  'journal.saveEntry': "Save entry",
  'journal.entrySaved': "Entry saved.",
  'journal.history': "Past entries",
  'journal.search': "Search your entries",
  'journal.noEntries': "No entries yet.",
  'journal.noMatches': "No entries match your search.",
  'journal.writtenOn': "Written {date}",
  'journal.delete': "Delete",
  'journal.deleteConfirm': "Delete this entry? This cannot be undone.",
  'journal.deleteYes': "Yes, delete it",
  'journal.cancel': "Cancel",
  'journal.entryDeleted': "Entry deleted.",
  'journal.deleteAll': "Delete everything",
  'journal.deleteAllConfirm': "Delete all your entries and your draft from this device? This cannot be undone.",
  'journal.deleteAllYes': "Yes, delete everything",
  'journal.deletedAll': "Everything was deleted from this device.",
  'journal.conflict': "This draft was changed in another tab or window.",
  'journal.keepMine': "Keep what is here",
  'journal.useOther': "Use the other version",
  'journal.empty': "Write something before saving.",
};

export type JournalStrings = typeof enJournal;
