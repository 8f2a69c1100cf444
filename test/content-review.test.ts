import '../packages/elements/src/all.js';

import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import { type Schema, validate } from '../packages/core/src/index.js';
import formFile from '../packages/elements/schemas/form-definition.schema.json';
import policyFile from '../packages/elements/schemas/policy.schema.json';
import promptsFile from '../packages/elements/schemas/prompts.schema.json';
import safetyPlanPromptsFile from '../packages/elements/schemas/safety-plan-prompts.schema.json';
import strategyFile from '../packages/elements/schemas/strategy.schema.json';
import type { Policy } from '../packages/elements/src/consent/policy.js';
import { policyHash, policyHashInput } from '../packages/elements/src/consent/policy-hash.js';
import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { BUILT_IN_FORM_IDS, loadBuiltInForm } from '../packages/elements/src/content/built-in-form-templates.js';
import { CONTENT_LANGUAGES } from '../packages/elements/src/content/built-in-item.js';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from '../packages/elements/src/content/built-in-policies.js';
import { BUILT_IN_PACK_IDS, loadPromptPack, type PracticePromptPack } from '../packages/elements/src/content/built-in-prompt-packs.js';
import { loadSafetyPlanPrompts } from '../packages/elements/src/content/built-in-safety-plan-prompts.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../packages/elements/src/content/built-in-strategies.js';
import type { ContentReview } from '../packages/elements/src/content/content-review.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import { strategiesSchema } from '../packages/elements/src/coping-card/strategy-schema.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { formDefinitionSchema } from '../packages/elements/src/feedback-form/form-schema.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { promptContentSchema } from '../packages/elements/src/journal-prompt/prompt-schema.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import type { SafetyPlanPrompts } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { safetyPlanPromptsSchema } from '../packages/elements/src/safety-plan/safety-plan-schema.js';
import { captureConsole } from './helpers/console-capture.js';
import { inShadow, shadow, until } from './helpers/shadow.js';

/*
 * Every content format accepts an optional `review` (ARCHITECTURE.md, "Every content format …"),
 * written by Hearth Studio and ignored by the elements: the run-time check and the published JSON
 * Schema agree on it, built-in content has none, a policy's hash never includes it, and an
 * element shows an item with a review exactly as without.
 */

const REVIEW: ContentReview = { by: 'Dr. Amira Haddad', at: '2026-03-01', checklist: ['accurate', 'plain-words', 'way-out'] };

const STRATEGY: Strategy = {
  id: 'garden-walk',
  version: '1',
  title: 'A slow walk outside',
  summary: 'Notice five things on a short walk.',
  steps: ['Step outside, if you can.', 'Name five things you see.'],
};
const PACK: PracticePromptPack = {
  id: 'willow-week',
  version: '3',
  title: 'Our week',
  note: 'Skip any prompt you like. Bring what comes up to your next session.',
  prompts: [
    { id: 'week-1', text: 'What felt a little easier this week?' },
    { id: 'week-2', text: 'What would you like more of next week?' },
  ],
};
const FORM: FormDefinition = {
  id: 'check-in',
  version: '2',
  title: 'Weekly check-in',
  items: [{ id: 'week', type: 'rating', label: 'How was your week?', minLabel: 'Very hard', maxLabel: 'Very good' }],
};
const POLICY: Policy = {
  id: 'willow-terms',
  version: '4',
  title: 'How we keep your notes',
  sections: [{ id: 'notes', title: 'Your notes', bodyHtml: '<p>Only your therapist reads your notes.</p>' }],
  acknowledgments: [{ id: 'read', label: 'I have read this.', required: true }],
};
const PLAN_PROMPTS: SafetyPlanPrompts = { id: 'willow-plan', version: '2', sections: [{ id: 'reasons', title: 'What keeps me going' }] };

/** Each format: its item (without a review), its run-time schema and its published JSON Schema. */
const FORMATS: { name: string; item: object; schema: Schema<unknown>; file: unknown }[] = [
  { name: 'strategy', item: STRATEGY, schema: strategiesSchema, file: strategyFile },
  { name: 'prompts', item: PACK, schema: promptContentSchema, file: promptsFile },
  { name: 'definition', item: FORM, schema: formDefinitionSchema, file: formFile },
  { name: 'policy', item: POLICY, schema: policySchema, file: policyFile },
  { name: 'prompts', item: PLAN_PROMPTS, schema: safetyPlanPromptsSchema, file: safetyPlanPromptsFile },
];

/** The leaf errors of a standard JSON Schema 2020-12 validator (not ours) over a published file. */
function jsonSchemaErrors(file: unknown, value: unknown): OutputUnit[] {
  const result = new Validator(file as never, '2020-12', false).validate(value);
  return result.valid ? [] : result.errors;
}

describe('the `review` field of every content format', () => {
  it('is accepted with every format, by the element’s check (no unknown-field warning) and by the JSON Schema', () => {
    const reviews: ContentReview[] = [
      REVIEW,
      { by: 'Sam', at: '2026-03-01T14:30:00Z', checklist: [] },
      { by: 'a'.repeat(200), at: '2024-02-29T23:59:59.123Z', checklist: Array.from({ length: 50 }, (_, i) => `item_${i}`) },
    ];
    for (const { name, item, schema, file } of FORMATS) {
      for (const review of reviews) {
        const result = validate(schema, { ...item, review }, name);
        expect(result.errors, `${name} ${review.at}`).to.deep.equal([]);
        expect(result.warnings, `${name}: review is a known field`).to.deep.equal([]);
        expect(jsonSchemaErrors(file, { ...item, review }), `${name} ${review.at} (JSON Schema)`).to.deep.equal([]);
      }
      expect(validate(schema, item, name).errors, `${name} without a review`).to.deep.equal([]);
    }
    expect(jsonSchemaErrors(strategyFile, [{ ...STRATEGY, review: REVIEW }]), 'a list of strategies with reviews').to.deep.equal([]);
  });

  it('a bad review is rejected at its field, by the element’s check and by the JSON Schema', () => {
    const cases: [string, unknown, string, string][] = [
      ['no by', { at: '2026-03-01', checklist: [] }, 'review.by', 'is required'],
      ['empty by', { ...REVIEW, by: '' }, 'review.by', 'must not be empty'],
      ['long by', { ...REVIEW, by: 'a'.repeat(201) }, 'review.by', 'must be at most 200 characters (got 201)'],
      ['no at', { by: 'Sam', checklist: [] }, 'review.at', 'is required'],
      ['words for a date', { ...REVIEW, at: '1 March 2026' }, 'review.at', 'expected a date (2026-03-01) or a date and time in UTC, got "1 March 2026"'],
      ['a time with no zone', { ...REVIEW, at: '2026-03-01T14:30:00' }, 'review.at', 'expected a date (2026-03-01) or a date and time in UTC'],
      ['a number for a date', { ...REVIEW, at: 20260301 }, 'review.at', 'expected text, got a number'],
      ['checklist not a list', { ...REVIEW, checklist: 'plain-words' }, 'review.checklist', 'expected a list, got text'],
      ['checklist item not an id', { ...REVIEW, checklist: ['plain-words', 'A way out'] }, 'review.checklist[1]', 'expected an id of letters, digits, - or _'],
      ['51 checklist items', { ...REVIEW, checklist: Array.from({ length: 51 }, (_, i) => `c${i}`) }, 'review.checklist', 'expected at most 50 items, got 51'],
      ['not an object', 'Dr. Lee, 1 March', 'review', 'expected an object, got text'],
    ];
    for (const { name, item, schema, file } of FORMATS) {
      for (const [what, review, at, message] of cases) {
        const errors = validate(schema, { ...item, review }, name).errors;
        expect(
          errors.map((error) => error.path),
          `${name}: ${what}`,
        ).to.deep.equal([`${name}.${at}`]);
        expect(errors[0].message, `${name}: ${what}`).to.contain(message);
        const pointer = `#/${at.replace(/\[(\d+)\]/g, '.$1').replaceAll('.', '/')}`;
        const jsonErrors = jsonSchemaErrors(file, { ...item, review });
        expect(jsonErrors, `${name}: ${what} (JSON Schema)`).to.not.deep.equal([]);
        // A missing field is reported on the object that lacks it; every other problem at the field itself.
        expect(
          jsonErrors.map((error) => error.instanceLocation),
          `${name}: ${what} (JSON Schema)`,
        ).to.include(message === 'is required' ? '#/review' : pointer);
      }
    }
  });

  it('a date that is not in the calendar is the element’s to find (JSON Schema checks only the pattern)', () => {
    for (const { name, item, schema, file } of FORMATS) {
      for (const [at, message] of [
        ['2026-02-30', '2026-02-30 is not a date'],
        ['2026-13-01', '2026-13-01 is not a date'],
        ['2026-03-01T24:00:00Z', '24:00:00 is not a time of day'],
      ]) {
        expect(validate(schema, { ...item, review: { ...REVIEW, at } }, name).errors, `${name} ${at}`).to.deep.equal([{ path: `${name}.review.at`, message }]);
        expect(jsonSchemaErrors(file, { ...item, review: { ...REVIEW, at } }), `${name} ${at}: the pattern alone is fine`).to.deep.equal([]);
      }
    }
  });

  it('built-in content carries no review (Studio writes one into a practice’s own files only)', async () => {
    const items: [string, unknown][] = [];
    for (const language of CONTENT_LANGUAGES) {
      for (const strategy of await loadBuiltInStrategies(BUILT_IN_STRATEGY_IDS, language)) items.push([`${language} ${strategy.id}`, strategy]);
      for (const id of BUILT_IN_PACK_IDS) items.push([`${language} pack ${id}`, await loadPromptPack(id, language)]);
      for (const id of BUILT_IN_FORM_IDS) items.push([`${language} form ${id}`, await loadBuiltInForm(id, language)]);
      for (const id of BUILT_IN_POLICY_IDS) items.push([`${language} policy ${id}`, await loadBuiltInPolicy(id, language)]);
      items.push([`${language} safety plan`, await loadSafetyPlanPrompts(language)]);
    }
    expect(items).to.have.length(
      CONTENT_LANGUAGES.length * (BUILT_IN_STRATEGY_IDS.length + BUILT_IN_PACK_IDS.length + BUILT_IN_FORM_IDS.length + BUILT_IN_POLICY_IDS.length + 1),
    );
    expect(items.filter(([, item]) => Object.hasOwn(item as object, 'review')).map(([name]) => name)).to.deep.equal([]);
  });

  it('a policy’s hash does not change when only its review does (it is about the file, not the terms)', async () => {
    const reviewed: Policy = { ...POLICY, review: REVIEW };
    const again: Policy = { ...POLICY, review: { by: 'Another reviewer', at: '2026-04-02T10:00:00Z', checklist: ['accurate'] } };
    for (const version of [1, 2] as const) {
      const plain = await policyHash(POLICY, version);
      expect(plain, `recipe ${version}`).to.match(/^[0-9a-f]{64}$/);
      expect(await policyHash(reviewed, version), `recipe ${version}`).to.equal(plain);
      expect(await policyHash(again, version), `recipe ${version}`).to.equal(plain);
    }
    expect(policyHashInput(reviewed, ['Only your therapist reads your notes.'])).to.equal(policyHashInput(POLICY, ['Only your therapist reads your notes.']));
    expect(policyHashInput(reviewed, ['x'])).to.not.contain(REVIEW.by);
    // The terms still count: a changed acknowledgment is a new hash.
    expect(await policyHash({ ...reviewed, acknowledgments: [{ id: 'read', label: 'I have read and agree.', required: true }] })).to.not.equal(
      await policyHash(POLICY),
    );
  });
});

/** An element's shadow markup, without Lit's comment markers: what it shows. */
const shown = (el: Element) => shadow(el).innerHTML.replace(/<!--[^]*?-->/g, '');

describe('the elements ignore a review', () => {
  const elements: [string, (withReview: boolean) => TemplateResult, string][] = [
    [
      'hearth-coping-card',
      (withReview) =>
        html`<hearth-coping-card storage="none" store-key="review-card" .strategy=${withReview ? { ...STRATEGY, review: REVIEW } : STRATEGY}></hearth-coping-card>`,
      STRATEGY.title,
    ],
    [
      'hearth-journal-prompt',
      (withReview) =>
        html`<hearth-journal-prompt storage="none" store-key="review-journal" .prompts=${withReview ? { ...PACK, review: REVIEW } : PACK}></hearth-journal-prompt>`,
      PACK.prompts[0].text,
    ],
    [
      'hearth-feedback-form',
      (withReview) =>
        html`<hearth-feedback-form storage="none" store-key="review-form" .definition=${withReview ? { ...FORM, review: REVIEW } : FORM}></hearth-feedback-form>`,
      FORM.title,
    ],
    [
      'hearth-consent',
      (withReview) =>
        html`<hearth-consent storage="none" store-key="review-consent" .policy=${withReview ? { ...POLICY, review: REVIEW } : POLICY}></hearth-consent>`,
      POLICY.sections[0].title,
    ],
    [
      'hearth-safety-plan',
      (withReview) =>
        html`<hearth-safety-plan storage="none" store-key="review-plan" .prompts=${withReview ? { ...PLAN_PROMPTS, review: REVIEW } : PLAN_PROMPTS}></hearth-safety-plan>`,
      PLAN_PROMPTS.sections[0].title!,
    ],
  ];

  for (const [tag, template, text] of elements) {
    it(`<${tag}> shows an item with a review exactly as without, with no warning`, async () => {
      const capture = captureConsole();
      try {
        const without = await fixture(template(false));
        const reviewed = await fixture(template(true));
        await until(() => [without, reviewed].every((el) => shadow(el).textContent!.includes(text)), 5000, 'the content');
        await until(() => shown(without) === shown(reviewed), 3000, 'the same markup');
        expect(shadow(reviewed).querySelector('[role="alert"]'), 'no configuration error').to.equal(null);
        expect(shadow(reviewed).textContent, 'nothing of the review on screen').to.not.contain(REVIEW.by);
        // (A form or consent with no endpoint says so on both: that is not about the review.)
        expect(
          [...capture.errors, ...capture.warnings].filter((line) => /\breview\b|not a known field/.test(line)),
          'no unknown-field warning',
        ).to.deep.equal([]);
        expect(
          capture.errors.filter((line) => line.includes(`<${tag}>`)),
          'no configuration error',
        ).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });
  }
});

describe('<hearth-journal-prompt> takes a pack as well as a list', () => {
  const journal = async (template: TemplateResult) => {
    const el = await fixture<HearthJournalPrompt>(template);
    await until(() => !!shadow(el).querySelector('#prompt') || !!shadow(el).querySelector('[role="alert"]'), 5000, 'the prompt or an error');
    return el;
  };
  const note = (el: Element) => shadow(el).querySelector('[part="pack-note"]')?.textContent ?? null;

  it('a pack as the property: its prompts, with its note under the prompt as a built-in pack’s', async () => {
    const el = await journal(
      html`<hearth-journal-prompt storage="none" store-key="pack-property" .prompts=${{ ...PACK, review: REVIEW }}></hearth-journal-prompt>`,
    );
    expect(inShadow(el, '#prompt').textContent).to.equal(PACK.prompts[0].text);
    expect(el.promptList.map((prompt) => prompt.id)).to.deep.equal(['week-1', 'week-2']);
    expect(note(el)).to.equal(PACK.note);
    expect(inShadow(el, '[part="pack-note"]').className, 'styled as a built-in pack’s note').to.equal('muted pack-note');
    expect(inShadow(el, '[part="pack-note"]').hasAttribute('lang'), 'a practice’s own note is in the element’s language').to.equal(false);

    el.prompts = PACK.prompts;
    await until(() => note(el) === null, 3000, 'a list has no note');
    expect(inShadow(el, '#prompt').textContent, 'a bare list still works').to.equal(PACK.prompts[0].text);

    el.prompts = { id: PACK.id, title: PACK.title, prompts: PACK.prompts };
    await el.updateComplete;
    await until(() => el.promptList.length === 2, 3000, 'the pack without a note');
    expect(note(el), 'a pack without a note shows none').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a pack as a JSON child, with only `prompts` required', async () => {
    const el = await journal(html`<hearth-journal-prompt storage="none" store-key="pack-child"
      ><script type="application/json">
        { "note": "Write as much or as little as you like.", "prompts": [{ "id": "p1", "text": "What is on your mind today?" }] }
      </script></hearth-journal-prompt
    >`);
    expect(inShadow(el, '#prompt').textContent).to.equal('What is on your mind today?');
    expect(note(el)).to.equal('Write as much or as little as you like.');
  });

  it('fills {name} and {practice} in a pack’s note, as in its prompts', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider practice-name="Willow Tree">
      <hearth-journal-prompt
        storage="none"
        store-key="pack-tokens"
        .prompts=${{ note: 'Skip anything, {name}. Bring the rest to {practice}.', prompts: [{ id: 'p1', text: 'How are you, {name}?' }] }}
      ></hearth-journal-prompt>
    </hearth-provider>`);
    provider.config = { clientName: 'Sam' };
    const el = provider.querySelector('hearth-journal-prompt')!;
    await until(() => note(el) !== null && inShadow(el, '#prompt').textContent === 'How are you, Sam?', 5000, 'the filled prompt and note');
    expect(note(el)).to.equal('Skip anything, Sam. Bring the rest to Willow Tree.');
  });

  it('names the field of a broken pack (`prompts.prompts[0].text`, `prompts.review.at`), and of something neither a list nor a pack', async () => {
    for (const [given, path] of [
      [{ ...PACK, prompts: [{ id: 'p1' }] }, 'prompts.prompts[0].text'],
      [{ ...PACK, review: { ...REVIEW, at: 'last week' } }, 'prompts.review.at'],
      [{ note: 'Only a note' }, 'prompts.prompts'],
      ['What went well?', 'prompts'],
    ] as const) {
      const capture = captureConsole();
      try {
        const el = await journal(html`<hearth-journal-prompt storage="none" store-key="pack-broken" .prompts=${given as never}></hearth-journal-prompt>`);
        expect(inShadow(el, '[role="alert"]').textContent, path).to.contain(path);
        expect(capture.errors.join(' '), path).to.contain(path);
      } finally {
        capture.restore();
      }
    }
    expect(validate(promptContentSchema, 'What went well?', 'prompts').errors).to.deep.equal([
      { path: 'prompts', message: 'expected a list of prompts or a pack ({ "prompts": [ … ] }), got text' },
    ]);
  });

  it('the pack sample of docs/journal-prompt.md is valid for the element and for the JSON Schema', async () => {
    const markdown = await (await fetch('/docs/journal-prompt.md')).text();
    const section = markdown.slice(markdown.indexOf('### A practice'));
    const sample: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]);
    const result = validate(promptContentSchema, sample, 'prompts');
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.value!.note).to.be.a('string');
    expect(result.value!.review).to.be.an('object');
    expect(jsonSchemaErrors(promptsFile, sample)).to.deep.equal([]);
  });

  it('the JSON Schema takes a list or a pack, nothing else', () => {
    expect(jsonSchemaErrors(promptsFile, PACK.prompts), 'a list').to.deep.equal([]);
    expect(jsonSchemaErrors(promptsFile, { prompts: PACK.prompts }), 'a pack with only prompts').to.deep.equal([]);
    expect(jsonSchemaErrors(promptsFile, { ...PACK, review: REVIEW }), 'a full pack').to.deep.equal([]);
    expect(jsonSchemaErrors(promptsFile, { note: 'Only a note' }), 'no prompts').to.not.deep.equal([]);
    expect(jsonSchemaErrors(promptsFile, { ...PACK, colour: 'blue' }), 'an unknown field').to.not.deep.equal([]);
    expect(jsonSchemaErrors(promptsFile, 'What went well?'), 'text').to.not.deep.equal([]);
  });
});
