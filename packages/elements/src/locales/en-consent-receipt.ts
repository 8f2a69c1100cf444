/**
 * English strings of the consent receipt (the printed page and the JSON copy). They travel with
 * the receipt code, which adds them to the consent's English table.
 */
export const enConsentReceipt = {
  'consent.receipt.title': "Consent receipt",
  'consent.receipt.record': "Record",
  'consent.receipt.status': "Answer",
  'consent.receipt.status.active': "Agreed",
  'consent.receipt.status.declined': "Did not agree",
  'consent.receipt.status.withdrawn': "Agreed, then withdrew",
  'consent.receipt.terms': "Terms",
  'consent.receipt.fingerprint': "Fingerprint of the terms (SHA-256)",
  'consent.receipt.signer': "Signed by",
  'consent.receipt.role.self': "The client",
  'consent.receipt.role.guardian': "Parent or guardian",
  'consent.receipt.role.representative': "Representative",
  'consent.receipt.relationship': "Relationship to the client",
  'consent.receipt.signedAt': "Signed on",
  'consent.receipt.withdrawnAt': "Withdrawn on",
  'consent.receipt.method': "How",
  'consent.receipt.methodTyped': "Typed name, on the practice's website",
  'consent.receipt.practice': "Practice",
  'consent.receipt.confirmed': "What you confirmed",
  'consent.receipt.yes': "Yes",
  'consent.receipt.no': "No",
  'consent.receipt.replaces': "Replaces record",
};

export type ConsentReceiptStrings = typeof enConsentReceipt;
