import { HEARTH_VERSION, type HearthStorage, type OutboxEntry, randomId, type StorageMode } from '@hearth/core';

import { own } from '../id-record.js';
import type { HearthConsent } from './consent.js';
import { type ConsentRecord, type ConsentStatus, MAX_SIGNER_NAME, type Policy, POLICY_HASH_VERSION } from './policy.js';
import { policyHashes } from './policy-hash.js';

/*
 * Records: the policy's hash, the answer kept on the device, agreeing, declining, withdrawing,
 * and sending through the outbox. Loaded beside the policy.
 */

const RECORD_FORMAT = { schema: 1 };
type Host = HearthConsent;

/**
 * Computes `policyHash` by both recipes (with each section's text, for the receipt and FHIR):
 * new records use recipe 2; a kept record made with recipe 1 is checked with recipe 1.
 */
export async function hashPolicy(host: Host, policy: Policy): Promise<void> {
  const hashes = await policyHashes(policy);
  if (host.hashed !== policy) return;
  host.hashes = hashes;
  host.hash = hashes[POLICY_HASH_VERSION].hash;
}

/** Opens storage and reads the answer kept for this policy; with an endpoint, the outbox too. */
export async function openStore(host: Host, mode: StorageMode, namespace: string, key: string): Promise<void> {
  const { HearthStorage } = await import('@hearth/core/storage');
  host.outbox.close();
  const store: HearthStorage = new HearthStorage({ mode, namespace });
  host.store = store;
  // An answer given in another tab shows here at once: the form never answers over it unseen.
  host.recordWatch.watch(store, 'consent', key);
  await readRecord(host);
  if (host.activeEndpoint) await openOutbox(host);
}

/** Reads the answer kept (again: another tab or consent may have answered, also while this one was out of the page). */
export async function readRecord(host: Host): Promise<void> {
  const watched = host.recordWatch.watched;
  if (!watched) return;
  const read = await watched.storage.read<ConsentRecord>('consent', watched.key, RECORD_FORMAT);
  if (host.recordWatch.watched !== watched) return;
  if (read.ok) host.record = read.value?.data;
  else host.status = host.t('consent.notSaved', { reason: read.error.message });
  host.recordRead = true;
}

/** What still stands between the client and "I agree" (empty when nothing does). */
export function missing(host: Host, policy: Policy): string[] {
  const out: string[] = [];
  if (host.requireScroll && !host.read) out.push(host.t('consent.missing.read'));
  for (const ack of policy.acknowledgments) {
    if (ack.required && !own(host.acks, ack.id)) out.push(host.t('consent.missing.ack', { label: host.isolate(host.fill(ack.label)) }));
  }
  if (!host.signerName.trim()) out.push(host.t('consent.missing.name'));
  if (host.activeRole !== 'self' && !host.relationship.trim()) out.push(host.t('consent.missing.relationship'));
  return out;
}

function makeRecord(host: Host, policy: Policy, status: ConsentStatus): ConsentRecord {
  const name = host.signerName.trim().slice(0, MAX_SIGNER_NAME);
  const relationship = host.relationship.trim().slice(0, MAX_SIGNER_NAME);
  // A new answer to the same terms after a decline or a withdrawal, or to new terms, replaces the one kept.
  const previous = host.record?.policyId === policy.id ? host.record.recordId : undefined;
  return {
    recordId: randomId(),
    ...(previous ? { supersedes: previous } : {}),
    policyId: policy.id,
    policyVersion: policy.version,
    policyHash: host.hash!,
    acknowledgments: Object.fromEntries(policy.acknowledgments.map((ack) => [ack.id, !!own(host.acks, ack.id)])),
    ...(name ? { signerName: name } : {}),
    signerRole: host.activeRole,
    ...(host.activeRole !== 'self' && relationship ? { relationship } : {}),
    signedAt: new Date().toISOString(),
    policyHashVersion: POLICY_HASH_VERSION,
    method: 'typed-name',
    locale: host.locale,
    widgetVersion: HEARTH_VERSION,
    status,
  };
}

/** "I agree": everything needed is there, or the list of what is missing shows (focused). */
export async function agree(host: Host): Promise<ConsentRecord | undefined> {
  const policy = host.currentPolicy;
  if (!policy || !host.hash || host.closed || host.stage !== 'form') return undefined;
  if (missing(host, policy).length) {
    host.showMissing = true;
    host.focusAfterRender = '.missing';
    return undefined;
  }
  return answer(host, policy, 'active');
}

/** "I do not agree": a record too (the name only if typed), kept and sent. */
export async function decline(host: Host): Promise<ConsentRecord | undefined> {
  const policy = host.currentPolicy;
  if (!policy || !host.hash || host.closed || host.stage !== 'form') return undefined;
  return answer(host, policy, 'declined');
}

async function answer(host: Host, policy: Policy, status: ConsentStatus): Promise<ConsentRecord> {
  const record = makeRecord(host, policy, status);
  const deliver = host.notify('hearth-consent-submit', { record }, true);
  await keep(host, record);
  host.clearInputs();
  host.answering = false;
  host.reviewing = false;
  host.focusAfterRender = '.answer-text';
  host.fireChange();
  if (deliver) await send(host, record);
  return record;
}

/** Withdraws the current agreement: the same `recordId`, `status: 'withdrawn'` and `withdrawnAt`; kept and sent. */
export async function withdraw(host: Host): Promise<ConsentRecord | undefined> {
  const current = host.record;
  if (!current || current.status !== 'active' || host.closed) return undefined;
  const record: ConsentRecord = { ...current, status: 'withdrawn', withdrawnAt: new Date().toISOString() };
  const deliver = host.notify('hearth-consent-withdraw', { record }, true);
  await keep(host, record);
  host.confirmingWithdraw = false;
  host.reviewing = false;
  host.focusAfterRender = '.answer-text';
  host.fireChange();
  if (deliver) await send(host, record);
  return record;
}

/** Keeps the record on the device (one per policy key: the newest answer). */
async function keep(host: Host, record: ConsentRecord): Promise<void> {
  host.record = record;
  await host.storeReady;
  const key = host.instanceKey;
  if (!host.store || !key) return;
  const written = await host.store.write('consent', key, record, RECORD_FORMAT);
  host.status = written.ok ? '' : host.t('consent.notSaved', { reason: written.error.message });
  if (written.ok && host.store.mode === 'local') void (host.store.constructor as typeof HearthStorage).persist();
}

function openOutbox(host: Host) {
  return host.outbox.open(host.store!, undefined, async (outbox) => {
    // A record from an earlier visit that is still waiting: show it (the outbox keeps trying).
    const waiting = (await outbox.entries()).filter((entry) => entry.source === host.source).at(-1);
    if (waiting) host.sendState = waiting;
  });
}

/** Events already fired, as `id state`: one per state a send reaches. */
const fired = new WeakMap<Host, Set<string>>();

export function onOutbox(host: Host, entry: OutboxEntry): void {
  if (entry.source !== host.source) return;
  const previous = host.sendState;
  if (!previous || previous.id === entry.id || previous.createdAt <= entry.createdAt) host.sendState = entry;
  const record = host.sending.get(entry.id);
  const mark = `${entry.id} ${entry.state}`;
  const done = fired.get(host) ?? new Set<string>();
  fired.set(host, done);
  if (!record || done.has(mark) || entry.state === 'sending') return;
  done.add(mark);
  const error = entry.lastError ?? { code: 'network' as const, message: '' };
  if (entry.state === 'sent') host.notify('hearth-consent-sent', { record });
  else if (entry.state === 'queued') host.notify('hearth-consent-error', { record, error, queued: true });
  else if (entry.state === 'failed') host.notify('hearth-consent-error', { record, error, queued: false });
}

/** Sends a record through the outbox, when an endpoint is set (else the events were the delivery). */
async function send(host: Host, record: ConsentRecord): Promise<void> {
  const endpoint = host.activeEndpoint;
  if (!endpoint) return;
  await host.storeReady;
  const outbox = await openOutbox(host);
  const fhir = host.format === 'fhir';
  const body = fhir ? host.toFhirConsent(record) : record;
  const entry = await outbox.send({
    endpoint,
    body,
    contentType: fhir ? 'application/fhir+json' : 'application/json',
    credentials: host.sendCredentials,
    source: host.source,
  });
  host.sending.set(entry.id, record);
  onOutbox(host, { ...entry, body: undefined });
}

/** "Try again" for the latest send. */
export async function retry(host: Host): Promise<void> {
  const state = host.sendState;
  const outbox = host.outbox.current;
  if (!state || !outbox) return;
  const entry = await outbox.retry(state.id);
  if (entry) onOutbox(host, entry);
}
