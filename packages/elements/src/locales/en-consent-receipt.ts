/**
 * English strings of the consent receipt (the printed page and the JSON copy). They travel with
 * the receipt code, which adds them to the consent's English table.
 */
export const enConsentReceipt = {
  'consent.receipt.title': 'Consent receipt',
  'consent.receipt.record': 'Record',
  'consent.receipt.status': 'Answer',
  'consent.receipt.status.active': 'Agreed',
  'consent.receipt.status.declined': 'Did not agree',
  'consent.receipt.status.withdrawn': 'Agreed, then withdrew',
  'consent.receipt.terms': 'Terms',
  'consent.receipt.fingerprint': 'Fingerprint of the terms (SHA-256)',
  'consent.receipt.signer': 'Signed by',
  'consent.receipt.role.self': 'The client',
  'consent.receipt.role.guardian': 'Parent or guardian',
  'consent.receipt.role.representative': 'Representative',
  'consent.receipt.relationship': 'Relationship to the client',
  'consent.receipt.signedAt': 'Signed on',
  'consent.receipt.withdrawnAt': 'Withdrawn on',
  'consent.receipt.method': 'How',
  'consent.receipt.methodTyped': "Typed name, on the practice's website",
  'consent.receipt.practice': 'Practice',
  'consent.receipt.confirmed': 'What you confirmed',
  'consent.receipt.yes': 'Yes',
  'consent.receipt.no': 'No',
  'consent.receipt.replaces': 'Replaces record',
  'consent.receipt.summary.active': 'You agreed to “{title}” (version {version}) on {date}.',
  'consent.receipt.summary.declined': 'You did not agree to “{title}” (version {version}) on {date}.',
  'consent.receipt.summary.withdrawn': 'You agreed to “{title}” (version {version}) on {date}, and withdrew your consent on {withdrawn}.',
  'consent.receipt.keep': 'This page is your copy. You can print it or save it as a PDF.',
  'consent.receipt.withdrawTitle': 'How to withdraw',
  'consent.receipt.withdrawHow':
    'You can withdraw your consent at any time, as easily as you gave it: open the page where you agreed and choose “{withdraw}”, or tell the practice. The practice is told, and it counts from then on.',
  'consent.receipt.changeMindTitle': 'If you change your mind',
  'consent.receipt.changeMind': 'Open the page where you answered and choose “{again}”, or talk to the practice.',
  'consent.receipt.details': 'Details for your records',
  'consent.receipt.print': 'Print this page',
};

export type ConsentReceiptStrings = typeof enConsentReceipt;
