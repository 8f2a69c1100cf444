/*
 * A slider set from pointer events: a tap (touch, pen or mouse) anywhere on the line sets the value
 * under it, and a drag follows the pointer. Browsers' own range inputs miss taps on phones: a tap
 * where the hidden thumb of an unset slider waits changes nothing, so neither `input` nor `click`
 * fires, and the client who meant the middle is told to answer. Keyboard steps stay native, but
 * for Left and Right in right-to-left content (rtl-arrows.ts).
 */

import { mirroredSliderArrows } from './rtl-arrows.js';

/** The thumb's width in em (feedback-form.styles.ts draws it so): its centre travels from half a thumb in from each end. */
export const THUMB_EM = 1.5;

/** How far (px) a touch or pen must move sideways before it drags the slider rather than scrolls the page. */
const DRAG_SLOP = 8;

/** The value under `clientX` on a range input: the step nearest the point, in the input's own direction. */
export function valueAt(input: HTMLInputElement, clientX: number): number {
  const rect = input.getBoundingClientRect();
  const style = getComputedStyle(input);
  const thumb = parseFloat(style.fontSize) * THUMB_EM;
  const travel = Math.max(rect.width - thumb, 1);
  let fraction = (clientX - rect.left - thumb / 2) / travel;
  if (style.direction === 'rtl') fraction = 1 - fraction;
  fraction = Math.min(1, Math.max(0, fraction));
  const min = Number(input.min);
  const max = Number(input.max);
  const step = Number(input.step) || 1;
  const steps = Math.min(Math.round((fraction * (max - min)) / step), Math.floor((max - min) / step + 1e-9));
  return Number((min + steps * step).toFixed(6));
}

interface Gesture {
  pointerId: number;
  x: number;
  y: number;
  dragging: boolean;
  /** True once the gesture changed the answer. */
  changed: boolean;
  /** The answer when the pointer went down: a swipe the page takes over puts it back. */
  before: number | undefined;
  /** A touch that let go (or was taken over) but whose `touchend` is still to come. */
  ended: boolean;
  /** The slider holds the pointer's capture (set on `pointerdown`): once it has not, the gesture is over. */
  captured: boolean;
}

const gestures = new WeakMap<HTMLInputElement, Gesture>();

/** What a slider's pointer handlers work with: the question's answer, and how to change and report it. */
export interface SliderAnswer {
  /** The answer now (undefined while unset). */
  get(): number | undefined;
  /** Sets the value the pointer points at; says whether that changed the answer. */
  take(value: number): boolean;
  /** Puts an earlier answer back (undefined: unset again), with no `change`. */
  restore(value: number | undefined): void;
  /** The client changed the answer: the `change` of this gesture, once. */
  commit(): void;
}

/**
 * The pointer handlers of one slider. `take` gets each value the pointer points at; `commit` runs
 * once when the pointer lets go after a change (the native `change` of this gesture). A touch or
 * pen that moves up or down is left to scroll the page (`touch-action: pan-y`), and sets nothing.
 *
 * Cancelling `pointerdown` stops the compatibility mouse events but not touch events: Chromium's
 * own range still moves to the finger on `touchstart` and `touchmove` and fires `change` on
 * `touchend`. So while a gesture is on (from `pointerdown` to just after its `touchend`), the
 * slider's own `input` and `change` are not the client's answer: `ignores()` says so, and the
 * template drops them.
 */
export function sliderPointer(answer: SliderAnswer) {
  /**
   * The gesture is over: the slider shows the answer (`shown`; the middle while unset) where the
   * browser may have moved it, and (for a touch) its own events count again after `touchend`.
   */
  function end(input: HTMLInputElement, gesture: Gesture, touch: boolean, shown: number | undefined) {
    input.value = String(shown ?? (Number(input.min) + Number(input.max)) / 2);
    if (touch) gesture.ended = true;
    else gestures.delete(input);
  }

  /** The browser took the pointer away (the page scrolls, or capture was lost): a swipe sets nothing, a drag keeps what it set. */
  function cancel(event: PointerEvent) {
    const input = event.currentTarget as HTMLInputElement;
    const gesture = gestures.get(input);
    if (!gesture || gesture.ended || gesture.pointerId !== event.pointerId) return;
    if (!gesture.dragging && answer.get() !== gesture.before) answer.restore(gesture.before);
    end(input, gesture, event.pointerType === 'touch', gesture.dragging ? answer.get() : gesture.before);
    if (gesture.dragging && gesture.changed) answer.commit();
  }

  return {
    /** True while the slider's own `input` and `change` events come from a pointer gesture, not the keyboard or assistive technology. */
    ignores(input: HTMLInputElement): boolean {
      return gestures.has(input);
    },
    down(event: PointerEvent) {
      const input = event.currentTarget as HTMLInputElement;
      if (input.disabled || !event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
      // The browser's own handling would set a value of its own (or, on a tap in the middle, none).
      event.preventDefault();
      input.focus();
      input.setPointerCapture?.(event.pointerId);
      const dragging = event.pointerType === 'mouse';
      const gesture: Gesture = {
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        dragging,
        changed: false,
        before: answer.get(),
        ended: false,
        // Only a mouse: a touch or a pen ends with pointercancel, and a phone's engine that drops
        // the capture mid-gesture must not cut a swipe short.
        captured: event.pointerType === 'mouse' && (input.hasPointerCapture?.(event.pointerId) ?? false),
      };
      gestures.set(input, gesture);
      if (dragging) gesture.changed = answer.take(valueAt(input, event.clientX));
    },
    move(event: PointerEvent) {
      const input = event.currentTarget as HTMLInputElement;
      const gesture = gestures.get(input);
      if (!gesture || gesture.ended || gesture.pointerId !== event.pointerId) return;
      // The capture is gone (released, or taken by another element): the gesture is over, as on
      // `lostpointercapture`. That event cannot be counted on: Firefox and WebKit fire none for a
      // capture released before a pointer event made it active (Pointer Events, "process pending
      // pointer capture"), and then a stale drag would follow the mouse.
      if (gesture.captured && !input.hasPointerCapture(event.pointerId)) return cancel(event);
      // A mouse with no button down is not dragging, whatever this gesture missed.
      if (event.pointerType === 'mouse' && event.buttons === 0) return;
      const dx = Math.abs(event.clientX - gesture.x);
      if (!gesture.dragging && dx > DRAG_SLOP && dx > Math.abs(event.clientY - gesture.y)) gesture.dragging = true;
      if (gesture.dragging && answer.take(valueAt(input, event.clientX))) gesture.changed = true;
    },
    up(event: PointerEvent) {
      const input = event.currentTarget as HTMLInputElement;
      const gesture = gestures.get(input);
      if (!gesture || gesture.ended || gesture.pointerId !== event.pointerId) return;
      const value = valueAt(input, event.clientX);
      if (answer.take(value)) gesture.changed = true;
      end(input, gesture, event.pointerType === 'touch', value);
      if (gesture.changed) answer.commit();
    },
    cancel,
    /** `lostpointercapture`: as a cancel (a no-op after `pointerup`, which ended the gesture already). */
    lost: cancel,
    /**
     * `touchend` / `touchcancel`: the browser's own `change` comes right after this, in the same
     * task; its own events count again from the next task.
     */
    settle(event: TouchEvent) {
      const input = event.currentTarget as HTMLInputElement;
      const gesture = gestures.get(input);
      if (!gesture?.ended || event.touches.length) return;
      setTimeout(() => {
        if (gestures.get(input) === gesture) gestures.delete(input);
      });
    },
    /** A key after a touch whose `touchend` never came: the keyboard's steps count. */
    key(event: KeyboardEvent) {
      const input = event.currentTarget as HTMLInputElement;
      if (gestures.get(input)?.ended) gestures.delete(input);
      mirroredSliderArrows(event);
    },
  };
}
