/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The `dir` of a field where a client writes, from its first letter (the rule `dir="auto"`
 * follows): Arabic or Hebrew typed in an English widget runs right to left, English in an Arabic
 * one left to right; none while there is no letter yet, so the caret starts on the widget's own
 * side (browsers take an empty `dir="auto"` field as left to right). Worked out here rather than
 * with `dir="auto"`, which has the browser scan the whole text again on every keystroke (about
 * 6 ms a key in a 20,000-word entry; `npm run bench`). Bind with `dir=${ifDefined(…)}`.
 */
export function textDirection(value: string | undefined): 'rtl' | 'ltr' | undefined {
  const letter = value && /\p{L}/u.exec(value)?.[0];
  return letter ? (RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr') : undefined;
}

/**
 * `text` wrapped in a first-strong isolate (U+2068 … U+2069), for text that lands inside a sentence
 * of another direction where no element can hold it (a string, a validation message): its own
 * direction cannot reorder the quotes and full stop around it.
 */
export const isolateBidi = (text: string): string => `\u2068${text}\u2069`;
