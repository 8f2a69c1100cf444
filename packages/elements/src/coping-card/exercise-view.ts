import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { CopingCardStrings } from '../locales/coping-catalog.js';
import type { ExerciseRunner } from './exercise-runner.js';

export { ExerciseRunner } from './exercise-runner.js';

/** The running exercise's styles, adopted by the card when this module loads. */
export const exerciseStyles = css`
  /* A calm, centred view: the step or the breath, the time, and the buttons under them. */
  .guide {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space);
    justify-items: center;
    padding: var(--_hearth-space-l) var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    text-align: center;
  }
  .guide p {
    margin: 0;
  }
  .guide .controls {
    justify-content: center;
  }
  .step-position,
  .round,
  .paused {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s);
  }
  .step-now {
    font-size: var(--_hearth-text-l);
    max-inline-size: 30em;
  }
  .breath-stage {
    display: grid;
    place-items: center;
    inline-size: min(12em, 100%);
    aspect-ratio: 1;
  }
  .breath-stage.reduced {
    aspect-ratio: auto;
  }
  .breath-stage > * {
    grid-area: 1 / 1;
  }
  /*
   * The circle: a solid outline in the breath colour (the accent, which meets 3:1 against the
   * background: WCAG 1.4.11) around a light tint of it. Only the tint is translucent.
   */
  .breath {
    position: relative;
    inline-size: 100%;
    aspect-ratio: 1;
    border: 0.25em solid var(--hearth-breath-color, var(--_hearth-accent));
    border-radius: 50%;
    transform: scale(0.5);
    animation-duration: var(--_hearth-phase-ms, 4s);
    animation-timing-function: ease-in-out;
    animation-fill-mode: forwards;
  }
  .breath::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: 50%;
    background: var(--hearth-breath-color, var(--_hearth-accent));
    opacity: 0.18;
  }
  .breath.phase-in {
    animation-name: breathe-in;
  }
  .breath.phase-hold {
    transform: scale(1);
  }
  .breath.phase-out {
    animation-name: breathe-out;
  }
  .breath.is-paused {
    animation-play-state: paused;
  }
  @keyframes breathe-in {
    from {
      transform: scale(0.5);
    }
    to {
      transform: scale(1);
    }
  }
  @keyframes breathe-out {
    from {
      transform: scale(1);
    }
    to {
      transform: scale(0.5);
    }
  }
  .phase-text {
    display: grid;
    gap: 0.25em;
  }
  .phase-name {
    font-size: var(--_hearth-text-heading);
    font-weight: 700;
    line-height: 1.25;
  }
  .countdown {
    font-size: 2em;
    font-variant-numeric: tabular-nums;
  }
  .time-left {
    font-size: var(--_hearth-text-heading);
    font-weight: 700;
  }
  .check-in {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_hearth-space-xs);
  }
  .check-in p {
    flex-basis: 100%;
    font-weight: 700;
  }
  @media (prefers-reduced-motion: reduce) {
    .breath {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are replaced in forced colours: draw the circle with a border instead. */
    .breath {
      border-color: CanvasText;
    }
    .breath::before {
      display: none;
    }
  }
`;

/** What the step walk needs from the card: every step (the strategy's, then the client's own) and where the client is. */
export interface WalkView {
  steps: string[];
  index: number;
  /** Where the client's own steps begin in `steps`. */
  ownFrom: number;
  /** The strategy's language when it is not the card's (built-in English in an Arabic card). */
  contentLang?: string;
  t(key: keyof CopingCardStrings & string, params?: Record<string, string | number>): string;
  move(delta: number): void;
  stop(): void;
}

/** What a screen reader hears on each step of the walk: "Step 2 of 6: …". */
export const stepAnnouncement = (view: Pick<WalkView, 't' | 'index' | 'steps'>): string =>
  `${view.t('coping.stepOf', { current: view.index + 1, total: view.steps.length })}: ${view.steps[view.index]}`;

/** The step walk of a strategy without a timed exercise: one step at a time, next, back, stop. */
export function renderWalk(view: WalkView): TemplateResult {
  const { index, steps, t } = view;
  return html`<div class="guide" part="guide">
    <p class="step-position">${t('coping.stepOf', { current: index + 1, total: steps.length })}</p>
    ${
      index < view.ownFrom
        ? html`<p class="step-now" lang=${ifDefined(view.contentLang)} dir=${ifDefined(view.contentLang ? 'ltr' : undefined)}>${steps[index]}</p>`
        : html`<p class="step-now" dir="auto">${steps[index]}</p>`
    }
    <div class="controls" part="controls">
      <button type="button" class="primary" @click=${() => view.move(1)}>${index === steps.length - 1 ? t('coping.finish') : t('coping.next')}</button>
      <button type="button" ?disabled=${index === 0} @click=${() => view.move(-1)}>${t('coping.back')}</button>
      <button type="button" @click=${view.stop}>${t('coping.stop')}</button>
    </div>
  </div>`;
}

/** What the exercise view needs from the card. */
export interface ExerciseView {
  runner: ExerciseRunner;
  t(key: keyof CopingCardStrings & string, params?: Record<string, string | number>): string;
  formatNumber(value: number): string;
  checkInOpen: boolean;
  reducedMotion: boolean;
  pause(): void;
  resume(): void;
  stop(): void;
  answerCheckIn(eased: boolean): void;
}

/**
 * The running breathing or timer exercise: the breathing circle (a text countdown under reduced
 * motion), the time left, the check-in question, and pause / resume / stop. Loaded on demand by
 * the coping card when the client first presses Start: only some clients use it.
 */
export function renderExercise(view: ExerciseView): TemplateResult | typeof nothing {
  const runner = view.runner;
  const exercise = runner.exercise!;
  const paused = runner.state === 'paused';
  const controls = html`<div class="controls" part="controls">
    ${
      view.checkInOpen
        ? nothing
        : // One button that turns from Pause into Resume and back, so focus stays on it.
          html`<button type="button" class=${paused ? 'primary' : ''} @click=${paused ? view.resume : view.pause}>${paused ? view.t('coping.resume') : view.t('coping.pause')}</button>`
    }
    <button type="button" @click=${view.stop}>${view.t('coping.stop')}</button>
  </div>`;
  const pausedNote =
    paused && !view.checkInOpen ? html`<p class="paused">${runner.pausedByHiddenPage ? view.t('coping.pausedHidden') : view.t('coping.paused')}</p>` : nothing;
  if (exercise.type === 'breathing') {
    const segment = runner.current!;
    const names = { in: 'coping.phaseIn', hold: 'coping.phaseHold', out: 'coping.phaseOut', rest: 'coping.phaseRest' } as const;
    const reduced = view.reducedMotion;
    const secondsLeft = Math.max(1, Math.ceil(runner.remaining / 1000));
    return html`<div class="guide" part="guide">
      <p class="round">${view.t('coping.round', { current: segment.round ?? 1, total: exercise.cycles })}</p>
      <div class="breath-stage ${reduced ? 'reduced' : ''}" aria-hidden="true">
        ${reduced ? nothing : html`<div class="breath phase-${segment.phase} ${paused ? 'is-paused' : ''}" part="breath" data-index=${runner.index}></div>`}
        <div class="phase-text">
          <span class="phase-name">${view.t(names[segment.phase ?? 'in'])}</span>
          <span class="countdown" part="countdown">${view.formatNumber(secondsLeft)}</span>
        </div>
      </div>
      ${pausedNote} ${controls}
    </div>`;
  }
  if (exercise.type === 'timer') {
    const minutesLeft = Math.ceil(runner.remaining / 60_000);
    const left = runner.remaining < 60_000 ? view.t('coping.underAMinute') : view.t('coping.timeLeft', { count: minutesLeft });
    return html`<div class="guide" part="guide">
      <p class="time-left" part="countdown">${left}</p>
      ${
        view.checkInOpen
          ? html`<div class="check-in" role="group" aria-labelledby="check-in-question">
            <p id="check-in-question">${view.t('coping.checkIn')}</p>
            <button type="button" @click=${() => view.answerCheckIn(true)}>${view.t('coping.checkInYes')}</button>
            <button type="button" @click=${() => view.answerCheckIn(false)}>${view.t('coping.checkInNo')}</button>
          </div>`
          : nothing
      }
      ${pausedNote} ${controls}
    </div>`;
  }
  return nothing;
}
