import '../crisis-resources/define.js';
import { HearthCopingCard } from './coping-card.js';

HearthCopingCard.define('hearth-coping-card');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-coping-card': HearthCopingCard;
  }
}

export { HearthCopingCard };
