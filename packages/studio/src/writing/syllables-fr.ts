/**
 * A vowel group: one ending in `é` before another vowel, one ending in a `y` between vowels
 * (*pay-er*, *voy-age*), one starting with a diaeresis, or a plain run of vowels.
 */
const FRENCH_VOWEL_GROUP =
  /[aeiouyàâäéèêîôöùûÿœæ]*é(?=[aàâiîoôuûy])|[aeiouàâäéèêîôöùûœæ]+y(?=[aeiouàâäéèêîôöùûœæ])|[ëïü][aeiouyàâäéèêîôöùûÿœæ]*|[aeiouyàâäéèêîôöùûÿœæ]+/g;

/**
 * French syllables of one word (spoken syllables in standard French, counted from the spelling):
 *
 * - one syllable per group of vowels (`a e i o u y` with their accents, `œ`, `æ`): *eau*, *oi*,
 *   *ou*, *ai* are one sound;
 * - a `y` between vowels ends one syllable and starts the next (*pay-er*);
 * - a diaeresis starts a new syllable (*na-ïf*, *No-ël*), and so does a vowel other than `e`
 *   after `é` (*ré-a-li-té*, *ré-u-nion*; *i-dée* keeps its mute `e`, so *cré-er* counts one);
 * - the `u` of `qu` and `gu` before a vowel is silent (*que*, *guerre*);
 * - a final mute `e` or `es` after a consonant is not counted (*elle*, *faire*, *choses*), nor is
 *   the final `ent` of a verb (*ils parlent*); the `ent` of other words is (*souvent*, *moment*,
 *   *présent*) — a word list, since spelling alone cannot tell *ils content* from *content*.
 *
 * A word keeps at least one syllable. An apostrophe joins an elided word (`l’eau`: one word).
 */
export function frenchSyllables(word: string): number {
  const w = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/([qg])u(?=[aeiouyàâäéèêëîïôöùûüÿœæ])/g, '$1');
  const groups = w.match(FRENCH_VOWEL_GROUP) ?? [];
  let count = groups.length;
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(w)) count--;
  else if (count > 1 && mutePluralVerbEnding(w)) count--;
  return Math.max(1, count);
}

/**
 * Words ending in `ent` whose ending is spoken (not a verb's mute plural): every `-ment` and
 * `-ient` word, and these.
 */
const SPOKEN_ENT = new Set([
  'absent',
  'accident',
  'adolescent',
  'agent',
  'argent',
  'cent',
  'compétent',
  'conscient',
  'content',
  'dent',
  'différent',
  'décent',
  'évident',
  'excellent',
  'fréquent',
  'innocent',
  'intelligent',
  'lent',
  'parent',
  'patient',
  'présent',
  'prudent',
  'récent',
  'souvent',
  'talent',
  'urgent',
  'vent',
]);

/** Whether a final `ent` is the mute ending of a plural verb (*parlent*, *viennent*). */
function mutePluralVerbEnding(w: string): boolean {
  if (!/[^aeiouyàâäéèêëîïôöùûüÿœæ]ent$/.test(w)) return false;
  if (/(?:ment|ient)$/.test(w)) return false;
  return !SPOKEN_ENT.has(w) && !SPOKEN_ENT.has(w.replace(/s$/, ''));
}
