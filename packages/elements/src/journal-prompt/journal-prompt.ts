import {
  baseStyles,
  type ConfigIssue,
  ContentSource,
  FocusAfterUpdate,
  HearthElement,
  type HearthStorage,
  inCrossOriginFrame,
  type KeyVault,
  type LocaleController,
  oneOf,
  type OutboxEntry,
  randomId,
  type StorageMode,
  validate,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { loadPromptPack, type PracticePromptPack, type Prompt, type PromptContent } from '../content/built-in-prompt-packs.js';
import { foreignContentLang } from '../content/content-language.js';
import { fillTokens } from '../fill-tokens.js';
import { loadOnUse } from '../load-on-use.js';
import { journalCatalog, type JournalPromptStrings } from '../locales/journal-catalog.js';
import { textDirection } from '../text-direction.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { SendSettings, widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import { JournalData } from './journal-data.js';
import type { EntryEditor } from './journal-edit.js';
import { JournalHistory } from './journal-history.js';
import type { JournalLock } from './journal-lock.js';
import { journalPromptStyles } from './journal-prompt.styles.js';
import type { JournalSharing } from './journal-share.js';

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

export type { JournalStore, Stored } from './stored-record.js';

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
 * Content: the `prompt` attribute (one prompt's text) → the `prompts` property (a `Prompt[]`, or a
 * pack `{ note?, prompts, … }` whose note shows under the prompt) → a child
 * `<script type="application/json">` → `src` → a built-in `pack`.
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
 * @csspart pack-note - Under a pack's prompt, its note (a built-in pack's: any prompt can be skipped, and what to do if writing brings up too much).
 * @csspart private-note - Under the writing area: only the client can see what they write, and nobody is alerted by it.
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
  /** The draft, the entries and the status line, on the device. @internal */
  readonly data = new JournalData(this);
  /** Past entries and "Manage your journal". @internal */
  private readonly history = new JournalHistory(this);
  /** The passphrase and key of a journal with `encrypt` (its code loads only then). @internal */
  private keyLock?: JournalLock;
  /** "Share with my therapist" (its code loads only with an endpoint). @internal */
  private sharing?: JournalSharing;
  /** The code loaded on first use (a failed load is not kept: the next use tries again). @internal */
  private readonly code = {
    lock: loadOnUse(() => import('./journal-lock.js')),
    share: loadOnUse(() => import('./journal-share.js')),
    edit: loadOnUse(() => import('./journal-edit.js')),
  };
  /** The edit form (its code loads when the client first presses Edit). @internal */
  private editor?: EntryEditor;
  /** In a frame from another origin: storage is kept apart from the practice's own pages (said under the entry). @internal */
  private readonly framed = inCrossOriginFrame();
  /** @internal */
  private persistAsked = false;

  /** @internal */
  private readonly content = new ContentSource<PracticePromptPack>(
    this,
    {
      name: 'prompts',
      schema: () => import('./prompt-schema.js').then((module) => module.promptContentSchema),
      trustBuiltin: true,
      property: () => this.prompts,
      src: () => this.src,
      builtin: () => {
        if (!this.pack) return undefined;
        const language = this.i18n.language;
        const pack = this.pack;
        return {
          id: `${pack}@${language}`,
          // The pack with its note: a load asked for earlier that arrives late is dropped whole.
          load: () => loadPromptPack(pack, language),
        };
      },
    },
    (promise) => this.track(promise),
  );

  /** @internal */
  private storeFor = '';
  /** Where focus goes after the next update, the first found (a view replaced the focused control). @internal */
  private readonly focusLater = new FocusAfterUpdate(this);
  /** @internal */
  private counted: [string, number] = ['', 0];
  /** @internal */
  private countTimer?: ReturnType<typeof setTimeout>;
  /** The browser said it may clear what is saved. @internal */
  @state() private mayBeCleared = false;
  /** The passphrase screens of an encrypted journal could not be loaded (a bad network): said, with "Try again". @internal */
  @state() private lockMissing = false;
  /**
   * Without `encrypt`, the journal's key is on the device (encrypted on a page with `encrypt`, under
   * the same store key): it is locked as that page locks it. @internal
   */
  @state() private sealedHere = false;

  /** One prompt's text (wins over every other source). */
  @property() prompt?: string;

  /** Prompts as objects (`{ id, text, tags? }`), or a pack of them (`{ id?, version?, title?, note?, prompts, review? }`: its note shows under the prompt). */
  @property({ attribute: false }) prompts?: PromptContent;

  /** A built-in pack id. */
  @property() pack?: string;

  /** A URL of a JSON list of prompts, or of a pack. */
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${this.mode} ${namespace} ${this.instanceKey} ${this.encrypt}`;
    if (wanted !== this.storeFor) {
      this.storeFor = wanted;
      this.data.ready = this.track(this.openStore(this.mode, namespace));
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
    // Opened again (another store key, mode or namespace, or `encrypt` changed): what was unlocked
    // before is locked and dropped first, and whether this journal's key is here is read again.
    this.keyLock?.lock();
    this.sealedHere = false;
    await this.data.open(mode, namespace);
    if (!this.encrypt) {
      // Its key is here: it was encrypted on a page with `encrypt` (same store key). It locks as
      // there, and is never read as plain or written over unencrypted.
      const key = await this.data.store!.read('keys', this.instanceKey, { schema: 1 });
      if (!key.ok || !key.value) return this.opened();
      this.sealedHere = true;
      // Nothing typed before the key was found stays in memory, to be saved over the sealed draft.
      this.locked();
    }
    await this.startLock();
  }

  /** Loads the passphrase screens (on demand) and shows the one the journal needs: set up, or unlock. */
  private async startLock(): Promise<void> {
    let lockCode: typeof import('./journal-lock.js');
    try {
      lockCode = await this.code.lock();
    } catch {
      // Nothing can be read or written without it; the client is told, and can try again.
      this.lockMissing = true;
      return;
    }
    this.lockMissing = false;
    this.keyLock ??= new lockCode.JournalLock(this);
    await this.keyLock.start();
  }

  /** "Try again" after the passphrase screens could not be loaded: opens the store again. */
  private retryLock(): void {
    this.storeFor = '';
    this.requestUpdate();
  }

  protected override quickExit(): void {
    this.lock();
  }

  /** Sharing loads only when it is possible: without an endpoint, nothing can be sent. */
  private async openSharing(): Promise<JournalSharing> {
    const { JournalSharing } = await this.code.share();
    this.sharing ??= new JournalSharing(this);
    await this.sharing.open();
    return this.sharing;
  }

  /**
   * Words as the client's language counts them (Intl.Segmenter: current Chromium, Firefox and
   * Safari), counted after the keystroke's frame; a long entry after a pause in typing, so that
   * each keystroke stays within a frame (docs/benchmarks.md).
   */
  private wordCount(): number {
    const text = this.data.text;
    if (this.counted[0] !== text) {
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(
        () => {
          let words = 0;
          for (const segment of new Intl.Segmenter(this.i18n.lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
          this.counted = [text, words];
          this.requestUpdate();
        },
        text.length < 20_000 ? 0 : 300,
      );
    }
    return this.counted[1];
  }

  /**
   * Who can read what is written here. Only an encrypted journal is "only you": without a
   * passphrase, anyone who uses the device can open it. Nobody is alerted either way.
   */
  private get privateNoteKey() {
    if (this.encrypted) return this.activeEndpoint ? 'journal.privateNoteEncryptedShare' : 'journal.privateNoteEncrypted';
    return this.activeEndpoint ? 'journal.privateNoteShare' : 'journal.privateNote';
  }

  private renderWriting() {
    const { data } = this;
    const words = this.wordCount();
    const modeNote = this.mode === 'none' ? this.i18n.t('journal.noneNote') : this.mode === 'session' ? this.i18n.t('journal.sessionNote') : '';
    return html`${this.encrypted && this.keyLock ? this.keyLock.renderControls() : nothing}
      <label for="text" class="visually-hidden">${this.i18n.t('journal.textareaLabel')}</label>
      <textarea
        id="text"
        part="textarea"
        dir=${ifDefined(textDirection(data.text))}
        spellcheck="true"
        autocomplete="off"
        aria-describedby="prompt count"
        maxlength=${this.maxLength && this.maxLength > 0 ? this.maxLength : 1_000_000}
        .value=${data.text}
        @input=${(event: Event) => data.type((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="count" id="count">
        ${
          this.maxLength && this.maxLength > 0
            ? this.i18n.t('journal.characters', { count: data.text.length, max: this.maxLength })
            : this.i18n.t('journal.words', { count: words })
        }
      </p>
      <p class="muted private-note" part="private-note">${this.i18n.t(this.privateNoteKey)}</p>
      ${
        data.conflict
          ? html`<div class="conflict" part="conflict" role="alert">
            <p>${this.i18n.t('journal.conflict')}</p>
            <button type="button" @click=${() => data.resolveConflict(true)}>${this.i18n.t('journal.keepMine')}</button>
            <button type="button" @click=${() => data.resolveConflict(false)}>${this.i18n.t('journal.useOther')}</button>
          </div>`
          : nothing
      }
      <div class="row">
        <button type="button" class="primary" part="save-button" @click=${() => void this.saveEntry()}>${this.i18n.t('journal.saveEntry')}</button>
        <p class=${data.problem ? 'status error' : 'status'} part="status" role="status" aria-live="polite">${data.status}</p>
      </div>
      ${modeNote ? html`<p class="muted mode-note">${modeNote}</p>` : nothing}
      ${this.mayBeCleared ? html`<p class="muted persist-note">${this.i18n.t('journal.persistRefused')}</p>` : nothing}
      ${this.framed && this.mode !== 'none' ? html`<p class="muted framed-note">${this.i18n.t('journal.framed')}</p>` : nothing}
      ${data.store ? this.history.render() : nothing}`;
  }

  private renderLockMissing() {
    if (!this.encrypted || !this.lockMissing) return nothing;
    return html`<div class="lock" part="lock">
      <p class="status error" role="alert">${this.i18n.t('journal.lock.loadFailed')}</p>
      <button type="button" class="primary" @click=${() => this.retryLock()}>${this.i18n.t('journal.shareRetry')}</button>
    </div>`;
  }

  /** Reads the draft and the entries (an encrypted journal once unlocked), and resumes its shares. @internal */
  async opened(): Promise<void> {
    await this.data.load();
    // Sharing comes after the draft and the entries, and never fails them: if its code cannot
    // arrive, writing and saving go on (a share loads it again; its buttons show once it has).
    if (this.activeEndpoint) await this.openSharing().catch(() => undefined);
  }

  /**
   * Without `encrypt`, a record of this journal was found sealed (another tab or page set up
   * encryption under the same store key). Its key is here, so the journal locks as it does there;
   * without the key nothing here can open it, and the sealed records are skipped. @internal
   */
  async foundSealed(): Promise<void> {
    if (this.encrypted) return;
    const key = await this.data.store?.read('keys', this.instanceKey, { schema: 1 });
    if (!key?.ok || !key.value || this.encrypted) return;
    this.sealedHere = true;
    this.locked();
    await this.track(this.startLock());
  }

  /** Locked: nothing of the journal stays on screen or in memory. @internal */
  locked(): void {
    this.data.forget();
    this.history.reset();
    this.editor?.reset();
    this.sharing?.show(undefined);
  }

  /** The instance key: `store-key`, else the pack id, else `journal`. */
  get instanceKey(): string {
    return this.storeKey || this.pack || 'journal';
  }

  /** The prompts in use. */
  get promptList(): readonly Prompt[] {
    if (this.prompt) return [{ id: 'prompt', text: this.prompt }];
    return this.content.value?.prompts ?? [];
  }

  /** The prompt on show, after rotation. */
  get currentPrompt(): Prompt | undefined {
    const list = this.promptList;
    if (!list.length) return undefined;
    const rotate = ROTATIONS.includes(this.rotate) ? this.rotate : 'none';
    const index = rotate === 'daily' ? localDay() % list.length : rotate === 'sequence' ? this.data.sequence % list.length : 0;
    return list[index];
  }

  /** The id of the prompt on show (kept with the draft). @internal */
  get promptId(): string | undefined {
    return this.currentPrompt?.id;
  }

  /** The saved entries, newest first. */
  get savedEntries(): readonly JournalEntry[] {
    return this.data.entries;
  }

  /** The storage in use, once open. @internal */
  get store(): HearthStorage | undefined {
    return this.data.store;
  }

  /** The unlocked key of an encrypted journal (undefined: not encrypted, or locked). @internal */
  get vault(): KeyVault | undefined {
    return this.keyLock?.vault;
  }

  /** True when nothing may be read or written: an encrypted journal that is not unlocked. @internal */
  get closed(): boolean {
    return this.encrypted && !this.vault;
  }

  /** The journal is encrypted: `encrypt`, or its key was found on the device (set up on a page with it). @internal */
  get encrypted(): boolean {
    return this.encrypt || this.sealedHere;
  }

  /** The id of the entry being edited, if any. @internal */
  get editingId(): string | undefined {
    return this.editor?.editing?.id;
  }

  /** True while anything of this journal is kept: an entry, a draft, a key, or a share waiting to go. @internal */
  get hasAnything(): boolean {
    const { data } = this;
    return data.entries.length > 0 || data.text !== '' || data.storedText !== '' || this.keyLock?.envelope !== undefined || Boolean(this.sharing?.waiting);
  }

  /** Locks now: the key is dropped and nothing of the journal stays on screen or in memory. */
  lock(): void {
    if (this.encrypted) this.keyLock?.lock();
  }

  /** Sends a saved entry to the practice, after the client saw exactly what goes and confirmed. */
  async share(entry: JournalEntry): Promise<OutboxEntry | undefined> {
    this.sharing?.show(undefined);
    const endpoint = this.activeEndpoint;
    if (!endpoint) return undefined;
    if (!this.emit('hearth-journal-submit', { entry }, { cancelable: true })) return undefined;
    await this.data.ready;
    const sharing = await this.track(this.openSharing());
    return sharing.send(endpoint, entry, this.sendCredentials);
  }

  /** Saves the draft now (the textarea saves within half a second of the last keystroke). */
  async saveDraft(): Promise<void> {
    return this.data.saveDraft();
  }

  /** Saves what is written as an entry, then starts a fresh draft. */
  async saveEntry(): Promise<JournalEntry | undefined> {
    const prompt = this.currentPrompt;
    const text = this.data.text;
    if (!text.trim()) {
      this.data.say(this.i18n.t('journal.empty'));
      return undefined;
    }
    await this.data.ready;
    if (this.closed) return undefined;
    const now = new Date().toISOString();
    const entry: JournalEntry = {
      id: randomId(),
      promptId: prompt?.id ?? '',
      promptText: prompt ? fillTokens(prompt.text, this.practiceConfig) : '',
      text,
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    if (!(await this.data.addEntry(entry))) return undefined;
    this.emit('hearth-journal-save', { entry });
    const store = this.data.store!;
    if (!this.persistAsked && store.mode === 'local') {
      this.persistAsked = true;
      // Only a browser that promised to keep the data may go without the note: one that refused,
      // and one with no Storage API to ask (WebKitGTK by default, older Safari), may clear it.
      void (store.constructor as typeof HearthStorage).persist().then((answer) => (this.mayBeCleared = answer !== 'persisted'));
    }
    return entry;
  }

  /** Opens an entry for editing; the small edit form loads on demand. @internal */
  async startEdit(entry: JournalEntry): Promise<void> {
    if (!this.editor) {
      let code: typeof import('./journal-edit.js');
      try {
        code = await this.track(this.code.edit());
      } catch {
        // A bad network: say so on the status line (emptied first, so that a second failure is
        // announced again); the next Edit tries again.
        this.data.say('');
        await this.updateComplete;
        this.data.say(this.i18n.t('journal.editLoadFailed'));
        return;
      }
      this.editor ??= new code.EntryEditor(this);
    }
    this.editor.start(entry);
  }

  /** Saves the edited text, tags and mood of an entry. */
  async saveEdit(): Promise<void> {
    await this.editor?.save();
  }

  /** Downloads the entries: `json` (can be imported again) or `text`. */
  async exportEntries(format: 'json' | 'text'): Promise<string> {
    return this.history.exportEntries(format);
  }

  /** Reads a Hearth JSON export and merges it: an entry already here is kept unless the import is newer. */
  async importEntries(text: string, passphrase?: string): Promise<number> {
    return this.history.importEntries(text, passphrase);
  }

  /** Deletes this journal's entries, draft and key from the device, and its shares waiting in the outbox. */
  async deleteEverything(): Promise<void> {
    await this.data.ready;
    this.history.settle();
    await this.data.removeAll();
    this.sharing?.forget();
    if (this.encrypted) this.keyLock?.forget();
    if (this.sealedHere && !this.encrypt) {
      // Encrypted on another page only: with its records and key gone, this page's journal is an unencrypted one again.
      this.sealedHere = false;
      await this.opened();
    }
    // The confirmation is gone: focus goes to the empty textarea (encrypted: to setting a new passphrase).
    this.focusAfterUpdate('#text', '#passphrase');
  }

  /** Focuses the first of `selectors` found in the shadow root after the next update. @internal */
  focusAfterUpdate(...selectors: string[]): void {
    this.focusLater.request(...selectors);
  }

  /** @internal */
  renderShare(entry: JournalEntry) {
    return this.activeEndpoint && this.sharing ? this.sharing.render(entry) : undefined;
  }

  /** @internal */
  renderEdit() {
    return this.editor?.editing ? this.editor.render() : nothing;
  }

  /** For the controllers and views loaded on demand. @internal */
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
    // A pack’s note (built-in or the practice’s own), shown under its prompt, in the prompt’s language.
    const note = this.content.value?.note;
    const contentLang = foreignContentLang(this.content.origin, this.i18n.shown);
    const lock = this.encrypted ? this.keyLock : undefined;
    return html`<div class=${`${this.baseClass}${lock?.concealed ? ' concealed' : ''}`} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      <div part="header">
        <p class="label" id="prompt-label">${this.i18n.t('journal.promptLabel')}</p>
        ${prompt ? html`<div role="heading" aria-level=${this.level} class="prompt heading" part="heading" id="prompt" lang=${ifDefined(contentLang)}>${fillTokens(prompt.text, this.practiceConfig)}</div>` : nothing}
        ${prompt && note ? html`<p class="muted pack-note" part="pack-note" lang=${ifDefined(contentLang)}>${fillTokens(note, this.practiceConfig)}</p>` : nothing}
      </div>
      ${lock?.stage ? lock.render() : this.closed ? this.renderLockMissing() : this.renderWriting()}
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
