/*
 * The label of a row of the languages view, from the field help: the field's own label, after the
 * numbered list entries it sits in (`Question 2 › Option 3 › Label`, `Step 4`).
 */
import { fieldHelp } from '../editor/field-help.js';
import { itemPattern, keyPattern, type PathStep } from '../editor/schema-path.js';
import { languagesStrings as s } from './languages-strings.js';

/** The label of the field at `steps` of a `kind`'s item, in Studio's UI language. */
export function rowLabel(kind: string, steps: readonly PathStep[]): string {
  const parts: string[] = [];
  let pattern = '';
  steps.forEach((step, index) => {
    const last = index === steps.length - 1;
    if (typeof step === 'number') {
      pattern = itemPattern(pattern);
      parts.push(`${fieldHelp(kind, pattern, String(steps[index - 1] ?? 'entry')).label} ${step + 1}`);
      return;
    }
    pattern = keyPattern(pattern, step);
    // A list's own name is said by its numbered entries; other objects on the way are named.
    if (last || typeof steps[index + 1] !== 'number') parts.push(fieldHelp(kind, pattern, step).label);
  });
  return parts.join(s.labelJoin);
}
