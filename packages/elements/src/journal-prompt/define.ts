import { HearthJournalPrompt } from './journal-prompt.js';

HearthJournalPrompt.define('hearth-journal-prompt');
// The footer's crisis resources register from their own chunk (see the coping card's define).
void import('../crisis-resources/define.js');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-journal-prompt': HearthJournalPrompt;
  }
}

export { HearthJournalPrompt };
