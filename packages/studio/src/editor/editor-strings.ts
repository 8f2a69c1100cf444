/*
 * The schema editor's own UI strings (English; one table so it can be translated). Labels and
 * help of the content's fields are data: src/content/field-help.json.
 */

/** A label inside a sentence: "Step" → "step"; a label that starts with a capitalised word ("FHIR address") stays as written. */
function lower(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

export const editorStrings = {
  required: 'required',
  add: (label: string) => `Add ${lower(label)}`,
  remove: (label: string) => `Remove ${lower(label)}`,
  removeItem: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  handle: (label: string, place: number) => `Reorder ${lower(label)} ${place}`,
  handleHelp: 'Drag this handle, or press Alt with the up or down arrow on it, to move the item.',
  itemHeading: (label: string, place: number) => `${label} ${place}`,
  place: (label: string, place: number, count: number) => `${label} ${place} of ${count}`,
  added: (label: string, place: number, count: number) => `Added ${lower(label)} ${place} of ${count}.`,
  removed: (label: string, place: number) => `Removed ${lower(label)} ${place}.`,
  removedText: (label: string, place: number, text: string) => `Removed ${lower(label)} ${place}: “${text}”.`,
  restored: (label: string, place: number, count: number) => `Put back ${lower(label)} ${place} of ${count}.`,
  undo: 'Undo',
  atLeast: (count: number, label: string, plural: string) => `Keep at least ${count} ${lower(count === 1 ? label : plural)}.`,
  atMost: (count: number, plural: string) => `This list holds at most ${count} ${lower(plural)}.`,
  empty: (plural: string) => `No ${lower(plural)} yet.`,
  htmlNote: 'HTML: only safe tags are kept.',
  fixed: (value: string) => `Always ${value}.`,
  chooseKind: 'Choose…',
  otherProblems: 'Other problems',
} as const;
