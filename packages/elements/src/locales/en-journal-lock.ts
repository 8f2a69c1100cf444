/**
 * English strings of the journal's passphrase screens. They travel with those screens (loaded
 * only for a journal with `encrypt`), which add them to the journal's English table.
 */
export const enJournalLock = {
  'journal.lock.setupTitle': 'Protect your journal with a passphrase',
  'journal.lock.setupIntro': 'Your entries will be encrypted on this device. Only someone who knows the passphrase can read them.',
  'journal.lock.warning': 'If you forget your passphrase and lose your recovery code, nobody can get your entries back, not even your practice.',
  'journal.lock.passphrase': 'Passphrase',
  'journal.lock.confirm': 'Type it again',
  'journal.lock.hintShort': 'Too short: use at least 8 characters.',
  'journal.lock.hintOkay': 'Okay. A few more words would make it stronger.',
  'journal.lock.hintStrong': 'Strong.',
  'journal.lock.mismatch': 'The two passphrases are not the same.',
  'journal.lock.recoveryOption': 'Also make a recovery code (recommended)',
  'journal.lock.turnOn': 'Turn on encryption',
  'journal.lock.recoveryTitle': 'Your recovery code',
  'journal.lock.recoveryIntro': 'Write it down or print it, and keep it somewhere safe. It is the only way back in if you forget your passphrase.',
  'journal.lock.print': 'Print the code',
  'journal.lock.done': 'I have kept it safe',
  'journal.lock.lockedTitle': 'Your journal is locked',
  'journal.lock.unlock': 'Unlock',
  'journal.lock.wrong': 'That does not match. Nothing was changed.',
  'journal.lock.useRecovery': 'I forgot my passphrase',
  'journal.lock.recoveryCode': 'Recovery code',
  'journal.lock.newPassphrase': 'New passphrase',
  'journal.lock.reset': 'Set the new passphrase',
  'journal.lock.back': 'Back',
  'journal.lock.lockNow': 'Lock now',
  'journal.lock.conceal': 'Hide text',
  'journal.lock.reveal': 'Show text',
  'journal.lock.unavailable': 'Encryption needs a secure connection (HTTPS). Ask your practice. Nothing is kept on this device until then.',
  'journal.lock.change': 'Change passphrase',
  'journal.lock.current': 'Current passphrase',
  'journal.lock.changed': 'Your passphrase was changed.',
};

export type JournalLockStrings = typeof enJournalLock;
