import {
  baseStyles,
  type ConfigIssue,
  ContentSource,
  directionOf,
  type EventDetail,
  FocusAfterUpdate,
  type HearthError,
  HearthFormElement,
  type LocaleController,
  oneOf,
  randomId,
  type StorageMode,
  validate,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { loadBuiltInForm } from '../content/built-in-form-templates.js';
import { foreignContentLang } from '../content/content-language.js';
import { fillTokens } from '../fill-tokens.js';
import { idRecord } from '../id-record.js';
import { loadOnUse } from '../load-on-use.js';
import { feedbackCatalog, type FeedbackFormStrings } from '../locales/feedback-catalog.js';
import { widgetCardStyles } from '../widget-card.styles.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { SendSettings, widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import { FeedbackDraftController } from './feedback-draft.js';
import { type FhirQuestionnaire, type FhirQuestionnaireResponse, toQuestionnaire, toQuestionnaireResponse } from './feedback-fhir.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { fieldId } from './feedback-items.js';
import { acceptedAnswer, acceptedAnswers, buildResponse, isFlagged, missingAnswers } from './feedback-response.js';
import { errorMessage, fieldOf, renderForm } from './feedback-view.js';
import type { Answer, FeedbackResponse, FormDefinition, FormItem } from './form-definition.js';
import { formDefinitionSchema } from './form-schema.js';

export type FeedbackFormat = 'json' | 'fhir';
const FORMATS: readonly FeedbackFormat[] = ['json', 'fhir'];

/** The draft kept on the device until the answers are sent. */
export interface FeedbackDraft {
  responseId: string;
  formVersion: string;
  answers: Record<string, Answer>;
}

/** Where the form is: being filled in, sending, done, waiting in the outbox, or refused by the server. */
export type FeedbackPhase = 'filling' | 'sending' | 'sent' | 'queued' | 'failed';

declare global {
  interface HTMLElementEventMap {
    'hearth-feedback-submit': CustomEvent<{ response: FeedbackResponse }>;
    'hearth-feedback-sent': CustomEvent<{ response: FeedbackResponse }>;
    'hearth-feedback-error': CustomEvent<{ response: FeedbackResponse; error: HearthError; queued: boolean }>;
  }
}

/**
 * A short form where clients say how a session, a written material or a group went. Drafts stay
 * on the device until sent; sending goes through the outbox (retried until the practice's
 * endpoint accepts it), as JSON or as a FHIR R4 QuestionnaireResponse. With a `name` inside a
 * `<form>`, it is a form control: its value is the response JSON.
 *
 * Content: the `definition` property → a child `<script type="application/json">` → `src` → a
 * built-in `template` (`session`, `material`, `group`).
 *
 * @tagname hearth-feedback-form
 * @summary A client feedback form: accessible, saved as a draft, sent reliably, FHIR-ready.
 *
 * @fires hearth-feedback-submit - `{ response }` when the client sends (cancelable: a host that calls `preventDefault()` handles the response itself, and nothing is sent).
 * @fires hearth-feedback-sent - `{ response }` when the endpoint accepted it.
 * @fires hearth-feedback-error - `{ response, error, queued }` when a send failed: `queued` true when it will be retried, false when the server refused it (the answers stay, with "Try again").
 * @fires change - A native `change` from the element when the client changes an answer.
 *
 * @attr {string} name - The name of its value in the owner `<form>`'s data (the response JSON). Form association, `disabled`, `form`, `validity`, `checkValidity()` and `reportValidity()` come from `HearthFormElement` (@hearth/core).
 * @attr {boolean} disabled - Turns the controls off (also set by a disabled `<fieldset>` around it).
 *
 * @csspart base - The widget.
 * @csspart header - The title and the introduction.
 * @csspart heading - The form's title (also `title`), styled by the `--hearth-heading-*` tokens.
 * @csspart title - The form's title.
 * @csspart body - The questions.
 * @csspart item - One question.
 * @csspart rating - The numbers of a rating question.
 * @csspart choices - The options of a scale, choice or multi question.
 * @csspart slider - The slider of a slider question.
 * @csspart text-field - The text field of a text or textarea question.
 * @csspart flag - The crisis resources shown when a flagged option is chosen.
 * @csspart error-summary - The list of questions that need an answer.
 * @csspart field-error - The message under a question that needs an answer.
 * @csspart slider-hint - The one line that says how to set a slider (when the form has sliders).
 * @csspart submit-button - "Send".
 * @csspart status - Sending, saving and error messages (a polite live region).
 * @csspart done - The thank-you or "we'll keep trying" panel.
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error.
 *
 * @cssprop --hearth-feedback-pill-size - Size of a rating's number buttons (default 2.75em).
 */
export class HearthFeedbackForm extends SendSettings(WidgetSettings(HearthFormElement)) {
  /** @internal */
  static override localeCatalog = feedbackCatalog;
  static override styles = [...baseStyles, widgetControlStyles, widgetFooterStyles, widgetCardStyles, feedbackFormStyles];
  /** Its strings, typed (the mixins take the base class as it is). */
  declare protected readonly i18n: LocaleController<FeedbackFormStrings>;
  /** @internal */
  private adopted?: FormDefinition;

  /** @internal */
  responseId = randomId();
  /** @internal */
  private storeFor = '';
  /** Storage, the draft and (with an endpoint) the outbox opened. @internal */
  storeReady: Promise<void> = Promise.resolve();
  /** The answers kept on the device: read, autosaved, merged with other tabs'. @internal */
  readonly draft = new FeedbackDraftController(this, {
    answers: () => this.answerMap,
    responseId: () => this.responseId,
    formVersion: () => this.formDefinition?.version,
    accepted: (answers) => this.accepted(answers),
    show: (answers, responseId) => {
      this.answerMap = answers;
      if (responseId) this.responseId = responseId;
    },
    tell: (problem, reason = '') => {
      this.status = problem === 'other-tab' ? this.i18n.t('feedback.otherTab') : this.i18n.t('feedback.notSaved', { reason });
    },
  });

  /** @internal */
  private warned = false;
  /** Sending and the outbox: loaded on the first "Send", or with the outbox when an endpoint is set. @internal */
  private sender?: import('./feedback-send.js').FeedbackSending;
  /** The sending code, loaded on the first Send (a failed load is not kept: the next Send tries again). @internal */
  private readonly sendingCode = loadOnUse(() => import('./feedback-send.js'));
  /** @internal */
  private restoredState?: string;
  /** Where focus goes after the next render (a view replaced the focused control). @internal */
  private readonly focusLater = new FocusAfterUpdate(this);

  /** @internal */
  private readonly content = new ContentSource<FormDefinition>(
    this,
    {
      name: 'definition',
      // Checked at once (not a chunk on demand): a form given as a property or a JSON child is
      // there before the element renders, for toQuestionnaire() too.
      schema: formDefinitionSchema,
      trustBuiltin: true,
      property: () => this.definition,
      src: () => this.src,
      builtin: () => {
        if (!this.template) return undefined;
        const language = this.i18n.language;
        const template = this.template;
        return { id: `${template}@${language}`, load: () => loadBuiltInForm(template, language) };
      },
    },
    (promise) => this.track(promise),
  );

  /** The owner form's check failed (its submit was blocked): show what is missing at each field. */
  private readonly onInvalid = () => {
    this.showErrors = true;
  };

  /** By item id, without a prototype (id-record.ts). @internal */
  @state() answerMap: Record<string, Answer> = idRecord();
  /** Field messages show once the client tried to send (or the owner form checked it). @internal */
  @state() showErrors = false;
  /** @internal */
  @state() showSummary = false;
  /** What the status line says (a polite live region). @internal */
  @state() status = '';

  /** A built-in form: `session`, `material` or `group`. */
  @property() template?: string;

  /** The form as an object (`FormDefinition`); wins over every other source. */
  @property({ attribute: false }) definition?: FormDefinition;

  /** A URL of a JSON form definition. */
  @property() src?: string;

  /** What is sent: `json` (the response) or `fhir` (a FHIR R4 QuestionnaireResponse). */
  @property() format: FeedbackFormat = 'json';

  /** Sends nothing that ties the answers to the client: no name, no cookie or HTTP authentication (whatever `credentials` says), no Referer. */
  @property({ type: Boolean }) anonymous = false;

  /** The words shown with the crisis resources when a flagged option is chosen (default: this form alerts nobody). */
  @property({ attribute: 'flag-message' }) flagMessage?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('invalid', this.onInvalid);
    super.disconnectedCallback();
  }

  // ── Form association ──────────────────────────────────────────────────────────────────

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    this.restoredState = saved;
    if (this.formDefinition) this.applyRestoredState();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A definition or JSON child is checked synchronously: read it now, not after this update (controllers' turn).
    this.content.refresh();
    const definition = this.formDefinition;
    if (definition && definition !== this.adopted) {
      this.adopted = definition;
      this.adopt(definition);
    }
    // The draft is read once the form is there: its answers are checked against the questions.
    const key = definition && this.instanceKey;
    if (!key) return;
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${this.mode} ${namespace} ${key}`;
    if (wanted !== this.storeFor) {
      this.storeFor = wanted;
      this.storeReady = this.track(this.openStore(this.mode, namespace, key));
    }
    if (!this.warned && this.formDefinition && !this.activeEndpoint && !this.inOwnerForm) {
      this.warned = true;
      console.warn(`<${this.localName}> has no endpoint: responses are delivered only as hearth-feedback-submit events.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormState();
  }

  /**
   * The form for the FHIR methods, also before the element connects or renders (a definition set
   * as a property or a JSON child is read and checked now); a clear error while there is none yet.
   */
  private fhirDefinition(): FormDefinition {
    this.content.refresh();
    const definition = this.formDefinition;
    if (definition) return definition;
    const { status, origin } = this.content;
    // updateComplete resolves only in the page.
    const wait = `${this.isConnected ? '' : 'put it in the page and '}await el.updateComplete first`;
    const why =
      status === 'loading'
        ? `the form is still loading (${origin === 'src' ? 'from src' : 'the built-in template'}); ${wait}`
        : status === 'error'
          ? 'the form could not be used (see the error the element shows)'
          : `it has no form yet (set definition, a JSON child, src or template; for src or template, ${wait})`;
    throw new Error(`<${this.localName}> cannot make FHIR: ${why}.`);
  }

  private fhirOptions() {
    return { fill: (text: string) => this.fill(text), totalLabel: this.i18n.t('feedback.totalLabel') };
  }

  private applyRestoredState(): void {
    const saved = this.restoredState;
    this.restoredState = undefined;
    try {
      const parsed = JSON.parse(saved!) as { responseId?: unknown; answers?: unknown };
      if (typeof parsed.responseId === 'string') this.responseId = parsed.responseId;
      if (parsed.answers && typeof parsed.answers === 'object') this.answerMap = this.accepted(parsed.answers);
    } catch {
      // A state the browser kept from another version of the page: start fresh.
    }
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = [...this.content.issues];
    issues.push(...widgetSettingIssues(this));
    issues.push(...validate(oneOf(FORMATS), this.format, 'format').errors);
    if (this.content.status === 'empty') issues.push({ path: 'template', message: 'no form: set template, definition, a JSON child or src' });
    return issues;
  }

  // ── Loading: the form, its draft, the outbox ──────────────────────────────────────────

  /** A (new) form arrived: keep only answers that fit it. */
  private adopt(definition: FormDefinition): void {
    this.answerMap = this.accepted(this.answerMap, definition);
    if (this.restoredState) this.applyRestoredState();
  }

  /** Storage loads on demand (a chunk shared by every element); the questions render first. */
  private async openStore(mode: StorageMode, namespace: string, key: string): Promise<void> {
    // A new place to keep things (another key, mode or namespace): its own outbox too.
    this.sender?.close();
    await this.draft.open(
      import('@hearth/core/storage').then(({ HearthStorage }) => new HearthStorage({ mode, namespace })),
      key,
    );
    // Answers kept from an earlier visit resume sending; when the code cannot arrive now, the
    // next Send loads it again (and says so if it still cannot).
    if (this.activeEndpoint)
      await this.sending().then(
        (sender) => sender.open(),
        () => undefined,
      );
  }

  /** The owner form sees the response JSON, and is blocked from submitting while a required question has no answer. */
  private syncFormState(): void {
    const response = this.response;
    this.internals.setFormValue(response ? JSON.stringify(response) : null, JSON.stringify({ responseId: this.responseId, answers: this.answerMap }));
    const missing = this.formDefinition ? missingAnswers(this.formDefinition, this.answerMap) : [];
    const states = this.internals.states as (Set<string> & { add(state: string): void }) | undefined;
    if (missing.length) {
      const anchor = fieldOf(this, missing[0]);
      this.internals.setValidity({ valueMissing: true }, errorMessage(this, missing[0]), anchor);
    } else {
      this.internals.setValidity({});
    }
    try {
      // :state(user-invalid): after a try to send, while something is missing (CustomStateSet: Chromium 125, Firefox 126, Safari 17.4).
      if (this.showErrors && missing.length) states?.add('user-invalid');
      else states?.delete('user-invalid');
    } catch {
      // An older browser that only knows dashed state names: the inline messages still show.
    }
  }

  /** Sending, loaded on the first "Send" (or with the outbox when an endpoint is set). */
  private async sending(): Promise<import('./feedback-send.js').FeedbackSending> {
    if (!this.sender) {
      const { FeedbackSending } = await this.track(this.sendingCode());
      this.sender ??= new FeedbackSending(this);
    }
    return this.sender;
  }
  /** True when every answer on screen is in the stored draft (shown as "Saved on this device"). @internal */
  get draftSaved(): boolean {
    return this.draft.saved;
  }

  // ── What the host can read and call ───────────────────────────────────────────────────

  /** The form in use (from whichever source), once loaded. */
  get formDefinition(): FormDefinition | undefined {
    return this.content.value;
  }

  /**
   * The answers so far, by item id, in an object without a prototype (so an unanswered question
   * named `constructor` reads as undefined). Setting them keeps only answers that fit their
   * questions (and fires nothing).
   */
  get answers(): Record<string, Answer> {
    return idRecord(this.answerMap);
  }

  set answers(value: Record<string, Answer>) {
    this.answerMap = this.accepted(value);
    this.draft.schedule();
  }

  /** Where the form is: `filling`, `sending`, `sent`, `queued` or `failed`. */
  get phase(): FeedbackPhase {
    return this.sender?.phase ?? 'filling';
  }

  /** The response the current answers make (what would be sent now), once the form is loaded. */
  get response(): FeedbackResponse | undefined {
    const definition = this.formDefinition;
    if (!definition) return undefined;
    return buildResponse(definition, this.answerMap, {
      responseId: this.responseId,
      locale: this.i18n.lang,
      anonymous: this.anonymous,
      clientName: this.practiceConfig?.clientName,
    });
  }

  /** The form value: the response JSON ('' before the form is loaded). */
  get value(): string {
    const response = this.response;
    return response ? JSON.stringify(response) : '';
  }

  /**
   * The form as a FHIR R4 Questionnaire (ARCHITECTURE.md). Works as soon as the element has its
   * form: at once for a `definition` or a JSON child (also before it is in the page), once
   * `updateComplete` resolved for `src` or a `template`; until then it throws an error saying why.
   */
  toQuestionnaire(): FhirQuestionnaire {
    return toQuestionnaire(this.fhirDefinition(), this.fhirOptions());
  }

  /** A response (default: the current answers) as a FHIR R4 QuestionnaireResponse; available as `toQuestionnaire()` is. */
  toQuestionnaireResponse(response?: FeedbackResponse): FhirQuestionnaireResponse {
    const definition = this.fhirDefinition();
    return toQuestionnaireResponse(definition, response ?? this.response!, this.fhirOptions());
  }

  /** Empties every answer and the draft, for a fresh start (the owner form's reset does the same). */
  reset(): void {
    this.showErrors = false;
    this.showSummary = false;
    this.status = '';
    this.sender?.restart();
    void this.clearAnswers();
  }

  /**
   * Sends the answers, as the "Send" button does: checks them first (an error summary, focused,
   * when something is missing), then fires `hearth-feedback-submit` and, with an endpoint, sends
   * through the outbox. Resolves with the response, or undefined when nothing could be sent.
   */
  async submit(): Promise<FeedbackResponse | undefined> {
    const definition = this.formDefinition;
    if (!definition || this.phase === 'sending' || this.closed) return undefined;
    if (missingAnswers(definition, this.answerMap).length) {
      this.showErrors = true;
      this.showSummary = true;
      this.focusLater.request('.error-summary');
      return undefined;
    }
    const response = this.response!;
    let sender: import('./feedback-send.js').FeedbackSending;
    try {
      sender = await this.track(this.sending());
    } catch {
      // The sending code could not arrive (a bad network): nothing was sent, the answers stay.
      // The status is emptied first, so that a second failure is announced again.
      this.say('');
      await this.updateComplete;
      this.say(this.i18n.t('feedback.sendLoadFailed'));
      return undefined;
    }
    return this.track(sender.submit(response));
  }

  /** Puts `text` in the status line (a polite live region). @internal */
  say(text: string): void {
    this.status = text;
  }

  /** Moves focus to the first of `selector` after the next render (a view replaced the focused control). @internal */
  focusNext(selector: string): void {
    this.focusLater.request(selector);
  }

  /** Moves focus to the first question after the next render ("Send another"). @internal */
  focusFirstQuestion(): void {
    const first = fieldId(this.formDefinition!.items[0]);
    this.focusNext(`input#${first}, textarea#${first}, #${first} input`);
  }

  /** "Try again" beside "Send" after the server refused the answers. @internal */
  retryButton() {
    return this.sender?.renderRetry() ?? nothing;
  }

  /** Hides the field messages and the error summary (the answers were sent). @internal */
  clearErrors(): void {
    this.showErrors = false;
    this.showSummary = false;
  }

  /** For the code loaded on demand. @internal */
  t(key: keyof FeedbackFormStrings & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** For the code loaded on demand: fires a typed event. @internal */
  notify<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, cancelable = false): boolean {
    return this.emit(type, detail, { cancelable });
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────

  /** The instance key: `store-key`, else the form's id. */
  get instanceKey(): string | undefined {
    return this.storeKey || this.formDefinition?.id;
  }

  /** @internal */
  get source(): string {
    return `feedback:${this.instanceKey}`;
  }

  /** The language of the form's content when it is not the element's own (see content-language.ts). @internal */
  get contentLang(): 'en' | undefined {
    return foreignContentLang(this.content.origin, this.i18n.shown);
  }

  /**
   * The direction the form's content runs in: its language's. English built-in content runs left
   * to right in an Arabic element; a practice's own content (in the element's language) runs as
   * that language does. Each scale and its end labels run this way together. @internal
   */
  get contentDir(): 'ltr' | 'rtl' {
    return directionOf(this.contentLang ?? this.i18n.lang);
  }

  /** @internal */
  fill(text: string): string {
    return fillTokens(text, this.practiceConfig);
  }

  /** `answers` with only the answers that fit their questions (feedback-response.ts). @internal */
  accepted(answers: unknown, definition = this.formDefinition): Record<string, Answer> {
    return definition ? acceptedAnswers(definition, answers) : idRecord();
  }

  /** Empties the answers and saves that (after a send, the outbox holds them). @internal */
  async clearAnswers(): Promise<void> {
    this.answerMap = idRecord();
    this.responseId = randomId();
    await this.saveDraft();
  }

  /** Saves the draft now (answers save themselves 300 ms after each change, and when the page is hidden). */
  async saveDraft(): Promise<void> {
    await this.storeReady;
    await this.draft.save();
  }

  // ── Answering ─────────────────────────────────────────────────────────────────────────

  /** @internal */
  setAnswer(item: FormItem, value: Answer | undefined): void {
    const previous = this.answerMap;
    const next = idRecord(previous);
    const accepted = acceptedAnswer(item, value);
    if (accepted === undefined || (Array.isArray(accepted) && !accepted.length) || accepted === '') delete next[item.id];
    else next[item.id] = accepted;
    this.answerMap = next;
    if (this.phase === 'failed') this.status = '';
    // A flagged answer: the crisis resources appear under it, and the status says so once.
    if (isFlagged(this.formDefinition!, next) && !isFlagged(this.formDefinition!, previous)) this.status = this.flagMessage ?? this.i18n.t('feedback.flagNote');
    this.draft.schedule();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────

  override render() {
    const definition = this.formDefinition;
    const done = this.phase === 'sent' || this.phase === 'queued';
    return html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues()}
      ${
        definition
          ? html`<div part="header" class="header" lang=${ifDefined(this.contentLang)}>
              <div role="heading" aria-level=${this.level} class="title heading" part="title heading">${this.fill(definition.title)}</div>
              ${definition.intro ? html`<p class="intro">${this.fill(definition.intro)}</p>` : nothing}
            </div>
            ${this.sender?.earlier ? this.sender.renderEarlier() : nothing}
            ${done && this.sender ? this.sender.renderDone() : renderForm(this, definition)}`
          : nothing
      }
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
