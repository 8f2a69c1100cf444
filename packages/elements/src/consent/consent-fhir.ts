import type { ConsentRecord, Policy } from './policy.js';

/*
 * The FHIR R4 Consent of ARCHITECTURE.md, as plain JSON. Loaded beside the policy (a host may call
 * toFhirConsent() whatever the `format`).
 */

type Json = Record<string, unknown>;

/** A FHIR R4 `Consent` (the fields Hearth writes). */
export interface FhirConsent extends Json {
  resourceType: 'Consent';
  status: 'active' | 'rejected' | 'inactive';
  scope: Json;
  category: Json[];
  policy: { uri: string }[];
}

const SCOPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/consentscope';

/** The URI that names a policy version in `Consent.policy` (a Hearth policy has no URL of its own). */
export function policyUri(policy: Pick<Policy, 'id' | 'version'>): string {
  return `urn:hearth:policy:${encodeURIComponent(policy.id)}:${encodeURIComponent(policy.version)}`;
}

/** Base64 of the UTF-8 bytes of `text` (FHIR `Attachment.data`). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A record as a FHIR R4 Consent: status active | rejected (declined) | inactive (withdrawn); scope
 * patient-privacy (treatment for telehealth); category LOINC 59284-0; the signer as `patient` and
 * `performer` (display references); `organization` the practice; `policy.uri` (ppc-1); the terms
 * as `sourceAttachment`; the SHA-256 of the terms as an identifier; one provision, with one nested
 * provision per acknowledgment.
 */
export function toFhirConsent(
  policy: Policy,
  record: ConsentRecord,
  options: { practiceName?: string; texts: { title: string; text: string }[] },
): FhirConsent {
  const status = record.status === 'active' ? 'active' : record.status === 'declined' ? 'rejected' : 'inactive';
  const scope = policy.id === 'telehealth' ? { code: 'treatment', display: 'Treatment' } : { code: 'patient-privacy', display: 'Privacy Consent' };
  const signer = { display: record.signerName ?? (record.signerRole === 'self' ? 'Client (name not given)' : (record.relationship ?? record.signerRole)) };
  const terms = [policy.title, ...options.texts.map((section) => `${section.title}\n${section.text}`)].join('\n\n');
  const ackLabels = new Map(policy.acknowledgments.map((ack) => [ack.id, ack.label]));
  return {
    resourceType: 'Consent',
    identifier: [
      { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.recordId}` },
      { system: 'urn:hearth:policy-hash:sha-256', value: record.policyHash },
    ],
    status,
    scope: { coding: [{ system: SCOPE_SYSTEM, ...scope }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: signer,
    dateTime: record.signedAt,
    performer: [signer],
    ...(options.practiceName ? { organization: [{ display: options.practiceName }] } : {}),
    sourceAttachment: { contentType: 'text/plain; charset=utf-8', language: record.locale, title: `${policy.title} (${policy.version})`, data: base64(terms) },
    policy: [{ uri: policyUri(policy) }],
    provision: {
      type: record.status === 'active' ? 'permit' : 'deny',
      period: { start: record.signedAt, ...(record.withdrawnAt ? { end: record.withdrawnAt } : {}) },
      provision: Object.entries(record.acknowledgments).map(([id, confirmed]) => ({
        type: confirmed && record.status === 'active' ? 'permit' : 'deny',
        code: [{ coding: [{ system: `${policyUri(policy)}:acknowledgment`, code: id }], text: ackLabels.get(id) ?? id }],
      })),
    },
  };
}
