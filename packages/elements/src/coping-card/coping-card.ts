import {
  baseStyles,
  type ConfigIssue,
  ContentSource,
  HearthElement,
  type HearthStorage,
  type LocaleController,
  MediaMatch,
  SanitizedHtml,
  type StorageFailure,
  type StorageMode,
} from '@hearth/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { loadBuiltInStrategies } from '../content/built-in-strategies.js';
import { foreignContentLang } from '../content/content-language.js';
import { fillTokens } from '../fill-tokens.js';
import { loadOnUse } from '../load-on-use.js';
import { type CopingCardStrings, copingCatalog } from '../locales/coping-catalog.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import { copingCardStyles } from './coping-card.styles.js';
import { renderChoices, renderCompletionRating } from './coping-choices.js';
import type { ExerciseRunner, Segment } from './exercise-runner.js';
import type { Exercise, Strategy } from './strategy.js';

/** What the card keeps on the device for each strategy. */
export interface CopingRecord {
  helpful?: boolean;
  hidden?: boolean;
  saved?: boolean;
  ownSteps: string[];
}
const COPING_FORMAT = { schema: 1 };
const EMPTY: CopingRecord = { ownSteps: [] };

/** A change to what the card keeps for a strategy: the fields to set, or worked out from the record as it is then. */
export type RecordChange = Partial<CopingRecord> | ((record: CopingRecord) => Partial<CopingRecord>);

const applyChange = (record: CopingRecord, change: RecordChange): CopingRecord => ({ ...record, ...(typeof change === 'function' ? change(record) : change) });

let motionQuery: MediaQueryList | undefined;
/** One `prefers-reduced-motion` query for every card (a query per card would cost each one a registration in the document). */
function reducedMotionQuery(): MediaQueryList | undefined {
  if (typeof matchMedia === 'function') motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return motionQuery;
}

declare global {
  interface HTMLElementEventMap {
    'hearth-exercise-start': CustomEvent<{ strategyId: string; exercise: Exercise }>;
    'hearth-exercise-stop': CustomEvent<{ strategyId: string; elapsedMs: number }>;
    'hearth-exercise-complete': CustomEvent<{ strategyId: string; elapsedMs: number }>;
    'hearth-coping-rate': CustomEvent<{ strategyId: string; helpful: boolean }>;
  }
}

/**
 * A coping strategy a client can use in a hard moment: its steps, a guided exercise (a step walk,
 * a breathing pace, or a timer for riding out an urge), "This helped" / "Not for me", a personal
 * list and the client's own steps, kept on the device. Several strategies make a deck.
 *
 * Content: the `strategy` property (a `Strategy`) or `strategies` (a `Strategy[]`) → a child
 * `<script type="application/json">` (one strategy or a list) → `src` → the built-in ids in the
 * `strategy` or `strategies` attribute (loaded on demand, in `en` or `es`).
 *
 * @tagname hearth-coping-card
 * @summary A coping strategy with its steps and a guided exercise; a deck of them.
 *
 * @fires hearth-exercise-start - `{ strategyId, exercise }` when a guided exercise starts.
 * @fires hearth-exercise-stop - `{ strategyId, elapsedMs }` when the client stops it early.
 * @fires hearth-exercise-complete - `{ strategyId, elapsedMs }` when it is finished.
 * @fires hearth-coping-rate - `{ strategyId, helpful }` on "This helped" or "Not for me".
 *
 * @csspart base - The card.
 * @csspart header - The title and summary.
 * @csspart heading - The strategy's title (themable with the `--hearth-heading-*` tokens).
 * @csspart body - When to use it, the steps, the approach and any practice HTML.
 * @csspart steps - The list of steps.
 * @csspart guide - The guided exercise.
 * @csspart breath - The breathing circle.
 * @csspart countdown - The seconds or minutes left.
 * @csspart controls - The exercise buttons.
 * @csspart completion - The end of an exercise: "You reached the end of the exercise", "Did that help?" and the two rating buttons.
 * @csspart actions - "This helped", "Not for me", "Save to my list", print.
 * @csspart own-steps - The client's own steps and the field to add one.
 * @csspart deck-nav - The deck's previous/next buttons and position.
 * @csspart hidden-line - A hidden strategy, collapsed to one line.
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error.
 *
 * @cssprop --hearth-card-radius - Corner radius of the card.
 * @cssprop --hearth-card-bg - Background of the card (default: the surface colour).
 * @cssprop --hearth-breath-color - Colour of the breathing circle (default: the accent).
 */
export class HearthCopingCard extends WidgetSettings(HearthElement) {
  /** @internal */
  static override localeCatalog = copingCatalog;
  static override styles = [...baseStyles, widgetControlStyles, widgetFooterStyles, copingCardStyles];
  /** Its strings, typed (the mixin takes the base class as it is). */
  declare protected readonly i18n: LocaleController<CopingCardStrings>;

  /** @internal */
  private readonly content = new ContentSource<Strategy[]>(
    this,
    {
      name: 'strategy',
      schema: () => import('./strategy-schema.js').then((module) => module.strategiesSchema),
      trustBuiltin: true,
      property: () => (typeof this.strategy === 'object' && this.strategy ? this.strategy : Array.isArray(this.strategies) ? this.strategies : undefined),
      src: () => this.src,
      builtin: () => {
        const ids = this.builtInIds();
        if (!ids.length) return undefined;
        const language = this.i18n.language;
        return { id: `${ids.join(' ')}@${language}`, load: () => loadBuiltInStrategies(ids, language) };
      },
      onValue: () => {
        this.position = 0;
        void this.storeReady.then(() => this.loadRecords());
      },
    },
    (promise) => this.track(promise),
  );

  /** @internal */
  private readonly html = new SanitizedHtml(this, (promise) => this.track(promise));

  /** A phone-sized screen: tighter padding. By matchMedia, not @media (see MediaMatch). */
  private readonly narrow = new MediaMatch(this, '(max-width: 30em)');

  /**
   * The guided-exercise code (the runner, its views and styles): only some clients start an
   * exercise, so it loads when one first presses Start. @internal
   */
  private readonly loadExerciseCode = loadOnUse(() => import('./exercise-view.js'));
  /** @internal */
  private exerciseModule?: typeof import('./exercise-view.js');
  /** The Start being carried out while the exercise code arrives: a second press waits for it. @internal */
  private starting?: Promise<void>;
  /** @internal */
  private runner?: ExerciseRunner;

  /** @internal */
  private readonly runnerListener = {
    phaseChange: (segment: Segment) => this.announce(this.phaseAnnouncement(segment)),
    checkIn: () => {
      this.checkInOpen = true;
      this.announce(this.i18n.t('coping.checkIn'));
      this.focusAfterUpdate('.check-in button');
    },
    complete: (elapsedMs: number) => this.finished(elapsedMs),
  };

  /** @internal */
  private store?: HearthStorage;
  /** The mode and namespace the store was opened for. @internal */
  private storeFor = '';
  /** Resolves when the store (loaded on demand) is open and the records are read. @internal */
  private storeReady: Promise<void> = Promise.resolve();
  /** @internal */
  private persistAsked = false;
  /** Strategies the client changed since the records were last read: a late read must not undo them. @internal */
  private changedHere = new Set<string>();
  /**
   * Changes the client made before the stored records were read (storage arrives after the first
   * render): applied to the records as read, so a step added then joins the steps kept, never
   * replaces them. @internal
   */
  private changesBeforeRead = new Map<string, RecordChange[]>();
  /** The stored records of the open store have been read. @internal */
  private recordsRead = false;
  /** @internal */
  private readonly reducedMotion = reducedMotionQuery();

  /** @internal */
  private readonly onMotionChange = () => this.requestUpdate();

  /** @internal */
  private walkStartedAt = 0;

  /** @internal */
  @state() position = 0;
  /** @internal */
  @state() private records = new Map<string, CopingRecord>();
  /** @internal */
  @state() private walkStep?: number;
  /** @internal */
  @state() private checkInOpen = false;
  /** @internal */
  @state() private outcome?: 'complete' | 'stopped';
  /**
   * The last check-in of a timed exercise said the urge has not eased: when the time runs out the
   * ending says so plainly and shows the crisis resources in full, never a plain "You reached the end".
   * @internal
   */
  @state() private urgeStillStrong = false;
  /** The strategy the outcome belongs to (a deck moves on; the message stays with its card). @internal */
  @state() private outcomeId?: string;
  /** @internal */
  @state() storageProblem?: StorageFailure;
  /** @internal */
  @state() private announcement = '';
  /** @internal */
  @state() draftStep = '';
  /** The exercise code did not arrive (a bad network): a message, and Start becomes "Try again". @internal */
  @state() private exerciseLoadFailed = false;

  /** A built-in strategy id, or (property) a `Strategy`. */
  @property() strategy?: string | Strategy;

  /** Space-separated built-in ids, or (property) a `Strategy[]`: a deck. */
  @property() strategies?: string | Strategy[];

  /** A URL of a JSON strategy or list, fetched when set and no property or JSON child is given. */
  @property() src?: string;

  /** In a deck, lists the hidden strategies (collapsed, each with "Show again"). */
  @property({ type: Boolean, attribute: 'show-hidden' }) showHidden = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.reducedMotion?.addEventListener('change', this.onMotionChange);
  }

  override disconnectedCallback(): void {
    this.reducedMotion?.removeEventListener('change', this.onMotionChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = this.mode;
    const namespace = this.practiceConfig?.namespace ?? 'default';
    const wanted = `${mode} ${namespace} ${this.storeKey ?? ''}`;
    if (wanted !== this.storeFor || changed.has('storeKey')) {
      this.storeFor = wanted;
      this.storeReady = this.track(this.openStore(mode, namespace));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The breathing circle's speed follows the phase length: a custom property set through the
    // CSSOM (a strict CSP allows it; a style attribute would not be).
    const breath = this.shadowRoot?.querySelector<HTMLElement>('.breath');
    if (breath && this.runner?.current) breath.style.setProperty('--_hearth-phase-ms', `${this.runner.current.ms}ms`);
  }

  protected override get baseClass(): string {
    return `${super.baseClass}${this.narrow.matches ? ' narrow' : ''}`;
  }

  /** The guided-exercise code, loaded on first use; its styles are adopted and its runner made once. */
  private async loadExercise(): Promise<typeof import('./exercise-view.js')> {
    const module = await this.loadExerciseCode();
    if (this.exerciseModule) return this.exerciseModule;
    this.exerciseModule = module;
    const root = this.shadowRoot;
    const sheet = module.exerciseStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.runner = new module.ExerciseRunner(this, this.runnerListener);
    return module;
  }

  private builtInIds(): string[] {
    const source = typeof this.strategies === 'string' ? this.strategies : typeof this.strategy === 'string' ? this.strategy : '';
    return source.split(/\s+/).filter(Boolean);
  }

  private get isDeck(): boolean {
    return this.strategyList.length > 1;
  }

  private visibleStrategies(): Strategy[] {
    if (!this.isDeck) return [...this.strategyList];
    return this.strategyList.filter((strategy) => !this.recordFor(strategy.id).hidden);
  }

  /**
   * Storage is loaded on demand (a chunk shared by every element); the buttons and form of the
   * client's choices render without it, and a choice made before it arrives is kept once it has.
   */
  private async openStore(mode: StorageMode, namespace: string): Promise<void> {
    this.recordsRead = false;
    const { HearthStorage } = await import('@hearth/core/storage');
    this.store = new HearthStorage({ mode, namespace });
    if (this.strategyList.length) await this.loadRecords();
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = [...this.content.issues];
    issues.push(...widgetSettingIssues(this));
    if (this.content.status === 'empty') {
      issues.push({ path: 'strategy', message: 'no strategy given: set strategy or strategies (a built-in id, or an object), a JSON child, or src' });
    }
    return issues;
  }

  private keyFor(id: string): string {
    return this.storeKey ? `${this.storeKey}:${id}` : id;
  }

  private async loadRecords(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const next = new Map<string, CopingRecord>();
    for (const strategy of this.strategyList) {
      const read = await store.read<CopingRecord>('coping', this.keyFor(strategy.id), COPING_FORMAT);
      if (!read.ok) {
        this.storageProblem = read.error;
        return;
      }
      if (read.value) next.set(strategy.id, { ...EMPTY, ...read.value.data });
    }
    if (store !== this.store) return;
    for (const id of this.changedHere) {
      const before = this.changesBeforeRead.get(id);
      next.set(id, before ? before.reduce(applyChange, next.get(id) ?? EMPTY) : this.recordFor(id));
    }
    this.changesBeforeRead.clear();
    this.recordsRead = true;
    this.records = next;
  }

  private phaseAnnouncement(segment: Segment): string {
    const names = { in: 'coping.phaseIn', hold: 'coping.phaseHold', out: 'coping.phaseOut', rest: 'coping.phaseRest' } as const;
    const phase = this.i18n.t(names[segment.phase ?? 'in']);
    return this.i18n.t('coping.phaseAnnounce', { phase, count: Math.round(segment.ms / 100) / 10 });
  }

  /** The step walk where it is: every step (the strategy's, then the client's own), the one on show. */
  private walk(strategy: Strategy) {
    return {
      steps: [...strategy.steps.map((step) => this.fill(step)), ...this.recordFor(strategy.id).ownSteps],
      index: this.walkStep ?? 0,
      ownFrom: strategy.steps.length,
      contentLang: this.contentLang,
      t: (key: keyof CopingCardStrings & string, params?: Record<string, string | number>) => this.i18n.t(key, params),
      move: (delta: number) => this.moveStep(delta),
      stop: () => this.stop(),
    };
  }

  private moveStep(delta: number): void {
    const walk = this.walk(this.currentStrategy!);
    const next = walk.index + delta;
    if (next < 0) return;
    if (next >= walk.steps.length) {
      const elapsedMs = performance.now() - this.walkStartedAt;
      this.walkStep = undefined;
      this.finished(elapsedMs);
      return;
    }
    // Back to the first step disables Back, which would drop focus to the page: it goes on to "Next step".
    if (next === 0 && delta < 0 && this.focusIsHere()) this.focusAfterUpdate('[part~="controls"] button.primary');
    this.walkStep = next;
    this.announce(this.exerciseModule!.stepAnnouncement({ ...walk, index: next }));
  }

  /**
   * The exercise ended (the last step, the last breath, the timer's end or "it has eased"): the
   * completion message asks "Did that help?". When the client was in the card, focus moves to
   * the message, which says it once; when they had gone elsewhere on the page, focus stays
   * there and the live region says it instead.
   */
  private finished(elapsedMs: number): void {
    const strategy = this.currentStrategy!;
    const focusHere = this.focusIsHere();
    this.outcome = 'complete';
    this.outcomeId = strategy.id;
    this.checkInOpen = false;
    if (focusHere) this.focusAfterUpdate('#completion-title');
    else this.announce(this.i18n.t(this.urgeStillStrong ? 'coping.completeStillStrong' : 'coping.complete'));
    this.emit('hearth-exercise-complete', { strategyId: strategy.id, elapsedMs });
  }

  /**
   * Whether focus is in the card. Called before the re-render that removes the focused control
   * (Finish, "Yes, it has eased", Stop, "Not for me"), so that control still holds it. Focus on
   * the page's body does not count: the client may have clicked some text elsewhere, and a card
   * that took focus back then would scroll the page away from what they were reading.
   * The focused element is asked, not :focus-within: that matches nothing while the window is in
   * the background (the client went to another app during a timer), and the card would then leave
   * focus on the page's body, instead of on the completion message where the client comes back to it.
   */
  private focusIsHere(): boolean {
    const active = (this.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement;
    return !!active && this.contains(active);
  }

  /** Focuses `selector` in the shadow root once the update that renders it is done. */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Stops the guided exercise early; focus goes back to Start when it was on the exercise. */
  private endEarly(returnFocus: boolean): void {
    const strategy = this.currentStrategy;
    if (!strategy) return;
    const focusHere = returnFocus && this.focusIsHere();
    let elapsedMs: number;
    if (this.walkStep !== undefined) {
      elapsedMs = performance.now() - this.walkStartedAt;
      this.walkStep = undefined;
    } else if (this.runner && (this.runner.state === 'running' || this.runner.state === 'paused')) {
      elapsedMs = this.runner.stop();
    } else {
      return;
    }
    this.checkInOpen = false;
    this.outcome = 'stopped';
    this.outcomeId = strategy.id;
    this.announce(this.i18n.t('coping.stopped'));
    if (focusHere) this.focusAfterUpdate('[part~="controls"] button.primary');
    this.emit('hearth-exercise-stop', { strategyId: strategy.id, elapsedMs });
  }

  /** The check-in's buttons go when it is answered: "Not yet" hands focus on to Pause. */
  private answerCheckIn(eased: boolean): void {
    this.checkInOpen = false;
    this.urgeStillStrong = !eased;
    if (eased) this.runner?.finish();
    else {
      if (this.focusIsHere()) this.focusAfterUpdate('[part~="controls"] button');
      this.runner?.continueAfterCheckIn();
    }
  }

  /** True while a guided exercise (walk or timed) is under way. */
  private get guiding(): boolean {
    return this.walkStep !== undefined || this.runner?.state === 'running' || this.runner?.state === 'paused';
  }

  /**
   * Where focus goes when the strategy on show is hidden: a single card's "Show again"; in a deck,
   * the heading of the card that now shows (read out with its title), else the hidden strategy's
   * "Show again" in the listed hidden ones, else the line saying every strategy is hidden.
   */
  private afterHiding(strategyId: string): HTMLElement | null | undefined {
    // Ids are letters, digits, - and _ (the schema): safe in a quoted attribute selector.
    const root = this.shadowRoot;
    return root?.querySelector<HTMLElement>(`#title, [data-strategy="${strategyId}"] button`) ?? root?.querySelector<HTMLElement>('.all-hidden');
  }

  /**
   * "Show again" goes with the hidden line it is on: when it had focus, focus moves to the heading
   * of the restored card (read out with its title). In a deck the restored card is brought on show,
   * unless an exercise is under way on another card: that keeps going, and its heading gets focus.
   */
  private showAgain(id: string): void {
    const focusHere = this.focusIsHere();
    void this.saveRecord(id, { hidden: false, helpful: undefined });
    if (this.isDeck && !this.guiding) {
      const visible = this.visibleStrategies();
      const index = visible.findIndex((strategy) => strategy.id === id);
      if (index >= 0 && index !== this.position) {
        this.position = index;
        this.announce(this.i18n.t('coping.deckPosition', { current: index + 1, total: visible.length, title: this.fill(visible[index].title) }));
      }
    }
    if (focusHere) this.focusAfterUpdate('#title');
  }

  private removeOwnStep(index: number): void {
    const strategy = this.currentStrategy!;
    const step = this.recordFor(strategy.id).ownSteps[index];
    // By the step, not its place: steps read from storage meanwhile may come before it.
    void this.saveRecord(strategy.id, (record) => {
      const at = record.ownSteps.indexOf(step);
      return { ownSteps: record.ownSteps.filter((_, i) => i !== at) };
    });
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  private renderHeading(text: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.level} class="title heading" part="heading" id="title" tabindex="-1">${text}</div>`;
  }

  private renderGuide(strategy: Strategy): TemplateResult | typeof nothing {
    if (this.walkStep !== undefined) return this.exerciseModule ? this.exerciseModule.renderWalk(this.walk(strategy)) : nothing;
    const runner = this.runner;
    if (!runner || !this.exerciseModule || (runner.state !== 'running' && runner.state !== 'paused')) return nothing;
    return this.exerciseModule.renderExercise({
      runner,
      t: (key, params) => this.i18n.t(key, params),
      formatNumber: (value) => this.i18n.formatNumber(value),
      checkInOpen: this.checkInOpen,
      reducedMotion: this.reducedMotion?.matches ?? false,
      pause: () => this.pause(),
      resume: () => this.resume(),
      stop: () => this.stop(),
      answerCheckIn: (eased) => this.answerCheckIn(eased),
    });
  }

  private startLabel(strategy: Strategy): string {
    const type = strategy.exercise?.type ?? 'steps';
    return type === 'breathing' ? this.i18n.t('coping.startBreathing') : type === 'timer' ? this.i18n.t('coping.startTimer') : this.i18n.t('coping.startSteps');
  }

  /** The language of the strategy when it is not the card's own (built-in English in an Arabic card). */
  private get contentLang(): 'en' | undefined {
    return foreignContentLang(this.content.origin, this.i18n.shown);
  }

  /**
   * The end of an exercise. Complete: "You reached the end of the exercise" (focus comes here) and "Did that help?" with the
   * two rating buttons; stopped: a quiet line.
   */
  private renderOutcome(strategy: Strategy): TemplateResult | typeof nothing {
    if (!this.outcome || this.outcomeId !== strategy.id) return nothing;
    if (this.outcome === 'stopped') {
      // Stopped after "Not yet": the urge is still strong, so the way to help comes with it.
      return this.urgeStillStrong
        ? html`<div class="outcome still-strong" part="completion">
            <p>${this.i18n.t('coping.stopped')}</p>
            <p>${this.i18n.t('coping.reachOut')}</p>
            ${this.renderFullCrisisLines(this.level)}
          </div>`
        : html`<p class="outcome">${this.i18n.t('coping.stopped')}</p>`;
    }
    const level = Math.min(6, this.level + 1);
    if (this.urgeStillStrong) {
      // Not the plain ending: the urge is still strong. Say so, and put the crisis lines in full right
      // here (even with no-crisis-footer), before asking whether the exercise helped.
      return html`<div class="completion still-strong" part="completion">
        <p class="completion-title" id="completion-title" role="heading" aria-level=${level} tabindex="-1">${this.i18n.t('coping.completeStillStrong')}</p>
        <p>${this.i18n.t('coping.reachOut')}</p>
        ${this.renderFullCrisisLines(level)}
        ${renderCompletionRating(this, strategy)}
      </div>`;
    }
    return html`<div class="completion" part="completion">
      <p class="completion-title" id="completion-title" role="heading" aria-level=${level} tabindex="-1">${this.i18n.t('coping.complete')}</p>
      ${renderCompletionRating(this, strategy)}
    </div>`;
  }

  /** The crisis resources in full, under a heading one level below `level` (even with no-crisis-footer). */
  private renderFullCrisisLines(level: number): TemplateResult {
    return html`<hearth-crisis-resources heading-level=${Math.min(6, level + 1)} exportparts="base: crisis-base, link: crisis-link, call: crisis-call"></hearth-crisis-resources>`;
  }

  private renderCard(strategy: Strategy): TemplateResult {
    const record = this.recordFor(strategy.id);
    const guiding = this.guiding;
    const textKey = `${this.practiceConfig?.clientName ?? ''}|${this.practiceConfig?.practiceName ?? ''}`;
    // Built-in English in another language's card: blocks of their own, marked English, left to
    // right and isolated (dir), so all the English lines up one way and the card's own strings the other.
    const lang = this.contentLang;
    const dir = lang ? 'ltr' : undefined;
    const ownLang = lang ? this.i18n.shown : undefined;
    const ownDir = lang ? this.i18n.dir : undefined;
    const completed = this.outcome === 'complete' && this.outcomeId === strategy.id && !guiding;
    return html`<article class="card" aria-labelledby="title" data-strategy=${strategy.id}>
      <header part="header" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
        ${this.renderHeading(this.fill(strategy.title))}
        <p class="summary">${this.fill(strategy.summary)}</p>
      </header>
      <div part="body">
        ${
          strategy.whenToUse
            ? html`<p class="when"><strong>${this.i18n.t('coping.whenToUse')}:</strong> <span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${this.fill(strategy.whenToUse)}</span></p>`
            : nothing
        }
        <p class="label" id="steps-label">${this.i18n.t('coping.steps')}</p>
        <ol part="steps" aria-labelledby="steps-label" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
          ${strategy.steps.map((step) => html`<li>${this.fill(step)}</li>`)}
          ${record.ownSteps.map(
            (step, index) => html`<li class="own" lang=${ifDefined(ownLang)}>
              <span class="own-text" dir="auto">${step}</span>
              <button type="button" class="link link-button" dir=${ifDefined(ownDir)} @click=${() => this.removeOwnStep(index)}>${this.i18n.t('coping.removeStep', { step })}</button>
            </li>`,
          )}
        </ol>
        ${this.html.render(strategy.bodyHtml, (text) => this.fill(text), textKey) ?? nothing}
        ${
          strategy.approach
            ? html`<p class="approach"><strong>${this.i18n.t('coping.approach')}:</strong> <span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${this.fill(strategy.approach)}</span></p>`
            : nothing
        }
      </div>
      ${guiding ? nothing : this.renderOutcome(strategy)}
      ${
        guiding
          ? this.renderGuide(strategy)
          : html`${this.exerciseLoadFailed ? html`<p class="load-failed">${this.i18n.t('coping.exerciseLoadFailed')}</p>` : nothing}
            <div class="controls" part="controls">
              <button type="button" class="primary" @click=${() => void this.start()}>
                ${this.exerciseLoadFailed ? this.i18n.t('coping.tryAgain') : this.startLabel(strategy)}
              </button>
            </div>`
      }
      ${renderChoices(this, strategy, { rating: !completed })}
    </article>`;
  }

  private renderHiddenLine(strategy: Strategy): TemplateResult {
    return html`<p class="hidden-line" part="hidden-line" data-strategy=${strategy.id}>
      <span>${this.i18n.t('coping.hiddenLine', { title: this.fill(strategy.title) })}</span>
      <button type="button" @click=${() => this.showAgain(strategy.id)}>${this.i18n.t('coping.showAgain')}</button>
    </p>`;
  }

  private renderDeckNav(visible: Strategy[]): TemplateResult | typeof nothing {
    if (!this.isDeck || visible.length === 0) return nothing;
    const current = Math.min(this.position, visible.length - 1);
    return html`<nav class="deck-nav" part="deck-nav" aria-label=${this.i18n.t('coping.deckLabel')}>
      <button type="button" ?disabled=${current === 0} @click=${(event: Event) => this.go(-1, event.currentTarget as HTMLButtonElement)}>${this.i18n.t('coping.deckPrev')}</button>
      <span class="position">${this.i18n.t('coping.deckPosition', { current: current + 1, total: visible.length, title: this.fill(visible[current].title) })}</span>
      <button type="button" ?disabled=${current === visible.length - 1} @click=${(event: Event) => this.go(1, event.currentTarget as HTMLButtonElement)}>${this.i18n.t('coping.deckNext')}</button>
    </nav>`;
  }

  private async go(delta: number, pressed?: HTMLButtonElement): Promise<void> {
    const hadFocus = !!pressed && this.shadowRoot?.activeElement === pressed;
    if (this.guiding) this.endEarly(false);
    const visible = this.visibleStrategies();
    this.position = Math.max(0, Math.min(visible.length - 1, this.position + delta));
    this.outcome = undefined;
    this.announce(this.i18n.t('coping.deckPosition', { current: this.position + 1, total: visible.length, title: this.fill(visible[this.position].title) }));
    if (!hadFocus) return;
    await this.updateComplete;
    // Reaching the first or last card disables the button just pressed: focus stays in the deck's
    // navigation, on the button that still goes somewhere, instead of dropping to the page.
    if (pressed!.disabled) pressed!.closest('nav')?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }

  protected override quickExit(): void {
    if (this.runner?.state === 'running') this.runner.pause();
  }

  /**
   * The exercise's code loads on the first Start: the press is kept until it arrives (a second
   * press waits for the same start), and when it cannot arrive (a bad network) the card says so
   * and Start becomes "Try again".
   */
  private async startWhenLoaded(): Promise<void> {
    const strategy = this.currentStrategy;
    if (!strategy) return;
    let view: typeof import('./exercise-view.js');
    try {
      view = await this.loadExercise();
    } catch {
      this.exerciseLoadFailed = true;
      this.announce(this.i18n.t('coping.exerciseLoadFailed'));
      return;
    }
    this.exerciseLoadFailed = false;
    // The client moved to another card of the deck while the code arrived: that one was not asked for.
    if (strategy !== this.currentStrategy) return;
    const exercise: Exercise = strategy.exercise ?? { type: 'steps' };
    this.outcome = undefined;
    this.outcomeId = undefined;
    this.checkInOpen = false;
    this.urgeStillStrong = false;
    this.emit('hearth-exercise-start', { strategyId: strategy.id, exercise });
    if (exercise.type === 'steps') {
      this.walkStep = 0;
      this.walkStartedAt = performance.now();
      this.announce(view.stepAnnouncement(this.walk(strategy)));
    } else {
      this.runner!.start(exercise);
    }
    this.focusAfterUpdate('[part~="controls"] button');
  }

  /** The strategies loaded now (one for a single card). */
  get strategyList(): readonly Strategy[] {
    return this.content.value ?? [];
  }

  /** The strategy on show. */
  get currentStrategy(): Strategy | undefined {
    return this.visibleStrategies()[this.position] ?? this.visibleStrategies()[0];
  }

  /** What the card keeps for a strategy. */
  recordFor(id: string): CopingRecord {
    return this.records.get(id) ?? EMPTY;
  }

  /** @internal */
  async saveRecord(id: string, change: RecordChange): Promise<void> {
    if (!this.recordsRead) this.changesBeforeRead.set(id, [...(this.changesBeforeRead.get(id) ?? []), change]);
    this.changedHere.add(id);
    this.records = new Map(this.records).set(id, applyChange(this.recordFor(id), change));
    await this.storeReady;
    if (!this.recordsRead) await this.loadRecords();
    const record = this.recordFor(id);
    const store = this.store!;
    const written = await store.write('coping', this.keyFor(id), record, COPING_FORMAT);
    this.storageProblem = written.ok ? undefined : written.error;
    if (written.ok && !this.persistAsked && store.mode === 'local') {
      this.persistAsked = true;
      void (store.constructor as typeof HearthStorage).persist();
    }
  }

  /** Puts text in the live region once. The same words twice in a row are re-announced. @internal */
  announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** @internal */
  fill(text: string): string {
    return fillTokens(text, this.practiceConfig);
  }

  // ── Guided exercise ────────────────────────────────────────────────────────────────────

  /** Starts the guided exercise of the strategy on show (the step walk when it has none). */
  start(): Promise<void> {
    this.starting ??= this.track(this.startWhenLoaded()).finally(() => (this.starting = undefined));
    return this.starting;
  }

  /** Stops the guided exercise early. */
  stop(): void {
    this.endEarly(true);
  }

  pause(): void {
    this.runner?.pause();
    this.announce(this.i18n.t('coping.paused'));
  }

  resume(): void {
    this.runner?.resume();
    if (this.runner?.current) this.announce(this.phaseAnnouncement(this.runner.current));
  }

  // ── Choices kept on the device ─────────────────────────────────────────────────────────

  /** For the choices module: the client rated a strategy. @internal */
  rated(strategyId: string, helpful: boolean): void {
    // "This helped" is re-rendered in place, pressed, and keeps focus. "Not for me" hides the card,
    // its completion message and the button itself with it: focus goes where the client can carry on.
    if (!helpful) {
      if (this.outcomeId === strategyId) this.outcomeId = undefined;
      if (this.focusIsHere()) void this.updateComplete.then(() => this.afterHiding(strategyId)?.focus());
    }
    this.emit('hearth-coping-rate', { strategyId, helpful });
  }

  /** For the choices module: the deck moves back when the strategy on show was hidden. @internal */
  stepBackAfterHiding(): void {
    if (this.deckLength) this.position = Math.min(this.position, Math.max(0, this.deckLength - 2));
  }

  /** For the choices module: the field for a step of the client's own, as typed. @internal */
  typeStep(value: string): void {
    this.draftStep = value;
  }

  /** How many strategies the deck shows now (undefined for a single card). @internal */
  get deckLength(): number | undefined {
    return this.isDeck ? this.visibleStrategies().length : undefined;
  }

  /** @internal */
  t(key: keyof CopingCardStrings & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /**
   * Prints the strategy on show as a wallet-sized card, from a new window built with DOM APIs.
   * The window opens at once (browsers allow pop-ups only in the click); its content is built
   * by a small module loaded on demand.
   */
  async print(): Promise<Window | null> {
    const strategy = this.currentStrategy;
    if (!strategy) return null;
    const win = window.open('', '_blank', 'popup,width=420,height=640');
    if (!win) return null;
    const { buildWalletCard } = await import('./wallet-card.js');
    const crisis = this.shadowRoot?.querySelector('hearth-crisis-resources')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
    buildWalletCard(win.document, {
      title: this.fill(strategy.title),
      summary: this.fill(strategy.summary),
      steps: this.walk(strategy).steps,
      crisis,
      practice: this.practiceConfig?.practiceName,
      lang: this.i18n.shown,
      dir: this.i18n.dir,
    });
    win.focus();
    win.print();
    return win;
  }

  override render() {
    const issues = this.configIssues();
    const list = this.strategyList;
    const visible = this.visibleStrategies();
    const hidden = list.filter((strategy) => this.recordFor(strategy.id).hidden);
    let main: unknown = nothing;
    if (this.content.status === 'loading') main = html`<p class="loading">${this.i18n.t('coping.loading')}</p>`;
    else if (list.length === 1 && hidden.length === 1) main = this.renderHiddenLine(list[0]);
    else if (this.currentStrategy) main = this.renderCard(this.currentStrategy);
    else if (list.length) main = html`<p class="all-hidden" tabindex="-1">${this.i18n.t('coping.allHidden')}</p>`;
    return html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues(issues.filter((issue) => !(issue.path === 'strategy' && this.content.status === 'loading')))}
      ${this.renderDeckNav(visible)} ${main}
      ${
        this.isDeck && hidden.length
          ? this.showHidden
            ? html`<section class="hidden-list" aria-label=${this.i18n.t('coping.hiddenCount', { count: hidden.length })}>
              ${hidden.map((strategy) => this.renderHiddenLine(strategy))}
            </section>`
            : html`<p class="hidden-count">${this.i18n.t('coping.hiddenCount', { count: hidden.length })}</p>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announcer">${this.announcement}</div>
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
