import type { PluralMessage } from '@hearth/core';

/**
 * English strings of the journal's history, its edit form and "Share with my therapist". They
 * travel with the history (loaded with storage), which adds them to the journal's English table.
 */
export const enJournalHistory = {
  'journal.history': 'Past entries',
  'journal.search': 'Search your entries',
  'journal.noEntries': 'No entries yet.',
  'journal.noMatches': 'No entries match your search.',
  'journal.writtenOn': 'Written {date}',
  'journal.notEncrypted':
    'You may not have written this. It was added on this device without your passphrase, so it is not protected like your other entries. If it is not yours, you can delete it.',
  'journal.delete': 'Delete',
  'journal.deleteConfirm': 'Delete this entry? This cannot be undone.',
  'journal.deleteYes': 'Yes, delete it',
  'journal.cancel': 'Cancel',
  'journal.deleteAll': 'Delete everything',
  'journal.deleteAllConfirm': 'Delete from this device all your entries, your draft and any entries still waiting to be sent? This cannot be undone.',
  'journal.deleteAllYes': 'Yes, delete everything',
  'journal.deletedAll': 'Everything was deleted from this device.',
  'journal.share': 'Share with my therapist',
  'journal.shareIntro': 'This is exactly what will be sent to {practice}:',
  'journal.shareIntroNoName': 'This is exactly what will be sent to your practice:',
  'journal.shareSend': 'Send it',
  'journal.shareState.sending': 'Sending…',
  'journal.shareState.queued': "Not sent yet: we'll keep trying. {reason}",
  'journal.shareState.sent': 'Sent to your therapist.',
  'journal.shareState.failed': 'Not sent: {reason}',
  'journal.shareRetry': 'Try again',
  'journal.exportJson': 'Export (JSON)',
  'journal.exportText': 'Export (text)',
  'journal.import': 'Import a Hearth export',
  'journal.manage': 'Manage your journal',
  'journal.imported': { one: 'Imported {count} entry.', other: 'Imported {count} entries.' } as PluralMessage,
  'journal.importFailed': 'That file is not a Hearth journal export. Nothing was changed.',
  'journal.edit': 'Edit',
  'journal.saveChanges': 'Save changes',
  'journal.editLabel': 'Entry text',
  'journal.tagsLabel': 'Tags (separate with commas)',
  'journal.moodLabel': 'Mood',
  'journal.mood.none': 'No mood',
  'journal.mood.good': 'Good',
  'journal.mood.okay': 'Okay',
  'journal.mood.low': 'Low',
  'journal.mood.anxious': 'Anxious',
  'journal.mood.angry': 'Angry',
  'journal.mood.numb': 'Numb',
  'journal.mood.hopeful': 'Hopeful',
  'journal.tags': 'Tags: {tags}',
  'journal.exportTitle': 'My journal',
  'journal.entryUpdated': 'Entry updated.',
};

export type JournalHistoryStrings = typeof enJournalHistory;
