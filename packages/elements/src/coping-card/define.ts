import { HearthCopingCard } from './coping-card.js';

HearthCopingCard.define('hearth-coping-card');
// The footer's crisis resources register from their own chunk (shared by every widget, and
// already in cdn/hearth.js): the card renders at once and the footer fills in a moment later.
void import('../crisis-resources/define.js');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-coping-card': HearthCopingCard;
  }
}

export { HearthCopingCard };
