import { HearthProvider } from './provider.js';

HearthProvider.define('hearth-provider');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-provider': HearthProvider;
  }
}

export { HearthProvider };
