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
  method: 'typed-name';
  locale: string;
  widgetVersion: string;
  status: ConsentStatus;
  withdrawnAt?: string;
}

/** The longest typed name (any script); longer input is cut by the field. */
export const MAX_SIGNER_NAME = 200;
