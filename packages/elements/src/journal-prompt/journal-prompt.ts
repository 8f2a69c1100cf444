import {
  baseStyles,
  ContentSource,
  HearthElement,
  randomId,
  STORAGE_MODES,
  urlProblem,
  type ChangeNotice,
  type ConfigIssue,
  type HearthStorage,
  type Outbox,
  type OutboxEntry,
  type StorageFailure,
  type StorageMode,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadBuiltInPack, type Prompt } from '../content/built-in-prompt-packs.js';
import { journalCatalog, type JournalPromptStrings } from '../locales/journal-catalog.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import type { HistoryHost } from './journal-history.js';
import { journalPromptStyles } from './journal-prompt.styles.js';

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
const AUTOSAVE_MS = 500;
/** The moods a client can pick for an entry (stored as these keys, shown in their language). */
const MOODS = ['good', 'okay', 'low', 'anxious', 'angry', 'numb', 'hopeful'];

declare global {
  interface HTMLElementEventMap {
    'hearth-journal-save': CustomEvent<{ entry: JournalEntry }>;
    'hearth-journal-submit': CustomEvent<{ entry: JournalEntry }>;
  }
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
 * @csspart header - The prompt.
 * @csspart textarea - The writing area.
 * @csspart status - The save status (a polite live region).
 * @csspart save-button - "Save entry".
 * @csspart history - Past entries, their search and "Delete everything".
 * @csspart entry - One past entry.
 * @csspart conflict - The choice shown when another tab changed the draft.
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error.
 *
 * @cssprop --hearth-journal-min-height - Minimum height of the writing area (default 12em).
 */
export class HearthJournalPrompt extends HearthElement<JournalPromptStrings> {
  /** @internal */
  static override localeCatalog = journalCatalog;
  static override styles = [...baseStyles, widgetFooterStyles, journalPromptStyles];

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

  /** The instance key in storage (default: the pack id, else `journal`). */
  @property({ attribute: 'store-key' }) storeKey?: string;

  /** `local`, `session` or `none`; else the provider's; else `local`. */
  @property() storage?: StorageMode;

  /** Where "Share with my therapist" sends (else the provider's `endpoint`); without one, there is no sharing. */
  @property() endpoint?: string;

  /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
  @property() credentials?: RequestCredentials;

  /** Hides the compact crisis resources in the footer. */
  @property({ type: Boolean, attribute: 'no-crisis-footer' }) noCrisisFooter = false;

  /** Hides the "complements your therapy" note. */
  @property({ type: Boolean, attribute: 'no-disclaimer' }) noDisclaimer = false;

  /** Level of the prompt heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */
  @state() private text = '';
  /** @internal */
  @state() private status = '';
  /** @internal */
  @state() private storageProblem?: StorageFailure;
  /** @internal */
  @state() entries: JournalEntry[] = [];
  /** @internal */
  @state() search = '';
  /** @internal */
  @state() confirming?: string;
  /** @internal */
  @state() private conflict?: { text: string; version: number };
  /** @internal */
  @state() private sequence = 0;
  /** The entry being edited, with its fields. @internal */
  @state() editing?: { id: string; text: string; tags: string; mood: string };
  /** The browser said it may clear what is saved. @internal */
  @state() private mayBeCleared = false;
  /** @internal */
  private persistAsked = false;
  /** The entry whose "what will be sent" panel is open. @internal */
  @state() private sharing?: string;
  /** The outbox state of each shared entry, by entry id. @internal */
  @state() private shareStates = new Map<string, OutboxEntry>();
  /** @internal */
  private outbox?: Outbox;
  /** The history view, loaded with storage (the entries come from it). @internal */
  @state() private historyModule?: typeof import('./journal-history.js');
  /** The share view, loaded with the outbox. @internal */
  @state() private shareModule?: typeof import('./journal-share.js');

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
  private store?: HearthStorage;
  /** @internal */
  private storeFor = '';
  /** @internal */
  private storeReady: Promise<void> = Promise.resolve();
  /** @internal */
  private draftVersion: number | null = null;
  /** What is stored, as far as this tab knows (to tell unsaved changes apart). @internal */
  private storedText = '';
  /** @internal */
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** @internal */
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onHidden);
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    this.outbox?.stop();
    document.removeEventListener('visibilitychange', this.onHidden);
    window.removeEventListener('pagehide', this.onPageHide);
    this.stopWatching?.();
    if (this.saveTimer) void this.saveDraft();
    super.disconnectedCallback();
  }

  /** @internal */
  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') void this.saveDraft();
  };

  /** A last chance when the page goes away; the main save is the autosave. @internal */
  private readonly onPageHide = () => void this.saveDraft();

  /** The endpoint in force: the attribute, else the provider's; none when it is not a valid URL. */
  get activeEndpoint(): string | undefined {
    const endpoint = this.endpoint ?? this.practiceConfig?.endpoint;
    return endpoint && !urlProblem(endpoint) ? endpoint : undefined;
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
   * Encryption is not in this version yet. A page that asks for it must not get plain text on
   * disk instead: with `encrypt` set, nothing is written (memory only) and the element says why.
   */
  private get encryptRequested(): boolean {
    return this.hasAttribute('encrypt');
  }

  private get mode(): StorageMode {
    if (this.encryptRequested) return 'none';
    return this.storage && STORAGE_MODES.includes(this.storage) ? this.storage : (this.practiceConfig?.storage ?? 'local');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${this.mode} ${namespace} ${this.instanceKey}`;
    if (wanted !== this.storeFor) {
      this.storeFor = wanted;
      this.storeReady = this.track(this.openStore(this.mode, namespace));
    }
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = this.prompt ? [] : [...this.content.issues];
    if (this.storage !== undefined && !STORAGE_MODES.includes(this.storage)) {
      issues.push({ path: 'storage', message: `expected one of ${STORAGE_MODES.join(', ')}, got ${JSON.stringify(String(this.storage).slice(0, 40))}` });
    }
    if (!ROTATIONS.includes(this.rotate)) {
      issues.push({ path: 'rotate', message: `expected one of ${ROTATIONS.join(', ')}, got ${JSON.stringify(String(this.rotate).slice(0, 40))}` });
    }
    if (this.maxLength !== undefined && (!Number.isInteger(this.maxLength) || this.maxLength < 1)) {
      issues.push({ path: 'max-length', message: `expected a whole number above 0, got ${this.maxLength}` });
    }
    if (!Number.isInteger(this.headingLevel) || this.headingLevel < 2 || this.headingLevel > 6) {
      issues.push({ path: 'heading-level', message: `expected a whole number from 2 to 6, got ${this.headingLevel}` });
    }
    if (this.encryptRequested) {
      issues.push({ path: 'encrypt', message: 'is not available in this version yet, so nothing is saved on the device (memory only) until it is' });
    }
    if (this.endpoint && urlProblem(this.endpoint)) {
      issues.push({ path: 'endpoint', message: urlProblem(this.endpoint)! });
    }
    if (!this.prompt && this.content.status === 'empty') {
      issues.push({ path: 'prompt', message: 'no prompt given: set prompt, prompts, pack, a JSON child, or src' });
    }
    return issues;
  }

  /** Storage loads on demand (a chunk shared by every element); the prompt and the textarea render first. */
  private async openStore(mode: StorageMode, namespace: string): Promise<void> {
    const [{ HearthStorage }, history] = await Promise.all([import('@hearth/core/storage'), import('./journal-history.js')]);
    this.historyModule = history;
    this.stopWatching?.();
    const store = new HearthStorage({ mode, namespace });
    this.store = store;
    this.stopWatching = store.watch('drafts', this.instanceKey, (notice) => void this.onDraftChanged(notice));
    const draft = await store.read<JournalDraft>('drafts', this.instanceKey, DRAFT_FORMAT);
    if (!draft.ok) {
      this.storageProblem = draft.error;
      this.status = this.i18n.t('journal.notSaved', { reason: draft.error.message });
      return;
    }
    this.draftVersion = draft.value?.version ?? null;
    this.storedText = draft.value?.data.text ?? '';
    this.sequence = draft.value?.data.sequence ?? 0;
    // Text the client typed before storage was ready is kept, never replaced.
    if (!this.text) this.text = this.storedText;
    await this.loadEntries();
    if (this.activeEndpoint) await this.openOutbox();
  }

  /** The outbox loads only when sharing is possible: without an endpoint, nothing can be sent. */
  private async openOutbox(): Promise<Outbox> {
    if (this.outbox) return this.outbox;
    const [{ Outbox }, share] = await Promise.all([import('@hearth/core/sending'), import('./journal-share.js')]);
    this.shareModule = share;
    const outbox = new Outbox(this.store!);
    this.outbox = outbox;
    const prefix = `journal:${this.instanceKey}:`;
    const remember = (entry: OutboxEntry) => {
      if (entry.source?.startsWith(prefix)) this.shareStates = new Map(this.shareStates).set(entry.source.slice(prefix.length), entry);
    };
    outbox.subscribe(remember);
    for (const entry of await outbox.entries()) remember(entry);
    outbox.start();
    return outbox;
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
      credentials: this.credentials ?? this.practiceConfig?.credentials ?? 'same-origin',
      source: `journal:${this.instanceKey}:${entry.id}`,
    });
  }

  private async retryShare(id: string): Promise<void> {
    const state = this.shareStates.get(id);
    if (state && this.outbox) await this.outbox.retry(state.id);
  }

  private async loadEntries(): Promise<void> {
    const listed = await this.store!.list<JournalEntry>('journal', ENTRY_FORMAT);
    if (!listed.ok) {
      this.storageProblem = listed.error;
      return;
    }
    const prefix = `${this.instanceKey}/`;
    this.entries = listed.value.records
      .filter(([key]) => key.startsWith(prefix))
      .map(([, record]) => record.data)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Another tab (or element) changed the draft: take it if nothing here is unsaved, else ask. */
  private async onDraftChanged(notice: ChangeNotice): Promise<void> {
    if (notice.version === this.draftVersion) return;
    const read = await this.store!.read<JournalDraft>('drafts', this.instanceKey, DRAFT_FORMAT);
    if (!read.ok) return;
    const other = read.value?.data.text ?? '';
    const version = read.value?.version ?? 0;
    if (notice.key === '*' || !read.value) {
      await this.loadEntries();
      return;
    }
    if (this.text === this.storedText || this.text === other) {
      this.text = other;
      this.storedText = other;
      this.draftVersion = version;
      this.sequence = read.value.data.sequence ?? this.sequence;
      await this.loadEntries();
      return;
    }
    this.conflict = { text: other, version };
  }

  /** Saves the draft now (the textarea saves within half a second of the last keystroke). */
  async saveDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.storeReady;
    if (!this.store || this.conflict || this.text === this.storedText) return;
    const text = this.text;
    const written = await this.store.write<JournalDraft>(
      'drafts',
      this.instanceKey,
      { text, promptId: this.currentPrompt?.id, sequence: this.sequence },
      DRAFT_FORMAT,
      { expectedVersion: this.draftVersion },
    );
    if (written.ok) {
      this.draftVersion = written.value.version;
      this.storedText = text;
      this.storageProblem = undefined;
      this.status = this.i18n.t('journal.saved');
    } else if (written.error.reason === 'conflict') {
      const current = written.error.current as { version: number; data: JournalDraft } | undefined;
      this.conflict = { text: current?.data.text ?? '', version: current?.version ?? 0 };
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

  /** Saves what is written as an entry, then starts a fresh draft. */
  async saveEntry(): Promise<JournalEntry | undefined> {
    const prompt = this.currentPrompt;
    if (!this.text.trim()) {
      this.status = this.i18n.t('journal.empty');
      return undefined;
    }
    await this.storeReady;
    const now = new Date().toISOString();
    const entry: JournalEntry = { id: randomId(), promptId: prompt?.id ?? '', promptText: prompt ? this.fill(prompt.text) : '', text: this.text, tags: [], createdAt: now, updatedAt: now };
    const written = await this.store!.write('journal', `${this.instanceKey}/${entry.id}`, entry, ENTRY_FORMAT);
    if (!written.ok) {
      this.storageProblem = written.error;
      this.status = this.i18n.t('journal.notSaved', { reason: written.error.message });
      return undefined;
    }
    this.entries = [entry, ...this.entries];
    this.emit('hearth-journal-save', { entry });
    if (!this.persistAsked && this.store!.mode === 'local') {
      this.persistAsked = true;
      void (this.store!.constructor as typeof HearthStorage).persist().then((answer) => (this.mayBeCleared = answer === 'refused'));
    }
    this.text = '';
    this.sequence += 1;
    clearTimeout(this.saveTimer);
    const cleared = await this.store!.write<JournalDraft>('drafts', this.instanceKey, { text: '', sequence: this.sequence }, DRAFT_FORMAT, { expectedVersion: this.draftVersion });
    if (cleared.ok) {
      this.draftVersion = cleared.value.version;
      this.storedText = '';
    }
    this.status = this.i18n.t('journal.entrySaved');
    return entry;
  }

  /** Opens an entry for editing; the small edit form loads on demand. */
  /** @internal */
  async startEdit(entry: JournalEntry): Promise<void> {
    this.editModule ??= await this.track(import('./journal-edit.js'));
    this.editing = { id: entry.id, text: entry.text, tags: entry.tags.join(', '), mood: entry.mood ?? '' };
  }
  /** @internal */
  @state() private editModule?: typeof import('./journal-edit.js');

  /** Saves the edited text, tags and mood of an entry. */
  async saveEdit(): Promise<void> {
    const edit = this.editing;
    const entry = this.entries.find((candidate) => candidate.id === edit?.id);
    if (!edit || !entry) return;
    const tags = [...new Set(edit.tags.split(',').map((tag) => tag.trim().slice(0, 50)).filter(Boolean))].slice(0, 50);
    const updated: JournalEntry = { ...entry, text: edit.text, tags, updatedAt: new Date().toISOString() };
    if (edit.mood) updated.mood = edit.mood;
    else delete updated.mood;
    const written = await this.store!.write('journal', `${this.instanceKey}/${entry.id}`, updated, ENTRY_FORMAT);
    if (!written.ok) {
      this.status = this.i18n.t('journal.notSaved', { reason: written.error.message });
      return;
    }
    this.entries = this.entries.map((candidate) => (candidate.id === entry.id ? updated : candidate));
    this.editing = undefined;
    this.status = this.i18n.t('journal.entryUpdated');
  }

  /** Downloads the entries: `json` (can be imported again) or `text`. */
  async exportEntries(format: 'json' | 'text'): Promise<string> {
    const { exportAndDownload } = await import('./journal-export.js');
    return exportAndDownload(this.entries, format, this.i18n.t('journal.exportTitle'), (iso) => this.i18n.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' }));
  }

  /** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
  async importEntries(text: string): Promise<number> {
    const { parseExport, newerThan } = await import('./journal-export.js');
    const incoming = parseExport(text);
    if (!incoming) {
      this.status = this.i18n.t('journal.importFailed');
      return 0;
    }
    await this.storeReady;
    const fresh = newerThan(this.entries, incoming);
    for (const entry of fresh) {
      const written = await this.store!.write('journal', `${this.instanceKey}/${entry.id}`, entry, ENTRY_FORMAT);
      if (!written.ok) {
        this.status = this.i18n.t('journal.notSaved', { reason: written.error.message });
        return 0;
      }
    }
    await this.loadEntries();
    this.status = this.i18n.t('journal.imported', { count: fresh.length });
    return fresh.length;
  }

  /** @internal */
  async onImportFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.importEntries(await file.text());
  }

  /** @internal */
  async deleteEntry(id: string): Promise<void> {
    this.confirming = undefined;
    const removed = await this.store!.remove('journal', `${this.instanceKey}/${id}`);
    if (!removed.ok) {
      this.status = this.i18n.t('journal.notSaved', { reason: removed.error.message });
      return;
    }
    this.entries = this.entries.filter((entry) => entry.id !== id);
    this.status = this.i18n.t('journal.entryDeleted');
  }

  /** Deletes this journal's entries and draft from the device. */
  async deleteEverything(): Promise<void> {
    this.confirming = undefined;
    await this.storeReady;
    const store = this.store!;
    for (const entry of this.entries) await store.remove('journal', `${this.instanceKey}/${entry.id}`);
    const draft = await store.remove('drafts', this.instanceKey);
    clearTimeout(this.saveTimer);
    this.entries = [];
    this.text = '';
    this.storedText = '';
    this.draftVersion = null;
    this.sequence = 0;
    this.status = draft.ok ? this.i18n.t('journal.deletedAll') : this.i18n.t('journal.notSaved', { reason: draft.error.message });
  }

  private fill(text: string): string {
    if (!/\{(name|practice)\}/.test(text)) return text;
    return text
      .replace(/\{name\}/g, this.practiceConfig?.clientName ?? '')
      .replace(/\{practice\}/g, this.practiceConfig?.practiceName ?? '')
      .replace(/ +([,.!?;:])/g, '$1')
      .replace(/ {2,}/g, ' ')
      .trim();
  }

  private wordCount(): number {
    if (!this.text.trim()) return 0;
    if (typeof Intl.Segmenter === 'function') {
      let count = 0;
      for (const segment of new Intl.Segmenter(this.i18n.lang, { granularity: 'word' }).segment(this.text)) if (segment.isWordLike) count++;
      return count;
    }
    return this.text.trim().split(/\s+/).length;
  }

  private renderHistory() {
    // The element is its own history host (the interface lists what the view may use).
    return this.historyModule ? this.historyModule.renderHistory(this satisfies HistoryHost) : nothing;
  }

  /** @internal */
  renderShare(entry: JournalEntry) {
    if (!this.activeEndpoint || !this.shareModule) return nothing;
    return this.shareModule.renderShare({
      entry,
      state: this.shareStates.get(entry.id),
      open: this.sharing === entry.id,
      practice: this.practiceConfig?.practiceName,
      t: (key, params) => this.i18n.t(key, params),
      ask: () => (this.sharing = entry.id),
      send: () => void this.share(entry),
      cancel: () => (this.sharing = undefined),
      retry: () => void this.retryShare(entry.id),
    });
  }

  /** @internal */
  moodLabel(mood: string): string {
    const key = `journal.mood.${mood}` as keyof JournalPromptStrings & string;
    return MOODS.includes(mood) ? this.i18n.t(key) : mood;
  }

  /** @internal */
  renderEdit() {
    if (!this.editModule) return nothing;
    const edit = this.editing!;
    return this.editModule.renderEdit({
      edit,
      moods: MOODS,
      t: (key) => this.i18n.t(key),
      moodLabel: (mood) => this.moodLabel(mood),
      change: (field, value) => (this.editing = { ...this.editing!, [field]: value }),
      save: () => void this.saveEdit(),
      cancel: () => (this.editing = undefined),
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
  get level(): number {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 2;
  }

  override render() {
    const prompt = this.currentPrompt;
    const words = this.wordCount();
    const modeNote = this.mode === 'none' ? this.i18n.t('journal.noneNote') : this.mode === 'session' ? this.i18n.t('journal.sessionNote') : '';
    return html`<div class=${this.baseClass} part="base" lang=${this.i18n.lang} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      <div part="header">
        <p class="label" id="prompt-label">${this.i18n.t('journal.promptLabel')}</p>
        <div role="heading" aria-level=${this.level} class="prompt" id="prompt">${prompt ? this.fill(prompt.text) : ''}</div>
      </div>
      <label for="text" class="visually-hidden">${this.i18n.t('journal.textareaLabel')}</label>
      <textarea
        id="text"
        part="textarea"
        spellcheck="true"
        autocomplete="off"
        aria-describedby="prompt count"
        maxlength=${this.maxLength && this.maxLength > 0 ? this.maxLength : 1_000_000}
        .value=${this.text}
        @input=${this.onInput}
      ></textarea>
      <p class="count" id="count">
        ${this.maxLength && this.maxLength > 0
          ? this.i18n.t('journal.characters', { count: this.text.length, max: this.maxLength })
          : this.i18n.t('journal.words', { count: words })}
      </p>
      ${this.conflict
        ? html`<div class="conflict" part="conflict" role="alert">
            <p>${this.i18n.t('journal.conflict')}</p>
            <button type="button" @click=${() => this.resolveConflict(true)}>${this.i18n.t('journal.keepMine')}</button>
            <button type="button" @click=${() => this.resolveConflict(false)}>${this.i18n.t('journal.useOther')}</button>
          </div>`
        : nothing}
      <div class="row">
        <button type="button" class="primary" part="save-button" @click=${() => void this.saveEntry()}>${this.i18n.t('journal.saveEntry')}</button>
        <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
      </div>
      ${modeNote ? html`<p class="muted mode-note">${modeNote}</p>` : nothing}
      ${this.mayBeCleared ? html`<p class="muted persist-note">${this.i18n.t('journal.persistRefused')}</p>` : nothing}
      ${this.renderHistory()}
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
