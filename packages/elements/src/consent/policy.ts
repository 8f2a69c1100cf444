import type { ContentReview } from '../content/content-review.js';

/** One part of the terms; `bodyHtml` is sanitized before it is shown or hashed. */
export interface PolicySection {
  id: string;
  title: string;
  bodyHtml: string;
}

/** One thing the client ticks: each its own checkbox, never pre-ticked. */
export interface Acknowledgment {
  id: string;
  label: string;
  required: boolean;
  /**
   * Who ticks it: only signers in these roles see it, and their record holds only theirs (the
   * `minors` template: the young person's and the guardian's). Absent: every signer.
   */
  roles?: SignerRole[];
}

/** The terms a client agrees to (the `policy` property; built-in `template`s use the same format). */
export interface Policy {
  id: string;
  version: string;
  title: string;
  /** The date the terms take effect (YYYY-MM-DD). */
  effectiveDate?: string;
  /** What changed since the last version: shown when a client who agreed before is asked again. */
  changes?: string;
  sections: PolicySection[];
  acknowledgments: Acknowledgment[];
  /** What Hearth Studio records when a clinician reviewed it; the elements ignore it, and it is not part of `policyHash` (it is about the file, not the terms). */
  review?: ContentReview;
}

export type SignerRole = 'self' | 'guardian' | 'representative';
export const SIGNER_ROLES: readonly SignerRole[] = ['self', 'guardian', 'representative'];

export type ConsentStatus = 'active' | 'declined' | 'withdrawn';

/** What the client agreed to, declined or withdrew (ARCHITECTURE.md); dates ISO 8601 UTC. */
export interface ConsentRecord {
  recordId: string;
  /** A re-consent is a new record: the one it replaces. */
  supersedes?: string;
  policyId: string;
  policyVersion: string;
  /** Lowercase hex SHA-256 of the terms (docs/consent.md shows how to recompute it). */
  policyHash: string;
  acknowledgments: Record<string, boolean>;
  /** Absent when declined without a name. */
  signerName?: string;
  signerRole: SignerRole;
  relationship?: string;
  signedAt: string;
  /** Which recipe made `policyHash` (docs/consent.md): 2 for new records; absent: recipe 1. */
  policyHashVersion?: 2;
  method: 'typed-name';
  locale: string;
  widgetVersion: string;
  status: ConsentStatus;
  withdrawnAt?: string;
}

/** The recipes of `policyHash`: 1 (words only) and 2 (words, emphasis and links). */
export type PolicyHashVersion = 1 | 2;
/** The recipe new records use. */
export const POLICY_HASH_VERSION = 2;

/** The recipe a record's `policyHash` was made with (absent: 1); undefined for one this version does not know. */
export function hashVersionOf(record: Pick<ConsentRecord, 'policyHashVersion'>): PolicyHashVersion | undefined {
  const version: unknown = record.policyHashVersion ?? 1;
  return version === 1 || version === 2 ? version : undefined;
}

/** The longest typed name (any script); longer input is cut by the field. */
export const MAX_SIGNER_NAME = 200;

/** The acknowledgments `role` ticks: those without `roles`, and those whose `roles` include it. */
export function acknowledgmentsFor(policy: Policy, role: SignerRole): Acknowledgment[] {
  return policy.acknowledgments.filter((ack) => !ack.roles || ack.roles.includes(role));
}

/**
 * The signers a policy names in its acknowledgments' `roles`, in the order self, guardian,
 * representative (the `minors` template: self and guardian); empty when no acknowledgment has
 * `roles` (anyone signs, in the role `signer-role` says).
 */
export function policyRoles(policy: Policy): SignerRole[] {
  return SIGNER_ROLES.filter((role) => policy.acknowledgments.some((ack) => ack.roles?.includes(role)));
}
