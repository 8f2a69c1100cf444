import { expect } from '@open-wc/testing';

import { validate } from '../packages/core/src/index.js';
import { BUILT_IN_STRATEGY_IDS } from '../packages/elements/src/content/built-in-strategies.js';
import ar from '../packages/elements/src/content/safety-plan/ar.json';
import en from '../packages/elements/src/content/safety-plan/en.json';
import es from '../packages/elements/src/content/safety-plan/es.json';
import fr from '../packages/elements/src/content/safety-plan/fr.json';
import { type BuiltInSafetyPlanPrompts, SECTION_IDS, type SectionPrompt } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { safetyPlanPromptsSchema } from '../packages/elements/src/safety-plan/safety-plan-schema.js';
import { gradeLevel } from './helpers/reading-grade.js';

/** The built-in prompts: every field of every section given, and (coping) its strategies. */
type Prompts = Omit<BuiltInSafetyPlanPrompts, 'sections'> & {
  sections: (Required<Omit<SectionPrompt, 'strategyIds'>> & Pick<SectionPrompt, 'strategyIds'>)[];
};

// The built-in section prompts of <hearth-safety-plan>, read straight from their files.
const byLanguage = { en: en as Prompts, es: es as Prompts, fr: fr as Prompts, ar: ar as Prompts };
const languages = Object.keys(byLanguage) as (keyof typeof byLanguage)[];
const english = byLanguage.en;

/** Every text a client reads, with a name for the failure message. */
function texts(prompts: Prompts): [string, string][] {
  return [
    ['intro', prompts.intro],
    ...prompts.sections.flatMap((section): [string, string][] => [
      [`${section.id}.title`, section.title],
      [`${section.id}.prompt`, section.prompt],
      [`${section.id}.example`, section.example],
    ]),
  ];
}

describe('built-in safety plan prompts (content)', () => {
  for (const language of languages) {
    const prompts = byLanguage[language];

    it(`${language}: the seven sections in order, every field written, a version`, () => {
      expect(prompts.id).to.equal('safety-plan');
      expect(prompts.version, 'a version, as a string').to.match(/^[1-9][0-9]*$/);
      expect(Object.keys(prompts).sort()).to.deep.equal(['id', 'intro', 'sections', 'version']);
      expect(prompts.sections.map((section) => section.id)).to.deep.equal([...SECTION_IDS]);
      for (const [name, text] of texts(prompts)) {
        expect(text, `${language} ${name}`).to.be.a('string');
        expect(text.trim(), `${language} ${name}`).to.not.equal('');
        expect(text, `${language} ${name}: no stray spaces`).to.equal(text.trim());
      }
      for (const section of prompts.sections) {
        const keys = ['example', 'id', 'prompt', 'title', ...(section.strategyIds ? ['strategyIds'] : [])];
        expect(Object.keys(section).sort(), `${language} ${section.id}`).to.deep.equal(keys.sort());
      }
    });

    it(`${language}: valid against the prompts format a practice's own prompts are checked with`, () => {
      const result = validate(safetyPlanPromptsSchema, prompts, 'prompts');
      expect(result.errors, language).to.deep.equal([]);
      expect(result.warnings, language).to.deep.equal([]);
    });

    it(`${language}: the coping section links built-in strategies, the same ones as en`, () => {
      const linked = prompts.sections.filter((section) => section.strategyIds).map((section) => section.id);
      expect(linked, 'only the coping section links strategies').to.deep.equal(['coping']);
      const ids = prompts.sections.find((section) => section.id === 'coping')!.strategyIds!;
      expect(ids.length, 'at least one strategy').to.be.at.least(1);
      expect(new Set(ids).size, 'no strategy twice').to.equal(ids.length);
      for (const id of ids) expect(BUILT_IN_STRATEGY_IDS as readonly string[], id).to.include(id);
      expect(ids).to.deep.equal(english.sections.find((section) => section.id === 'coping')!.strategyIds);
    });
  }

  it('every language has the same version (versions are per item, the same in every language)', () => {
    expect(languages.map((language) => byLanguage[language].version)).to.deep.equal(languages.map(() => english.version));
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid): the intro, and each prompt with its example', () => {
    expect(gradeLevel(english.intro), 'intro').to.be.at.most(8);
    for (const section of english.sections) {
      expect(gradeLevel(`${section.prompt} For example: ${section.example}`), section.id).to.be.at.most(8);
    }
  });

  for (const language of ['es', 'fr', 'ar'] as const) {
    it(`${language} is its own version, not English (no field the same as en)`, () => {
      const englishTexts = new Map(texts(english));
      for (const [name, text] of texts(byLanguage[language])) expect(text, `${language} ${name}`).to.not.equal(englishTexts.get(name));
    });
  }

  it('one word for the professional in each language, in the intro and the professionals section', () => {
    const word = { en: /\btherapist\b/, es: /\bterapeuta\b/, fr: /thérapeute/, ar: /معالج/ };
    for (const language of languages) {
      const prompts = byLanguage[language];
      const professionals = prompts.sections.find((section) => section.id === 'professionals')!;
      expect(prompts.intro, `${language} intro`).to.match(word[language]);
      expect(professionals.prompt, `${language} professionals prompt`).to.match(word[language]);
    }
    const all = texts(english)
      .map(([, text]) => text)
      .join(' ');
    expect(all, 'en says "therapist", never counsellor').to.not.match(/counsell?or|psychologist|clinician/i);
    const spanish = texts(byLanguage.es)
      .map(([, text]) => text)
      .join(' ');
    expect(spanish, 'es: neutral Latin American, "tú" (no vosotros)').to.not.match(/\b(vosotros|vosotras|os|vuestro|vuestra|consejero|psicólogo)\b/i);
    const french = texts(byLanguage.fr)
      .map(([, text]) => text)
      .join(' ');
    expect(french, 'fr: no inclusive middle dot, typographic apostrophes').to.not.match(/[·']/);
    const frenchWords = new Set(french.toLowerCase().split(/[^\p{L}]+/u));
    for (const word of ['tu', 'te', 'ton', 'ta', 'tes', 'toi']) expect(frenchWords.has(word), `fr: "vous", not "${word}"`).to.equal(false);
  });

  it('the intro promises nobody reads the plan, and says where to turn in danger', () => {
    expect(english.intro).to.not.match(/\b(reads?|monitor(s|ed)?|alert(s|ed)?|check(s|ed)? on|will see)\b/i);
    expect(english.intro).to.match(/emergency number/);
  });
});
