import { HearthCrisisResources } from './crisis-resources.js';

HearthCrisisResources.define('hearth-crisis-resources');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-crisis-resources': HearthCrisisResources;
  }
}

export { HearthCrisisResources };
