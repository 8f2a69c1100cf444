import { consume } from '@lit/context';
import { type CSSResultGroup, html, LitElement, nothing, type PropertyValues, ReactiveElement, render, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { defineElement, type VersionedElementClass } from './define-element.js';
import { type ConfigIssue, describeIssues } from './hearth-error.js';
import { coreCatalog, type CoreStrings, type LocaleCatalog, LocaleController } from './locale-controller.js';
import type { PracticeConfig, Theme } from './practice-config.js';
import { ensureContextRoot, practiceContext } from './practice-context.js';
import { onQuickExit } from './quick-exit-signal.js';
import { baseStyles } from './theme-tokens.js';
import { HEARTH_VERSION } from './version.js';

/** The `detail` of a typed event in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every Hearth element stands on.
 *
 * - `define()`: guarded registration (same version: nothing; another: one warning).
 * - `emit()`: typed `hearth-*` events, bubbling and composed.
 * - Locale and direction: `this.i18n` (its own `lang` → provider → nearest `lang` → `en`).
 * - The nearest `<hearth-provider>`'s settings in `practiceConfig`, updated live.
 * - An error boundary: a failure inside the element renders an inline `role="alert"` message and
 *   one `console.error` naming the element and the cause; nothing propagates to the host page.
 * - Configuration issues (`configIssues()`) shown inline and logged once, naming each field.
 * - `updateComplete` also waits for the locale table and content the element is loading.
 * - `preview`: shows what only the practice should see ({@link inPreview}); without it such things
 *   are said once in the console ({@link tellPracticeOnce}) instead.
 */
export abstract class HearthElement<S extends CoreStrings = CoreStrings> extends LitElement {
  static readonly hearthVersion: string = HEARTH_VERSION;
  /** The string tables of this element's family; elements set their own. */
  static localeCatalog: LocaleCatalog<CoreStrings> = coreCatalog;
  static override styles: CSSResultGroup = baseStyles;

  /** Registers this class under `tag` without ever throwing (see {@link defineElement}). */
  static define(tag: string): void {
    defineElement(tag, this as unknown as VersionedElementClass);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  protected readonly i18n: LocaleController<S>;
  private failure?: unknown;
  private readonly toldPractice = new Set<string>();
  private loggedIssues = '';
  private readonly work = new Set<Promise<unknown>>();
  private stopQuickExit?: () => void;

  /** The nearest provider's settings, or undefined without a provider. */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  practiceConfig?: PracticeConfig;

  /**
   * Shows what only the practice should see: a built-in template's "check this against your own
   * duties" note, unfilled placeholders, a missing region. Without it clients never see those and
   * the element says them once in the console instead. Unset, it follows the nearest provider's
   * `preview`; the attribute turns it on, the property set to `false` turns it off under a
   * previewing provider. For the practice's own review page, never the page clients use.
   */
  @property({ converter: { fromAttribute: (value: string | null) => (value === null ? undefined : true) } })
  preview?: boolean;

  constructor() {
    super();
    const catalog = (this.constructor as typeof HearthElement).localeCatalog as unknown as LocaleCatalog<S>;
    this.i18n = new LocaleController<S>(this, catalog);
  }

  override connectedCallback(): void {
    ensureContextRoot();
    this.guard(() => super.connectedCallback());
    this.stopQuickExit = onQuickExit(() => this.guard(() => this.quickExit()));
  }

  override disconnectedCallback(): void {
    this.stopQuickExit?.();
    this.stopQuickExit = undefined;
    this.guard(() => super.disconnectedCallback());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang' || name === 'dir') this.requestUpdate();
    this.guard(() => super.attributeChangedCallback(name, old, value));
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  protected override update(changed: PropertyValues): void {
    if (this.failure !== undefined && changed.size > 0) this.failure = undefined;
    if (this.failure === undefined) {
      try {
        super.update(changed);
        return;
      } catch (error) {
        this.fail(error);
      }
    } else {
      this.showFailure();
    }
    // LitElement.update threw before (or was skipped instead of) ReactiveElement.update, which
    // reflects attributes and marks the update finished; without it the element never updates again.
    ReactiveElement.prototype['update'].call(this, changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const issues = this.configIssues();
    const signature = describeIssues(issues);
    if (signature && signature !== this.loggedIssues) console.error(`<${this.localName}> ${signature}`);
    this.loggedIssues = signature;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let round = 0; round < 10; round++) {
      const pending = [...this.work];
      if (this.i18n.ready) pending.push(this.i18n.ready);
      if (!pending.length) break;
      await Promise.allSettled(pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Problems with this element's configuration right now, each naming its field. Shown inline by
   * {@link renderConfigIssues} and logged once per change. Subclasses add theirs.
   */
  protected configIssues(): ConfigIssue[] {
    return [];
  }

  /** Lets `updateComplete` wait for `promise` (content, a table): tests and hosts await one thing. */
  protected track<T>(promise: Promise<T>): Promise<T> {
    this.work.add(promise);
    const done = () => {
      this.work.delete(promise);
    };
    promise.then(done, done);
    return promise;
  }

  /** Fires a typed `hearth-*` event; returns false when a listener called `preventDefault()`. */
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    return this.dispatchEvent(event);
  }

  /** Called when a quick exit fires on the page: lock and clear anything sensitive. */
  protected quickExit(): void {
    // Elements without sensitive views have nothing to clear.
  }

  /**
   * Says `message` (something only the practice should know) once in the console as a warning:
   * once per `key` for this element, so a re-render never repeats it and a new key (a new
   * template version) says it again.
   */
  protected tellPracticeOnce(key: string, message: string): void {
    if (this.toldPractice.has(key)) return;
    this.toldPractice.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /** The theme in force: the provider's, else light. */
  protected get activeTheme(): Theme {
    return this.effectiveConfig?.theme ?? 'light';
  }

  /** Classes for the `.base` wrapper: the theme. */
  protected get baseClass(): string {
    return `base theme-${this.activeTheme}`;
  }

  /** The inline message for configuration issues: `role="alert"`, each field named. */
  protected renderConfigIssues(issues: readonly ConfigIssue[] = this.configIssues()): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    return html`<div class="config-error" part="error" role="alert">
      <p>${this.i18n.t('error.config')}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderFailure(): TemplateResult {
    return html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      <div class="config-error" part="error" role="alert"><p>${this.i18n.t('error.unexpected')}</p></div>
    </div>`;
  }

  /** Runs `task`; a throw becomes the element's failure state instead of reaching the page. */
  private guard(task: () => void): void {
    try {
      task();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Logs the first failure once and shows the failure message at once (no update cycle). */
  private fail(error: unknown): void {
    if (this.failure === undefined) {
      const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(`<${this.localName}> failed and shows an error in its place. Cause: ${cause}`);
    }
    this.failure = error ?? new Error('unknown error');
    this.showFailure();
  }

  private showFailure(): void {
    if (!this.renderRoot) return;
    try {
      render(this.renderFailure(), this.renderRoot, this.renderOptions);
    } catch {
      // The failure message itself could not render (a broken renderRoot): leave the page as it is.
    }
  }

  /**
   * The practice settings this element works with: the nearest provider's. (A provider
   * answers with its own merged settings, so its own messages follow its own `locale`.)
   */
  get effectiveConfig(): PracticeConfig | undefined {
    return this.practiceConfig;
  }

  /** True when this element shows what only the practice should see: its own `preview`, else the provider's. */
  get inPreview(): boolean {
    return this.preview ?? this.effectiveConfig?.preview ?? false;
  }
}
