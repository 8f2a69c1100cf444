/**
 * English strings of the journal's encrypted export and import. They travel with the history
 * view (loaded with storage), which adds them to the journal's English table.
 */
export const enJournalExport = {
  'journal.export.encrypted': 'Export (encrypted)',
  'journal.export.passphraseIntro': 'Choose a passphrase for this file. You will need it to import the file again.',
  'journal.export.passphrase': 'Passphrase for the file',
  'journal.export.confirm': 'Type it again',
  'journal.export.mismatch': 'The two passphrases are not the same, or are shorter than 8 characters.',
  'journal.export.go': 'Export',
  'journal.import.passphraseIntro': 'This export is encrypted. Enter its passphrase.',
  'journal.import.go': 'Import',
  'journal.import.wrong': 'That passphrase does not open this file. Nothing was changed.',
  'journal.import.damaged': "This file can't be opened: it may be damaged, or it is not a journal export. Nothing was changed. Try exporting it again.",
  'journal.export.draft': 'Download what you wrote',
};

export type JournalExportStrings = typeof enJournalExport;
