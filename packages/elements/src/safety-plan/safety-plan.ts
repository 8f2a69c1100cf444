import {
  baseStyles,
  type ConfigIssue,
  ContentSource,
  FocusAfterUpdate,
  HearthElement,
  type HearthError,
  type HearthStorage,
  inCrossOriginFrame,
  type KeyVault,
  type LocaleController,
  oneOf,
  type OutboxEntry,
  type PracticeContact,
  type StorageMode,
  validate,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { loadSafetyPlanPrompts } from '../content/built-in-safety-plan-prompts.js';
import { foreignContentLang } from '../content/content-language.js';
import { loadOnUse } from '../load-on-use.js';
import { safetyPlanCatalog, type SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import type { LockHost, PassphraseLock } from '../passphrase-lock/passphrase-lock.js';
import { textDirection } from '../text-direction.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { SendSettings, widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import { safetyPlanStyles } from './safety-plan.styles.js';
import { CrisisView } from './safety-plan-crisis-view.js';
import { SafetyPlanData } from './safety-plan-data.js';
import type { TextExportWords } from './safety-plan-file.js';
import type { PlanFiles } from './safety-plan-file-actions.js';
import {
  type BuiltInSafetyPlanPrompts,
  PHONE_SECTIONS,
  type PlanItem,
  type SafetyPlan,
  type SafetyPlanPrompts,
  SECTION_IDS,
  type SectionId,
} from './safety-plan-format.js';
import { PlanSections, type ShownSection } from './safety-plan-sections.js';
import type { SafetyPlanSharing } from './safety-plan-share.js';

export type { ShownSection };

declare global {
  interface HTMLElementEventMap {
    'hearth-safety-plan-save': CustomEvent<{ plan: SafetyPlan }>;
    'hearth-safety-plan-submit': CustomEvent<{ plan: SafetyPlan }>;
    'hearth-safety-plan-sent': CustomEvent<{ plan: SafetyPlan }>;
    'hearth-safety-plan-error': CustomEvent<{ plan: SafetyPlan; error: HearthError; queued: boolean }>;
  }
}

/** What "Share with my therapist" sends: the plan as JSON, or a FHIR R4 QuestionnaireResponse. */
export type SafetyPlanFormat = 'json' | 'fhir';
const SHARE_FORMATS: readonly SafetyPlanFormat[] = ['json', 'fhir'];

/** The link target that opens the crisis view (`page.html#hearth-safety-plan`). */
export const CRISIS_VIEW_HASH = '#hearth-safety-plan';

/**
 * Where "Show a link to my plan" is kept (`safety-plan` store, this instance key, the plan's
 * namespace and mode): `{ href }`, read by the compact crisis resources of other widgets' footers.
 */
export const FOOTER_LINK_KEY = 'footer-link';

/**
 * What the passphrase lock reads from a plan, and tells it: its strings are `plan.lock.*`, and its
 * key envelope has its own name in the `keys` store (a journal given the same store key keeps its
 * own passphrase, and deleting one never deletes the other's key).
 */
function planLockHost(plan: HearthSafetyPlan): LockHost {
  return {
    get instanceKey() {
      return `safety-plan/${plan.instanceKey}`;
    },
    get lockAfter() {
      return plan.lockAfter;
    },
    get store() {
      return plan.data.store!;
    },
    t: (key) => plan.t(`plan.${key}`),
    say: (message) => plan.data.say(message),
    opened: () => plan.data.load(),
    locked: () => plan.lockedView(),
    get keepOpen() {
      return plan.crisis.isOpen;
    },
    sealRecords: (_vault, which) => plan.data.sealStored(which),
  };
}

/**
 * A client's own plan for a crisis, kept on their device: warning signs, things they can do on
 * their own, people and places that take their mind off things, people they can ask for help,
 * professionals and crisis lines, making their surroundings safer, and their reasons for living.
 * Every change saves itself at once. "Use my plan now" (or a link to `#hearth-safety-plan`)
 * shows it large, one step at a time, with the crisis lines always there. Nothing leaves the
 * device, and nobody is alerted by what is written.
 *
 * Content: the section prompts and examples are built in (en, es, fr, ar); the `prompts` property,
 * a child `<script type="application/json">` or `src` replaces any of their wording.
 *
 * @tagname hearth-safety-plan
 * @summary A client's own safety plan, kept on their device, with a step-by-step crisis view.
 *
 * @fires hearth-safety-plan-save - `{ plan }` after a change to the plan was saved on the device.
 * @fires hearth-safety-plan-submit - `{ plan }` when the client confirms "Share with my therapist" (cancelable: a host that calls `preventDefault()` handles it, and nothing is sent).
 * @fires hearth-safety-plan-sent - `{ plan }` when the endpoint accepted a shared plan.
 * @fires hearth-safety-plan-error - `{ plan, error, queued }` when a share failed: `queued` true when it will be retried, false when the server refused it ("Try again" stays).
 *
 * @csspart base - The widget.
 * @csspart header - The heading, the introduction and "Use my plan now".
 * @csspart heading - The widget's heading (styled by the `--hearth-heading-*` tokens).
 * @csspart intro - What the plan is for.
 * @csspart crisis-button - "Use my plan now", which opens the crisis view.
 * @csspart section - One section of the plan.
 * @csspart section-heading - A section's title.
 * @csspart prompt - A section's prompt and example.
 * @csspart items - A section's list of items.
 * @csspart item - One item: its text, its phone link and its actions.
 * @csspart item-actions - An item's Edit, Move up, Move down and Remove buttons.
 * @csspart add - A section's fields for a new item, and its Add button.
 * @csspart contacts - The practice's professionals, offered in the professionals section.
 * @csspart strategies - The coping strategies linked to a section, and the picker.
 * @csspart status - The save status (a polite live region), with Undo after a removal.
 * @csspart saved-note - "Saved on this device.", beside the status once a change is written (not announced).
 * @csspart conflict - The choice shown when another tab changed the plan.
 * @csspart print - "Print my plan" and "Print a wallet card".
 * @csspart manage - "Manage my plan": save as a file, import a file, Delete everything.
 * @csspart import-button - "Import a Hearth plan file", which opens the file picker.
 * @csspart import-status - The result of an import (a polite live region).
 * @csspart share - "Share with my therapist" (only with an endpoint), its state and its panel.
 * @csspart share-state - How the latest share went: sending, not sent yet, sent, or not sent (a polite live region).
 * @csspart share-panel - Exactly what will be sent, with Send it and Cancel.
 * @csspart payload - The JSON that will be sent, as it will be sent.
 * @csspart lock - With `encrypt`: the passphrase screen (set up, locked, recover, change), or that it could not be loaded.
 * @csspart recovery-code - The new recovery code, shown once after setup.
 * @csspart locked-help - Under the passphrase screen: the practice's professionals and the crisis lines, without the passphrase.
 * @csspart crisis-view - The plan, large and step by step.
 * @csspart step - The step on show in the crisis view.
 * @csspart step-nav - Previous and Next in the crisis view.
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error.
 */
export class HearthSafetyPlan extends SendSettings(WidgetSettings(HearthElement)) {
  /** @internal */
  static override localeCatalog = safetyPlanCatalog;
  static override styles = [...baseStyles, widgetControlStyles, widgetFooterStyles, safetyPlanStyles];
  /** Its strings, typed (the mixins take the base class as it is). */
  declare protected readonly i18n: LocaleController<SafetyPlanStrings>;
  /** The plan on the device, and the status line. @internal */
  readonly data = new SafetyPlanData(this);
  /** The sections as the client edits them. @internal */
  readonly sectionViews = new PlanSections(this);
  /** The plan large and one step at a time. @internal */
  readonly crisis = new CrisisView(this);
  /** In a frame from another origin: storage is kept apart from the practice's own pages. @internal */
  private readonly framed = inCrossOriginFrame();
  /** @internal */
  private readonly focusLater = new FocusAfterUpdate(this);
  /** @internal */
  private storeFor = '';
  /** @internal */
  private builtInFor = '';
  /** @internal */
  private persistAsked = false;
  /** @internal */
  private lastSaved = '';
  /** The print window last opened: closed on lock and quick exit (it holds the whole plan). @internal */
  private printed?: Window;
  /** The passphrase and key of a plan with `encrypt` (its code loads only then). @internal */
  private keyLock?: PassphraseLock;
  /** The code loaded on first use (a failed load is not kept: the next use tries again). @internal */
  private readonly code = {
    lock: loadOnUse(() => import('../passphrase-lock/passphrase-lock.js')),
  };

  /** Saving as a file and importing one (its code loads on first use). @internal */
  private readonly fileCode = loadOnUse(() => import('./safety-plan-file-actions.js'));
  /** @internal */
  private files?: PlanFiles;
  /** "Share with my therapist" (its code loads only with an endpoint). @internal */
  private readonly shareCode = loadOnUse(() => import('./safety-plan-share.js'));
  /** @internal */
  private sharing?: SafetyPlanSharing;
  /** @internal */
  private sharingOpening = false;

  /** @internal */
  private readonly content = new ContentSource<SafetyPlanPrompts>(
    this,
    {
      name: 'prompts',
      schema: () => import('./safety-plan-schema.js').then((module) => module.safetyPlanPromptsSchema),
      property: () => this.prompts,
      src: () => this.src,
    },
    (promise) => this.track(promise),
  );

  private readonly onHashChange = () => {
    if (location.hash === CRISIS_VIEW_HASH) this.openCrisisView(true);
  };

  private readonly onPageShow = (event: PageTransitionEvent) => {
    // Back after a quick exit (the back-forward cache): the plan is read again, the view comes back.
    if (!event.persisted || !this.cleared) return;
    this.cleared = false;
    this.storeFor = '';
    this.requestUpdate();
  };

  /** The built-in section prompts in the element's language. @internal */
  @state() private builtIn?: BuiltInSafetyPlanPrompts;
  /** "Manage my plan" is open; `confirm` once Delete everything was pressed. @internal */
  @state() private manage?: 'open' | 'confirm';
  /** "Show a link to my plan" is on (undefined until read from the device). @internal */
  @state() private footerLink?: boolean;
  /** The browser said it may clear what is saved. @internal */
  @state() private mayBeCleared = false;
  /** Quick exit cleared the view: nothing shows until the page is shown again. @internal */
  @state() private cleared = false;
  /** The storage code could not be loaded (a bad network): said, with "Try again". @internal */
  @state() private storageMissing = false;
  /** The passphrase screens of an encrypted plan could not be loaded (a bad network): said, with "Try again". @internal */
  @state() private lockMissing = false;
  /**
   * Without `encrypt`, the stored plan is sealed (encrypted on a page with `encrypt`, under the same
   * store key) and its key is here: the plan is locked as that page locks it. @internal
   */
  @state() private sealedHere = false;

  /** The section prompts and examples (`SafetyPlanPrompts`): what it gives replaces the built-in wording. */
  @property({ attribute: false }) prompts?: SafetyPlanPrompts;

  /** A URL of the section prompts as JSON. */
  @property() src?: string;

  /** What "Share with my therapist" sends: `json` (the plan) or `fhir` (a FHIR R4 QuestionnaireResponse). */
  @property() format: SafetyPlanFormat = 'json';

  /**
   * Encrypts the plan with a passphrase only the client knows, as the journal does
   * (docs/storage-and-encryption.md). Nothing is written until the client has set it up. Locked,
   * the plan still shows the practice's professionals and the crisis lines, and its crisis view.
   */
  @property({ type: Boolean }) encrypt = false;

  /** Minutes of no activity, or of the page being hidden, after which an encrypted plan locks. */
  @property({ type: Number, attribute: 'lock-after' }) lockAfter = 5;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('pageshow', this.onPageShow);
    if (location.hash === CRISIS_VIEW_HASH) void this.updateComplete.then(() => this.openCrisisView(true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${this.mode} ${namespace} ${this.instanceKey} ${this.encrypt}`;
    if (wanted !== this.storeFor && !this.cleared) {
      this.storeFor = wanted;
      this.data.ready = this.track(this.openStore(this.mode, namespace));
    }
    const language = this.i18n.language;
    if (language !== this.builtInFor) {
      this.builtInFor = language;
      void this.track(
        loadSafetyPlanPrompts(language).then((prompts) => {
          if (language === this.i18n.language) this.builtIn = prompts;
        }),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Sharing loads once the plan is read, and only with an endpoint (its shares still waiting then resume).
    if (this.activeEndpoint && !this.sharing && this.data.loaded) void this.openSharing().catch(() => undefined);
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = [...this.content.issues, ...widgetSettingIssues(this)];
    issues.push(...validate(oneOf(SHARE_FORMATS), this.format, 'format').errors);
    if (!Number.isFinite(this.lockAfter) || this.lockAfter <= 0) {
      issues.push({ path: 'lock-after', message: `expected minutes above 0, got ${this.lockAfter}` });
    }
    if (this.storeKey === FOOTER_LINK_KEY) {
      issues.push({ path: 'store-key', message: `"${FOOTER_LINK_KEY}" is where the link to the plan is kept: choose another store key` });
    }
    return issues;
  }

  protected override quickExit(): void {
    // Nothing of the plan stays on screen or in memory while the page is replaced; encrypted, it locks.
    this.lock();
    this.cleared = true;
    this.crisis.reset();
    this.sectionViews.reset();
    this.printed?.close();
    this.printed = undefined;
    this.storeFor = '';
    this.data.forget();
    this.sharing?.close();
    this.files?.reset();
  }

  /** Storage loads on demand (a chunk shared by every element); the sections render first. */
  private async openStore(mode: StorageMode, namespace: string): Promise<void> {
    // Opened again (another store key, mode or namespace): what was unlocked before is dropped
    // first, and whether the plan there is sealed is read again.
    this.keyLock?.lock();
    this.sealedHere = false;
    try {
      await this.data.open(mode, namespace);
    } catch {
      // Its code could not arrive (a bad network): said, with "Try again"; the plan stays on screen.
      this.storageMissing = true;
      this.data.loaded = true;
      return;
    }
    this.storageMissing = false;
    // Without `encrypt`, a plan found sealed is locked (foundSealed).
    if (!this.encrypt) return this.data.load();
    await this.startLock();
  }

  /** Loads the passphrase screens (on demand) and shows the one the plan needs: set up, or unlock. */
  private async startLock(): Promise<void> {
    let lockCode: typeof import('../passphrase-lock/passphrase-lock.js');
    try {
      lockCode = await this.code.lock();
    } catch {
      // Nothing can be read or written without it; the client is told, and can try again.
      this.lockMissing = true;
      return;
    }
    this.lockMissing = false;
    this.keyLock ??= new lockCode.PassphraseLock(this, planLockHost(this));
    await this.keyLock.start();
  }

  private renderStatus() {
    const { data } = this;
    if (this.storageMissing) {
      return html`<div class="row">
        <p class="status error" part="status" role="alert">${this.i18n.t('plan.storageMissing')}</p>
        <button type="button" @click=${() => this.retryStore()}>${this.i18n.t('plan.tryAgain')}</button>
      </div>`;
    }
    return html`<div class="row">
      <p class=${data.problem ? 'status error' : 'status'} part="status" role="status" aria-live="polite">${data.status}</p>
      ${data.savedNote && !data.problem ? html`<span class="muted saved-note" part="saved-note">${data.savedNote}</span>` : nothing}
      ${data.removed ? html`<button type="button" class="undo" @click=${() => this.sectionViews.undo()}>${this.i18n.t('plan.undo')}</button>` : nothing}
    </div>`;
  }

  /** Who can read the plan: only an encrypted one is locked with the passphrase; with an endpoint, the client may share it. */
  private get keptNoteKey() {
    if (this.encrypted) return this.activeEndpoint ? 'plan.lock.keptShare' : 'plan.lock.keptOnDevice';
    return this.activeEndpoint ? 'plan.keptShare' : 'plan.keptOnDevice';
  }

  private renderNotes() {
    const modeNote = this.mode === 'none' ? this.i18n.t('plan.noneNote') : this.mode === 'session' ? this.i18n.t('plan.sessionNote') : '';
    // Kept nowhere (storage="none"): its own note says so, and that nobody is alerted.
    return html`${this.mode === 'none' ? nothing : html`<p class="muted kept-note">${this.i18n.t(this.keptNoteKey)}</p>`}
      ${modeNote ? html`<p class="muted mode-note">${modeNote}</p>` : nothing}
      ${this.mayBeCleared ? html`<p class="muted persist-note">${this.i18n.t('plan.persistRefused')}</p>` : nothing}
      ${this.framed && this.mode !== 'none' ? html`<p class="muted framed-note">${this.i18n.t('plan.framed')}</p>` : nothing}`;
  }

  private renderConflict() {
    if (!this.data.conflict) return nothing;
    return html`<div class="conflict" part="conflict" role="alert">
      <p>${this.i18n.t('plan.conflict')}</p>
      <button type="button" @click=${() => this.data.resolveConflict(true)}>${this.i18n.t('plan.keepMine')}</button>
      <button type="button" @click=${() => this.data.resolveConflict(false)}>${this.i18n.t('plan.useOther')}</button>
    </div>`;
  }

  private renderPrint() {
    return html`<div class="row print" part="print">
      <button type="button" class="link" @click=${() => void this.print('page')}>${this.i18n.t('plan.printPage')}</button>
      <button type="button" class="link" @click=${() => void this.print('wallet')}>${this.i18n.t('plan.printCard')}</button>
    </div>`;
  }

  /** "Delete everything", asked first (`question`); Cancel goes back to `back`. */
  private renderDeleteAll(question: 'plan.deleteAllConfirm' | 'plan.deleteAllShares', back: 'open' | undefined) {
    if (this.manage === 'confirm') {
      return html`<p role="alert">${this.i18n.t(question)}</p>
        <button type="button" class="danger" id="delete-yes" @click=${() => void this.track(this.deleteEverything())}>${this.i18n.t('plan.deleteAllYes')}</button>
        <button type="button" @click=${() => (this.manage = back)}>${this.i18n.t('plan.cancel')}</button>`;
    }
    return html`<button
      type="button"
      class="danger"
      @click=${() => {
        this.manage = 'confirm';
        this.focusAfterUpdate('#delete-yes');
      }}
    >
      ${this.i18n.t('plan.deleteAll')}
    </button>`;
  }

  private renderManage() {
    return html`<div class="manage" part="manage">
      <button
        type="button"
        class="link"
        aria-expanded=${this.manage ? 'true' : 'false'}
        aria-controls="manage-region"
        @click=${() => {
          this.manage = this.manage ? undefined : 'open';
          if (this.manage) void this.readFooterLink();
          if (this.manage) void this.openFiles().catch(() => undefined);
        }}
      >
        ${this.i18n.t('plan.manage')}
      </button>
      <div id="manage-region" ?hidden=${!this.manage}>
        ${this.manage === 'open' ? this.renderFooterLink() : nothing}
        ${this.manage === 'open' ? (this.files?.render() ?? nothing) : nothing}
        ${this.renderDeleteAll(this.sharing?.waiting ? 'plan.deleteAllShares' : 'plan.deleteAllConfirm', 'open')}
      </div>
    </div>`;
  }

  /**
   * "Show a link to my plan" in other widgets' crisis footers: off until the client turns it on,
   * and offered only where those footers can read it (kept on the device, in the mode the
   * provider gives every widget; not with `storage="none"`).
   */
  private renderFooterLink() {
    if (this.mode === 'none' || this.mode !== (this.practiceConfig?.storage ?? 'local') || !this.data.store) return nothing;
    return html`<p class="footer-link">
        <label class="check"
          ><input
            type="checkbox"
            id="footer-link"
            aria-describedby="footer-link-note"
            .checked=${!!this.footerLink}
            ?disabled=${this.footerLink === undefined}
            @change=${(event: Event) => void this.setFooterLink(event.target as HTMLInputElement)}
          /><span>${this.i18n.t('plan.footerLink')}</span></label
        >
      </p>
      <p class="muted" id="footer-link-note">${this.i18n.t('plan.footerLinkNote')}</p>`;
  }

  /** Reads whether "Show a link to my plan" is on (it may have changed in another tab). */
  private async readFooterLink(): Promise<void> {
    // Storage that could not open offers no checkbox (and says so in the status).
    await this.data.ready.catch(() => undefined);
    const read = await this.data.store?.read<{ href: string }>('safety-plan', FOOTER_LINK_KEY, { schema: 1 });
    this.footerLink = !!(read?.ok && read.value);
  }

  /** Turns "Show a link to my plan" on (keeping this page's address, to open the crisis view) or off, as its checkbox says. */
  private async setFooterLink(box: HTMLInputElement): Promise<void> {
    const on = box.checked;
    await this.data.ready.catch(() => undefined);
    // The checkbox is offered only once storage is open.
    const store = this.data.store!;
    const href = location.href.split('#')[0] + CRISIS_VIEW_HASH;
    const done = on ? await store.write('safety-plan', FOOTER_LINK_KEY, { href }, { schema: 1 }) : await store.remove('safety-plan', FOOTER_LINK_KEY);
    this.footerLink = done.ok ? on : !on;
    // Not kept: the box shows what is really on the device.
    box.checked = this.footerLink;
    if (!done.ok) this.data.say(this.i18n.t('plan.notSaved', { reason: done.error.message }));
  }

  /**
   * An encrypted plan that is locked (or not set up yet): the passphrase screen, and below it,
   * always, the practice's professionals and the crisis lines. A forgotten passphrase never stands
   * between a client and help; "Use my plan now" still opens them.
   */
  private renderLocked(lock: PassphraseLock) {
    const stage = lock.stage!;
    return html`${lock.render()} ${this.renderLockedHelp()} ${stage === 'locked' || stage === 'recover' ? this.renderLockedDelete() : nothing}`;
  }

  /**
   * What a plan that cannot be opened still shows, without the passphrase: the practice's
   * professionals and the full crisis lines (under the passphrase screen, or where it could not be
   * loaded).
   */
  private renderLockedHelp() {
    return html`<section class="locked-help" part="locked-help" aria-labelledby="locked-help-title">
      <div role="heading" aria-level=${Math.min(this.level + 1, 6)} class="section-heading" id="locked-help-title">${this.i18n.t('plan.lock.helpTitle')}</div>
      <p>${this.i18n.t('plan.lock.helpIntro')}</p>
      ${this.sectionViews.renderContacts(true)}
      <hearth-crisis-resources heading-level=${Math.min(this.level + 2, 6)}></hearth-crisis-resources>
    </section>`;
  }

  /**
   * A locked plan's way to start again when the passphrase and the code are both lost: "Delete
   * everything" alone (exporting, importing or the footer link need the plan open).
   */
  private renderLockedDelete() {
    return html`<div class="manage" part="manage">
      <p class="muted">${this.i18n.t('plan.lock.startOver')}</p>
      ${this.renderDeleteAll('plan.deleteAllConfirm', undefined)}
    </div>`;
  }

  /** An encrypted plan whose passphrase screens are loading, or could not be loaded (said, with "Try again"): the help shows all the same. */
  private renderLockMissing() {
    return html`${
      this.lockMissing
        ? html`<div class="lock" part="lock">
            <p class="status error" role="alert">${this.i18n.t('plan.lock.loadFailed')}</p>
            <button type="button" class="primary" @click=${() => this.retryLock()}>${this.i18n.t('plan.lock.retry')}</button>
          </div>`
        : nothing
    }
      ${this.renderLockedHelp()}`;
  }

  /** "Try again" after the storage code could not be loaded: opens the store again. */
  private retryStore(): void {
    this.storageMissing = false;
    this.storeFor = '';
    this.requestUpdate();
  }

  /** "Try again" after the passphrase screens could not be loaded: opens the store again. */
  private retryLock(): void {
    this.storeFor = '';
    this.requestUpdate();
  }

  /** Sharing loads only when it is possible: without an endpoint, nothing can be sent. */
  private async openSharing(): Promise<SafetyPlanSharing | undefined> {
    if (this.sharingOpening) return this.sharing;
    this.sharingOpening = true;
    try {
      const { SafetyPlanSharing } = await this.track(this.shareCode());
      this.sharing ??= new SafetyPlanSharing(this);
      await this.data.ready;
      if (this.data.store) await this.track(this.sharing.open());
      return this.sharing;
    } finally {
      this.sharingOpening = false;
    }
  }

  /** "Share with my therapist" under the plan, with an endpoint, once its code has loaded. */
  private renderShare() {
    return this.activeEndpoint && this.sharing ? this.sharing.render() : nothing;
  }

  /** Removes the plan's shares still waiting in the outbox ("Delete everything"). */
  private async removeShares(): Promise<void> {
    const store = this.data.store;
    if (store) {
      const outbox = await store.list<OutboxEntry>('outbox', { schema: 1 });
      if (outbox.ok) for (const [key, record] of outbox.value.records) if (record.data.source === this.shareSource) await store.remove('outbox', key);
    }
    this.sharing?.forget();
  }

  /** The file actions of "Manage my plan" (their code loads on first use). */
  private async openFiles(): Promise<PlanFiles> {
    const { PlanFiles } = await this.track(this.fileCode());
    if (!this.files) {
      this.files = new PlanFiles(this);
      this.requestUpdate();
    }
    return this.files;
  }

  /**
   * Without `encrypt`, the stored plan was found sealed: it was encrypted on a page with `encrypt`
   * (same store key). Its key is here, so the plan shows locked as there: the passphrase, the
   * forgotten-passphrase help, the professionals and the crisis lines; unlocked, it is read and
   * written sealed. Without its key nothing can open it: that is said, and it is never written over. @internal
   */
  async foundSealed(): Promise<void> {
    if (this.sealedHere) return;
    const key = await this.data.store?.read('keys', `safety-plan/${this.instanceKey}`, { schema: 1 });
    if (!key?.ok || !key.value) return this.data.say(this.i18n.t('plan.lock.sealedElsewhere'));
    this.sealedHere = true;
    // Nothing written here before the plan was found sealed stays on screen or in memory.
    this.sectionViews.reset();
    this.lockedView();
    await this.track(this.startLock());
  }

  /** The crisis view closed: an encrypted plan's idle wait starts again, in full. @internal */
  crisisClosed(): void {
    if (this.encrypted) this.keyLock?.restartIdle();
  }

  /** The plan is encrypted: `encrypt`, or its stored record was found sealed by a page with it. @internal */
  get encrypted(): boolean {
    return this.encrypt || this.sealedHere;
  }

  /** Locked (idle, hidden, "Lock now"): nothing the client wrote stays on screen or in memory. @internal */
  lockedView(): void {
    this.data.forget();
    this.sectionViews.reset();
    this.files?.reset();
    this.printed?.close();
    this.printed = undefined;
  }

  /** The practice's professionals (the provider's `contacts`). @internal */
  get contacts(): readonly PracticeContact[] {
    return this.practiceConfig?.contacts ?? [];
  }

  /** The plan was saved: said, and told to the host (once per change of the plan). @internal */
  saved(plan: SafetyPlan): void {
    if (plan.updatedAt !== this.lastSaved) {
      this.lastSaved = plan.updatedAt;
      // Kept in this tab or in memory only, "saved on this device" would not be true.
      if (this.data.store?.mode === 'local') this.data.noteSaved(this.i18n.t('plan.saved'));
      this.emit('hearth-safety-plan-save', { plan: structuredClone(plan) });
    }
    const store = this.data.store;
    if (!this.persistAsked && store?.mode === 'local') {
      this.persistAsked = true;
      void (store.constructor as typeof HearthStorage).persist().then((answer) => (this.mayBeCleared = answer !== 'persisted'));
    }
  }

  /** For the data controller. @internal */
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** The element's language (its content, and the coping cards it opens). @internal */
  get language(): string {
    return this.i18n.language;
  }

  /** Tracks work the element waits for (for its controllers). @internal */
  override track<T>(promise: Promise<T>): Promise<T> {
    return super.track(promise);
  }

  /** The language a new plan records. @internal */
  get planLocale(): string {
    return this.i18n.lang;
  }

  /** The instance key: `store-key`, else `safety-plan`. */
  get instanceKey(): string {
    return this.storeKey || 'safety-plan';
  }

  /** The plan as it is now (a copy). */
  get plan(): SafetyPlan {
    return structuredClone(this.data.plan);
  }

  /** The sections with the wording in force: the practice's where it gives any, else the built-in. */
  get sections(): ShownSection[] {
    const practice = this.content.value;
    return SECTION_IDS.map((id) => {
      const builtIn = this.builtIn?.sections.find((section) => section.id === id);
      const own = practice?.sections.find((section) => section.id === id);
      return {
        id,
        title: own?.title ?? builtIn?.title ?? '',
        prompt: own?.prompt ?? builtIn?.prompt ?? '',
        example: own?.example ?? builtIn?.example ?? '',
        strategyIds: own?.strategyIds ?? builtIn?.strategyIds ?? [],
      };
    });
  }

  /** Opens the crisis view at its first step and moves focus to it (and into view, when a link asked). */
  openCrisisView(scroll = false): void {
    this.crisis.open(scroll);
  }

  /** Closes the crisis view; focus returns to "Use my plan now". */
  closeCrisisView(): void {
    this.crisis.close();
  }

  /** Focuses the first of `selectors` found in the shadow root after the next update. @internal */
  focusAfterUpdate(...selectors: string[]): void {
    this.focusLater.request(...selectors);
  }

  /** The unlocked key of an encrypted plan (undefined: not encrypted, or locked). @internal */
  get vault(): KeyVault | undefined {
    return this.keyLock?.vault;
  }

  /** True when nothing may be read or written: an encrypted plan that is not unlocked. @internal */
  get closed(): boolean {
    return this.encrypted && !this.vault;
  }

  /** Locks an encrypted plan now: the key is dropped and nothing of the plan stays on screen or in memory. */
  lock(): void {
    if (this.encrypted) this.keyLock?.lock();
  }

  /** Adds an item to a section, as the client would with its Add fields (nothing while an encrypted plan is locked). */
  addItem(section: SectionId, text: string, phone = ''): PlanItem | undefined {
    if (this.closed) return undefined;
    return this.data.addItem(section, text, PHONE_SECTIONS.includes(section) ? phone : '');
  }

  /**
   * Prints the plan as a full page or as a wallet card. The window opens at once (browsers allow
   * pop-ups only in the click); its content is built with DOM APIs by a module loaded on demand,
   * in the element's language and direction, with the crisis lines as they are today.
   */
  async print(kind: 'page' | 'wallet'): Promise<Window | null> {
    const win = window.open('', '_blank', kind === 'wallet' ? 'popup,width=420,height=640' : 'popup,width=760,height=900');
    this.printed = win ?? undefined;
    if (!win) {
      this.data.say(this.i18n.t('plan.printBlocked'));
      return null;
    }
    const { printPlan } = await this.track(import('./safety-plan-print.js'));
    const t = this.i18n.t.bind(this.i18n);
    const config = this.effectiveConfig;
    // The crisis lines as the plan shows them (its professionals section lists them in full).
    await customElements.whenDefined('hearth-crisis-resources');
    type Resources = HTMLElementTagNameMap['hearth-crisis-resources'];
    const resources =
      this.renderRoot.querySelector<Resources>('hearth-crisis-resources:not([compact])') ?? this.renderRoot.querySelector<Resources>('hearth-crisis-resources');
    await resources?.updateComplete;
    const listing = resources?.shownListing ?? { emergencyAlso: [], lines: [] };
    const sections = this.sections;
    return printPlan(
      kind,
      {
        title: t('plan.label'),
        lang: this.i18n.shown,
        dir: this.i18n.dir,
        sections: this.data.plan.sections.map((section) => ({
          id: section.id,
          title: sections.find((shown) => shown.id === section.id)!.title,
          items: section.items.map((item) => ({ text: item.text, phone: item.phone, dir: textDirection(item.text) })),
          strategies: this.sectionViews.linked(section.id).map((id) => this.sectionViews.strategyTitles.get(id) ?? id),
        })),
        crisisHeading: t('crisis.heading'),
        crisisLines: listing.lines.map((line) => ({
          name: line.name,
          contact: [line.phone && t('crisis.call', { number: line.phone }), line.sms && t('crisis.text', { number: line.sms }), line.url]
            .filter(Boolean)
            .join(' · '),
        })),
        emergency: listing.emergency ? t('crisis.emergency', { number: listing.emergency }) : t('crisis.universal'),
        contacts: this.contacts.map(({ name, role, phone, url }) => ({ name, role, phone, url })),
        practice: config?.practiceName,
        printedOn: t('plan.printedOn', { date: this.i18n.formatDate(new Date().toISOString(), { dateStyle: 'long' }) }),
      },
      win,
    );
  }

  /** Deletes the plan from the device. */
  async deleteEverything(): Promise<void> {
    this.manage = undefined;
    this.sectionViews.reset();
    await this.data.removeAll();
    // The link to the plan in other widgets' footers goes too.
    await this.data.store?.remove('safety-plan', FOOTER_LINK_KEY);
    this.footerLink = false;
    // Encrypted: its key goes too, and a new passphrase is set up before anything is written.
    if (this.encrypted) await this.keyLock?.removeKey();
    if (this.sealedHere && !this.encrypt) {
      // Encrypted on another page only: with its plan and key gone, this page's plan is an unencrypted one again.
      this.sealedHere = false;
      await this.data.load();
    }
    await this.removeShares();
    this.focusAfterUpdate('#open-crisis');
  }

  /** The words of a text file, in the element's language. @internal */
  textExportWords(): TextExportWords {
    return {
      heading: this.i18n.t('plan.label'),
      updated: this.i18n.t('plan.exportUpdated', { date: this.i18n.formatDate(this.data.plan.updatedAt, { dateStyle: 'long' }) }),
      titles: this.sectionTitles,
      empty: this.i18n.t('plan.emptySection'),
      strategies: this.i18n.t('plan.strategies'),
      strategyTitle: (id) => this.strategyTitle(id),
      help: this.i18n.t('plan.exportHelp'),
      dir: this.i18n.dir === 'rtl' ? 'rtl' : 'ltr',
    };
  }

  /** Saves the plan as a file: `json` (can be imported again) or `text` (for reading); returns the file's text. */
  async exportPlan(format: 'json' | 'text'): Promise<string> {
    return (await this.openFiles()).exportPlan(format);
  }

  /**
   * Saves the plan as an encrypted file: sealed by a key of its own, wrapped by a passphrase chosen
   * for the file (at least 8 characters, typed twice: `confirm`). Returns the file's text, or
   * undefined (and said in the form) when refused.
   */
  async exportEncrypted(passphrase: string, confirm: string): Promise<string | undefined> {
    return (await this.openFiles()).exportEncrypted(passphrase, confirm);
  }

  /**
   * Reads a Hearth plan file (JSON) and merges it into the plan, losing nothing: an item already
   * here (by id) is kept as it is, new items are added at the end of their section, linked
   * strategies are united. A file that is not a plan, too big, or that would overfill a section
   * changes nothing and is said beside the import button. An encrypted file (see
   * `exportEncrypted`) is checked, then its passphrase asked for (`passphrase`); a wrong one
   * changes nothing. Returns how many things were added (undefined when refused or waiting for
   * the passphrase).
   */
  async importPlan(text: string, passphrase?: string): Promise<number | undefined> {
    return (await this.openFiles()).importPlan(text, passphrase);
  }

  /** The outbox `source` of this plan's shares (the store key as a JSON string: no key can pass for another's). @internal */
  get shareSource(): string {
    return `safety-plan:${JSON.stringify(this.instanceKey)}`;
  }

  /** Each section's title as shown. @internal */
  get sectionTitles(): Record<SectionId, string> {
    return Object.fromEntries(this.sections.map((section) => [section.id, section.title])) as Record<SectionId, string>;
  }

  /** A linked strategy's title in the element's language. @internal */
  strategyTitle(id: string): string | undefined {
    return this.sectionViews.strategyTitles.get(id);
  }

  /** Fires `hearth-safety-plan-submit`; false when the host handles the plan itself. @internal */
  submit(plan: SafetyPlan): boolean {
    return this.emit('hearth-safety-plan-submit', { plan }, { cancelable: true });
  }

  /** For the sharing controller. @internal */
  notify(type: 'hearth-safety-plan-sent', detail: { plan: SafetyPlan }): void;
  notify(type: 'hearth-safety-plan-error', detail: { plan: SafetyPlan; error: HearthError; queued: boolean }): void;
  notify(type: 'hearth-safety-plan-sent' | 'hearth-safety-plan-error', detail: { plan: SafetyPlan; error?: HearthError; queued?: boolean }): void {
    if (type === 'hearth-safety-plan-sent') this.emit(type, { plan: detail.plan });
    else this.emit(type, { plan: detail.plan, error: detail.error!, queued: detail.queued! });
  }

  override render() {
    const contentLang = this.content.value ? undefined : foreignContentLang('builtin', this.i18n.shown);
    const intro = this.content.value?.intro ?? this.builtIn?.intro;
    const lock = this.encrypted ? this.keyLock : undefined;
    return html`<div class=${`${this.baseClass}${lock?.concealed ? ' concealed' : ''}`} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      ${
        this.cleared
          ? nothing
          : this.crisis.isOpen
            ? this.crisis.render(contentLang)
            : html`<div part="header">
                <div role="heading" aria-level=${this.level} class="heading" part="heading">${this.i18n.t('plan.label')}</div>
                <button type="button" class="primary crisis-button" part="crisis-button" id="open-crisis" @click=${() => this.openCrisisView()}>
                  ${this.i18n.t('plan.openCrisis')}
                </button>
                ${intro ? html`<p class="intro" part="intro" lang=${ifDefined(this.content.value?.intro ? undefined : contentLang)}>${intro}</p>` : nothing}
              </div>
              ${
                lock?.stage
                  ? this.renderLocked(lock)
                  : this.closed
                    ? this.renderLockMissing()
                    : html`${lock ? lock.renderControls() : nothing} ${this.renderConflict()}
                      ${this.sections.map((section) => this.sectionViews.renderSection(section, contentLang))} ${this.renderStatus()} ${this.renderNotes()} ${this.renderPrint()} ${this.renderShare()}
                      ${this.renderManage()}`
              }`
      }
      ${renderWidgetFooter({
        disclaimer: this.i18n.t('disclaimer.text'),
        noDisclaimer: this.noDisclaimer,
        // The crisis view shows the crisis lines in full under every step: not twice.
        noCrisisFooter: this.noCrisisFooter || this.crisis.isOpen,
      })}
    </div>`;
  }
}
