import { expect } from '@open-wc/testing';

import { BUILT_IN_PACK_IDS, loadPromptPack } from '../../packages/elements/src/content/built-in-prompt-packs.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../../packages/elements/src/content/built-in-strategies.js';
import { INFLESZ_BANDS, KANDEL_MOLES_BANDS, readability } from '../../packages/studio/src/writing/readability.js';
import { englishSyllables } from '../../packages/studio/src/writing/syllables-en.js';
import { spanishSyllables } from '../../packages/studio/src/writing/syllables-es.js';
import { frenchSyllables } from '../../packages/studio/src/writing/syllables-fr.js';
import { sentences } from '../../packages/studio/src/writing/text-segments.js';
import { gradeLevel } from '../helpers/reading-grade.js';

/** The text of each sentence found. */
const split = (text: string) => sentences(text).map((sentence) => text.slice(sentence.start, sentence.end));

describe('Studio writing: sentences and words', () => {
  it('ends sentences at . ! ? … ؟ and line breaks, not inside numbers or after abbreviations', () => {
    expect(split('Take 3.5 breaths, e.g. slowly. Dr. Lee said hi! Is it ok?\nNew line here… And more. “Quoted.” Then the end')).to.deep.equal([
      'Take 3.5 breaths, e.g. slowly.',
      'Dr. Lee said hi!',
      'Is it ok?',
      'New line here…',
      'And more.',
      '“Quoted.”',
      'Then the end',
    ]);
    expect(split('Use i.e. this, or a.m. and vs. that. Version 2.0 is out')).to.deep.equal(['Use i.e. this, or a.m. and vs. that.', 'Version 2.0 is out']);
    expect(split('i feel ok. then i rest… and i wait. maybe')).to.deep.equal(['i feel ok.', 'then i rest… and i wait.', 'maybe']);
    expect(split('El Sr. García llegó. La Sra. López también, p. ej. hoy.')).to.deep.equal(['El Sr. García llegó.', 'La Sra. López también, p. ej. hoy.']);
    expect(split('M. Dupont arrive. Mme. Martin aussi !')).to.deep.equal(['M. Dupont arrive.', 'Mme. Martin aussi !']);
    expect(split('كيف حالك؟ أنا بخير.\nشكرا')).to.deep.equal(['كيف حالك؟', 'أنا بخير.', 'شكرا']);
    expect(split('...\n\n  —  \n'), 'no words, no sentence').to.deep.equal([]);
  });

  it('counts Unicode letter and digit runs as words, with offsets: accents, apostrophes, numbers, Arabic', () => {
    const text = "Qu’il respire: don't worry, 10:30 — café, أنا بخير";
    const [sentence] = sentences(text);
    expect(sentence.words.map((word) => text.slice(word.start, word.end))).to.deep.equal([
      'Qu’il',
      'respire',
      "don't",
      'worry',
      '10:30',
      'café',
      'أنا',
      'بخير',
    ]);
  });
});

describe('Studio writing: syllables', () => {
  it('English: the vowel-group heuristic the content tests have always used', () => {
    // Hand-counted: each word's count by the heuristic equals the spoken count.
    const words = { breathe: 1, slowly: 2, through: 1, your: 1, shoulders: 2, notice: 2, leaves: 1, body: 2, happy: 2, the: 1, '42': 1 };
    for (const [word, count] of Object.entries(words)) expect(englishSyllables(word), word).to.equal(count);
  });

  it('Spanish: vowel nuclei, diphthongs, hiatus with accented i/u, silent u, final y', () => {
    const words = {
      teatro: 3, // te-a-tro: two strong vowels, hiatus
      poeta: 3, // po-e-ta
      ciudad: 2, // ciu-dad: two weak vowels, diphthong
      también: 2, // tam-bién
      día: 2, // dí-a: accented í breaks the diphthong
      país: 2, // pa-ís
      reír: 2, // re-ír
      buey: 1, // triphthong
      muy: 1, // final y is a vowel
      leyes: 2, // le-yes: y between vowels is a consonant
      queso: 2, // que-so: silent u
      guitarra: 3, // gui-ta-rra
      pingüino: 3, // pin-güi-no: ü is pronounced, in a diphthong
      aéreo: 4, // a-é-re-o
      y: 1,
      legibilidad: 5, // le-gi-bi-li-dad
    };
    for (const [word, count] of Object.entries(words)) expect(spanishSyllables(word), word).to.equal(count);
  });

  it('French: vowel groups, diaeresis, é before a vowel, mute final e / es / ent', () => {
    const words = {
      eau: 1,
      réalité: 4, // ré-a-li-té
      réunion: 3, // ré-u-nion
      naïf: 2, // na-ïf
      Noël: 2, // No-ël
      idée: 2, // i-dée: the final e is mute
      elle: 1, // final mute e
      faire: 1,
      choses: 1, // final mute es
      calme: 1,
      parlent: 1, // verb ending -ent is mute
      souvent: 2, // sou-vent: not a verb ending
      moment: 2,
      payer: 2, // pay-er
      yeux: 1,
      que: 1, // silent u
      guerre: 1,
      'l’eau': 1,
      respirez: 3, // res-pi-rez
    };
    for (const [word, count] of Object.entries(words)) expect(frenchSyllables(word), word).to.equal(count);
  });
});

describe('Studio writing: readability', () => {
  it('English: Flesch–Kincaid grade from hand-counted sentences, words and syllables', () => {
    // Breathe(1) in(1) slowly(2) through(1) your(1) nose(1) = 6 words, 7 syllables.
    // Let(1) your(1) shoulders(2) drop(1) and(1) notice(2) the(1) air(1) as(1) it(1) leaves(1) your(1) body(2)
    //   = 13 words, 16 syllables. 19 words, 2 sentences, 23 syllables:
    // 0.39 × 19/2 + 11.8 × 23/19 − 15.59 = 3.705 + 14.2842 − 15.59 = 2.3992.
    const result = readability('Breathe in slowly through your nose. Let your shoulders drop, and notice the air as it leaves your body.', 'en');
    expect(result).to.include({ kind: 'grade', words: 19, sentences: 2, syllables: 23 });
    expect(result.score).to.be.closeTo(2.3992, 0.0001);
    expect(result.band).to.equal(undefined);
    expect(result.longSentences).to.deep.equal([]);
    expect(gradeLevel('Breathe in slowly through your nose. Let your shoulders drop, and notice the air as it leaves your body.')).to.equal(result.score);
  });

  it('English: a longer, harder text gets a higher grade; en-GB and en-US are English', () => {
    const easy = readability('You can stop at any time. We are here.', 'en-GB').score!;
    const hard = readability('Psychoeducational interventions facilitate comprehension of physiological mechanisms underlying anxiety.', 'en-US').score!;
    expect(hard).to.be.greaterThan(12);
    expect(easy).to.be.lessThan(2);
  });

  it('Spanish: Szigriszt-Pazos perspicuity on the INFLESZ scale', () => {
    // Res-pi-ra(3) des-pa-cio(3) = 2 words, 6 syllables. El(1) ai-re(2) en-tra(2) y(1) sa-le(2) = 5 words, 8.
    // El(1) dí-a(2) es(1) tran-qui-lo(3) = 4 words, 7. 11 words, 3 sentences, 21 syllables:
    // 206.835 − 62.3 × 21/11 − 11/3 = 206.835 − 118.9364 − 3.6667 = 84.2320: "muy fácil" (over 80).
    const result = readability('Respira despacio. El aire entra y sale. El día es tranquilo.', 'es-419');
    expect(result).to.include({ kind: 'ease', words: 11, sentences: 3, syllables: 21, band: 'very-easy' });
    expect(result.score).to.be.closeTo(84.232, 0.001);
    expect(INFLESZ_BANDS.map((band) => [band.min, band.name, band.key])).to.deep.equal([
      [-Infinity, 'muy difícil', 'very-difficult'],
      [40, 'algo difícil', 'somewhat-difficult'],
      [55, 'normal', 'normal'],
      [65, 'bastante fácil', 'fairly-easy'],
      [80, 'muy fácil', 'very-easy'],
    ]);
  });

  it('French: Kandel & Moles reading ease, with its bands', () => {
    // Po-sez(2) les(1) pieds(1) sur(1) le(1) sol(1) = 6 words, 7. Res-pi-rez(3) par(1) le(1) nez(1) = 4 words, 6.
    // Votre(1) corps(1) se(1) calme(1) (final e mute) = 4 words, 4. 14 words, 3 sentences, 17 syllables:
    // 207 − 1.015 × 14/3 − 73.6 × 17/14 = 207 − 4.7367 − 89.3714 = 112.8919: "très facile".
    const easy = readability('Posez les pieds sur le sol. Respirez par le nez. Votre corps se calme.', 'fr');
    expect(easy).to.include({ kind: 'ease', words: 14, sentences: 3, syllables: 17, band: 'very-easy' });
    expect(easy.score).to.be.closeTo(112.8919, 0.0001);
    // La(1) res-truc-tu-ra-tion(5) co-gni-tive(3) est(1) une(1) in-ter-ven-tion(4) thé-ra-peu-tique(4) très(1)
    // ef-fi-cace(3) = 9 words, 23 syllables: 207 − 1.015 × 9 − 73.6 × 23/9 = 9.7761: "très difficile".
    const hard = readability('La restructuration cognitive est une intervention thérapeutique très efficace.', 'fr-CA');
    expect(hard).to.include({ words: 9, sentences: 1, syllables: 23, band: 'very-difficult' });
    expect(hard.score).to.be.closeTo(9.7761, 0.0001);
    // Both: 23 words, 4 sentences, 40 syllables: 207 − 1.015 × 23/4 − 73.6 × 40/23 = 207 − 5.8363 − 128 = 73.1638:
    // "assez facile".
    const both = readability(
      'Posez les pieds sur le sol. Respirez par le nez. Votre corps se calme. La restructuration cognitive est une intervention thérapeutique très efficace.',
      'fr',
    );
    expect(both.score).to.be.closeTo(73.1638, 0.0001);
    expect(both.band).to.equal('fairly-easy');
    expect(KANDEL_MOLES_BANDS.map((band) => [band.min, band.name])).to.deep.equal([
      [-Infinity, 'très difficile'],
      [30, 'difficile'],
      [50, 'assez difficile'],
      [60, 'standard'],
      [70, 'assez facile'],
      [80, 'facile'],
      [90, 'très facile'],
    ]);
  });

  it('Arabic (and a language with no formula): kind none, no score, words and sentences still counted', () => {
    expect(readability('كيف حالك؟ أنا بخير. شكرا لك', 'ar')).to.deep.equal({ kind: 'none', words: 6, sentences: 3, syllables: 0, longSentences: [] });
    expect(readability('Atme langsam ein.', 'de')).to.include({ kind: 'none', words: 3, sentences: 1 });
    expect(readability('Atme langsam ein.', 'de').score).to.equal(undefined);
  });

  it('no text: the kind, no score, zero counts', () => {
    expect(readability('  \n', 'en')).to.deep.equal({ kind: 'grade', words: 0, sentences: 0, syllables: 0, longSentences: [] });
  });

  it('long sentences: over 20 words in English, over 25 in Spanish, French and Arabic, with offsets', () => {
    const words = (n: number, word: string) => `${Array.from({ length: n }, () => word).join(' ')}.`;
    const english = `Short one. ${words(21, 'word')} ${words(20, 'word')}`;
    const [long] = readability(english, 'en').longSentences;
    expect(readability(english, 'en').longSentences).to.have.length(1);
    expect(long).to.deep.equal({ start: 11, end: 11 + 21 * 5, words: 21 });
    expect(english.slice(long.start, long.end)).to.equal(words(21, 'word'));
    expect(readability(`${words(25, 'palabra')} ${words(26, 'palabra')}`, 'es').longSentences.map((s) => s.words)).to.deep.equal([26]);
    expect(readability(`${words(25, 'mot')} ${words(26, 'mot')}`, 'fr').longSentences.map((s) => s.words)).to.deep.equal([26]);
    expect(readability(`${words(26, 'كلمة')}`, 'ar').longSentences.map((s) => s.words)).to.deep.equal([26]);
  });

  it('every built-in English strategy and prompt pack reads at grade 8 or lower', async () => {
    const strategies = await loadBuiltInStrategies(BUILT_IN_STRATEGY_IDS, 'en');
    for (const strategy of strategies) {
      const text = [strategy.title, strategy.summary, strategy.whenToUse ?? '', ...strategy.steps].join('\n');
      const result = readability(text, 'en');
      expect(result.kind).to.equal('grade');
      expect(result.score, strategy.id).to.be.at.most(8);
    }
    for (const id of BUILT_IN_PACK_IDS) {
      const pack = await loadPromptPack(id, 'en');
      expect(readability(pack.prompts.map((prompt) => prompt.text).join('\n'), 'en').score, id).to.be.at.most(8);
      expect(readability(pack.note, 'en').score, `${id} note`).to.be.at.most(8);
    }
  });

  it('the test helper gradeLevel is this module', () => {
    const text = 'Notice five things you can see. Then four things you can touch.';
    expect(gradeLevel(text)).to.equal(readability(text, 'en').score);
  });
});
