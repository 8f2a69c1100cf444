import { HearthQuickExit } from './quick-exit.js';

HearthQuickExit.define('hearth-quick-exit');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-quick-exit': HearthQuickExit;
  }
}

export { HearthQuickExit };
