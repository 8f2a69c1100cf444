import { html, nothing, type ReactiveControllerHost } from 'lit';

import type { SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import type { SafetyPlanData } from './safety-plan-data.js';
import {
  decryptExport,
  encryptedExportAndDownload,
  encryptedExportProblem,
  exportAndDownload,
  type ImportRefusal,
  isEncryptedExport,
  MAX_IMPORT_BYTES,
  mergePlans,
  parseExport,
  type TextExportWords,
} from './safety-plan-file.js';

/*
 * "Manage my plan"'s file actions, loaded when the client opens it (or a host calls exportPlan,
 * exportEncrypted or importPlan): save as a file (JSON, encrypted JSON, text), import a file, and
 * the passphrase forms of an encrypted file. Not part of the plan's first paint.
 */

/** What the file actions read from their plan. */
export interface FileActionsHost extends ReactiveControllerHost {
  readonly data: SafetyPlanData;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Nothing may be read or written: an encrypted plan that is not unlocked. */
  readonly closed: boolean;
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string;
  /** The words of a text file, in the element's language. */
  textExportWords(): TextExportWords;
  focusAfterUpdate(...selectors: string[]): void;
  track<T>(promise: Promise<T>): Promise<T>;
}

/** What an import says beside its button, when it changed nothing. */
type ImportMessage =
  | 'plan.importTooBig'
  | 'plan.importFailed'
  | 'plan.importFull'
  | 'plan.importNothingNew'
  | 'plan.importWrong'
  | 'plan.importDamaged'
  | 'plan.fileUnavailable';

/** Why a file was refused, in the client's words. */
const IMPORT_MESSAGES: Record<ImportRefusal, ImportMessage> = {
  'too-big': 'plan.importTooBig',
  invalid: 'plan.importFailed',
  full: 'plan.importFull',
  damaged: 'plan.importDamaged',
  unavailable: 'plan.fileUnavailable',
};

/** A submitted form's fields (the page is not left). */
function formFields(event: Event): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

/**
 * Saving the plan as a file and importing one, as a controller of its plan: the buttons, the
 * import's result (a polite live region), and the passphrase forms of an encrypted file. Its
 * fields are for the views to read; only its methods change them.
 */
export class PlanFiles {
  /** The result of the last import, announced beside its button. */
  importStatus = '';
  /** "Save as an encrypted file" asks for the file's passphrase; `error` says why it was refused. */
  exportForm?: { error?: string };
  /** An encrypted plan file waiting for its passphrase. */
  pendingImport?: string;

  constructor(private readonly host: FileActionsHost) {}

  private set(patch: Partial<Pick<PlanFiles, 'importStatus' | 'exportForm' | 'pendingImport'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** An import refused or with nothing new: said beside the import button. */
  private says(key: ImportMessage): undefined {
    this.set({ importStatus: this.host.t(key) });
    return undefined;
  }

  /** The file field's change: a file too big is refused before it is read; else it is imported. */
  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Cleared first (rendered before the next task), so that the same result for another file is announced again.
    this.set({ importStatus: '' });
    await new Promise((resolve) => setTimeout(resolve));
    if (file.size > MAX_IMPORT_BYTES) return void this.says('plan.importTooBig');
    await this.importPlan(await file.text());
  }

  /** Opens the form of "Save as an encrypted file" (the passphrase field takes focus). */
  private openExportForm(): void {
    this.set({ pendingImport: undefined, exportForm: {} });
    this.host.focusAfterUpdate('#file-passphrase');
  }

  /** The passphrase chosen for an encrypted file, typed twice. */
  private renderExportForm() {
    if (!this.exportForm) return nothing;
    const t = (key: keyof SafetyPlanStrings & string) => this.host.t(key);
    const submit = (event: Event) => {
      const fields = formFields(event);
      void this.host.track(this.exportEncrypted(String(fields.get('passphrase') ?? ''), String(fields.get('confirm') ?? '')));
    };
    const cancel = () => {
      this.set({ exportForm: undefined });
      this.host.focusAfterUpdate('#export-encrypted');
    };
    return html`<form class="confirm file-form" @submit=${submit}>
      <p>${t('plan.fileIntro')}</p>
      <label for="file-passphrase">${t('plan.filePassphrase')}</label>
      <input id="file-passphrase" name="passphrase" type="password" autocomplete="new-password" required />
      <label for="file-confirm">${t('plan.fileConfirm')}</label>
      <input id="file-confirm" name="confirm" type="password" autocomplete="new-password" required />
      ${this.exportForm.error ? html`<p class="status error" role="alert">${this.exportForm.error}</p>` : nothing}
      <button type="submit" class="primary">${t('plan.fileSave')}</button>
      <button type="button" @click=${cancel}>${t('plan.cancel')}</button>
    </form>`;
  }

  /** An encrypted plan file waiting for its passphrase. */
  private renderImportForm() {
    const pending = this.pendingImport;
    if (!pending) return nothing;
    const t = (key: keyof SafetyPlanStrings & string) => this.host.t(key);
    const submit = (event: Event) => void this.host.track(this.importPlan(pending, String(formFields(event).get('passphrase') ?? '')));
    return html`<form class="confirm file-form" @submit=${submit}>
      <p>${t('plan.importPassphraseIntro')}</p>
      <label for="import-passphrase">${t('plan.filePassphrase')}</label>
      <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required />
      <button type="submit" class="primary">${t('plan.importGo')}</button>
      <button type="button" @click=${() => this.set({ pendingImport: undefined })}>${t('plan.cancel')}</button>
    </form>`;
  }

  /** The passphrase forms close, and the result of the last import goes (lock, quick exit). */
  reset(): void {
    this.set({ exportForm: undefined, pendingImport: undefined, importStatus: '' });
  }

  /** Saves the plan as a file: `json` (can be imported again) or `text` (for reading); returns the file's text. */
  async exportPlan(format: 'json' | 'text'): Promise<string> {
    await this.host.data.ready;
    return exportAndDownload(this.host.data.plan, format, this.host.textExportWords());
  }

  /**
   * Saves the plan as an encrypted file: sealed by a key of its own, wrapped by a passphrase chosen
   * for the file (at least 8 characters, typed twice). Its text, or undefined (said in the form).
   */
  async exportEncrypted(passphrase: string, confirm: string): Promise<string | undefined> {
    if (passphrase.length < 8 || passphrase !== confirm) return void this.set({ exportForm: { error: this.host.t('plan.fileMismatch') } });
    await this.host.data.ready;
    const text = await encryptedExportAndDownload(this.host.data.plan, passphrase);
    if (!text) return void this.set({ exportForm: { error: this.host.t('plan.fileUnavailable') } });
    this.set({ exportForm: undefined });
    this.host.focusAfterUpdate('#export-encrypted');
    return text;
  }

  /**
   * Reads a Hearth plan file and merges it into the plan, losing nothing (see mergePlans). An
   * encrypted file is checked, then its passphrase asked for (`passphrase`); a wrong one changes
   * nothing. How many things were added; undefined when refused or waiting for the passphrase.
   */
  async importPlan(text: string, passphrase?: string): Promise<number | undefined> {
    const { data } = this.host;
    await data.ready;
    let parsed: ReturnType<typeof parseExport>;
    if (isEncryptedExport(text)) {
      // A file that cannot be opened (its envelope, its sealed data) is refused before its passphrase is asked for.
      const problem = await encryptedExportProblem(text);
      if (problem) return (this.set({ pendingImport: undefined }), this.says(IMPORT_MESSAGES[problem]));
      if (passphrase === undefined) {
        this.set({ pendingImport: text });
        this.host.focusAfterUpdate('#import-passphrase');
        return undefined;
      }
      const opened = await decryptExport(text, passphrase);
      if (opened === 'wrong') {
        // Said again for a second wrong try: the line is emptied first (rendered before the next task).
        this.set({ importStatus: '' });
        await new Promise((resolve) => setTimeout(resolve));
        this.host.focusAfterUpdate('#import-passphrase');
        return this.says('plan.importWrong');
      }
      this.set({ pendingImport: undefined });
      parsed = opened;
    } else {
      parsed = parseExport(text);
    }
    if ('refused' in parsed) return this.says(IMPORT_MESSAGES[parsed.refused]);
    // Locked (an encrypted plan) or not read yet: there is nothing here to merge with (and no import button on screen).
    if (this.host.closed || !data.store || !data.loaded) return undefined;
    const merged = mergePlans(data.plan, parsed.plan);
    if ('refused' in merged) return this.says('plan.importFull');
    const count = merged.added + merged.linked;
    if (!count) return (this.says('plan.importNothingNew'), 0);
    // The plan changes as a whole, and is saved at once (as every change to it).
    data.replacePlan(merged.plan);
    await data.save();
    this.set({ importStatus: this.host.t('plan.imported', { count }) });
    return count;
  }

  /** In "Manage my plan": save as a file (JSON, encrypted JSON or text), and import a Hearth plan file. */
  render() {
    const t = (key: keyof SafetyPlanStrings & string) => this.host.t(key);
    const chooseFile = () => this.host.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click();
    const saves = this.host.data.hasAnything
      ? html`<div class="row">
            <button type="button" @click=${() => void this.exportPlan('json')}>${t('plan.exportJson')}</button>
            <button type="button" id="export-encrypted" aria-expanded=${this.exportForm ? 'true' : 'false'} @click=${() => this.openExportForm()}>
              ${t('plan.exportEncrypted')}
            </button>
            <button type="button" @click=${() => void this.exportPlan('text')}>${t('plan.exportText')}</button>
          </div>
          ${this.renderExportForm()}`
      : nothing;
    return html`${saves}
      <div class="row">
        <button type="button" part="import-button" @click=${chooseFile}>${t('plan.import')}</button>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept="application/json,.json"
          @change=${(event: Event) => void this.host.track(this.importFile(event))}
        />
        <p class="import-status" part="import-status" role="status">${this.importStatus}</p>
      </div>
      ${this.renderImportForm()}`;
  }
}
