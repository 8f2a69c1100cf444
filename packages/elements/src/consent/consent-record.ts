import { HEARTH_VERSION, type HearthStorage, OutboxConnection, type OutboxEntry, randomId, type StorageMode, StoreWatch } from '@hearth/core';

import { own } from '../id-record.js';
import type { HearthConsent } from './consent.js';
import { acknowledgmentsFor, type ConsentRecord, type ConsentStatus, MAX_SIGNER_NAME, type Policy, POLICY_HASH_VERSION, type SignerRole } from './policy.js';
import { type PolicyHashes, policyHashes } from './policy-hash.js';

const RECORD_FORMAT = { schema: 1 };
type Host = HearthConsent;

/**
 * The consent's records: the policy's hash, the answer kept on the device (heard when another tab
 * or consent answers, also after the consent was out of the page), agreeing, declining,
 * withdrawing, and sending through the outbox (retrying while the consent is in the page). Loaded
 * beside the policy; it owns its state and renders the consent again when that changes, and asks
 * the consent itself for what is on screen (ticks, name, focus).
 */
export class ConsentRecords {
  /** The policy's hash for new records (recipe 2), once computed. */
  hash?: string;
  /** The policy's hash and section texts by each recipe: a kept record is checked with its own. */
  hashes?: PolicyHashes;
  /** The answer kept on the device (any status), once read. */
  record?: ConsentRecord;
  /** The device's answer has been read (or there is none). */
  recordRead = false;
  /** Terms answered in turn: the other signers' answers kept on the device (each under its own key). */
  others: Partial<Record<SignerRole, ConsentRecord>> = {};
  /** The other signers' answers have been read. */
  othersRead = false;
  /** The latest send of this consent, as the outbox reports it. */
  sendState?: OutboxEntry;
  /** Storage opened and the kept answer read (what an answer waits for before it is kept). */
  ready: Promise<void> = Promise.resolve();
  /** For which policy object `hash` was computed. */
  private hashed?: Policy;
  private storage?: HearthStorage;
  /** `mode namespace` of `storage`: a new key (another signer's turn) keeps the storage, and its outbox. */
  private storageFor = '';
  private storeFor = '';
  /** Records of this visit, by outbox id, for the events. */
  private readonly sending = new Map<string, ConsentRecord>();
  /** Events already fired, as `id state`: one per state a send reaches. */
  private readonly fired = new Set<string>();
  private readonly outbox: OutboxConnection;
  private readonly watch: StoreWatch;

  constructor(private readonly host: Host) {
    this.outbox = new OutboxConnection(host, (entry) => this.onOutbox(entry));
    this.watch = new StoreWatch(host, () => void this.readRecord());
  }

  private set(changes: Partial<Pick<ConsentRecords, 'hash' | 'hashes' | 'record' | 'recordRead' | 'others' | 'othersRead' | 'sendState'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private canAnswer(policy: Policy | undefined): policy is Policy {
    return !!policy && !!this.hash && !this.host.closed && this.host.stage === 'form';
  }

  /**
   * Computes `policyHash` by both recipes (with each section's text, for the receipt and FHIR):
   * new records use recipe 2; a kept record made with recipe 1 is checked with recipe 1.
   */
  private async hashPolicy(policy: Policy): Promise<void> {
    const hashes = await policyHashes(policy);
    if (this.hashed === policy) this.set({ hashes, hash: hashes[POLICY_HASH_VERSION].hash });
  }

  /**
   * Opens storage and reads the answer kept for this policy; with an endpoint, the outbox too.
   * Another key in the same storage (the next signer's turn) keeps the storage and its outbox
   * open: a record still being sent for the first signer reports its sending as before.
   */
  private async open(mode: StorageMode, namespace: string, key: string): Promise<void> {
    const { HearthStorage } = await import('@hearth/core/storage');
    const where = `${mode} ${namespace}`;
    let storage = this.storage;
    if (!storage || this.storageFor !== where) {
      this.outbox.close();
      storage = new HearthStorage({ mode, namespace });
      this.storage = storage;
      this.storageFor = where;
    }
    // An answer given in another tab shows here at once: the form never answers over it unseen.
    this.watch.watch(storage, 'consent', key);
    await this.readRecord();
    if (this.host.activeEndpoint) await this.openOutbox();
  }

  /** Reads the answer kept (again: another tab or consent may have answered, also while this one was out of the page). */
  private async readRecord(): Promise<void> {
    const watched = this.watch.watched;
    if (!watched) return;
    const read = await watched.storage.read<ConsentRecord>('consent', watched.key, RECORD_FORMAT);
    const others = await this.readOthers(watched.storage);
    if (this.watch.watched !== watched) return;
    if (read.ok) this.set({ record: read.value?.data, recordRead: true, others, othersRead: true });
    else {
      this.host.say(this.host.t('consent.notSaved', { reason: read.error.message }));
      // No answer is known for this key: never another key's (a withdrawal would be kept here).
      this.set({ record: undefined, recordRead: true, others, othersRead: true });
    }
  }

  /** Terms answered in turn: the answers of the signers whose turn it is not (each kept under its own key). */
  private async readOthers(storage: HearthStorage): Promise<Partial<Record<SignerRole, ConsentRecord>>> {
    const others: Partial<Record<SignerRole, ConsentRecord>> = {};
    for (const role of this.host.turns) {
      const key = this.host.keyFor(role);
      if (role === this.host.activeRole || !key) continue;
      const read = await storage.read<ConsentRecord>('consent', key, RECORD_FORMAT);
      if (read.ok && read.value) others[role] = read.value.data;
    }
    return others;
  }

  private async answer(policy: Policy, status: ConsentStatus): Promise<ConsentRecord> {
    const record = makeRecord(this.host, this.record, policy, this.hash!, status);
    const deliver = this.host.notify('hearth-consent-submit', { record }, true);
    await this.keep(record);
    this.host.answered(status);
    if (deliver) await this.send(record);
    return record;
  }

  /** Keeps the record on the device (one per policy key: the newest answer). */
  private async keep(record: ConsentRecord): Promise<void> {
    this.set({ record });
    await this.ready;
    const key = this.host.instanceKey;
    const storage = this.storage;
    if (!storage || !key) return;
    const written = await storage.write('consent', key, record, RECORD_FORMAT);
    this.host.say(written.ok ? '' : this.host.t('consent.notSaved', { reason: written.error.message }));
    if (written.ok && storage.mode === 'local') void (storage.constructor as typeof HearthStorage).persist();
  }

  private async openOutbox() {
    const outbox = await this.outbox.open(this.storage!);
    if (!this.sendState) {
      // A record from an earlier visit (or another signer's turn) that is still waiting: show it (the outbox keeps trying).
      const source = this.host.source;
      const waiting = (await outbox.entries()).filter((entry) => entry.source === source).at(-1);
      if (waiting && !this.sendState && this.host.source === source) this.set({ sendState: waiting });
    }
    return outbox;
  }

  /**
   * An outbox entry changed: the send line shows the latest of the signer on screen (by source);
   * the events go by record, whoever's turn it is now (a record still queued for the first signer
   * reports "sent" after the turn passed).
   */
  private onOutbox(entry: OutboxEntry): void {
    const host = this.host;
    const previous = this.sendState;
    if (entry.source === host.source && (!previous || previous.id === entry.id || previous.createdAt <= entry.createdAt)) this.set({ sendState: entry });
    const record = this.sending.get(entry.id);
    const mark = `${entry.id} ${entry.state}`;
    if (!record || this.fired.has(mark) || entry.state === 'sending') return;
    this.fired.add(mark);
    const error = entry.lastError ?? { code: 'network' as const, message: '' };
    if (entry.state === 'sent') host.notify('hearth-consent-sent', { record });
    else if (entry.state === 'queued') host.notify('hearth-consent-error', { record, error, queued: true });
    else if (entry.state === 'failed') host.notify('hearth-consent-error', { record, error, queued: false });
  }

  /** Sends a record through the outbox, when an endpoint is set (else the events were the delivery). */
  private async send(record: ConsentRecord): Promise<void> {
    const host = this.host;
    const endpoint = host.activeEndpoint;
    if (!endpoint) return;
    await this.ready;
    const outbox = await this.openOutbox();
    const fhir = host.format === 'fhir';
    const body = fhir ? host.toFhirConsent(record) : record;
    const entry = await outbox.send({
      endpoint,
      body,
      contentType: fhir ? 'application/fhir+json' : 'application/json',
      credentials: host.sendCredentials,
      source: host.source,
    });
    this.sending.set(entry.id, record);
    this.onOutbox({ ...entry, body: undefined });
  }

  /**
   * Follows the terms on show and where answers are kept: hashes a new policy (true when the
   * policy is new), opens another storage when the mode, namespace or key changed.
   */
  follow(policy: Policy | undefined, place?: { mode: StorageMode; namespace: string; key: string }): boolean {
    let fresh = false;
    if (policy && policy !== this.hashed) {
      this.hashed = policy;
      this.hash = this.hashes = undefined;
      fresh = true;
      void this.host.trackWork(this.hashPolicy(policy));
    }
    if (place) {
      const wanted = `${place.mode} ${place.namespace} ${place.key}`;
      if (wanted !== this.storeFor) {
        this.storeFor = wanted;
        this.recordRead = this.othersRead = false;
        // Another place is another signer's (or consent's): nothing of the last one shows for it.
        this.record = this.sendState = undefined;
        this.others = {};
        // A read of the last place still under way is dropped (it would show that place's answer here).
        this.watch.unwatch();
        this.ready = this.host.trackWork(this.open(place.mode, place.namespace, place.key));
      }
    }
    return fresh;
  }

  /** "I agree": everything needed is there, or the list of what is missing shows (focused). */
  async agree(): Promise<ConsentRecord | undefined> {
    const policy = this.host.currentPolicy;
    if (!this.canAnswer(policy)) return undefined;
    if (missing(this.host, policy).length) {
      this.host.showWhatIsMissing();
      return undefined;
    }
    return this.answer(policy, 'active');
  }

  /** "I do not agree": a record too (the name only if typed), kept and sent. */
  async decline(): Promise<ConsentRecord | undefined> {
    const policy = this.host.currentPolicy;
    return this.canAnswer(policy) ? this.answer(policy, 'declined') : undefined;
  }

  /** Withdraws the current agreement: the same `recordId`, `status: 'withdrawn'` and `withdrawnAt`; kept and sent. */
  async withdraw(): Promise<ConsentRecord | undefined> {
    const current = this.record;
    if (!current || current.status !== 'active' || this.host.closed) return undefined;
    const record: ConsentRecord = { ...current, status: 'withdrawn', withdrawnAt: new Date().toISOString() };
    const deliver = this.host.notify('hearth-consent-withdraw', { record }, true);
    await this.keep(record);
    this.host.answered('withdrawn');
    if (deliver) await this.send(record);
    return record;
  }

  /** "Try again" for the latest send. */
  async retry(): Promise<void> {
    const state = this.sendState;
    const outbox = this.outbox.current;
    if (!state || !outbox) return;
    const entry = await outbox.retry(state.id);
    if (entry) this.onOutbox(entry);
  }
}

/** What still stands between the client and "I agree" (empty when nothing does). */
export function missing(host: Host, policy: Policy): string[] {
  const out: string[] = [];
  if (host.requireScroll && !host.read) out.push(host.t('consent.missing.read'));
  for (const ack of acknowledgmentsFor(policy, host.activeRole)) {
    if (ack.required && !own(host.acks, ack.id)) out.push(host.t('consent.missing.ack', { label: host.isolate(host.fill(ack.label)) }));
  }
  if (!host.signerName.trim()) out.push(host.t('consent.missing.name'));
  if (host.activeRole !== 'self' && !host.relationship.trim()) out.push(host.t('consent.missing.relationship'));
  return out;
}

function makeRecord(host: Host, kept: ConsentRecord | undefined, policy: Policy, hash: string, status: ConsentStatus): ConsentRecord {
  const name = host.signerName.trim().slice(0, MAX_SIGNER_NAME);
  const relationship = host.relationship.trim().slice(0, MAX_SIGNER_NAME);
  // A new answer to the same terms after a decline or a withdrawal, or to new terms, replaces the one kept.
  const previous = kept?.policyId === policy.id ? kept.recordId : undefined;
  return {
    recordId: randomId(),
    ...(previous ? { supersedes: previous } : {}),
    policyId: policy.id,
    policyVersion: policy.version,
    policyHash: hash,
    // Only the signer's own: a guardian's record does not answer the young person's acknowledgments.
    acknowledgments: Object.fromEntries(acknowledgmentsFor(policy, host.activeRole).map((ack) => [ack.id, !!own(host.acks, ack.id)])),
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
