import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../locales/en.js';
import type { ExerciseRunner } from './exercise-runner.js';

export { ExerciseRunner } from './exercise-runner.js';

/** What the exercise view needs from the card. */
export interface ExerciseView {
  runner: ExerciseRunner;
  t(key: keyof UiStrings & string, params?: Record<string, string | number>): string;
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
 * the coping card (prefetched after its first render), so the card itself stays small.
 */
export function renderExercise(view: ExerciseView): TemplateResult | typeof nothing {
  const runner = view.runner;
  const exercise = runner.exercise!;
  const paused = runner.state === 'paused';
  const controls = html`<div class="controls" part="controls">
    ${view.checkInOpen
      ? nothing
      : paused
        ? html`<button type="button" @click=${view.resume}>${view.t('coping.resume')}</button>`
        : html`<button type="button" @click=${view.pause}>${view.t('coping.pause')}</button>`}
    <button type="button" @click=${view.stop}>${view.t('coping.stop')}</button>
  </div>`;
  const pausedNote = paused && !view.checkInOpen
    ? html`<p class="paused">${runner.pausedByHiddenPage ? view.t('coping.pausedHidden') : view.t('coping.paused')}</p>`
    : nothing;
  if (exercise.type === 'breathing') {
    const segment = runner.current!;
    const names = { in: 'coping.phaseIn', hold: 'coping.phaseHold', out: 'coping.phaseOut', rest: 'coping.phaseRest' } as const;
    const reduced = view.reducedMotion;
    const secondsLeft = Math.max(1, Math.ceil(runner.remaining / 1000));
    return html`<div class="guide" part="guide">
      <p class="round">${view.t('coping.round', { current: segment.round ?? 1, total: exercise.cycles })}</p>
      <div class="breath-stage ${reduced ? 'reduced' : ''}" aria-hidden="true">
        ${reduced
          ? nothing
          : html`<div class="breath phase-${segment.phase} ${paused ? 'is-paused' : ''}" part="breath" data-index=${runner.index}></div>`}
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
      ${view.checkInOpen
        ? html`<div class="check-in" role="group" aria-labelledby="check-in-question">
            <p id="check-in-question">${view.t('coping.checkIn')}</p>
            <button type="button" @click=${() => view.answerCheckIn(true)}>${view.t('coping.checkInYes')}</button>
            <button type="button" @click=${() => view.answerCheckIn(false)}>${view.t('coping.checkInNo')}</button>
          </div>`
        : nothing}
      ${pausedNote} ${controls}
    </div>`;
  }
  return nothing;

}
