import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';

import configFile from '../packages/core/schemas/practice-config.schema.json';
import { practiceConfigSchema, validate } from '../packages/core/src/index.js';
import formFile from '../packages/elements/schemas/form-definition.schema.json';
import policyFile from '../packages/elements/schemas/policy.schema.json';
import promptsFile from '../packages/elements/schemas/prompts.schema.json';
import safetyPlanFile from '../packages/elements/schemas/safety-plan.schema.json';
import safetyPlanPromptsFile from '../packages/elements/schemas/safety-plan-prompts.schema.json';
import strategyFile from '../packages/elements/schemas/strategy.schema.json';
import { BUILT_IN_FORM_IDS, loadBuiltInForm } from '../packages/elements/src/content/built-in-form-templates.js';
import { CONTENT_LANGUAGES } from '../packages/elements/src/content/built-in-item.js';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from '../packages/elements/src/content/built-in-policies.js';
import { BUILT_IN_PACK_IDS, loadPromptPack } from '../packages/elements/src/content/built-in-prompt-packs.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../packages/elements/src/content/built-in-strategies.js';
import { type PublishedSchema, publishedSchemas, schemaDocument } from '../scripts/content-schemas.js';
import { EVERY_TYPE } from './fixtures/every-type-form.js';

/** The written files, by the path content-schemas.ts writes them to. */
const written: Record<string, unknown> = {
  'packages/elements/schemas/strategy.schema.json': strategyFile,
  'packages/elements/schemas/prompts.schema.json': promptsFile,
  'packages/elements/schemas/form-definition.schema.json': formFile,
  'packages/elements/schemas/policy.schema.json': policyFile,
  'packages/elements/schemas/safety-plan-prompts.schema.json': safetyPlanPromptsFile,
  'packages/elements/schemas/safety-plan.schema.json': safetyPlanFile,
  'packages/core/schemas/practice-config.schema.json': configFile,
};

/** A standard JSON Schema 2020-12 validator (not ours) over a written file. */
function check(file: unknown, value: unknown): OutputUnit[] {
  const result = new Validator(file as never, '2020-12', false).validate(value);
  return result.valid ? [] : result.errors;
}

/** The instance locations of the leaf errors (`#/steps/0`). */
const locations = (errors: OutputUnit[]) => errors.map((error) => error.instanceLocation);

const languages = CONTENT_LANGUAGES;
const strategies = (await Promise.all(languages.map((language) => loadBuiltInStrategies(BUILT_IN_STRATEGY_IDS, language)))).flat();
const packs = (await Promise.all(languages.map((language) => Promise.all(BUILT_IN_PACK_IDS.map((id) => loadPromptPack(id, language)))))).flat();
const forms = (await Promise.all(languages.map((language) => Promise.all(BUILT_IN_FORM_IDS.map((id) => loadBuiltInForm(id, language)))))).flat();
const policies = (await Promise.all(languages.map((language) => Promise.all(BUILT_IN_POLICY_IDS.map((id) => loadBuiltInPolicy(id, language)))))).flat();

describe('JSON Schemas for authors (packages/*/schemas)', () => {
  it('every written file is what the run-time schema makes (run `npm run schemas` after changing a format)', () => {
    expect(Object.keys(written).sort()).to.deep.equal(publishedSchemas.map((published) => published.file).sort());
    for (const published of publishedSchemas) {
      expect(written[published.file], published.file).to.deep.equal(JSON.parse(JSON.stringify(schemaDocument(published))));
    }
  });

  it('are draft 2020-12 documents with an id, a title and a description', () => {
    for (const file of Object.values(written) as Record<string, string>[]) {
      expect(file.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(file.$id).to.match(/^urn:hearth:schema:[a-z-]+$/);
      expect(file.title).to.match(/^Hearth /);
      expect(file.description.length).to.be.greaterThan(20);
    }
  });

  it('accept every built-in strategy, prompt pack, form and policy, in every language', () => {
    expect(strategies).to.have.length(BUILT_IN_STRATEGY_IDS.length * CONTENT_LANGUAGES.length);
    expect(policies).to.have.length(BUILT_IN_POLICY_IDS.length * CONTENT_LANGUAGES.length);
    for (const strategy of strategies) expect(check(strategyFile, strategy), strategy.id).to.deep.equal([]);
    expect(check(strategyFile, strategies.slice(0, 8)), 'a list of strategies').to.deep.equal([]);
    for (const pack of packs) expect(check(promptsFile, pack.prompts), pack.id).to.deep.equal([]);
    for (const pack of packs) expect(check(promptsFile, pack), `${pack.id} as a pack`).to.deep.equal([]);
    for (const form of [...forms, EVERY_TYPE]) expect(check(formFile, form), form.id).to.deep.equal([]);
    for (const policy of policies) expect(check(policyFile, policy), policy.id).to.deep.equal([]);
  });

  it('accept a `review` on every content format, and reject a bad one at its field, as the run-time check does', () => {
    const review = { by: 'Dr. Amira Haddad', at: '2026-03-01T09:30:00Z', checklist: ['accurate', 'plain-words'] };
    const formats: [string, unknown, PublishedSchema][] = [
      ['strategy', strategies[0], publishedSchemas[0]],
      ['prompts', packs[0], publishedSchemas[1]],
      ['definition', forms[0], publishedSchemas[2]],
      ['policy', policies[0], publishedSchemas[3]],
      ['prompts', { id: 'willow-plan', version: '1', sections: [{ id: 'coping' }] }, publishedSchemas[4]],
    ];
    for (const [name, item, published] of formats) {
      const file = written[published.file];
      expect(check(file, { ...(item as object), review }), published.file).to.deep.equal([]);
      expect(validate(published.schema, { ...(item as object), review }, name).errors, published.file).to.deep.equal([]);
      for (const [bad, at] of [
        [{ at: '2026-03-01', checklist: [] }, 'review'],
        [{ ...review, at: '03/01/2026' }, 'review.at'],
        [{ ...review, checklist: 'accurate' }, 'review.checklist'],
      ] as const) {
        const broken = { ...(item as object), review: bad };
        expect(locations(check(file, broken)), `${published.file} ${at}`).to.include(`#/${at.replaceAll('.', '/')}`);
        const paths = validate(published.schema, broken, name).errors.map((error) => error.path);
        expect(paths, `${published.file} ${at}`).to.deep.equal([at === 'review' ? `${name}.review.by` : `${name}.${at}`]);
      }
    }
  });

  it('accept a full practice configuration', () => {
    const config = {
      practiceName: 'Willow Tree Counselling',
      clientName: 'Sam',
      locale: 'en-GB',
      region: 'GB',
      theme: 'dark',
      storage: 'session',
      namespace: 'willow',
      endpoint: 'https://practice.example/hearth',
      credentials: 'include',
      crisis: { replace: false, lines: [{ id: 'local', name: 'Local line', phone: '+44 20 0000 0000' }] },
      strings: { en: { 'disclaimer.text': 'Hearth complements your therapy.' } },
    };
    expect(validate(practiceConfigSchema, config, 'config').errors, 'the run-time check agrees').to.deep.equal([]);
    expect(check(configFile, config)).to.deep.equal([]);
  });

  it('reject broken content with the path of the field, as the run-time check does', () => {
    const [strategy] = strategies;
    const brokenStrategy = { ...strategy, steps: ['Breathe in', 7] };
    expect(locations(check(strategyFile, brokenStrategy))).to.include('#/steps/1');
    expect(validate(publishedSchemas[0].schema, brokenStrategy, 'strategy').errors.map((error) => error.path)).to.deep.equal(['strategy.steps[1]']);

    const form = forms[0];
    const brokenForm = { ...form, items: [form.items[0], { ...form.items[1], type: 'dial' }] };
    expect(locations(check(formFile, brokenForm))).to.include('#/items/1/type');
    expect(validate(publishedSchemas[2].schema, brokenForm, 'definition').errors.map((error) => error.path)).to.include('definition.items[1].type');

    const policy = policies[0];
    const brokenPolicy = { ...policy, sections: policy.sections.map((section, index) => (index === 2 ? { ...section, title: '' } : section)) };
    expect(locations(check(policyFile, brokenPolicy))).to.include('#/sections/2/title');

    const noPrompts: unknown[] = [];
    expect(check(promptsFile, noPrompts), 'an empty list').to.not.deep.equal([]);
    expect(locations(check(promptsFile, [{ id: 'p1' }]))).to.include('#/0');

    expect(locations(check(configFile, { theme: 'neon' }))).to.include('#/theme');
    expect(locations(check(configFile, { crisis: { lines: [{ id: 'x' }] } }))).to.include('#/crisis/lines/0');
  });

  it('say what JSON Schema cannot: the cross-field rules stay with the element', () => {
    const form = forms[0];
    const twice = { ...form, items: [form.items[0], form.items[0]] };
    expect(check(formFile, twice), 'the shape alone is fine').to.deep.equal([]);
    expect(
      validate(publishedSchemas[2].schema, twice, 'definition')
        .errors.map((error) => error.message)
        .join(' '),
    ).to.contain('used twice');
    expect((formFile as { description: string }).description).to.contain('checked by the element');
  });
});
