import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Exercise } from './strategy.js';

export type RunnerState = 'idle' | 'running' | 'paused' | 'complete';
export type BreathPhase = 'in' | 'hold' | 'out' | 'rest';

/** One timed stretch of an exercise: a breathing phase, or the whole timer. */
export interface Segment {
  phase?: BreathPhase;
  round?: number;
  ms: number;
}

export interface RunnerListener {
  /** A new breathing phase began (called once per phase). */
  phaseChange?(segment: Segment, index: number): void;
  /** The timer reached a check-in (it pauses until the client answers). */
  checkIn?(elapsedMs: number): void;
  /** A second passed (for the visible countdown only; never announced). */
  tick?(): void;
  complete?(elapsedMs: number): void;
}

const PHASES: BreathPhase[] = ['in', 'hold', 'out', 'rest'];

/** The breathing segments: each non-zero phase of the pattern, for each round. */
export function breathingSegments(pattern: [number, number, number, number], cycles: number): Segment[] {
  const segments: Segment[] = [];
  for (let round = 1; round <= cycles; round++) {
    pattern.forEach((seconds, index) => {
      if (seconds > 0) segments.push({ phase: PHASES[index], round, ms: seconds * 1000 });
    });
  }
  return segments;
}

/**
 * Runs a breathing or timer exercise against the clock: start, pause, resume, stop. Time is
 * measured with performance.now(), so pausing and resuming lose nothing; one timeout at a time
 * wakes it for the next phase or the next second, and every timeout is cleared on pause, stop
 * and when the element leaves the page.
 */
export class ExerciseRunner implements ReactiveController {
  state: RunnerState = 'idle';
  exercise?: Exercise;
  segments: Segment[] = [];
  /** Index of the current breathing segment. */
  index = 0;
  /** Whether the current pause came from the page being hidden. */
  pausedByHiddenPage = false;
  private elapsedBefore = 0;
  private startedAt = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private nextCheckIn = 0;
  /** Ticks scheduled so far (tests read it to prove nothing runs after removal). */
  ticks = 0;

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden' && this.state === 'running') {
      this.pause();
      this.pausedByHiddenPage = true;
      this.host.requestUpdate();
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly listener: RunnerListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.clear();
    if (this.state === 'running') {
      this.elapsedBefore = this.elapsed;
      this.state = 'paused';
    }
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Wakes at the next thing that changes: the end of the phase, a check-in, the end, or the next whole second. */
  private schedule(): void {
    this.clear();
    if (this.state !== 'running') return;
    const elapsed = this.elapsed;
    const total = this.totalMs;
    const boundaries: number[] = [total];
    if (this.exercise?.type === 'breathing') {
      boundaries.push(this.segments.slice(0, this.index + 1).reduce((sum, segment) => sum + segment.ms, 0));
    }
    if (this.nextCheckIn < total) boundaries.push(this.nextCheckIn);
    const nextBoundary = Math.min(...boundaries);
    const nextSecond = (Math.floor(elapsed / 1000) + 1) * 1000;
    const wake = Math.min(nextBoundary, nextSecond);
    this.ticks++;
    this.timer = setTimeout(() => this.advance(), Math.max(0, wake - elapsed));
  }

  private advance(): void {
    this.timer = undefined;
    if (this.state !== 'running') return;
    const elapsed = this.elapsed;
    if (elapsed >= this.totalMs - 1) {
      this.finish();
      return;
    }
    if (this.exercise?.type === 'breathing') {
      let end = this.segments.slice(0, this.index + 1).reduce((sum, segment) => sum + segment.ms, 0);
      let moved = false;
      while (elapsed >= end - 1 && this.index < this.segments.length - 1) {
        this.index++;
        end += this.segments[this.index].ms;
        moved = true;
      }
      if (moved) this.listener.phaseChange?.(this.current!, this.index);
    }
    if (elapsed >= this.nextCheckIn - 1) {
      this.pause();
      this.listener.checkIn?.(elapsed);
      return;
    }
    this.listener.tick?.();
    this.host.requestUpdate();
    this.schedule();
  }

  /** Milliseconds of exercise so far (pauses not counted). */
  get elapsed(): number {
    return this.elapsedBefore + (this.state === 'running' ? performance.now() - this.startedAt : 0);
  }

  get totalMs(): number {
    if (this.exercise?.type === 'timer') return this.exercise.minutes * 60_000;
    return this.segments.reduce((sum, segment) => sum + segment.ms, 0);
  }

  /** Milliseconds left in the current breathing segment, or in the whole timer. */
  get remaining(): number {
    if (this.exercise?.type === 'timer') return Math.max(0, this.totalMs - this.elapsed);
    const before = this.segments.slice(0, this.index).reduce((sum, segment) => sum + segment.ms, 0);
    return Math.max(0, before + (this.segments[this.index]?.ms ?? 0) - this.elapsed);
  }

  get current(): Segment | undefined {
    return this.segments[this.index];
  }

  start(exercise: Exercise): void {
    this.clear();
    this.exercise = exercise;
    this.segments = exercise.type === 'breathing' ? breathingSegments(exercise.pattern, exercise.cycles) : [];
    this.index = 0;
    this.elapsedBefore = 0;
    this.nextCheckIn = exercise.type === 'timer' ? exercise.checkInEveryMinutes * 60_000 : Infinity;
    this.state = 'running';
    this.pausedByHiddenPage = false;
    this.startedAt = performance.now();
    if (this.current) this.listener.phaseChange?.(this.current, 0);
    this.schedule();
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.elapsedBefore = this.elapsed;
    this.state = 'paused';
    this.clear();
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.pausedByHiddenPage = false;
    this.startedAt = performance.now();
    this.schedule();
    this.host.requestUpdate();
  }

  /** Stops and returns the elapsed time. */
  stop(): number {
    const elapsed = this.elapsed;
    this.clear();
    this.state = 'idle';
    this.elapsedBefore = 0;
    this.host.requestUpdate();
    return elapsed;
  }

  /** The client answered a timer check-in with "not yet": carry on to the next one. */
  continueAfterCheckIn(): void {
    if (this.exercise?.type !== 'timer') return;
    this.nextCheckIn += this.exercise.checkInEveryMinutes * 60_000;
    this.resume();
  }

  /** Ends the exercise as complete (the urge eased, or the time is up). */
  finish(): void {
    const elapsed = this.elapsed;
    this.clear();
    this.state = 'complete';
    this.elapsedBefore = elapsed;
    this.host.requestUpdate();
    this.listener.complete?.(elapsed);
  }
}
