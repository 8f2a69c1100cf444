/**
 * English syllables of one word, by the usual vowel-group heuristic: groups of one or two of
 * `a e i o u y`, after dropping a silent final `e`, `es` or `ed` and a leading `y`; a word of three
 * letters or fewer has one. Good enough for a grade estimate (the content tests have used it since
 * the first built-in text); it miscounts some words ("create" 1, "every" 2), as every such rule
 * does. A number or a word with no Latin letter counts as one syllable.
 */
export function englishSyllables(word: string): number {
  let w = word
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}
