/**
 * How `<studio-preview>` brings the real element to a state a clinician wants to see, the way a
 * client would get there: a coping card's Start, a feedback form sent empty, a consent ticked,
 * signed and agreed, a safety plan's crisis view. Each step checks first, so calling it again
 * (after new content) only redoes what the new content undid.
 */

import type { HearthConsent, HearthCopingCard, HearthFeedbackForm, HearthSafetyPlan } from '@hearth/elements';

import type { PreviewKind, PreviewState } from './preview-options.js';

/** Waits until `check` is true (each animation frame) for at most `ms`; false when it never was. */
async function until(check: () => boolean, ms: number): Promise<boolean> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) return false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return true;
}

/** The coping card is guiding an exercise (the step walk or a timed one): its guide is on screen. */
export function exerciseRunning(card: Element): boolean {
  return !!card.shadowRoot?.querySelector('[part~="guide"]');
}

/** The feedback form shows its list of questions that need an answer. */
export function formErrorsShowing(form: Element): boolean {
  return !!form.shadowRoot?.querySelector('[part~="error-summary"]');
}

/** The safety plan's crisis view is open. */
export function crisisViewOpen(plan: Element): boolean {
  return !!plan.shadowRoot?.querySelector('[part~="crisis-view"]');
}

async function startExercise(card: HearthCopingCard): Promise<void> {
  await until(() => !!card.currentStrategy, 5000);
  if (!exerciseRunning(card)) await card.start();
  await card.updateComplete;
}

/** Sends the form empty (as "Send" does) when a required question has no answer: the errors show, nothing is sent. */
async function showFormErrors(form: HearthFeedbackForm): Promise<void> {
  await until(() => !!form.formDefinition, 5000);
  const definition = form.formDefinition;
  if (!definition || formErrorsShowing(form)) return;
  const answers = form.answers;
  const unanswered = definition.items.some((item) => item.required && (answers[item.id] === undefined || answers[item.id] === ''));
  // With every required question answered, "Send" would deliver the answers: the state is not reachable.
  if (unanswered) await form.submit();
  await form.updateComplete;
}

/** Ticks every acknowledgment, types the sample name (and a relationship when asked), and agrees; each signer in turn. */
async function agreeToTerms(consent: HearthConsent, signerName: string, relationship: string): Promise<void> {
  await until(() => consent.stage !== 'loading', 5000);
  for (let turn = 0; turn < 4 && consent.stage === 'form'; turn++) {
    await consent.updateComplete;
    const root = consent.shadowRoot!;
    for (const box of root.querySelectorAll<HTMLInputElement>('[part~="acknowledgments"] input[type="checkbox"]')) {
      if (!box.checked) box.click();
    }
    for (const [selector, text] of [
      ['#signer-name', signerName],
      ['#relationship', relationship],
    ] as const) {
      const field = root.querySelector<HTMLInputElement>(selector);
      if (field && !field.value.trim()) {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    await consent.updateComplete;
    if (!(await consent.agree())) break;
    await consent.updateComplete;
  }
}

async function openCrisis(plan: HearthSafetyPlan): Promise<void> {
  await plan.updateComplete;
  await until(() => !!plan.shadowRoot?.querySelector('[part~="crisis-button"]'), 5000);
  if (!crisisViewOpen(plan)) plan.openCrisisView();
  await plan.updateComplete;
}

/**
 * Brings `element` (the element of `kind`) to `state`. `start` is the element as it first shows,
 * so it needs nothing. `signerName` and `relationship` are what the consent's fields get.
 */
export async function reachState(kind: PreviewKind, state: PreviewState, element: Element, signerName: string, relationship: string): Promise<void> {
  if (kind === 'strategy' && state === 'exercise') return startExercise(element as HearthCopingCard);
  if (kind === 'form' && state === 'errors') return showFormErrors(element as HearthFeedbackForm);
  if (kind === 'policy' && state === 'agreed') return agreeToTerms(element as HearthConsent, signerName, relationship);
  if (kind === 'safety-plan-prompts' && state === 'crisis') return openCrisis(element as HearthSafetyPlan);
}
