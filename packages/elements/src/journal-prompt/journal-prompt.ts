import {
  baseStyles,
  type ChangeNotice,
  type ConfigIssue,
  ContentSource,
  Deadline,
  HearthElement,
  type HearthStorage,
  inCrossOriginFrame,
  type LocaleController,
  oneOf,
  type Outbox,
  OutboxConnection,
  type OutboxEntry,
  randomId,
  type StorageFailure,
  type StorageMode,
  StoreWatch,
  validate,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { loadBuiltInPack, type Prompt } from '../content/built-in-prompt-packs.js';
import { foreignContentLang } from '../content/content-language.js';
import { fillTokens } from '../fill-tokens.js';
import { journalCatalog, type JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { SendSettings, widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import type { HistoryHost } from './journal-history.js';
import type { KeyEnvelope, KeyVault, LockStage } from './journal-lock.js';
import { journalPromptStyles } from './journal-prompt.styles.js';
import { shareSource } from './share-source.js';
import { entryKey, isSealed, type JournalStore, type Stored } from './stored-record.js';

/** A saved journal entry (ARCHITECTURE.md); dates are ISO 8601 UTC. */
export interface JournalEntry {
  id: string;
  promptId: string;
  promptText: string;
  text: string;
  tags: string[];
  mood?: string;
  createdAt: string;
  updatedAt: string;
}

/** The draft being written, and where a `sequence` rotation has got to. */
export interface JournalDraft {
  text: string;
  promptId?: string;
  sequence?: number;
}

export type Rotate = 'none' | 'daily' | 'sequence';
const ROTATIONS: readonly Rotate[] = ['none', 'daily', 'sequence'];
const DRAFT_FORMAT = { schema: 1 };
const ENTRY_FORMAT = { schema: 1 };
const KEYS_FORMAT = { schema: 1 };

export type { JournalStore, Stored } from './stored-record.js';
const AUTOSAVE_MS = 500;

declare global {
  interface HTMLElementEventMap {
    'hearth-journal-save': CustomEvent<{ entry: JournalEntry }>;
    'hearth-journal-submit': CustomEvent<{ entry: JournalEntry }>;
  }
}

/** True for a stored value that can show as an entry (records can be damaged or written by others). */
function isEntry(value: unknown): value is JournalEntry {
  const entry = value as JournalEntry | null;
  return typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.text === 'string' && typeof entry.createdAt === 'string';
}

/** Days since 1970-01-01 in the client's own time zone: the same prompt all day, the next tomorrow. */
function localDay(now = new Date()): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000);
}

/**
 * A prompt and a private place to write. The draft saves itself on the device within half a
 * second of the last keystroke (and when the page is hidden or closed); "Save entry" keeps it in
 * the client's history, which they can search and delete. Nothing leaves the device.
 *
 * Content: the `prompt` attribute (one prompt's text) → the `prompts` property (`Prompt[]`) → a
 * child `<script type="application/json">` → `src` → a built-in `pack`.
 *
 * @tagname hearth-journal-prompt
 * @summary A journaling prompt with a private, autosaving place to write.
 *
 * @fires hearth-journal-save - `{ entry }` when the client saves an entry.
 * @fires hearth-journal-submit - `{ entry }` when the client confirms "Share with my therapist" (cancelable: a host that calls `preventDefault()` handles it, and nothing is sent).
 *
 * @csspart base - The widget.
 * @csspart header - The prompt and its label.
 * @csspart heading - The prompt itself (a heading, styled by the `--hearth-heading-*` tokens).
 * @csspart textarea - The writing area.
 * @csspart status - The save status (a polite live region).
 * @csspart save-button - "Save entry".
 * @csspart history - Past entries, their search, and "Manage your journal".
 * @csspart entry - One past entry (a card: date, prompt, text, mood, tags, actions).
 * @csspart entry-actions - An entry's Edit, Delete and Share buttons, side by side.
 * @csspart entry-warning - On an entry of an encrypted journal found stored unencrypted: says it was not saved with the passphrase.
 * @csspart manage - "Manage your journal": its button and the region it opens.
 * @csspart manage-button - The button that opens and closes the region (`aria-expanded`).
 * @csspart import-button - "Import a Hearth export", which opens the file picker.
 * @csspart import-status - The result of an import (a polite live region).
 * @csspart conflict - The choice shown when another tab changed the draft.
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error.
 *
 * @cssprop --hearth-journal-min-height - Minimum height of the writing area (default 12em).
 */
export class HearthJournalPrompt extends SendSettings(WidgetSettings(HearthElement)) {
  /** @internal */
  static override localeCatalog = journalCatalog;
  static override styles = [...baseStyles, widgetControlStyles, widgetFooterStyles, journalPromptStyles];
  /** Its strings, typed (the mixins take the base class as it is). */
  declare protected readonly i18n: LocaleController<JournalPromptStrings>;
  /** The unlocked data key; dropped on lock. @internal */
  vault?: KeyVault;
  /** @internal */
  envelope?: KeyEnvelope;
  /** Locks an unlocked encrypted journal after lock-after minutes unused, also if it was out of the page meanwhile. @internal */
  private readonly idleLock = new Deadline(this, () => this.lock());
  /** @internal */
  private hiddenAt?: number;
  /** In a frame from another origin: storage is kept apart from the practice's own pages (said under the entry). @internal */
  private readonly framed = inCrossOriginFrame();
  /** @internal */
  private persistAsked = false;
  /** The outbox, opened with an endpoint; retries while the journal is in the page. @internal */
  readonly outbox = new OutboxConnection(this, (entry) => this.shareModule?.rememberShare(this, entry));

  /** @internal */
  private readonly content = new ContentSource<Prompt[]>(
    this,
    {
      name: 'prompts',
      schema: () => import('./prompt-schema.js').then((module) => module.promptListSchema),
      trustBuiltin: true,
      property: () => this.prompts,
      src: () => this.src,
      builtin: () => {
        if (!this.pack) return undefined;
        const language = this.i18n.language;
        const pack = this.pack;
        return { id: `${pack}@${language}`, load: () => loadBuiltInPack(pack, language) };
      },
    },
    (promise) => this.track(promise),
  );

  /** @internal */
  store?: HearthStorage;
  /** @internal */
  private storeFor = '';
  /** @internal */
  private storeReady: Promise<void> = Promise.resolve();
  /** @internal */
  draftVersion: number | null = null;
  /** What is stored, as far as this tab knows (to tell unsaved changes apart). @internal */
  storedText = '';
  /** @internal */
  saveTimer?: ReturnType<typeof setTimeout>;
  /** Another tab's (or journal's) changes to the draft; listens while the journal is in the page. @internal */
  private readonly draftWatch = new StoreWatch(this, (notice) => void this.onDraftChanged(notice));

  /** @internal */
  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') {
      void this.saveDraft();
      this.hiddenAt = Date.now();
    } else if (this.hiddenAt !== undefined && Date.now() - this.hiddenAt >= this.lockAfter * 60_000) {
      // Hidden for longer than lock-after (timers may not run in a hidden tab): lock on return.
      this.lock();
    }
  };

  /** A last chance when the page goes away; the main save is the autosave. @internal */
  private readonly onPageHide = () => void this.saveDraft();

  /** Any use restarts the idle clock. @internal */
  private readonly noteActivity = () => {
    if (this.vault) this.idleLock.set(this.lockAfter * 60_000);
  };

  /** Back from the back-forward cache: an encrypted journal comes back locked. @internal */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.lock();
  };

  /** Draft writes of this journal, one after another (see inDraftTurn). */
  private draftTurn: Promise<unknown> = Promise.resolve();

  /** Where focus goes after the next update, the first found (a view replaced the focused control). @internal */
  private focusTargets?: string[];
  /** @internal */
  private counted: [string, number] = ['', 0];
  /** @internal */
  private countTimer?: ReturnType<typeof setTimeout>;

  /** @internal */
  @state() text = '';
  /** @internal */
  @state() status = '';
  /** @internal */
  @state() storageProblem?: StorageFailure;
  /** @internal */
  @state() entries: JournalEntry[] = [];
  /** @internal */
  @state() search = '';
  /** @internal */
  @state() confirming?: string;
  /** @internal */
  @state() private conflict?: { text: string; version: number };
  /** @internal */
  @state() sequence = 0;
  /** Where the lock is, for a journal with `encrypt` (undefined when open). @internal */
  @state() lockStage?: LockStage;
  /** @internal */
  @state() lockBusy = false;
  /** @internal */
  @state() lockError?: string;
  /** @internal */
  @state() recoveryCode?: string;
  /** The text is blurred until revealed (someone may be looking over the client's shoulder). @internal */
  @state() concealed = false;
  /** @internal */
  @state() private lockModule?: typeof import('./journal-lock.js');
  /** The encrypted-export form is open. @internal */
  @state() exportForm = false;
  /** An encrypted export waiting for its passphrase. @internal */
  @state() pendingImport?: string;
  /** "Manage your journal" (export, import, "Delete everything") is open. @internal */
  @state() manageOpen = false;
  /** The result of the last import, announced beside the import button. @internal */
  @state() importStatus = '';
  /** The entry being edited, with its fields. @internal */
  @state() editing?: { id: string; text: string; tags: string; mood: string };
  /** The browser said it may clear what is saved. @internal */
  @state() private mayBeCleared = false;
  /** The entry whose "what will be sent" panel is open. @internal */
  @state() sharing?: string;
  /** The outbox state of each shared entry, by entry id. @internal */
  @state() shareStates = new Map<string, OutboxEntry>();
  /** Entries of an encrypted journal found stored unencrypted (flagged on their card), by id. @internal */
  @state() unsealedEntries = new Set<string>();
  /** The history view, loaded with storage (the entries come from it). @internal */
  @state() private historyModule?: typeof import('./journal-history.js');
  /** The share view, loaded with the outbox. @internal */
  @state() private shareModule?: typeof import('./journal-share.js');
  /** @internal */
  @state() private editModule?: typeof import('./journal-edit.js');

  /** One prompt's text (wins over every other source). */
  @property() prompt?: string;

  /** Prompts as objects (`{ id, text, tags? }`). */
  @property({ attribute: false }) prompts?: Prompt[];

  /** A built-in pack id. */
  @property() pack?: string;

  /** A URL of a JSON list of prompts. */
  @property() src?: string;

  /** `none` (the first prompt), `daily` (the same all day, the next tomorrow) or `sequence` (the next after each saved entry). */
  @property() rotate: Rotate = 'none';

  /** Most characters in one entry. */
  @property({ type: Number, attribute: 'max-length' }) maxLength?: number;

  /**
   * Encrypts entries and the draft with a passphrase only the client knows (PBKDF2-SHA-256 and
   * AES-GCM; docs/storage-and-encryption.md). Nothing is written until the client has set it up.
   */
  @property({ type: Boolean }) encrypt = false;

  /** Minutes of no activity, or of the page being hidden, after which an encrypted journal locks. */
  @property({ type: Number, attribute: 'lock-after' }) lockAfter = 5;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onHidden);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.addEventListener(type, this.noteActivity);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.onHidden);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    for (const type of ['input', 'keydown', 'pointerdown']) this.removeEventListener(type, this.noteActivity);
    if (this.saveTimer) void this.saveDraft();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${this.mode} ${namespace} ${this.instanceKey} ${this.encrypt}`;
    if (wanted !== this.storeFor) {
      this.storeFor = wanted;
      this.storeReady = this.track(this.openStore(this.mode, namespace));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const targets = this.focusTargets;
    if (!targets) return;
    this.focusTargets = undefined;
    for (const selector of targets) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = this.prompt ? [] : [...this.content.issues];
    issues.push(...validate(oneOf(ROTATIONS), this.rotate, 'rotate').errors);
    if (this.maxLength !== undefined && (!Number.isInteger(this.maxLength) || this.maxLength < 1)) {
      issues.push({ path: 'max-length', message: `expected a whole number above 0, got ${this.maxLength}` });
    }
    issues.push(...widgetSettingIssues(this));
    if (!Number.isFinite(this.lockAfter) || this.lockAfter <= 0) {
      issues.push({ path: 'lock-after', message: `expected minutes above 0, got ${this.lockAfter}` });
    }
    if (!this.prompt && this.content.status === 'empty') {
      issues.push({ path: 'prompt', message: 'no prompt: set prompt, prompts, pack, a JSON child or src' });
    }
    return issues;
  }

  /** Storage loads on demand (a chunk shared by every element); the prompt and the textarea render first. */
  private async openStore(mode: StorageMode, namespace: string): Promise<void> {
    const [{ HearthStorage }, history] = await Promise.all([import('@hearth/core/storage'), import('./journal-history.js')]);
    this.historyModule = history;
    const store = new HearthStorage({ mode, namespace });
    this.store = store;
    this.draftWatch.watch(store, 'drafts', this.instanceKey);
    if (this.encrypt) {
      this.vault = undefined;
      this.lockModule = await import('./journal-lock.js');
      if (!this.lockModule.canEncrypt()) {
        this.lockStage = 'unavailable';
        return;
      }
      const keys = await store.read<KeyEnvelope>('keys', this.instanceKey, KEYS_FORMAT);
      this.envelope = keys.ok ? keys.value?.data : undefined;
      this.lockStage = this.envelope ? 'locked' : 'setup';
      return;
    }
    await this.loadDraftAndEntries();
  }

  /** Reads the draft and the entries (decrypting them when the journal is encrypted). */
  private async loadDraftAndEntries(): Promise<void> {
    const draft = await this.store!.read<Stored<JournalDraft>>('drafts', this.instanceKey, DRAFT_FORMAT);
    if (!draft.ok) {
      this.storageProblem = draft.error;
      this.status = this.i18n.t('journal.notSaved', { reason: draft.error.message });
      return;
    }
    const data = draft.value ? await this.unseal(draft.value.data, 'drafts', this.instanceKey) : undefined;
    this.draftVersion = draft.value?.version ?? null;
    this.storedText = data?.text ?? '';
    this.sequence = data?.sequence ?? 0;
    // Text the client typed before storage was ready is kept, never replaced.
    if (!this.text) this.text = this.storedText;
    await this.loadEntries();
    if (this.activeEndpoint) await this.openOutbox();
  }

  /**
   * A record's data. In an encrypted journal only what it sealed itself opens: a record stored
   * unencrypted there was not written by the client in this journal (undefined; entries are
   * shown flagged instead, see loadEntries).
   */
  private async unseal<T>(stored: Stored<T>, store: JournalStore, key: string): Promise<T | undefined> {
    if (isSealed(stored)) {
      if (!this.vault) return undefined;
      const opened = await this.vault.decryptJson<T>(stored.sealed, this.store!.bindingOf(store, key));
      return opened.ok ? opened.value : undefined;
    }
    return this.encrypt ? undefined : (stored as T);
  }

  protected override quickExit(): void {
    this.lock();
  }

  /** The outbox loads only when sharing is possible: without an endpoint, nothing can be sent. */
  private async openOutbox(): Promise<Outbox> {
    this.shareModule ??= await import('./journal-share.js');
    return this.shareModule.openOutbox(this);
  }

  /** Another tab (or element) changed the draft: take it if nothing here is unsaved, else ask. */
  private async onDraftChanged(notice?: ChangeNotice): Promise<void> {
    // The notice of this journal's own write arrives while the write is finishing: wait for the
    // draft writes in progress, so that the version they leave is known and not taken for another's.
    await this.draftTurn;
    // No notice: the journal is back in the page, and the draft may have changed meanwhile.
    if ((notice && notice.version === this.draftVersion) || this.closed || !this.store) return;
    const read = await this.store!.read<Stored<JournalDraft>>('drafts', this.instanceKey, DRAFT_FORMAT);
    // Nothing changed since this journal's own last write (the notice was of an earlier one of its own).
    if (!read.ok || (read.value && read.value.version === this.draftVersion)) return;
    const otherDraft = read.value ? await this.unseal(read.value.data, 'drafts', this.instanceKey) : undefined;
    const other = otherDraft?.text ?? '';
    const version = read.value?.version ?? 0;
    if (notice?.key === '*' || !read.value) {
      await this.loadEntries();
      return;
    }
    if (this.text === this.storedText || this.text === other) {
      this.text = other;
      this.storedText = other;
      this.draftVersion = version;
      this.sequence = otherDraft?.sequence ?? this.sequence;
      await this.loadEntries();
      return;
    }
    this.conflict = { text: other, version };
  }

  /**
   * Runs a draft write after the ones before it. Each reads the version the previous one left:
   * an autosave still writing when "Save entry" clears the draft would otherwise race it, and the
   * loser would see its own journal's write as a change from another tab.
   */
  private inDraftTurn<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.draftTurn.then(write);
    this.draftTurn = turn.catch(() => undefined);
    return turn;
  }

  private async writeDraft(): Promise<void> {
    if (!this.store || this.closed || this.conflict || this.text === this.storedText) return;
    const text = this.text;
    const written = await this.store.write<Stored<JournalDraft>>(
      'drafts',
      this.instanceKey,
      await this.seal<JournalDraft>({ text, promptId: this.currentPrompt?.id, sequence: this.sequence }, 'drafts', this.instanceKey),
      DRAFT_FORMAT,
      { expectedVersion: this.draftVersion },
    );
    if (written.ok) {
      this.draftVersion = written.value.version;
      this.storedText = text;
      this.storageProblem = undefined;
      this.status = this.i18n.t('journal.saved');
    } else if (written.error.reason === 'conflict') {
      const current = written.error.current as { version: number; data: Stored<JournalDraft> } | undefined;
      const other = current ? await this.unseal(current.data, 'drafts', this.instanceKey) : undefined;
      this.conflict = { text: other?.text ?? '', version: current?.version ?? 0 };
    } else {
      this.storageProblem = written.error;
      this.status = this.i18n.t('journal.notSaved', { reason: written.error.message });
    }
  }

  private resolveConflict(keepMine: boolean): void {
    const conflict = this.conflict!;
    this.conflict = undefined;
    this.draftVersion = conflict.version;
    if (keepMine) {
      this.storedText = conflict.text;
      void this.saveDraft();
    } else {
      this.text = conflict.text;
      this.storedText = conflict.text;
    }
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), AUTOSAVE_MS);
  }

  /** The entry's Edit button, where focus returns when its edit form closes. */
  private editButton(id: string): string {
    return `[data-entry="${CSS.escape(id)}"] [data-action="edit"]`;
  }

  private async history(): Promise<typeof import('./journal-history.js')> {
    this.historyModule ??= await import('./journal-history.js');
    return this.historyModule;
  }

  /**
   * Words as the client's language counts them (Intl.Segmenter: current Chromium, Firefox and
   * Safari), counted after the keystroke's frame; a long entry after a pause in typing, so that
   * each keystroke stays within a frame (docs/benchmarks.md).
   */
  private wordCount(): number {
    if (this.counted[0] !== this.text) {
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(
        () => {
          let words = 0;
          for (const segment of new Intl.Segmenter(this.i18n.lang, { granularity: 'word' }).segment(this.text)) if (segment.isWordLike) words++;
          this.counted = [this.text, words];
          this.requestUpdate();
        },
        this.text.length < 20_000 ? 0 : 300,
      );
    }
    return this.counted[1];
  }

  private renderHistory() {
    // The element is its own history host (the interface lists what the view may use).
    return this.historyModule ? this.historyModule.renderHistory(this satisfies HistoryHost) : nothing;
  }

  private renderWriting() {
    const words = this.wordCount();
    const modeNote = this.mode === 'none' ? this.i18n.t('journal.noneNote') : this.mode === 'session' ? this.i18n.t('journal.sessionNote') : '';
    return html`${this.encrypt && this.lockModule ? this.lockModule.renderLockControlsFor(this) : nothing}
      <label for="text" class="visually-hidden">${this.i18n.t('journal.textareaLabel')}</label>
      <textarea
        id="text"
        part="textarea"
        dir=${ifDefined(textDirection(this.text))}
        spellcheck="true"
        autocomplete="off"
        aria-describedby="prompt count"
        maxlength=${this.maxLength && this.maxLength > 0 ? this.maxLength : 1_000_000}
        .value=${this.text}
        @input=${this.onInput}
      ></textarea>
      <p class="count" id="count">
        ${
          this.maxLength && this.maxLength > 0
            ? this.i18n.t('journal.characters', { count: this.text.length, max: this.maxLength })
            : this.i18n.t('journal.words', { count: words })
        }
      </p>
      ${
        this.conflict
          ? html`<div class="conflict" part="conflict" role="alert">
            <p>${this.i18n.t('journal.conflict')}</p>
            <button type="button" @click=${() => this.resolveConflict(true)}>${this.i18n.t('journal.keepMine')}</button>
            <button type="button" @click=${() => this.resolveConflict(false)}>${this.i18n.t('journal.useOther')}</button>
          </div>`
          : nothing
      }
      <div class="row">
        <button type="button" class="primary" part="save-button" @click=${() => void this.saveEntry()}>${this.i18n.t('journal.saveEntry')}</button>
        <p class=${this.storageProblem ? 'status error' : 'status'} part="status" role="status" aria-live="polite">${this.status}</p>
      </div>
      ${modeNote ? html`<p class="muted mode-note">${modeNote}</p>` : nothing}
      ${this.mayBeCleared ? html`<p class="muted persist-note">${this.i18n.t('journal.persistRefused')}</p>` : nothing}
      ${this.framed && this.mode !== 'none' ? html`<p class="muted framed-note">${this.i18n.t('journal.framed')}</p>` : nothing}
      ${this.renderHistory()}`;
  }

  /** The instance key: `store-key`, else the pack id, else `journal`. */
  get instanceKey(): string {
    return this.storeKey || this.pack || 'journal';
  }

  /** The prompts in use. */
  get promptList(): readonly Prompt[] {
    if (this.prompt) return [{ id: 'prompt', text: this.prompt }];
    return this.content.value ?? [];
  }

  /** The prompt on show, after rotation. */
  get currentPrompt(): Prompt | undefined {
    const list = this.promptList;
    if (!list.length) return undefined;
    const rotate = ROTATIONS.includes(this.rotate) ? this.rotate : 'none';
    const index = rotate === 'daily' ? localDay() % list.length : rotate === 'sequence' ? this.sequence % list.length : 0;
    return list[index];
  }

  /** The saved entries, newest first. */
  get savedEntries(): readonly JournalEntry[] {
    return this.entries;
  }

  /**
   * Encrypts a record's data when the journal is encrypted, bound to where it is kept (`store`
   * and `key`: a sealed entry copied onto another does not open there); else stores it as it is.
   */
  /** @internal */
  async seal<T>(value: T, store: JournalStore, key: string): Promise<Stored<T>> {
    return this.vault ? { sealed: await this.vault.encryptJson(value, this.store!.bindingOf(store, key)) } : value;
  }

  /** True when nothing may be read or written: an encrypted journal that is not unlocked. */
  /** @internal */
  get closed(): boolean {
    return this.encrypt && !this.vault;
  }

  // ── Encryption: set up, unlock, recover, lock ─────────────────────────────────────────

  /** @internal */
  async opened(): Promise<void> {
    this.lockStage = undefined;
    this.lockError = undefined;
    this.recoveryCode = undefined;
    // Records sealed before seals were bound to their place are bound now: the first unlock
    // rewrites them, later ones find nothing to do (one listing of each store).
    await this.lockModule?.sealWhatIsThere(this, 'sealed only');
    await this.loadDraftAndEntries();
    this.noteActivity();
  }

  /** Locks now: the key is dropped and nothing of the journal stays on screen or in memory. */
  lock(): void {
    if (!this.encrypt || !this.vault) return;
    this.idleLock.clear();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.vault = undefined;
    this.text = '';
    this.storedText = '';
    this.entries = [];
    this.editing = undefined;
    this.sharing = undefined;
    this.conflict = undefined;
    this.search = '';
    this.status = '';
    this.manageOpen = false;
    this.exportForm = false;
    this.pendingImport = undefined;
    this.importStatus = '';
    this.confirming = undefined;
    this.lockStage = 'locked';
  }

  /** Sends a saved entry to the practice, after the client saw exactly what goes and confirmed. */
  async share(entry: JournalEntry): Promise<OutboxEntry | undefined> {
    this.sharing = undefined;
    const endpoint = this.activeEndpoint;
    if (!endpoint) return undefined;
    if (!this.emit('hearth-journal-submit', { entry }, { cancelable: true })) return undefined;
    await this.storeReady;
    const outbox = await this.track(this.openOutbox());
    return outbox.send({
      endpoint,
      body: entry,
      credentials: this.sendCredentials,
      source: shareSource(this.instanceKey, entry.id),
    });
  }

  /** @internal */
  async loadEntries(): Promise<void> {
    if (this.closed) return;
    const listed = await this.store!.list<Stored<JournalEntry>>('journal', ENTRY_FORMAT);
    if (!listed.ok) {
      this.storageProblem = listed.error;
      return;
    }
    const prefix = `${this.instanceKey}/`;
    const entries: JournalEntry[] = [];
    const unsealed = new Set<string>();
    for (const [key, record] of listed.value.records) {
      if (!key.startsWith(prefix)) continue;
      // Stored unencrypted in an encrypted journal: not the client's writing as far as this
      // journal can tell. Shown (nothing is hidden from the client), flagged as not encrypted.
      const plainInEncrypted = this.encrypt && !isSealed(record.data);
      const entry = plainInEncrypted ? (record.data as JournalEntry) : await this.unseal(record.data, 'journal', key);
      // Only an entry that is the one its key names (never one copied under another key, or
      // another journal's whose store key starts like this one's), with what a card shows.
      if (!isEntry(entry) || key !== entryKey(this.instanceKey, entry.id)) continue;
      if (plainInEncrypted) unsealed.add(entry.id);
      entries.push({ ...entry, tags: Array.isArray(entry.tags) ? entry.tags : [] });
    }
    this.unsealedEntries = unsealed;
    this.entries = entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Saves the draft now (the textarea saves within half a second of the last keystroke). */
  async saveDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.storeReady;
    return this.inDraftTurn(() => this.writeDraft());
  }

  /** Saves what is written as an entry, then starts a fresh draft. */
  async saveEntry(): Promise<JournalEntry | undefined> {
    const prompt = this.currentPrompt;
    if (!this.text.trim()) {
      this.status = this.i18n.t('journal.empty');
      return undefined;
    }
    await this.storeReady;
    if (this.closed) return undefined;
    const now = new Date().toISOString();
    const entry: JournalEntry = {
      id: randomId(),
      promptId: prompt?.id ?? '',
      promptText: prompt ? fillTokens(prompt.text, this.practiceConfig) : '',
      text: this.text,
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    const key = entryKey(this.instanceKey, entry.id);
    const written = await this.store!.write('journal', key, await this.seal(entry, 'journal', key), ENTRY_FORMAT);
    if (!written.ok) {
      this.storageProblem = written.error;
      this.status = this.i18n.t('journal.notSaved', { reason: written.error.message });
      return undefined;
    }
    this.entries = [entry, ...this.entries];
    this.emit('hearth-journal-save', { entry });
    if (!this.persistAsked && this.store!.mode === 'local') {
      this.persistAsked = true;
      // Only a browser that promised to keep the data may go without the note: one that refused,
      // and one with no Storage API to ask (WebKitGTK by default, older Safari), may clear it.
      void (this.store!.constructor as typeof HearthStorage).persist().then((answer) => (this.mayBeCleared = answer !== 'persisted'));
    }
    this.text = '';
    this.sequence += 1;
    clearTimeout(this.saveTimer);
    await this.inDraftTurn(async () => {
      const cleared = await this.store!.write<Stored<JournalDraft>>(
        'drafts',
        this.instanceKey,
        await this.seal<JournalDraft>({ text: '', sequence: this.sequence }, 'drafts', this.instanceKey),
        DRAFT_FORMAT,
        {
          expectedVersion: this.draftVersion,
        },
      );
      if (cleared.ok) {
        this.draftVersion = cleared.value.version;
        this.storedText = '';
      }
    });
    this.status = this.i18n.t('journal.entrySaved');
    return entry;
  }

  /** Opens an entry for editing; the small edit form loads on demand. */
  /** @internal */
  async startEdit(entry: JournalEntry): Promise<void> {
    this.editModule ??= await this.track(import('./journal-edit.js'));
    this.editing = { id: entry.id, text: entry.text, tags: entry.tags.join(', '), mood: entry.mood ?? '' };
    this.focusAfterUpdate('#edit-text');
  }

  /** Saves the edited text, tags and mood of an entry. */
  async saveEdit(): Promise<void> {
    const id = this.editing?.id;
    if (this.editModule) await this.editModule.saveEdit(this);
    if (id !== undefined && !this.editing) this.focusAfterUpdate(this.editButton(id));
  }

  /** Downloads the entries: `json` (can be imported again) or `text`. */
  async exportEntries(format: 'json' | 'text'): Promise<string> {
    return (await this.history()).exportEntries(this, format);
  }

  /** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
  async importEntries(text: string, passphrase?: string): Promise<number> {
    await this.storeReady;
    return (await this.history()).importEntries(this, text, passphrase);
  }

  /** Deletes this journal's entries, draft and key from the device, and its shares waiting in the outbox. */
  async deleteEverything(): Promise<void> {
    await this.storeReady;
    await (await this.history()).deleteEverything(this);
    // The confirmation is gone: focus goes to the empty textarea (encrypted: to setting a new passphrase).
    this.focusAfterUpdate('#text', '#passphrase');
  }

  /** Focuses the first of `selectors` found in the shadow root after the next update. @internal */
  focusAfterUpdate(...selectors: string[]): void {
    this.focusTargets = selectors;
    this.requestUpdate();
  }

  /** True while anything of this journal is kept: an entry, a draft, a key, or a share waiting to go. @internal */
  get hasAnything(): boolean {
    return (
      this.entries.length > 0 ||
      this.text !== '' ||
      this.storedText !== '' ||
      this.envelope !== undefined ||
      [...this.shareStates.values()].some((share) => share.state !== 'sent')
    );
  }

  /** @internal */
  renderShare(entry: JournalEntry) {
    return this.activeEndpoint && this.shareModule ? this.shareModule.renderShare(this, entry) : undefined;
  }

  /** @internal */
  renderEdit() {
    if (!this.editModule) return nothing;
    const edit = this.editing!;
    return this.editModule.renderEdit({
      edit,
      t: (key) => this.i18n.t(key),
      change: (field, value) => (this.editing = { ...this.editing!, [field]: value }),
      save: () => void this.saveEdit(),
      cancel: () => {
        this.editing = undefined;
        this.focusAfterUpdate(this.editButton(edit.id));
      },
    });
  }

  /** For the views loaded on demand. @internal */
  t(key: keyof JournalPromptStrings & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** @internal */
  formatDate(iso: string, options: Intl.DateTimeFormatOptions): string {
    return this.i18n.formatDate(iso, options);
  }

  /** @internal */
  formatList(items: string[]): string {
    return this.i18n.formatList(items);
  }

  override render() {
    const prompt = this.currentPrompt;
    return html`<div class=${`${this.baseClass}${this.concealed ? ' concealed' : ''}`} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      <div part="header">
        <p class="label" id="prompt-label">${this.i18n.t('journal.promptLabel')}</p>
        ${prompt ? html`<div role="heading" aria-level=${this.level} class="prompt heading" part="heading" id="prompt" lang=${ifDefined(foreignContentLang(this.content.origin, this.i18n.language))}>${fillTokens(prompt.text, this.practiceConfig)}</div>` : nothing}
      </div>
      ${this.lockStage && this.lockModule ? this.lockModule.renderLockFor(this) : this.encrypt && !this.vault ? nothing : this.renderWriting()}
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
