import type { PluralMessage } from '@hearth/core';

import { strings as base } from './base.js';

/**
 * English strings of the safety plan: the complete table, bundled with the element. The section
 * titles, prompts and examples are content (content/safety-plan/), not strings. Plain language,
 * reading grade ≤ 8; calm, never alarming.
 */
export const strings = {
  ...base,
  'plan.label': 'My safety plan',
  'plan.keptOnDevice': 'Your plan is kept on this device only. Anyone who uses this device may be able to see it. Nobody is alerted by what you write here.',
  'plan.keptShare':
    'Your plan is kept on this device only, unless you choose to share it. Anyone who uses this device may be able to see it. Nobody is alerted by what you write here.',
  'plan.noneNote':
    'Nothing is kept: your plan is gone when you close or reload this page. Print it or save it as a file to keep it. Nobody is alerted by what you write here.',
  'plan.sessionNote': 'Your plan is kept only until you close this tab. Print it or save it as a file to keep it.',
  'plan.example': 'For example: {example}',

  // Printing (safety-plan-print.ts, loaded when the client prints).
  'plan.printPage': 'Print my plan',
  'plan.printCard': 'Print a wallet card',
  'plan.printedOn': 'Printed on {date}',
  'plan.printBlocked': 'The print window could not open. Allow pop-ups for this site, then try again.',

  // The crisis view.
  'plan.openCrisis': 'Use my plan now',
  'plan.crisisTitle': 'My safety plan',
  'plan.crisisIntro': 'Take it one step at a time. You can go to any step, and help is always below.',
  'plan.stepOf': 'Step {step} of {count}',
  'plan.next': 'Next step',
  'plan.previous': 'Previous step',
  'plan.closeCrisis': 'Back to my plan',
  'plan.allSteps': 'All steps',
  'plan.emptySection': 'Nothing written here yet.',

  // Editing a section.
  'plan.addLabel': 'Add to “{section}”',
  'plan.add': 'Add',
  'plan.phoneLabel': 'Phone number (optional)',
  'plan.call': 'Call {name}: {number}',
  'plan.edit': 'Edit',
  /** A button's name on an item: its visible text, then what it acts on. */
  'plan.itemAction': '{action}: {text}',
  'plan.editText': 'Change the words',
  'plan.save': 'Save',
  'plan.cancel': 'Cancel',
  'plan.moveUp': 'Move up',
  'plan.moveDown': 'Move down',
  'plan.remove': 'Remove',
  'plan.moved': 'Moved to place {place} of {count}.',
  'plan.added': 'Added.',
  'plan.removed': 'Removed “{text}”.',
  'plan.undo': 'Undo',
  'plan.restored': 'Put back.',
  'plan.emptyText': 'Write something first.',
  'plan.storageMissing':
    'Your plan could not be opened on this device, because part of this page did not load. Check your connection, then press Try again. Until then, what you add is not kept.',
  'plan.tryAgain': 'Try again',
  'plan.phoneInvalid': 'That phone number cannot be dialled. Use only digits, spaces and + ( ) - .',
  'plan.full': 'This part of the plan is full ({count} lines). Remove a line to add another.',

  // The professionals section.
  'plan.practiceContacts': 'From your practice',
  'plan.addContact': 'Add {name} to my plan',
  'plan.contactAdded': '{name} is in your plan.',

  // Coping strategies linked to a section.
  'plan.strategies': 'Coping strategies',
  'plan.addStrategy': 'Link a coping strategy',
  'plan.chooseStrategy': 'Choose a strategy',
  'plan.link': 'Link it',
  'plan.openStrategy': 'Open “{title}”',
  'plan.closeStrategy': 'Close “{title}”',
  'plan.unlink': 'Unlink',

  // Saving.
  'plan.saved': 'Saved on this device.',
  'plan.notSaved': 'Not saved: {reason} Your plan is still on screen. Print it or save it as a file so it is not lost.',
  'plan.persistRefused':
    'This browser may clear what is saved here (for example after days without a visit). Print your plan or save it as a file to keep a copy.',
  'plan.framed': 'This plan is kept apart from the practice’s own pages, because it is shown inside another website.',
  'plan.conflict': 'Your plan was changed in another tab. Which version do you want to keep?',
  'plan.keepMine': 'Keep this one',
  'plan.useOther': 'Use the other one',

  // Managing the plan.
  'plan.manage': 'Manage my plan',
  'plan.footerLink': 'Show a link to my plan next to the crisis lines in this site’s other tools',
  'plan.footerLinkNote': 'This is off unless you turn it on, because anyone who uses this device would see that you have a plan.',
  'plan.deleteAll': 'Delete everything',
  'plan.deleteAllConfirm': 'Delete your whole plan from this device? This cannot be undone.',
  'plan.deleteAllYes': 'Yes, delete it',
  'plan.deletedAll': 'Your plan was deleted from this device.',

  // Saving a copy as a file, and importing one ("Manage my plan").
  'plan.exportJson': 'Save as a file (JSON)',
  'plan.exportText': 'Save as text',
  'plan.import': 'Import a Hearth plan file',
  'plan.imported': {
    one: 'Added {count} new item to your plan. Nothing already in it was changed.',
    other: 'Added {count} new items to your plan. Nothing already in it was changed.',
  } as PluralMessage,
  'plan.importNothingNew': 'Everything in that file is already in your plan. Nothing was changed.',
  'plan.importFailed': 'That file is not a Hearth safety plan file. Nothing was changed.',
  'plan.importTooBig': 'That file is too big to be a Hearth safety plan file. Nothing was changed.',
  'plan.importFull': 'That file would make a part of your plan too long. Nothing was changed. Remove some lines, then try again.',
  'plan.exportEncrypted': 'Save as an encrypted file (JSON)',
  'plan.fileIntro': 'Choose a passphrase for this file. You will need it to import the file again. Without it, nobody can read the file.',
  'plan.filePassphrase': 'Passphrase for the file',
  'plan.fileConfirm': 'Type it again',
  'plan.fileMismatch': 'The two passphrases are not the same, or are shorter than 8 characters.',
  'plan.fileSave': 'Save the file',
  'plan.fileUnavailable': 'Encrypted files need a secure connection (HTTPS). Ask your practice. Nothing was changed.',
  'plan.importPassphraseIntro': 'This file is encrypted. Enter the passphrase chosen when it was saved.',
  'plan.importGo': 'Import',
  'plan.importWrong': 'That passphrase does not open this file. Nothing was changed.',
  'plan.importDamaged': "This file can't be opened: it may be damaged, or it is not a Hearth safety plan file. Nothing was changed.",
  /** In the text file, under its heading. */
  'plan.exportUpdated': 'Last changed: {date}',
  /** The last line of the text file. */
  'plan.exportHelp': 'If you need help now, call a crisis line or your local emergency number.',
  'plan.deleteAllShares': 'Delete your whole plan from this device, and the copy still waiting to be sent to your therapist? This cannot be undone.',

  // Sharing with the therapist (only with an endpoint).
  'plan.share': 'Share with my therapist',
  'plan.shareIntro': 'This is exactly what will be sent to {practice}:',
  'plan.shareIntroNoName': 'This is exactly what will be sent to your practice:',
  'plan.shareCopy': 'This sends a copy of your plan as it is now. Changes you make later are not sent unless you share it again.',
  'plan.shareSend': 'Send it',
  'plan.shareState.sending': 'Sending…',
  'plan.shareState.queued': "Not sent yet: we'll keep trying. {reason}",
  'plan.shareState.sent':
    'Sent. Your therapist may not read it before your next session. If you need help now, call a crisis line or your local emergency number.',
  'plan.shareState.failed': 'Not sent: {reason}',
  'plan.shareRetry': 'Try again',

  // The passphrase screens of a plan with `encrypt` (passphrase-lock/, loaded only then), and what a locked plan shows.
  'plan.lock.setupTitle': 'Protect your plan with a passphrase',
  'plan.lock.setupIntro':
    'Your plan will be encrypted on this device. Only someone who knows the passphrase can read it. The crisis lines and your practice’s contacts still show when it is locked.',
  'plan.lock.warning': 'If you forget your passphrase and lose your recovery code, nobody can get your plan back, not even your therapist.',
  'plan.lock.passphrase': 'Passphrase',
  'plan.lock.confirm': 'Type it again',
  'plan.lock.hintShort': 'Too short: use at least 8 characters.',
  'plan.lock.hintOkay': 'Okay. A few more words would make it stronger.',
  'plan.lock.hintStrong': 'Strong.',
  'plan.lock.mismatch': 'The two passphrases are not the same.',
  'plan.lock.recoveryOption': 'Also make a recovery code (recommended)',
  'plan.lock.turnOn': 'Turn on encryption',
  'plan.lock.recoveryTitle': 'Your recovery code',
  'plan.lock.recoveryIntro': 'Write it down or print it, and keep it somewhere safe. It is the only way back into your plan if you forget your passphrase.',
  'plan.lock.print': 'Print the code',
  'plan.lock.done': 'I have kept it safe',
  'plan.lock.lockedTitle': 'Your plan is locked',
  'plan.lock.unlock': 'Unlock',
  'plan.lock.wrong': 'That does not match. Nothing was changed.',
  'plan.lock.useRecovery': 'I forgot my passphrase',
  'plan.lock.recoveryCode': 'Recovery code',
  'plan.lock.newPassphrase': 'New passphrase',
  'plan.lock.reset': 'Set the new passphrase',
  'plan.lock.back': 'Back',
  'plan.lock.lockNow': 'Lock now',
  'plan.lock.conceal': 'Hide text',
  'plan.lock.reveal': 'Show text',
  'plan.lock.unavailable': 'Encryption needs a secure connection (HTTPS). Ask your practice. Nothing is kept on this device until then.',
  'plan.lock.change': 'Change passphrase',
  'plan.lock.current': 'Current passphrase',
  'plan.lock.changed': 'Your passphrase was changed.',
  'plan.lock.keptOnDevice': 'Your plan is kept on this device only, locked with your passphrase. Nobody is alerted by what you write here.',
  'plan.lock.keptShare':
    'Your plan is kept on this device only, locked with your passphrase, unless you choose to share it. Nobody is alerted by what you write here.',
  'plan.lock.helpTitle': 'Help you can reach now',
  'plan.lock.helpIntro': 'You do not need your passphrase for these.',
  'plan.lock.startOver':
    'If you forgot your passphrase and lost your recovery code, you can delete the locked plan and make a new one. Your therapist can help.',
  'plan.lock.loadFailed': 'The passphrase screen could not be loaded. Check your connection, then try again. Nothing is kept on this device until then.',
  'plan.lock.retry': 'Try again',
  'plan.lock.sealedElsewhere': 'Your plan is locked with a passphrase on another page. Open it there to see or change it. Nothing written here is saved.',
};

export type SafetyPlanStrings = typeof strings;
