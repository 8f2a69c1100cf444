import { expect } from '@open-wc/testing';

import { validate } from '../packages/core/src/index.js';
import type { Policy } from '../packages/elements/src/consent/policy.js';
import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { BUILT_IN_FORM_IDS, loadBuiltInForm } from '../packages/elements/src/content/built-in-form-templates.js';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from '../packages/elements/src/content/built-in-policies.js';
import { BUILT_IN_PACK_IDS, loadPromptPack, type PromptPack } from '../packages/elements/src/content/built-in-prompt-packs.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../packages/elements/src/content/built-in-strategies.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import { breathingProblem, strategySchema } from '../packages/elements/src/coping-card/strategy-schema.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { formDefinitionSchema } from '../packages/elements/src/feedback-form/form-schema.js';
import { promptListSchema } from '../packages/elements/src/journal-prompt/prompt-schema.js';

// Every built-in item, each from its own file, through the loaders the elements use (a file whose
// id differs from its name fails the id checks below).
const [en, es] = await Promise.all((['en', 'es'] as const).map((language) => loadBuiltInStrategies(BUILT_IN_STRATEGY_IDS, language)));
const [promptsEn, promptsEs] = await Promise.all(
  (['en', 'es'] as const).map((language) => Promise.all(BUILT_IN_PACK_IDS.map((id) => loadPromptPack(id, language)))),
);
const [formsEn, formsEs] = await Promise.all(
  (['en', 'es'] as const).map((language) => Promise.all(BUILT_IN_FORM_IDS.map((id) => loadBuiltInForm(id, language)))),
);
const [policiesEn, policiesEs] = await Promise.all(
  (['en', 'es'] as const).map((language) => Promise.all(BUILT_IN_POLICY_IDS.map((id) => loadBuiltInPolicy(id, language)))),
);

/** English syllables, by the usual vowel-group heuristic (good enough for a grade estimate). */
function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch–Kincaid grade level of a text. */
function gradeLevel(text: string): number {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.match(/[A-Za-z']+/g) ?? [];
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

describe('built-in strategies (content)', () => {
  it('loads each strategy from its own file and names every unknown id at once', async () => {
    const [one] = await loadBuiltInStrategies(['grounding-54321'], 'fr');
    expect(one.id, 'other languages get English').to.equal('grounding-54321');
    expect(one.title).to.equal(en.find((strategy) => strategy.id === 'grounding-54321')!.title);
    let message = '';
    await loadBuiltInStrategies(['box-breathing', 'juggling', 'x'], 'en').catch((error: Error) => (message = error.message));
    expect(message).to.match(/^"juggling", "x" are not built-in strategies \(known: box-breathing, paced-breathing, /);
  });

  for (const [language, list] of [
    ['en', en],
    ['es', es],
  ] as const) {
    it(`${language}: every built-in id, in order, valid against the format`, () => {
      const strategies = list as Strategy[];
      expect(strategies.map((s) => s.id)).to.deep.equal([...BUILT_IN_STRATEGY_IDS]);
      for (const strategy of strategies) {
        const result = validate(strategySchema, strategy, strategy.id);
        expect(result.errors, strategy.id).to.deep.equal([]);
        expect(result.warnings, strategy.id).to.deep.equal([]);
        expect(breathingProblem(strategy.exercise), strategy.id).to.equal(undefined);
        expect(strategy.approach, `${strategy.id} names its approach`).to.be.a('string');
        expect(strategy.bodyHtml, 'built-in content is plain text (no DOMPurify on a plain page)').to.equal(undefined);
      }
    });
  }

  it('es has the same exercises as en', () => {
    expect((es as Strategy[]).map((s) => JSON.stringify(s.exercise))).to.deep.equal((en as Strategy[]).map((s) => JSON.stringify(s.exercise)));
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid)', () => {
    for (const strategy of en as Strategy[]) {
      const text = [strategy.summary, strategy.whenToUse ?? '', ...strategy.steps].join(' ');
      expect(gradeLevel(text), strategy.id).to.be.at.most(8);
    }
  });
});

describe('built-in prompt packs (content)', () => {
  for (const [language, packs] of [
    ['en', promptsEn],
    ['es', promptsEs],
  ] as const) {
    it(`${language}: every pack, at least 8 valid prompts each, unique ids`, () => {
      const list = packs as PromptPack[];
      expect(list.map((pack) => pack.id)).to.deep.equal([...BUILT_IN_PACK_IDS]);
      const ids = new Set<string>();
      for (const pack of list) {
        expect(pack.prompts.length, pack.id).to.be.at.least(8);
        expect(validate(promptListSchema, pack.prompts, pack.id).errors, pack.id).to.deep.equal([]);
        for (const prompt of pack.prompts) {
          expect(ids.has(prompt.id), prompt.id).to.equal(false);
          ids.add(prompt.id);
        }
      }
    });
  }

  it('en prompts read at grade 8 or lower (Flesch–Kincaid, per pack)', () => {
    for (const pack of promptsEn as PromptPack[]) {
      expect(gradeLevel(pack.prompts.map((p) => p.text).join(' ')), pack.id).to.be.at.most(8);
    }
  });
});

describe('built-in feedback forms (content)', () => {
  for (const [language, forms] of [
    ['en', formsEn],
    ['es', formsEs],
  ] as const) {
    it(`${language}: session, material and group, valid against the format, no HTML`, () => {
      const list = forms as FormDefinition[];
      expect(list.map((form) => form.id)).to.deep.equal([...BUILT_IN_FORM_IDS]);
      for (const form of list) {
        const result = validate(formDefinitionSchema, form, form.id);
        expect(result.errors, form.id).to.deep.equal([]);
        expect(result.warnings, form.id).to.deep.equal([]);
        // An optional comment at the end of every form.
        expect(form.items.at(-1)).to.include({ id: 'comment', type: 'textarea' });
        expect(form.items.at(-1)!.required, form.id).to.equal(undefined);
      }
    });
  }

  it('session: four 0–10 sliders about the working relationship; material: three scales; group: three ratings', () => {
    const [session, material, group] = formsEn as FormDefinition[];
    expect(session.items.slice(0, 4).map((item) => [item.type, item.min ?? 0, item.max ?? 10, item.required])).to.deep.equal(
      Array(4).fill(['slider', 0, 10, true]),
    );
    expect(material.items.slice(0, 3).map((item) => item.type)).to.deep.equal(['scale', 'scale', 'scale']);
    expect(group.items.slice(0, 3).map((item) => item.type)).to.deep.equal(['rating', 'rating', 'rating']);
  });

  it('es has the same questions, types and options as en', () => {
    const shape = (forms: FormDefinition[]) =>
      forms.map((form) => [
        form.version,
        form.scoring,
        form.items.map((item) => [item.id, item.type, item.required, item.options?.map((o) => [o.value, o.score])]),
      ]);
    expect(shape(formsEs as FormDefinition[])).to.deep.equal(shape(formsEn as FormDefinition[]));
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid, per form)', () => {
    for (const form of formsEn as FormDefinition[]) {
      const text = [form.title, form.intro ?? '', ...form.items.flatMap((item) => [item.label, item.help ?? ''])].join(' ');
      expect(gradeLevel(text), form.id).to.be.at.most(8);
    }
  });
});

describe('built-in consent templates (content)', () => {
  /** The words of a section, as a reader sees them. */
  const words = (bodyHtml: string) => new DOMParser().parseFromString(bodyHtml, 'text/html').body.textContent!.replace(/\s+/g, ' ').trim();

  for (const [language, policies] of [
    ['en', policiesEn],
    ['es', policiesEs],
  ] as const) {
    it(`${language}: the four templates, valid against the format, simple markup only, none pre-decided`, () => {
      const list = policies as Policy[];
      expect(list.map((policy) => policy.id)).to.deep.equal([...BUILT_IN_POLICY_IDS]);
      for (const policy of list) {
        const result = validate(policySchema, policy, policy.id);
        expect(result.errors, policy.id).to.deep.equal([]);
        expect(result.warnings, policy.id).to.deep.equal([]);
        for (const section of policy.sections) {
          const tags = [...section.bodyHtml.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
          expect(
            tags.every((tag) => ['p', 'ul', 'li', 'strong'].includes(tag)),
            `${policy.id}/${section.id}`,
          ).to.equal(true);
        }
        expect(
          policy.acknowledgments.some((ack) => ack.required),
          policy.id,
        ).to.equal(true);
      }
    });
  }

  it('each template covers what the issue asks for', () => {
    const [confidentiality, electronic, group, telehealth] = policiesEn as Policy[];
    const all = (policy: Policy) => policy.sections.map((s) => words(s.bodyHtml)).join(' ');
    expect(all(confidentiality)).to.contain('serious risk of harm').and.to.contain('safeguarding').and.to.contain('court');
    expect(electronic.acknowledgments.map((a) => a.id)).to.include.members(['texts', 'email', 'portal']);
    expect(all(electronic)).to.contain('scheduling only').and.to.contain('not watch').and.to.contain('crisis lines');
    expect(all(group)).to.contain('stays in the group').and.to.contain('record').and.to.contain('cannot promise');
    expect(all(telehealth)).to.contain('private, quiet place').and.to.contain('driving').and.to.contain('call stops');
  });

  it('es has the same sections and acknowledgments as en', () => {
    const shape = (policies: Policy[]) => policies.map((p) => [p.id, p.version, p.sections.map((s) => s.id), p.acknowledgments.map((a) => [a.id, a.required])]);
    expect(shape(policiesEs as Policy[])).to.deep.equal(shape(policiesEn as Policy[]));
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid, per template)', () => {
    for (const policy of policiesEn as Policy[]) {
      const text = [...policy.sections.map((s) => `${s.title}. ${words(s.bodyHtml)}`), ...policy.acknowledgments.map((a) => a.label)].join(' ');
      expect(gradeLevel(text), policy.id).to.be.at.most(8);
    }
  });
});
