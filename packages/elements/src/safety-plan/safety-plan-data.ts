import {
  type ChangeNotice,
  type Ciphertext,
  type HearthStorage,
  type KeyVault,
  type OutboxEntry,
  randomId,
  SaveOnLeave,
  type StorageFailure,
  type StorageMode,
  StoreWatch,
} from '@hearth/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import { westernDigits } from './plan-phone.js';
import {
  emptyPlan,
  MAX_ITEM_TEXT,
  MAX_SECTION_ITEMS,
  PHONE_SECTIONS,
  PLAN_PHONE_PATTERN,
  type PlanItem,
  type PlanSection,
  type SafetyPlan,
  type SectionId,
} from './safety-plan-format.js';

/** What is kept: the plan, and what the client had started typing into a section's "Add" fields. */
export interface StoredPlan {
  plan: SafetyPlan;
  pending?: Partial<Record<SectionId, PendingItem>>;
}

/** The record's data as stored: as it is, or sealed when the plan is encrypted. */
export type StoredRecordData = StoredPlan | { sealed: Ciphertext };

/** True when a record's data is sealed (encrypted). */
function isSealed(stored: StoredRecordData | undefined): stored is { sealed: Ciphertext } {
  return typeof stored === 'object' && stored !== null && 'sealed' in stored;
}

/** Text typed into a section's "Add" fields and not added yet (kept, so a reload loses nothing). */
export interface PendingItem {
  text: string;
  phone: string;
}

const PLAN_FORMAT = { schema: 1 };
/** Typing in an "Add" field saves this long after the last keystroke; every change to the plan saves at once. */
const AUTOSAVE_MS = 500;
const STORE = 'safety-plan';

/** What the plan's data reads from its element. */
export interface DataHost extends ReactiveControllerHost {
  /** Where the plan is kept: `store-key`, else `safety-plan`. */
  readonly instanceKey: string;
  /** The element's language (a new plan records it). */
  readonly planLocale: string;
  /**
   * The plan is encrypted (`encrypt`, or found sealed by a page with it): only what it sealed
   * itself opens, and nothing is written while it is locked.
   */
  readonly encrypted: boolean;
  /** The unlocked key of an encrypted plan (undefined: not encrypted, or locked). */
  readonly vault?: KeyVault;
  /** The outbox \`source\` of this plan's shares. */
  readonly shareSource: string;
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string;
  /** The plan changed and was saved (fires `hearth-safety-plan-save`). */
  saved(plan: SafetyPlan): void;
  /** Without `encrypt`, the stored plan was found sealed (encrypted on a page with `encrypt`): the host locks it. */
  foundSealed(): Promise<void>;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Half of a character (a surrogate without its pair), as a bad paste can leave. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A line as the plan keeps it: on one line, without characters that cannot be shown, at most
 * MAX_ITEM_TEXT code units (never half a character), trimmed: what the plan's own import accepts.
 */
function cleanText(text: string): string {
  let clean = text.replace(CONTROL, ' ').replace(LONE_SURROGATE, '\uFFFD').trim().slice(0, MAX_ITEM_TEXT);
  if (/[\uD800-\uDBFF]$/.test(clean)) clean = clean.slice(0, -1);
  return clean.trim();
}

/** A plan as stored may be damaged or written by another version: keep what can be shown. */
function readPlan(value: unknown, instanceKey: string, locale: string): SafetyPlan {
  const stored = value as Partial<SafetyPlan> | null;
  const plan = emptyPlan(typeof stored?.planId === 'string' ? stored.planId : instanceKey, typeof stored?.locale === 'string' ? stored.locale : locale);
  if (typeof stored?.updatedAt === 'string') plan.updatedAt = stored.updatedAt;
  const sections = Array.isArray(stored?.sections) ? stored.sections : [];
  for (const section of plan.sections) {
    const found = sections.find((candidate) => (candidate as PlanSection | null)?.id === section.id) as PlanSection | undefined;
    if (!found) continue;
    section.items = (Array.isArray(found.items) ? found.items : [])
      .filter((item): item is PlanItem => typeof item?.id === 'string' && typeof item.text === 'string')
      .map((item) => ({ id: item.id, text: item.text, ...(typeof item.phone === 'string' && item.phone ? { phone: item.phone } : {}) }));
    const strategyIds = Array.isArray(found.strategyIds) ? found.strategyIds.filter((id): id is string => typeof id === 'string') : [];
    if (strategyIds.length) section.strategyIds = strategyIds;
  }
  return plan;
}

/**
 * The safety plan on the device, as a reactive controller: the plan (saved at once on every
 * change, never silently over another tab's), the text typed into "Add" fields (saved half a
 * second after the last keystroke, and when the page is hidden or left), and the status line.
 * Its fields are for the views to read; only its methods change them.
 */
export class SafetyPlanData implements ReactiveController {
  /** The storage in use, once opened. */
  store?: HearthStorage;
  /** What writes wait for: the storage opened and the plan read. */
  ready: Promise<void> = Promise.resolve();
  /** The plan on screen. */
  plan: SafetyPlan;
  /** What was typed into each section's "Add" fields. */
  pending: Partial<Record<SectionId, PendingItem>> = {};
  /** The last item removed, for "Undo". */
  removed?: { section: SectionId; index: number; item: PlanItem };
  /** Another tab changed the plan while this one had unsaved changes: the client chooses. */
  conflict?: { stored: StoredPlan; version: number | null };
  /** What the status line says (a polite live region). */
  status = '';
  /** "Saved on this device.", shown beside the status line once a change is written. */
  savedNote = '';
  /** Storage failed: the status says why; the plan stays on screen. */
  problem?: StorageFailure;
  /** The plan has been read from the device (or there was nothing to read). */
  loaded = false;
  private version: number | null = null;
  /**
   * The stored plan is sealed though this element has no `encrypt` (encrypted on a page with it):
   * never written over. The element locks it (foundSealed) when it can find its key.
   */
  sealedElsewhere = false;
  /** What the status line last said of the client's own action, until the plan is saved. */
  private action = '';
  /** Changes made here that are not written yet. */
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Writes one after another, so that each knows the version the one before left. */
  private turn: Promise<unknown> = Promise.resolve();
  private readonly watch: StoreWatch;

  constructor(private readonly host: DataHost) {
    host.addController(this);
    this.plan = emptyPlan(randomId(), host.planLocale);
    this.watch = new StoreWatch(host, (notice) => void this.onChanged(notice));
    new SaveOnLeave(host, () => void this.save());
  }

  hostDisconnected(): void {
    if (this.timer) void this.save();
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private failed(error: StorageFailure): void {
    this.problem = error;
    // Not the client's action: once a save works again, the line goes back to what they last did.
    this.status = this.host.t('plan.notSaved', { reason: error.message });
    this.changed();
  }

  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.turn.then(write);
    this.turn = turn.catch(() => undefined);
    return turn;
  }

  private section(id: SectionId): PlanSection {
    return this.plan.sections.find((section) => section.id === id)!;
  }

  /** True when nothing may be read or written: an encrypted plan that is not unlocked. */
  private get closed(): boolean {
    return this.host.encrypted && !this.host.vault;
  }

  /**
   * The record's data. In an encrypted plan only what it sealed itself opens: one stored
   * unencrypted there is sealed when the key opens (sealStored), never read as it is.
   */
  private async unseal(stored: StoredRecordData | undefined): Promise<StoredPlan | undefined> {
    if (!stored) return undefined;
    if (!isSealed(stored)) return this.host.encrypted ? undefined : stored;
    const vault = this.host.vault;
    if (!vault) return undefined;
    const opened = await vault.decryptJson<StoredPlan>(stored.sealed, this.store!.bindingOf(STORE, this.host.instanceKey));
    return opened.ok ? opened.value : undefined;
  }

  /** Encrypts the record's data when the plan is unlocked, bound to where it is kept; else stores it as it is. */
  private async seal(data: StoredPlan): Promise<StoredRecordData> {
    const vault = this.host.vault;
    return vault ? { sealed: await vault.encryptJson(data, this.store!.bindingOf(STORE, this.host.instanceKey)) } : data;
  }

  /** The plan changed here: shown now, written at once. */
  private edited(): void {
    this.plan = { ...this.plan, updatedAt: new Date().toISOString() };
    this.dirty = true;
    this.changed();
    void this.save();
  }

  private async write(): Promise<void> {
    if (!this.store || this.closed || this.conflict || !this.dirty) return;
    if (this.sealedElsewhere) return this.say(this.host.t('plan.lock.sealedElsewhere'));
    const key = this.host.instanceKey;
    // What is written is the plan as it is now; a change made while it is sealed or written is written next.
    const plan = this.plan;
    this.dirty = false;
    const data = await this.seal({ plan, pending: this.pending });
    const written = await this.store.write<StoredRecordData>(STORE, key, data, PLAN_FORMAT, { expectedVersion: this.version });
    if (written.ok) {
      this.version = written.value.version;
      if (this.problem) {
        // Saved again after a failure: the "not saved" line goes (what the client just did stays).
        this.problem = undefined;
        this.status = this.action;
        this.changed();
      }
      this.host.saved(plan);
      this.action = '';
      return;
    }
    this.dirty = true;
    if (written.error.reason === 'conflict') {
      const current = written.error.current as { version: number; data: StoredRecordData } | undefined;
      const other = await this.unseal(current?.data);
      this.conflict = { stored: other ?? { plan: emptyPlan(this.plan.planId, this.plan.locale) }, version: current ? current.version : null };
      this.changed();
    } else {
      this.failed(written.error);
    }
  }

  /** Another tab (or element) changed the plan: take it if nothing here is unsaved, else ask. */
  private onChanged(notice?: ChangeNotice): Promise<void> {
    // In turn with this element's own reads and writes: a record read while one of them was under
    // way would otherwise be taken over what the client just did.
    return this.inTurn(() => this.takeChange(notice));
  }

  private async takeChange(notice?: ChangeNotice): Promise<void> {
    if ((notice && notice.version === this.version) || !this.store || this.closed) return;
    const read = await this.store.read<StoredRecordData>(STORE, this.host.instanceKey, PLAN_FORMAT);
    if (!read.ok || (read.value && read.value.version === this.version)) return;
    this.sealedElsewhere = !this.host.encrypted && isSealed(read.value?.data);
    // Encrypted meanwhile by a page with `encrypt`: this element locks it too.
    if (this.sealedElsewhere) return void this.host.foundSealed();
    const other = await this.unseal(read.value?.data);
    if (!this.dirty) {
      this.take(other, read.value?.version ?? null);
      return;
    }
    this.conflict = { stored: other ?? { plan: emptyPlan(this.plan.planId, this.plan.locale) }, version: read.value ? read.value.version : null };
    this.changed();
  }

  private take(stored: StoredPlan | undefined, version: number | null): void {
    this.version = version;
    this.plan = stored ? readPlan(stored.plan, this.host.instanceKey, this.host.planLocale) : emptyPlan(randomId(), this.host.planLocale);
    this.pending = stored?.pending && typeof stored.pending === 'object' ? { ...stored.pending } : {};
    this.removed = undefined;
    this.changed();
  }

  /**
   * An item's text and phone as the plan keeps them, or undefined (said on the status line) when
   * there is no text or the phone number cannot be dialled. A phone is kept only where a section
   * has people in it.
   */
  private checked(sectionId: SectionId, text: string, phone: string): Omit<PlanItem, 'id'> | undefined {
    const clean = cleanText(text);
    if (!clean) {
      this.say(this.host.t('plan.emptyText'));
      return undefined;
    }
    const number = PHONE_SECTIONS.includes(sectionId) ? westernDigits(phone).trim() : '';
    if (number && !PLAN_PHONE_PATTERN.test(number)) {
      this.say(this.host.t('plan.phoneInvalid'));
      return undefined;
    }
    return { text: clean, ...(number ? { phone: number } : {}) };
  }

  /** Reads the stored plan into the view (see load); notes whether it is sealed without `encrypt`. */
  private async read(): Promise<void> {
    if (this.closed) return;
    const read = await this.store!.read<StoredRecordData>(STORE, this.host.instanceKey, PLAN_FORMAT);
    if (!read.ok) {
      this.loaded = true;
      return this.failed(read.error);
    }
    this.sealedElsewhere = !this.host.encrypted && isSealed(read.value?.data);
    const stored = await this.unseal(read.value?.data);
    // Read once it is opened too: what `loaded` promises is the plan as stored, on screen.
    this.loaded = true;
    if (this.dirty && stored) {
      // Lines added before the stored plan was read go on top of it, never over it.
      const mine = this.plan;
      const pending = this.pending;
      this.take(stored, read.value!.version);
      for (const section of this.plan.sections) {
        const known = new Set(section.items.map((item) => item.id));
        const added = mine.sections.find((candidate) => candidate.id === section.id)!;
        section.items = [...section.items, ...added.items.filter((item) => !known.has(item.id))];
        const strategyIds = [...new Set([...(section.strategyIds ?? []), ...(added.strategyIds ?? [])])];
        if (strategyIds.length) section.strategyIds = strategyIds;
      }
      for (const [id, typed] of Object.entries(pending) as [SectionId, PendingItem][]) if (typed.text || typed.phone) this.pending[id] = typed;
      this.dirty = true;
      void this.save();
      return this.changed();
    }
    if (this.dirty) {
      // Nothing stored yet: what was added before the read is the plan.
      this.version = read.value?.version ?? null;
      void this.save();
      return this.changed();
    }
    this.take(stored, read.value?.version ?? null);
  }

  /** Says something on the status line (a live region: said once). */
  say(status: string): void {
    this.status = status;
    this.action = status;
    this.savedNote = '';
    this.changed();
  }

  /**
   * Shows that the plan was saved beside the status line, outside its live region: what the client
   * just did ("Moved to place 2 of 3.") is announced once, not again with "Saved on this device.".
   */
  noteSaved(note: string): void {
    this.savedNote = note;
    this.changed();
  }

  /** Opens the storage (a chunk shared by every element) and listens for the plan. */
  async open(mode: StorageMode, namespace: string): Promise<HearthStorage> {
    const { HearthStorage } = await import('@hearth/core/storage');
    const store = new HearthStorage({ mode, namespace });
    this.store = store;
    this.watch.watch(store, STORE, this.host.instanceKey);
    this.changed();
    return store;
  }

  /**
   * Reads the plan. Changes the client made before it was read are kept on top of it. A plan found
   * sealed without `encrypt` is the element's to lock (foundSealed).
   */
  async load(): Promise<void> {
    // In turn with writes: an item added while the stored plan is read is never replaced by it.
    await this.inTurn(() => this.read());
    if (this.sealedElsewhere) await this.host.foundSealed();
  }

  /**
   * The key of an encrypted plan opened (set up or unlocked): a plan stored unencrypted under its
   * key (written before encryption was turned on, or by a page showing it without `encrypt`) is
   * sealed in place, only over the record as read (one changed meanwhile in another tab stays).
   */
  async sealStored(which: 'plain too' | 'sealed only' = 'plain too'): Promise<void> {
    const key = this.host.instanceKey;
    const store = this.store!;
    // In turn with this element's writes, and the version it expects next moves with the record
    // sealed: its next write is not refused as if another tab had changed the plan.
    const sealed = await this.inTurn(async () => {
      const read = await store.read<StoredRecordData>(STORE, key, PLAN_FORMAT);
      // Locked meanwhile: it waits for the next unlock.
      if (!this.host.vault) return false;
      if (read.ok && read.value && !isSealed(read.value.data)) {
        const written = await store.write<StoredRecordData>(STORE, key, await this.seal(read.value.data), PLAN_FORMAT, {
          expectedVersion: read.value.version,
        });
        if (written.ok && read.value.version === this.version) this.version = written.value.version;
      }
      return true;
    });
    const vault = this.host.vault;
    if (!sealed || !vault) return;
    // Its shares still waiting in the outbox are sealed too (one queued or refused before
    // encryption was turned on holds the plan as it was); the outbox code loads only then.
    const owns = (entry: OutboxEntry) => entry.source === this.host.shareSource;
    const outbox = await store.list<OutboxEntry>('outbox', PLAN_FORMAT);
    const waiting = (entry: OutboxEntry) => owns(entry) && (entry.sealed ? !entry.sealed.bound : which === 'plain too');
    if (outbox.ok && outbox.value.records.some(([, record]) => waiting(record.data))) {
      const { Outbox } = await import('@hearth/core/sending');
      await new Outbox(store, { vault, owns }).sealWaiting({ plain: which === 'plain too' });
    }
  }

  /** Writes the plan now (after any write in progress). */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.ready;
    return this.inTurn(() => this.write());
  }

  /** The client chose between this tab's plan and another's. */
  resolveConflict(keepMine: boolean): void {
    const conflict = this.conflict!;
    this.conflict = undefined;
    this.version = conflict.version;
    if (keepMine) {
      this.dirty = true;
      void this.save();
    } else {
      this.dirty = false;
      this.take(conflict.stored, conflict.version);
    }
    this.changed();
  }

  /** The client typed into a section's "Add" fields: kept after a pause. */
  typePending(section: SectionId, patch: Partial<PendingItem>): void {
    const current = this.pending[section] ?? { text: '', phone: '' };
    this.pending = { ...this.pending, [section]: { ...current, ...patch } };
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
    this.changed();
  }

  /** Adds an item at the end of a section; undefined (and said) when there is no text, the phone cannot be dialled or the section is full. */
  addItem(sectionId: SectionId, text: string, phone = ''): PlanItem | undefined {
    const checked = this.checked(sectionId, text, phone);
    if (!checked) return undefined;
    const section = this.section(sectionId);
    if (section.items.length >= MAX_SECTION_ITEMS) {
      this.say(this.host.t('plan.full', { count: MAX_SECTION_ITEMS }));
      return undefined;
    }
    const item: PlanItem = { id: randomId(), ...checked };
    section.items = [...section.items, item];
    const pending = { ...this.pending };
    delete pending[sectionId];
    this.pending = pending;
    this.edited();
    return item;
  }

  /** Changes an item's text and phone (an empty text leaves it as it was). */
  updateItem(sectionId: SectionId, itemId: string, text: string, phone = ''): boolean {
    const checked = this.checked(sectionId, text, phone);
    if (!checked) return false;
    const section = this.section(sectionId);
    section.items = section.items.map((item) => (item.id === itemId ? { id: item.id, ...checked } : item));
    this.edited();
    return true;
  }

  /** Moves an item up (-1) or down (+1); says where it is now. */
  moveItem(sectionId: SectionId, itemId: string, by: -1 | 1): number {
    const section = this.section(sectionId);
    const from = section.items.findIndex((item) => item.id === itemId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= section.items.length) return from;
    const items = [...section.items];
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    section.items = items;
    this.edited();
    this.say(this.host.t('plan.moved', { place: to + 1, count: items.length }));
    return to;
  }

  /** Removes an item; "Undo" puts it back where it was. */
  removeItem(sectionId: SectionId, itemId: string): void {
    const section = this.section(sectionId);
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index < 0) return;
    this.removed = { section: sectionId, index, item: section.items[index] };
    section.items = section.items.filter((item) => item.id !== itemId);
    this.edited();
    this.say(this.host.t('plan.removed', { text: this.removed.item.text }));
  }

  /** Puts back the last item removed. */
  undoRemove(): PlanItem | undefined {
    const removed = this.removed;
    if (!removed) return undefined;
    this.removed = undefined;
    const section = this.section(removed.section);
    const items = [...section.items];
    items.splice(Math.min(removed.index, items.length), 0, removed.item);
    section.items = items;
    this.edited();
    this.say(this.host.t('plan.restored'));
    return removed.item;
  }

  /** Puts a whole plan in place of this one (an import merged into it), saved at once. */
  replacePlan(plan: SafetyPlan): void {
    this.plan = plan;
    this.removed = undefined;
    this.edited();
  }

  /** Links a coping strategy to a section (once). */
  linkStrategy(sectionId: SectionId, strategyId: string): void {
    const section = this.section(sectionId);
    if (section.strategyIds?.includes(strategyId)) return;
    section.strategyIds = [...(section.strategyIds ?? []), strategyId];
    this.edited();
  }

  unlinkStrategy(sectionId: SectionId, strategyId: string): void {
    const section = this.section(sectionId);
    const strategyIds = (section.strategyIds ?? []).filter((id) => id !== strategyId);
    if (strategyIds.length) section.strategyIds = strategyIds;
    else delete section.strategyIds;
    this.edited();
  }

  /** Deletes the plan from the device. */
  async removeAll(): Promise<void> {
    await this.ready.catch(() => undefined);
    clearTimeout(this.timer);
    const store = this.store;
    if (!store) return this.say(this.host.t('plan.storageMissing'));
    const removed = await this.inTurn(() => store.remove(STORE, this.host.instanceKey));
    this.version = null;
    if (removed.ok) this.sealedElsewhere = false;
    this.dirty = false;
    this.conflict = undefined;
    this.plan = emptyPlan(randomId(), this.host.planLocale);
    this.pending = {};
    this.removed = undefined;
    this.say(removed.ok ? this.host.t('plan.deletedAll') : this.host.t('plan.notSaved', { reason: removed.error.message }));
  }

  /** Drops the plan from memory and the screen (quick exit); it is read again when the element is next used. */
  forget(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // An unencrypted plan's last change is written before it goes (quick exit within half a second
    // of typing); an encrypted plan's key is already gone, and what was not sealed is dropped.
    const store = this.store;
    if (this.dirty && store && !this.host.encrypted && !this.conflict) {
      const data: StoredPlan = { plan: this.plan, pending: this.pending };
      const version = this.version;
      void this.inTurn(() => store.write<StoredRecordData>(STORE, this.host.instanceKey, data, PLAN_FORMAT, { expectedVersion: version }));
    }
    this.dirty = false;
    this.plan = emptyPlan(this.plan.planId, this.plan.locale);
    this.pending = {};
    this.removed = undefined;
    this.conflict = undefined;
    this.status = '';
    this.savedNote = '';
    this.loaded = false;
    this.changed();
  }

  /** The items of a section. */
  items(sectionId: SectionId): readonly PlanItem[] {
    return this.section(sectionId).items;
  }

  /** True when the plan holds anything the client wrote. */
  get hasAnything(): boolean {
    return this.plan.sections.some((section) => section.items.length > 0 || (section.strategyIds?.length ?? 0) > 0);
  }
}
