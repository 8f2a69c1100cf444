import { HearthFeedbackForm } from './feedback-form.js';

HearthFeedbackForm.define('hearth-feedback-form');
// The footer's (and a flagged answer's) crisis resources register from their own chunk (see the coping card's define).
void import('../crisis-resources/define.js');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-feedback-form': HearthFeedbackForm;
  }
}

export { HearthFeedbackForm };
