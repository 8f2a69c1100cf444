import { HearthSafetyPlan } from './safety-plan.js';

HearthSafetyPlan.define('hearth-safety-plan');
// The crisis lines (its footer, its professionals section, its crisis view) register from their own chunk.
void import('../crisis-resources/define.js');

declare global {
  interface HTMLElementTagNameMap {
    'hearth-safety-plan': HearthSafetyPlan;
  }
}

export { HearthSafetyPlan };
