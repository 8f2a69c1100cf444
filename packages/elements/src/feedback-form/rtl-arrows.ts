/*
 * Left and right arrows in right-to-left content, the same in every engine. Chromium and Firefox
 * mirror them on radios and sliders (Left moves on towards the left, where the next choice and the
 * higher value sit); WebKit does not (Left always goes back): an Arabic client on an iPhone
 * pressing towards the label they mean would move away from it and record the wrong answer
 * (decision 023). In right-to-left content these handlers move the choice themselves, as Chromium
 * does, with the `input` and `change` a native step fires.
 */

/**
 * +1 (on in reading order: Left) or -1 (back: Right) for an unmodified Left or Right arrow that no
 * one handled, pressed where `control` runs right to left; 0 for any other key.
 */
function rtlStep(event: KeyboardEvent, control: Element): 1 | -1 | 0 {
  if (event.defaultPrevented || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return 0;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (getComputedStyle(control).direction !== 'rtl') return 0;
  return event.key === 'ArrowLeft' ? 1 : -1;
}

function fireStep(control: HTMLInputElement): void {
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** On a radio group (the keydown listener of its container): moves to and chooses the next radio, wrapping at the ends. */
export function mirroredRadioArrows(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  const step = rtlStep(event, group);
  if (!step) return;
  const enabled = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]:not(:disabled)')];
  const at = enabled.indexOf(event.target as HTMLInputElement);
  if (at < 0) return;
  event.preventDefault();
  const next = enabled[(at + step + enabled.length) % enabled.length];
  next.focus();
  if (next.checked) return;
  next.checked = true;
  fireStep(next);
}

/** On a range input: one step up (Left) or down (Right). */
export function mirroredSliderArrows(event: KeyboardEvent): void {
  const input = event.currentTarget as HTMLInputElement;
  if (input.disabled) return;
  const step = rtlStep(event, input);
  if (!step) return;
  event.preventDefault();
  const before = input.value;
  if (step === 1) input.stepUp();
  else input.stepDown();
  if (input.value !== before) fireStep(input);
}
