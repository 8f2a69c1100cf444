import { type ChangeNotice, type HearthStorage, SaveOnLeave, StoreWatch } from '@hearth/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { idRecord, own } from '../id-record.js';
import type { FeedbackDraft as StoredDraft } from './feedback-form.js';
import type { Answer } from './form-definition.js';

const DRAFT_FORMAT = { schema: 1 };
/** Answers save themselves this long after the last change. */
const AUTOSAVE_MS = 300;

const same = (a: Answer | undefined, b: Answer | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** What the draft reads from and gives back to its form. */
export interface DraftForm {
  /** The answers on screen. */
  answers(): Record<string, Answer>;
  /** The id the response will carry. */
  responseId(): string;
  /** The version of the form's questions (a draft of another version is not used). */
  formVersion(): string | undefined;
  /** Only the answers that fit the questions. */
  accepted(answers: unknown): Record<string, Answer>;
  /** Puts answers on screen (a draft read, or another tab's merged with these); a response id when it comes with them. */
  show(answers: Record<string, Answer>, responseId?: string): void;
  /** Says something about the draft to the client: it could not be saved, or another tab changed it. */
  tell(problem: 'not-saved' | 'other-tab', reason?: string): void;
}

/**
 * The feedback form's draft on the device, as a reactive controller: read when the form opens its
 * storage, saved 300 ms after each change and when the page is hidden or left, merged (never
 * silently overwritten) when another tab or form changed it too. It hears those changes while the
 * form is in the page, and reads the draft again when the form comes back (StoreWatch).
 */
export class FeedbackDraftController implements ReactiveController {
  /** What the form waits for before it sends: the draft read (or nothing to read). */
  ready: Promise<void> = Promise.resolve();
  private storage?: HearthStorage;
  private key?: string;
  /** The version of the stored draft as far as this form knows (null: none). */
  private version: number | null = null;
  /** The answers as stored, as far as this form knows (to tell unsaved changes apart). */
  private stored: Record<string, Answer> = idRecord();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly watch: StoreWatch;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly form: DraftForm,
  ) {
    host.addController(this);
    this.watch = new StoreWatch(host, (notice) => void this.onChanged(notice));
    new SaveOnLeave(host, () => void this.save());
  }

  hostDisconnected(): void {
    if (this.timer) void this.save();
  }

  private async read(storage: HearthStorage, key: string): Promise<void> {
    this.storage = storage;
    this.key = key;
    this.watch.watch(storage, 'drafts', key);
    const read = await storage.read<StoredDraft>('drafts', key, DRAFT_FORMAT);
    if (!read.ok) {
      this.form.tell('not-saved', read.error.message);
      return;
    }
    this.version = read.value?.version ?? null;
    const draft = read.value?.data;
    if (draft && draft.formVersion === this.form.formVersion()) {
      const typedFirst = Object.keys(this.form.answers()).length > 0;
      this.stored = this.form.accepted(draft.answers);
      this.form.show(idRecord(this.stored, this.form.answers()), typedFirst ? undefined : draft.responseId);
    }
  }

  private unsaved(): boolean {
    const answers = this.form.answers();
    const keys = new Set([...Object.keys(answers), ...Object.keys(this.stored)]);
    return [...keys].some((key) => !same(own(answers, key), own(this.stored, key)));
  }

  /** Another tab's answers, with the answers changed here since the last save kept on top. */
  private merge(other: Record<string, Answer>, version: number, responseId?: string): void {
    const theirs = this.form.accepted(other);
    const mine = idRecord<Answer>();
    for (const [key, value] of Object.entries(this.form.answers())) if (!same(value, own(this.stored, key))) mine[key] = value;
    this.stored = theirs;
    this.version = version;
    this.form.show(idRecord(theirs, mine), responseId);
  }

  /**
   * Another tab (or form) changed the draft: take it when nothing here is unsaved (else the next
   * save merges). No notice: the form is back in the page, and the draft may have changed meanwhile.
   */
  private async onChanged(notice?: ChangeNotice): Promise<void> {
    const { storage, key } = this;
    if ((notice && notice.version === this.version) || !storage || !key || this.unsaved()) return;
    const read = await storage.read<StoredDraft>('drafts', key, DRAFT_FORMAT);
    if (!read.ok || storage !== this.storage) return;
    this.merge(read.value?.data.answers ?? {}, read.value?.version ?? 0, read.value?.data.responseId || undefined);
  }

  /** The storage the draft is kept in (the outbox keeps sends in the same), once opened. */
  get store(): HearthStorage | undefined {
    return this.storage;
  }

  /** True when every answer on screen is in the stored draft (shown as "Saved on this device"). */
  get saved(): boolean {
    return !!Object.keys(this.stored).length && JSON.stringify(this.stored) === JSON.stringify(this.form.answers());
  }

  /**
   * Reads the draft of `key` into the form; answers given before it was read are kept on top.
   * The storage may still be loading: saves wait for it.
   */
  open(storage: HearthStorage | Promise<HearthStorage>, key: string): Promise<void> {
    this.ready = Promise.resolve(storage).then((opened) => this.read(opened, key));
    return this.ready;
  }

  /** Saves 300 ms after the last change. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Writes the answers when they changed; on a conflict, merges the other tab's and writes again. */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.ready;
    const { storage, key } = this;
    const formVersion = this.form.formVersion();
    if (!storage || !key || formVersion === undefined || !this.unsaved()) return;
    const answers = idRecord(this.form.answers());
    if (!Object.keys(answers).length) {
      // Nothing answered (after a send, a reset, or every answer taken back): nothing is kept.
      const removed = await storage.remove('drafts', key);
      if (removed.ok) {
        this.version = null;
        this.stored = idRecord();
        this.host.requestUpdate();
      }
      return;
    }
    const draft: StoredDraft = { responseId: this.form.responseId(), formVersion, answers };
    const written = await storage.write<StoredDraft>('drafts', key, draft, DRAFT_FORMAT, { expectedVersion: this.version });
    if (written.ok) {
      this.version = written.value.version;
      this.stored = answers;
      this.host.requestUpdate();
    } else if (written.error.reason === 'conflict') {
      const current = written.error.current as { version: number; data: StoredDraft } | undefined;
      this.merge(current?.data?.answers ?? {}, current?.version ?? 0);
      this.form.tell('other-tab');
      await this.save();
    } else {
      this.form.tell('not-saved', written.error.message);
    }
  }
}
