import { expect } from '@open-wc/testing';

import en from '../../packages/studio/src/content/plain-words/en.json';
import es from '../../packages/studio/src/content/plain-words/es.json';
import fr from '../../packages/studio/src/content/plain-words/fr.json';
import { plainLanguageWarnings } from '../../packages/studio/src/writing/plain-language.js';
import { plainWords } from '../../packages/studio/src/writing/plain-words.js';

/** The offsets of the `n`th (0-based) occurrence of `words` in `text`. */
function at(text: string, words: string, n = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= n; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

describe('Studio writing: plain-language word lists', () => {
  for (const [language, list] of [
    ['en', en],
    ['es', es],
    ['fr', fr],
  ] as const) {
    it(`${language}: 30–60 entries, lower case, unique, each jargon entry with a plain word`, () => {
      const entries = [...list.jargon.map((entry) => entry.word), ...list.absolutes];
      expect(entries.length).to.be.within(30, 60);
      expect(new Set(entries).size, 'unique').to.equal(entries.length);
      for (const entry of entries) expect(entry, 'lower case, trimmed').to.equal(entry.toLowerCase().trim());
      for (const entry of list.jargon) expect(entry.plain.trim(), entry.word).to.not.equal('');
      expect(plainWords(language)).to.equal(list);
    });
  }

  it('has the examples the brief names', () => {
    expect(en.jargon.map((entry) => entry.word)).to.include.members(['cognitive distortion', 'dysregulation', 'psychoeducation', 'maladaptive']);
    expect(en.absolutes).to.include.members(['always', 'never', 'cure', 'guarantee', 'will cure', 'always works', 'guaranteed']);
    expect(plainWords('ar')).to.equal(undefined);
  });
});

describe('Studio writing: plain-language warnings', () => {
  it('finds absolutes on word boundaries, in any case, at their offsets ("never" is not in "nevertheless")', () => {
    const text = 'Nevertheless, you never have to finish. NEVER mind: it is Always okay to stop.';
    expect(plainLanguageWarnings(text, 'en')).to.deep.equal([
      { kind: 'absolute', ...at(text, 'never'), text: 'never' },
      { kind: 'absolute', ...at(text, 'NEVER'), text: 'NEVER' },
      { kind: 'absolute', ...at(text, 'Always'), text: 'Always' },
    ]);
    expect(plainLanguageWarnings('Forevermore, cured, nobodyish, curing.', 'en'), 'parts of words are not matched').to.deep.equal([]);
  });

  it('finds jargon with its plain word, phrases across any white space, the longest entry first', () => {
    const text = 'Some Psychoeducation helps with a cognitive\n  distortion. This will cure you.';
    expect(plainLanguageWarnings(text, 'en')).to.deep.equal([
      { kind: 'jargon', ...at(text, 'Psychoeducation'), text: 'Psychoeducation', suggestion: 'learning how feelings work' },
      { kind: 'jargon', ...at(text, 'cognitive\n  distortion'), text: 'cognitive\n  distortion', suggestion: 'unhelpful thinking pattern' },
      { kind: 'absolute', ...at(text, 'will cure'), text: 'will cure' },
    ]);
  });

  it('Spanish and French: accented words in any case, straight or typographic apostrophes', () => {
    const spanish = 'La PSICOEDUCACIÓN ayuda. Nunca falla, pero no es la cura.';
    expect(plainLanguageWarnings(spanish, 'es-419')).to.deep.equal([
      { kind: 'jargon', ...at(spanish, 'PSICOEDUCACIÓN'), text: 'PSICOEDUCACIÓN', suggestion: 'aprender cómo funcionan las emociones' },
      { kind: 'absolute', ...at(spanish, 'Nunca'), text: 'Nunca' },
      { kind: 'absolute', ...at(spanish, 'cura'), text: 'cura' },
    ]);
    const french = "Les comportements d'évitement et la Dysrégulation émotionnelle ne sont jamais une faute.";
    expect(plainLanguageWarnings(french, 'fr')).to.deep.equal([
      { kind: 'jargon', ...at(french, "comportements d'évitement"), text: "comportements d'évitement", suggestion: 'façons d’éviter' },
      { kind: 'jargon', ...at(french, 'Dysrégulation émotionnelle'), text: 'Dysrégulation émotionnelle', suggestion: 'émotions difficiles à gérer' },
      { kind: 'absolute', ...at(french, 'jamais'), text: 'jamais' },
    ]);
  });

  it('flags a long sentence with its words and offsets, in order with the other warnings', () => {
    const long = `You might try this ${Array.from({ length: 18 }, () => 'slowly').join(' ')}.`; // 22 words
    const text = `Never rush. ${long} Stop when you like.`;
    expect(plainLanguageWarnings(text, 'en')).to.deep.equal([
      { kind: 'absolute', ...at(text, 'Never'), text: 'Never' },
      { kind: 'long-sentence', ...at(text, long), text: long, words: 22 },
    ]);
    expect(plainLanguageWarnings(text, 'es'), '25 words in Spanish').to.deep.equal([]);
  });

  it('Arabic: no word lists, long sentences still flagged', () => {
    const long = `${Array.from({ length: 26 }, () => 'دائما').join(' ')}.`;
    expect(plainLanguageWarnings(long, 'ar')).to.deep.equal([{ kind: 'long-sentence', start: 0, end: long.length, text: long, words: 26 }]);
  });
});
