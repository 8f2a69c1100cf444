/**
 * The `dir` of a field where a client writes: `auto` once it holds text, so Arabic or Hebrew
 * typed in an English widget runs right to left (and English in an Arabic one left to right);
 * none while empty, so the caret starts on the widget's own side (browsers take an empty
 * `dir="auto"` field as left to right). Bind it with `dir=${ifDefined(textDirection(value))}`.
 */
export const textDirection = (value: string | undefined): 'auto' | undefined => (value ? 'auto' : undefined);
