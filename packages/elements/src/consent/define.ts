import { HearthConsent } from './consent.js';

HearthConsent.define('hearth-consent');
// The footer's crisis resources register from their own chunk (see the coping card's define).
void import('../crisis-resources/define.js');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-consent': HearthConsent;
  }
}

export { HearthConsent };
