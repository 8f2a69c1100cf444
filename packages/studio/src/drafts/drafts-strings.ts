/*
 * The English UI strings of Studio's drafts part: the drafts store's failure reasons,
 * `<studio-drafts>` and the export warning. A table of its own (studio-layout.md) so the part can
 * be translated with the rest of Studio. Labels only: a draft's title keeps its content's language.
 */

/** Every string of the drafts part. Functions take what they name, never client text beyond the draft's own title. */
export const draftsStrings = {
  // Why the drafts store could not do something (plain words; never any content).
  failUnavailable: 'This browser cannot keep drafts here (its storage is turned off, or this is a private window that keeps nothing).',
  failBlocked: 'Drafts cannot be opened right now: Studio is open in another tab with an older or newer version. Close the other tab and try again.',
  failNewer: 'Drafts cannot be opened: this browser holds them in a newer form than this Studio knows. Use the newest Studio.',
  failFull: 'There is no room left in this browser to keep the draft. Delete some drafts, or free some space, and try again.',
  failLocked: 'Your drafts are locked. Unlock them with your passphrase first.',
  failWrongPassphrase: 'That passphrase does not match. Check it and try again.',
  failMissing: 'That draft is no longer here (it may have been deleted in another tab).',
  failDamaged: 'That draft is damaged and cannot be read.',
  failCrypto: 'Encryption with a passphrase is not available on this page (it needs HTTPS or this computer).',
  failOther: 'The browser refused to keep drafts. Your work on the page is still here.',

  heading: 'Drafts on this device',
  intro: 'Drafts are kept only in this browser, on this device. Nothing is sent anywhere.',
  personalLabel: 'This is for one client',
  personalHelp:
    'Personalised content holds information about a client. It is kept as a draft only here, and every export will remind you to keep the file private.',
  clientLabelLabel: 'Which client (a short label)',
  clientLabelHelp: 'Use initials, not a full name: for example “J.’s plan”.',
  save: 'Save draft',
  saveAsNew: 'Save as a new draft',
  autosaveLabel: 'Save automatically as I work',
  nothingToSave: 'Nothing is open to save yet.',
  saved: (time: string) => `Draft saved at ${time}.`,
  autosaved: (time: string) => `Saved automatically at ${time}.`,
  listHeading: 'Saved drafts',
  none: 'No drafts saved yet.',
  lockedTitle: 'Locked draft',
  untitled: (kind: string) => `Untitled ${kind}`,
  forOneClient: 'For one client',
  forClient: (label: string) => `For one client: ${label}`,
  details: (kind: string, language: string, date: string) => `${kind} · ${language} · ${date}`,
  open: 'Open',
  openLabel: (title: string) => `Open ${title}`,
  opened: (title: string) => `Opened “${title}”.`,
  delete: 'Delete',
  deleteLabel: (title: string) => `Delete ${title}`,
  confirmDelete: (title: string) => `Delete “${title}”? This cannot be undone.`,
  confirmDeleteYes: 'Yes, delete it',
  keep: 'Keep it',
  deleted: (title: string) => `Deleted “${title}”.`,
  deleteAll: 'Delete all drafts',
  confirmDeleteAll: (count: number) =>
    `${count === 1 ? 'Delete your one draft' : `Delete all ${count} drafts`}, and the passphrase if one is set? This cannot be undone.`,
  confirmDeleteAllYes: 'Yes, delete them all',
  keepAll: 'Keep them',
  deletedAll: 'All drafts were deleted.',

  lockHeading: 'Passphrase',
  lockOff: 'Drafts are not locked. Anyone using this browser can open them.',
  lockOffer: 'Lock drafts with a passphrase',
  lockSetupHelp: 'Drafts are then kept encrypted: their titles, client labels and content can be read only with the passphrase.',
  lockForget: 'There is no way to recover a forgotten passphrase. If you forget it, the locked drafts cannot be opened; delete them and start again.',
  passphrase: 'Passphrase (at least 8 characters)',
  passphraseAgain: 'The same passphrase again',
  setUp: 'Lock my drafts',
  cancel: 'Cancel',
  tooShort: 'Use at least 8 characters for the passphrase.',
  mismatch: 'The two passphrases are not the same.',
  lockSetUp: 'Your drafts are now locked with your passphrase. They stay open on this page until you lock them.',
  lockedNote: 'Your drafts are locked. Unlock them to see their titles, open them or save new ones.',
  unlockLabel: 'Passphrase',
  unlock: 'Unlock drafts',
  unlocked: 'Drafts unlocked.',
  lockNow: 'Lock drafts now',
  lockedNow: 'Drafts locked.',
  unlockedNote: 'Your drafts are unlocked on this page.',
  lockAfterLabel: 'Lock the drafts by themselves after',
  lockAfterHelp:
    'When nothing is typed, clicked or touched anywhere in Studio for this long, or Studio is out of sight for this long, the drafts lock as “Lock drafts now” does. Your choice is kept in this browser.',
  lockAfterNever: 'Never (they still lock when you leave or reload Studio)',
  /** A wait, in words: minutes (fractions for a test or a page that asks), seconds when under one. */
  duration: (minutes: number) => {
    if (minutes < 1) {
      const seconds = Math.max(1, Math.round(minutes * 60));
      return seconds === 1 ? '1 second' : `${seconds} seconds`;
    }
    const rounded = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(minutes);
    return rounded === '1' ? '1 minute' : `${rounded} minutes`;
  },
  lockedIdle: (wait: string) => `Drafts locked after ${wait} without activity.`,
  lockedHidden: (wait: string) => `Drafts locked: Studio was out of sight for more than ${wait}.`,
  lockedReturned: 'Drafts locked when you came back to this page.',
  working: 'Working…',

  warning:
    'This holds information about one client. Keep the file private: do not publish it on a public web page; share it only over a channel your practice uses for client information.',
  warningFound: (what: string) => `It looks like it contains ${what}.`,
  foundEmail: 'an email address',
  foundPhone: 'a phone number',
  foundName: 'a client’s name where {name} would go',
  foundAnd: (first: string, last: string) => `${first} and ${last}`,
} as const;
