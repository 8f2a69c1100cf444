import '../packages/elements/src/all.js';

import { expect } from '@open-wc/testing';

import { policyUri, toFhirConsent } from '../packages/elements/src/consent/consent-fhir.js';
import type { ConsentRecord, Policy } from '../packages/elements/src/consent/policy.js';

/*
 * FHIR R4 Consent checks, written from the specification (hl7.org/fhir/R4/consent.html): required
 * elements and cardinality, the value sets of status, scope and provision.type, the invariants
 * ppc-1 (a policy or a policy rule) and ppc-2/ppc-5 (a patient for privacy and treatment scopes),
 * and the data types Hearth fills in.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATUS = ['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error'];
const SCOPES = ['adr', 'research', 'patient-privacy', 'treatment'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function consentProblems(c: Json): string[] {
  const problems: string[] = [];
  if (c.resourceType !== 'Consent') problems.push('resourceType');
  if (!STATUS.includes(c.status)) problems.push('status (1..1, ConsentState)');
  const scope = c.scope?.coding?.[0];
  if (scope?.system !== 'http://terminology.hl7.org/CodeSystem/consentscope' || !SCOPES.includes(scope.code)) problems.push('scope (1..1, ConsentScopeCodes)');
  if (!Array.isArray(c.category) || c.category.length < 1 || !c.category.every((cat: Json) => cat.coding?.length || cat.text)) problems.push('category (1..*)');
  if (!(c.policy?.length > 0 || c.policyRule)) problems.push('ppc-1: policy or policyRule');
  for (const policy of c.policy ?? []) if (!policy.uri && !policy.authority) problems.push('policy has a uri or an authority');
  for (const policy of c.policy ?? []) if (policy.uri && /\s|\|/.test(policy.uri)) problems.push('policy.uri is a uri');
  if (['patient-privacy', 'treatment'].includes(scope?.code) && !c.patient) problems.push('ppc-2/ppc-5: a patient');
  if (c.patient && !c.patient.display && !c.patient.reference) problems.push('patient is a Reference');
  if (c.dateTime !== undefined && !DATE_TIME.test(c.dateTime)) problems.push('dateTime');
  for (const list of ['performer', 'organization'])
    for (const ref of c[list] ?? []) if (!ref.display && !ref.reference) problems.push(`${list} is a Reference`);
  if (c.sourceAttachment) {
    if (typeof c.sourceAttachment.contentType !== 'string') problems.push('sourceAttachment.contentType');
    if (!/^[A-Za-z0-9+/]+=*$/.test(c.sourceAttachment.data ?? '')) problems.push('sourceAttachment.data is base64Binary');
  }
  for (const id of c.identifier ?? []) if (typeof id.value !== 'string' || typeof id.system !== 'string') problems.push('identifier');
  const provision = (p: Json, at: string) => {
    if (p.type !== undefined && !['deny', 'permit'].includes(p.type)) problems.push(`${at}.type (deny | permit)`);
    if (p.period?.start && !DATE_TIME.test(p.period.start)) problems.push(`${at}.period.start`);
    if (p.period?.end && !DATE_TIME.test(p.period.end)) problems.push(`${at}.period.end`);
    for (const code of p.code ?? []) if (!code.coding?.length && !code.text) problems.push(`${at}.code`);
    (p.provision ?? []).forEach((child: Json, i: number) => provision(child, `${at}.provision[${i}]`));
  };
  if (Array.isArray(c.provision)) problems.push('provision (0..1)');
  else if (c.provision) provision(c.provision, 'provision');
  return problems;
}

const policy: Policy = {
  id: 'telehealth',
  version: '3',
  title: 'Sessions by video',
  sections: [{ id: 'a', title: 'A private place', bodyHtml: '<p>Join from a private place.</p>' }],
  acknowledgments: [
    { id: 'private-place', label: 'I will join from a private place.', required: true },
    { id: 'phone', label: 'You may call me.', required: false },
  ],
};
const record: ConsentRecord = {
  recordId: '4c1f6a1e-0000-4000-8000-00000000000a',
  policyId: 'telehealth',
  policyVersion: '3',
  policyHash: 'ab'.repeat(32),
  acknowledgments: { 'private-place': true, phone: false },
  signerName: 'Sam Rivera',
  signerRole: 'self',
  signedAt: '2026-11-22T10:00:00.000Z',
  method: 'typed-name',
  locale: 'en',
  widgetVersion: '0.1.0',
  status: 'active',
};
const texts = [{ title: 'A private place', text: 'Join from a private place.' }];

describe('FHIR R4: toFhirConsent()', () => {
  it('an agreement: active, treatment scope for telehealth, LOINC 59284-0, policy uri, the hash, one provision per acknowledgment', () => {
    const consent = toFhirConsent(policy, record, { practiceName: 'Willow Tree', texts });
    expect(consentProblems(consent)).to.deep.equal([]);
    expect(consent.status).to.equal('active');
    expect(consent.scope).to.deep.equal({
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment', display: 'Treatment' }],
    });
    expect(consent.category).to.deep.equal([{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }]);
    expect(consent.patient).to.deep.equal({ display: 'Sam Rivera' });
    expect(consent.performer).to.deep.equal([{ display: 'Sam Rivera' }]);
    expect(consent.organization).to.deep.equal([{ display: 'Willow Tree' }]);
    expect(consent.dateTime).to.equal(record.signedAt);
    expect(consent.policy).to.deep.equal([{ uri: policyUri(policy) }]);
    expect(consent.identifier).to.deep.include({ system: 'urn:hearth:policy-hash:sha-256', value: record.policyHash });
    expect(consent.identifier).to.deep.include({ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.recordId}` });
    const terms = new TextDecoder().decode(Uint8Array.from(atob((consent.sourceAttachment as Json).data), (c) => c.charCodeAt(0)));
    expect(terms).to.equal('Sessions by video\n\nA private place\nJoin from a private place.');
    const provision = consent.provision as Json;
    expect(provision.type).to.equal('permit');
    expect(provision.provision.map((p: Json) => [p.code[0].coding[0].code, p.type])).to.deep.equal([
      ['private-place', 'permit'],
      ['phone', 'deny'],
    ]);
  });

  it('declined is rejected and withdrawn is inactive (with the period ended); other policies are patient-privacy', () => {
    const declined = toFhirConsent(
      { ...policy, id: 'confidentiality' },
      { ...record, policyId: 'confidentiality', status: 'declined', signerName: undefined },
      { texts },
    );
    expect(consentProblems(declined)).to.deep.equal([]);
    expect(declined.status).to.equal('rejected');
    expect((declined.scope as Json).coding[0].code).to.equal('patient-privacy');
    expect((declined.provision as Json).type).to.equal('deny');
    expect(declined).not.to.have.property('organization');
    const withdrawn = toFhirConsent(policy, { ...record, status: 'withdrawn', withdrawnAt: '2026-12-01T09:30:00.000Z' }, { texts });
    expect(consentProblems(withdrawn)).to.deep.equal([]);
    expect(withdrawn.status).to.equal('inactive');
    expect((withdrawn.provision as Json).period).to.deep.equal({ start: record.signedAt, end: '2026-12-01T09:30:00.000Z' });
  });

  it('a guardian signs: the signer is the performer; the record keeps the relationship', () => {
    const consent = toFhirConsent(policy, { ...record, signerName: 'Dana Okafor', signerRole: 'guardian', relationship: 'Mother' }, { texts });
    expect(consentProblems(consent)).to.deep.equal([]);
    expect(consent.performer).to.deep.equal([{ display: 'Dana Okafor' }]);
  });
});

/** The text of a Consent's `sourceAttachment` (base64 of UTF-8). */
const attachmentText = (consent: Json) => new TextDecoder().decode(Uint8Array.from(atob(consent.sourceAttachment.data as string), (c) => c.charCodeAt(0)));

describe('<hearth-consent> toFhirConsent()', () => {
  it('says why it cannot answer yet: out of the page, its src still loading, no record; then gives the Consent with the terms', async () => {
    const away = document.createElement('hearth-consent');
    away.policy = policy;
    expect(() => away.toFhirConsent(record)).to.throw('<hearth-consent> cannot make FHIR: it reads its policy and prepares the terms once it is in the page.');

    const el = document.createElement('hearth-consent');
    el.setAttribute('storage', 'none');
    el.src = '/__hearth/content/policy.json';
    document.body.append(el);
    try {
      expect(() => el.toFhirConsent(record)).to.throw('the policy is still loading (from src); await el.updateComplete first');
      await el.updateComplete;
      expect(() => el.toFhirConsent()).to.throw('there is no record yet: answer the terms first, or pass a record');
      const consent = el.toFhirConsent({ ...record, policyId: 'studio-terms', policyVersion: '2', acknowledgments: { ok: true } });
      expect(consentProblems(consent)).to.deep.equal([]);
      expect(attachmentText(consent)).to.equal('Studio terms\n\nOne\nLoaded from the practice server.');
    } finally {
      el.remove();
    }
  });
});
