/**
 * Spanish syllables of one word, by Spanish rules: one syllable per vowel nucleus.
 *
 * - `a e o` are strong vowels, `i u ü` weak. Two strong vowels side by side are in hiatus (two
 *   syllables: *te-a-tro*, *po-e-ta*); a weak vowel beside another vowel forms a diphthong or
 *   triphthong with it (one: *ciu-dad*, *bien*, *buey*).
 * - An accented weak vowel (`í`, `ú`) breaks the diphthong (hiatus: *dí-a*, *pa-ís*, *re-ír*), so
 *   it counts as strong; accented strong vowels are strong.
 * - The `u` of `que qui gue gui` is silent (*que-so*, *gui-ta-rra*; *pin-güi-no* keeps its `ü`).
 * - `y` is a vowel alone (*y*) and at the end of a word after a vowel (*muy*, *hoy*, *rey*: part
 *   of the diphthong); elsewhere it is a consonant (*le-yes*).
 *
 * Spoken Spanish joins vowels across words (synalepha); written counts, like the formulas', do not.
 */
export function spanishSyllables(word: string): number {
  let w = word.normalize('NFC').toLowerCase();
  if (w === 'y') return 1;
  w = w.replace(/([qg])u(?=[eiéí])/g, '$1').replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    const strong = (group.match(/[aeoáéóíú]/g) ?? []).length;
    count += Math.max(1, strong);
  }
  return Math.max(1, count);
}
