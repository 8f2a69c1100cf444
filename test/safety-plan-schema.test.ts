import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';

import { type ConfigIssue, validate } from '../packages/core/src/index.js';
import safetyPlanFile from '../packages/elements/schemas/safety-plan.schema.json';
import safetyPlanPromptsFile from '../packages/elements/schemas/safety-plan-prompts.schema.json';
import { CONTENT_LANGUAGES } from '../packages/elements/src/content/built-in-item.js';
import { loadSafetyPlanPrompts } from '../packages/elements/src/content/built-in-safety-plan-prompts.js';
import { emptyPlan, type SafetyPlan, SECTION_IDS } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { planProblems, safetyPlanPromptsSchema, safetyPlanSchema } from '../packages/elements/src/safety-plan/safety-plan-schema.js';

/*
 * The safety plan's run-time schemas. A plan comes back from storage or from a file a client
 * imports (a file from anywhere): every problem is an error naming its field, and nothing throws,
 * whatever the JSON holds.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A full plan: every section, phone numbers where they belong, linked strategies, Arabic, emoji. */
function fullPlan(): SafetyPlan {
  return {
    planId: '3f0c9a52-6b1e-4c4a-9d1e-2b7f5e8a9c10',
    version: 1,
    updatedAt: '2026-03-01T14:30:00.000Z',
    locale: 'en',
    sections: [
      { id: 'warning-signs', items: [{ id: 'w1', text: 'I stop answering my phone.' }] },
      { id: 'coping', items: [{ id: 'c1', text: 'Make a cup of tea 🍵' }], strategyIds: ['paced-breathing', 'my-walk'] },
      {
        id: 'distractions',
        items: [
          { id: 'd1', text: 'The library near home' },
          { id: 'd2', text: 'Text my cousin Ana', phone: '+1 (555) 010-0199' },
          { id: 'd3', text: 'The park' },
          { id: 'd4', text: 'Café on Main St.' },
          { id: 'd5', text: 'خالتي سلمى' },
        ],
      },
      { id: 'people', items: [{ id: 'p1', text: 'My sister', phone: '555.010.0123' }] },
      { id: 'professionals', items: [{ id: 'pr1', text: 'Dr. Lee, my therapist', phone: '+44 20 7946 0000' }] },
      { id: 'environment', items: [{ id: 'e1', text: 'Ask my partner to keep my pills.\nLock the cupboard.' }] },
      { id: 'reasons', items: [{ id: 'r1', text: 'My dog, Biscuit' }] },
    ],
  };
}

/** `path: message` of each error. */
const errorsOf = (value: unknown) => validate(safetyPlanSchema, value, 'plan').errors.map((issue: ConfigIssue) => `${issue.path}: ${issue.message}`);

/** A full plan changed by `edit` (the JSON of it, so that edits may break its type). */
function broken(edit: (plan: Json) => void): Json {
  const plan = JSON.parse(JSON.stringify(fullPlan())) as Json;
  edit(plan);
  return plan;
}

/** Checks `value`, failing the test (rather than the run) if the check throws. */
function checkNeverThrows(value: unknown): ReturnType<typeof validate<SafetyPlan>> {
  let result: ReturnType<typeof validate<SafetyPlan>> | undefined;
  expect(() => (result = validate(safetyPlanSchema, value, 'plan'))).not.to.throw();
  return result!;
}

/** A standard JSON Schema 2020-12 validator (not ours) over a published file. */
function published(file: unknown, value: unknown): string[] {
  const result = new Validator(file as never, '2020-12', false).validate(value);
  return result.valid ? [] : result.errors.map((error: OutputUnit) => error.instanceLocation);
}

const builtIn = await Promise.all(CONTENT_LANGUAGES.map((language) => loadSafetyPlanPrompts(language)));

describe('safetyPlanSchema: a plan read back or imported', () => {
  it('accepts a full plan as it is, and a fresh empty one', () => {
    const plan = fullPlan();
    const result = validate(safetyPlanSchema, plan, 'plan');
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.value).to.deep.equal(plan);
    const empty = emptyPlan('a1b2', 'es-419', '2026-01-01T00:00:00Z');
    expect(validate(safetyPlanSchema, empty, 'plan').errors).to.deep.equal([]);
    expect(validate(safetyPlanSchema, { ...empty, sections: [] }, 'plan').errors, 'no sections at all').to.deep.equal([]);
    expect(validate(safetyPlanSchema, { ...empty, locale: 'ar' }, 'plan').errors).to.deep.equal([]);
  });

  it('names the field of each problem in the shape', () => {
    const cases: [string, (plan: Json) => void, string[]][] = [
      ['format version', (p) => (p.version = 2), ['plan.version: expected 1 (the plan format this version of Hearth reads), got 2']],
      ['version as text', (p) => (p.version = '1'), ['plan.version: expected 1 (the plan format this version of Hearth reads), got "1"']],
      ['no version', (p) => delete p.version, ['plan.version: is required']],
      ['plan id', (p) => (p.planId = 'my plan'), ['plan.planId: expected an id of letters, digits, - or _ (at most 64), got "my plan"']],
      ['not a date', (p) => (p.updatedAt = '2026-02-30T10:00:00.000Z'), ['plan.updatedAt: 2026-02-30 is not a date']],
      ['not a time', (p) => (p.updatedAt = '2026-02-28T24:00:00Z'), ['plan.updatedAt: 24:00:00 is not a time of day']],
      [
        'not UTC',
        (p) => (p.updatedAt = '2026-03-01T14:30:00+02:00'),
        ['plan.updatedAt: expected an ISO 8601 date and time in UTC, such as 2026-03-01T14:30:00.000Z, got "2026-03-01T14:30:00+02:00"'],
      ],
      ['locale', (p) => (p.locale = 'English please'), ['plan.locale: expected a language tag such as en, es-419 or fr-CA, got "English please"']],
      ['long locale', (p) => (p.locale = `en-${'a'.repeat(40)}`), ['plan.locale: must be at most 35 characters (got 43)']],
      ['sections', (p) => (p.sections = 'all of them'), ['plan.sections: expected a list, got text']],
      ['eight sections', (p) => p.sections.push({ id: 'coping', items: [] }), ['plan.sections: expected at most 7 items, got 8']],
      [
        'section id',
        (p) => (p.sections[6].id = 'hope'),
        ['plan.sections[6].id: expected one of warning-signs, coping, distractions, people, professionals, environment, reasons, got "hope"'],
      ],
      ['section twice', (p) => (p.sections[4].id = 'people'), ['plan.sections[4].id: "people" is used twice']],
      ['no items', (p) => delete p.sections[1].items, ['plan.sections[1].items: is required']],
      ['empty text', (p) => (p.sections[2].items[4].text = ''), ['plan.sections[2].items[4].text: must not be empty']],
      ['blank text', (p) => (p.sections[2].items[4].text = ' \n\t '), ['plan.sections[2].items[4].text: must not be empty']],
      ['text as a number', (p) => (p.sections[2].items[4].text = 7), ['plan.sections[2].items[4].text: expected text, got a number']],
      ['long text', (p) => (p.sections[2].items[4].text = 'a'.repeat(2001)), ['plan.sections[2].items[4].text: must be at most 2000 characters (got 2001)']],
      ['item id', (p) => (p.sections[0].items[0].id = ''), ['plan.sections[0].items[0].id: expected an id of letters, digits, - or _ (at most 64), got ""']],
      ['item id twice', (p) => (p.sections[3].items[0].id = 'd2'), ['plan.sections[3].items[0].id: "d2" is used twice']],
      [
        'phone of words',
        (p) => (p.sections[3].items[0].phone = 'call me'),
        ['plan.sections[3].items[0].phone: expected a phone number of digits, spaces and + ( ) - . (at most 40), got "call me"'],
      ],
      [
        'phone without a digit',
        (p) => (p.sections[3].items[0].phone = '+ ( )'),
        ['plan.sections[3].items[0].phone: expected a phone number of digits, spaces and + ( ) - . (at most 40), got "+ ( )"'],
      ],
      ['long phone', (p) => (p.sections[3].items[0].phone = '1'.repeat(41)), ['plan.sections[3].items[0].phone: must be at most 40 characters (got 41)']],
      [
        'phone in warning signs',
        (p) => (p.sections[0].items[0].phone = '555 0100'),
        ['plan.sections[0].items[0].phone: only distractions, people, professionals items have a phone number, not warning-signs'],
      ],
      [
        '201 items',
        (p) => (p.sections[6].items = Array.from({ length: 201 }, (_, i) => ({ id: `r${i}`, text: 'x' }))),
        ['plan.sections[6].items: expected at most 200 items, got 201'],
      ],
      [
        '21 strategies',
        (p) => (p.sections[1].strategyIds = Array.from({ length: 21 }, (_, i) => `s${i}`)),
        ['plan.sections[1].strategyIds: expected at most 20 items, got 21'],
      ],
      ['strategy twice', (p) => p.sections[1].strategyIds.push('paced-breathing'), ['plan.sections[1].strategyIds[2]: "paced-breathing" is named twice']],
      [
        'strategy id',
        (p) => (p.sections[1].strategyIds[1] = 'my walk'),
        ['plan.sections[1].strategyIds[1]: expected an id of letters, digits, - or _ (at most 64), got "my walk"'],
      ],
    ];
    for (const [name, edit, expected] of cases) expect(errorsOf(broken(edit)), name).to.deep.equal(expected);
  });

  it('reports every problem at once, each at its own path', () => {
    const plan = broken((p) => {
      p.locale = '';
      p.sections[2].items[4].text = '';
      p.sections[5].items[0].id = 'w1';
    });
    // The shape fails first; the cross-field rules run on a plan whose shape is right.
    expect(errorsOf(plan)).to.deep.equal([
      'plan.locale: expected a language tag such as en, es-419 or fr-CA, got ""',
      'plan.sections[2].items[4].text: must not be empty',
    ]);
    expect(errorsOf(broken((p) => ((p.sections[5].items[0].id = 'w1'), (p.sections[6].id = 'coping'))))).to.deep.equal([
      'plan.sections[6].id: "coping" is used twice',
      'plan.sections[5].items[0].id: "w1" is used twice',
    ]);
  });

  it('planProblems gives the cross-field problems below the plan', () => {
    expect(planProblems(fullPlan())).to.deep.equal([]);
    const plan = fullPlan();
    plan.sections[0].items.push({ id: 'w1', text: 'Again' });
    expect(planProblems(plan)).to.deep.equal([{ at: '.sections[0].items[1].id', message: '"w1" is used twice' }]);
  });

  it('hostile values give errors, never throw, and never echo much of what they hold', () => {
    const megabyte = 'x'.repeat(1_000_000);
    const cases: [string, unknown, string][] = [
      [
        '1 MB of text',
        broken((p) => (p.sections[0].items[0].text = megabyte)),
        'plan.sections[0].items[0].text: must be at most 2000 characters (got 1000000)',
      ],
      [
        '1 MB plan id',
        broken((p) => (p.planId = megabyte)),
        'plan.planId: expected an id of letters, digits, - or _ (at most 64), got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"',
      ],
      ['1 MB date', broken((p) => (p.updatedAt = megabyte)), 'plan.updatedAt: must be at most 40 characters (got 1000000)'],
      ['1 MB phone', broken((p) => (p.sections[3].items[0].phone = `1${'0'.repeat(999_999)}`)), 'plan.sections[3].items[0].phone'],
      [
        '10 000 items',
        broken((p) => (p.sections[0].items = Array.from({ length: 10_000 }, (_, i) => ({ id: `i${i}`, text: 'x' })))),
        'plan.sections[0].items: expected at most 200 items, got 10000',
      ],
      [
        '10 000 sections',
        broken((p) => (p.sections = Array.from({ length: 10_000 }, () => ({ id: 'coping', items: [] })))),
        'plan.sections: expected at most 7 items, got 10000',
      ],
      ['"constructor" as a section', broken((p) => (p.sections[0].id = 'constructor')), 'plan.sections[0].id: expected one of'],
      ['"__proto__" as a section', broken((p) => (p.sections[0].id = '__proto__')), 'plan.sections[0].id: expected one of'],
      ['"toString" as a version', broken((p) => (p.version = 'toString')), 'plan.version: expected 1'],
      [
        'nested objects as text',
        broken((p) => (p.sections[0].items[0].text = { a: { b: { c: [] } } })),
        'plan.sections[0].items[0].text: expected text, got a',
      ],
      ['null', null, 'plan: expected an object, got null'],
      ['a list', [fullPlan()], 'plan: expected an object, got an array'],
      ['text', JSON.stringify(fullPlan()), 'plan: expected an object, got text'],
      ['an item of null', broken((p) => (p.sections[0].items[0] = null)), 'plan.sections[0].items[0]: expected an object, got null'],
      [
        'a NUL character',
        broken((p) => (p.sections[0].items[0].text = 'a\u0000b')),
        'plan.sections[0].items[0].text: holds a character that cannot be shown (U+0000 at 1)',
      ],
      [
        'an escape character',
        broken((p) => (p.sections[0].items[0].text = '\u001b[31mred')),
        'plan.sections[0].items[0].text: holds a character that cannot be shown (U+001B at 0)',
      ],
      [
        'a lone high surrogate',
        broken((p) => (p.sections[0].items[0].text = 'ab\uD83D')),
        'plan.sections[0].items[0].text: holds a character that cannot be shown (U+D83D at 2)',
      ],
      [
        'a lone low surrogate',
        broken((p) => (p.sections[0].items[0].text = '\uDE00 ok')),
        'plan.sections[0].items[0].text: holds a character that cannot be shown (U+DE00 at 0)',
      ],
      ['a right-to-left override in an id', broken((p) => (p.sections[0].items[0].id = 'w\u202E1')), 'plan.sections[0].items[0].id: expected an id'],
      ['a zero-width space in a section id', broken((p) => (p.sections[0].id = 'coping\u200B')), 'plan.sections[0].id: expected one of'],
      [
        'full-width digits in a phone',
        broken((p) => (p.sections[3].items[0].phone = '５５５ ０１００')),
        'plan.sections[3].items[0].phone: expected a phone number',
      ],
      [
        'Arabic-Indic digits in a phone',
        broken((p) => (p.sections[3].items[0].phone = '٥٥٥ ٠١٠٠')),
        'plan.sections[3].items[0].phone: expected a phone number',
      ],
      ['a Turkish dotted I in a locale', broken((p) => (p.locale = 'İt')), 'plan.locale: expected a language tag'],
    ];
    for (const [name, value, expected] of cases) {
      const result = checkNeverThrows(value);
      expect(result.value, name).to.equal(undefined);
      expect(result.errors.length, name).to.be.greaterThan(0);
      expect(`${result.errors[0].path}: ${result.errors[0].message}`, name).to.contain(expected);
      for (const issue of result.errors) expect(issue.message.length, `${name}: a short message`).to.be.below(200);
    }
  });

  it('prototype keys: "__proto__" and "constructor" as keys are ignored with a warning; as item ids they are plain ids', () => {
    const file = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(fullPlan()).slice(1)}`;
    const parsed = JSON.parse(file) as Json;
    parsed.sections[0].items[0] = JSON.parse('{"id": "w1", "text": "Hi", "__proto__": {"phone": "555 0100"}}');
    const result = checkNeverThrows(parsed);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings.map((issue) => issue.path)).to.have.members(['plan.__proto__', 'plan.constructor', 'plan.sections[0].items[0].__proto__']);
    expect(Object.getPrototypeOf(result.value)).to.equal(Object.prototype);
    expect(result.value!.sections[0].items[0]).to.deep.equal({ id: 'w1', text: 'Hi' });
    expect(result.value!.sections[0].items[0].phone).to.equal(undefined);
    expect(({} as Json).polluted).to.equal(undefined);

    const ids = broken((p) => {
      p.sections[0].items = ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((id) => ({ id, text: id }));
      p.sections[1].strategyIds = ['constructor', '__proto__'];
    });
    const withIds = checkNeverThrows(ids);
    expect(withIds.errors).to.deep.equal([]);
    expect(withIds.value!.sections[0].items.map((item) => item.id)).to.deep.equal(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(errorsOf(broken((p) => (p.sections[0].items = ['constructor', 'constructor'].map((id) => ({ id, text: id })))))).to.deep.equal([
      'plan.sections[0].items[1].id: "constructor" is used twice',
    ]);
    expect(errorsOf(broken((p) => (p.sections[1].strategyIds = ['__proto__', '__proto__'])))).to.deep.equal([
      'plan.sections[1].strategyIds[1]: "__proto__" is named twice',
    ]);
  });

  it('odd but real text is kept as written: emoji, scripts, direction marks, line breaks', () => {
    const texts = ['👩🏽‍⚕️ Dr. Okafor', 'قلبي 💚 مع عائلتي', 'Call \u2067مريم\u2069 first', 'Line one\r\nLine two\tend', 'Zoë, ça va', '\u200Fהתקשר'];
    const plan = broken((p) => (p.sections[6].items = texts.map((text, i) => ({ id: `r${i}`, text }))));
    const result = validate(safetyPlanSchema, plan, 'plan');
    expect(result.errors).to.deep.equal([]);
    expect(result.value!.sections[6].items.map((item) => item.text)).to.deep.equal(texts);
  });
});

describe('safetyPlanPromptsSchema: a practice’s own section prompts', () => {
  const errors = (value: unknown) => validate(safetyPlanPromptsSchema, value, 'prompts').errors.map((issue) => `${issue.path}: ${issue.message}`);
  it('accepts the built-in prompts in every language, as they are', () => {
    expect(builtIn).to.have.length(CONTENT_LANGUAGES.length);
    for (const [i, prompts] of builtIn.entries()) {
      const result = validate(safetyPlanPromptsSchema, prompts, 'prompts');
      expect(result.errors, CONTENT_LANGUAGES[i]).to.deep.equal([]);
      expect(result.warnings, CONTENT_LANGUAGES[i]).to.deep.equal([]);
      expect(result.value!.sections.map((section) => section.id)).to.deep.equal([...SECTION_IDS]);
    }
  });

  it('accepts a practice’s partial prompts, with or without a review', () => {
    const minimal = { id: 'willow-plan', version: '2026.1', sections: [{ id: 'coping', strategyIds: ['my-walk'] }] };
    expect(errors(minimal)).to.deep.equal([]);
    expect(errors({ ...minimal, review: { by: 'Dr. Lee', at: '2026-03-01', checklist: ['plain-words', 'a-way-out'] } })).to.deep.equal([]);
    expect(errors({ ...minimal, review: { by: 'Dr. Lee', at: '2026-03-01T09:00:00Z', checklist: [] } })).to.deep.equal([]);
  });

  it('names the field of each problem', () => {
    const base = () => ({ id: 'willow-plan', version: '1', sections: [{ id: 'warning-signs' }, { id: 'coping', strategyIds: ['a', 'b'] }] }) as Json;
    const cases: [string, (p: Json) => void, string[]][] = [
      ['no sections', (p) => (p.sections = []), ['prompts.sections: expected at least 1 item, got 0']],
      ['eight sections', (p) => (p.sections = [...SECTION_IDS, 'coping'].map((id) => ({ id }))), ['prompts.sections: expected at most 7 items, got 8']],
      ['section twice', (p) => (p.sections[1].id = 'warning-signs'), ['prompts.sections[1].id: "warning-signs" is used twice']],
      [
        'unknown section',
        (p) => (p.sections[0].id = 'constructor'),
        ['prompts.sections[0].id: expected one of warning-signs, coping, distractions, people, professionals, environment, reasons, got "constructor"'],
      ],
      ['empty title', (p) => (p.sections[0].title = ''), ['prompts.sections[0].title: must not be empty']],
      ['long title', (p) => (p.sections[0].title = 'a'.repeat(201)), ['prompts.sections[0].title: must be at most 200 characters (got 201)']],
      ['long prompt', (p) => (p.sections[0].prompt = 'a'.repeat(1001)), ['prompts.sections[0].prompt: must be at most 1000 characters (got 1001)']],
      ['long example', (p) => (p.sections[0].example = 'a'.repeat(501)), ['prompts.sections[0].example: must be at most 500 characters (got 501)']],
      ['long intro', (p) => (p.intro = 'a'.repeat(1001)), ['prompts.intro: must be at most 1000 characters (got 1001)']],
      ['strategy twice', (p) => p.sections[1].strategyIds.push('a'), ['prompts.sections[1].strategyIds[2]: "a" is named twice']],
      [
        '21 strategies',
        (p) => (p.sections[1].strategyIds = Array.from({ length: 21 }, (_, i) => `s${i}`)),
        ['prompts.sections[1].strategyIds: expected at most 20 items, got 21'],
      ],
      ['id', (p) => (p.id = 'willow plan'), ['prompts.id: expected an id of letters, digits, - or _ (at most 64), got "willow plan"']],
      ['no version', (p) => delete p.version, ['prompts.version: is required']],
      ['version', (p) => (p.version = 'v 2'), ['prompts.version: expected a version of letters, digits, ., - or _ (at most 32), got "v 2"']],
      [
        'review date',
        (p) => (p.review = { by: 'Dr. Lee', at: 'yesterday', checklist: [] }),
        ['prompts.review.at: expected a date (2026-03-01) or a date and time in UTC, got "yesterday"'],
      ],
      ['review month', (p) => (p.review = { by: 'Dr. Lee', at: '2026-13-01', checklist: [] }), ['prompts.review.at: 2026-13-01 is not a date']],
      ['review who', (p) => (p.review = { by: '', at: '2026-03-01', checklist: ['x'] }), ['prompts.review.by: must not be empty']],
      ['review list', (p) => (p.review = { by: 'Dr. Lee', at: '2026-03-01' }), ['prompts.review.checklist: is required']],
    ];
    for (const [name, edit, expected] of cases) {
      const prompts = base();
      edit(prompts);
      expect(errors(prompts), name).to.deep.equal(expected);
    }
    expect(() => validate(safetyPlanPromptsSchema, JSON.parse('{"__proto__": [], "sections": {"length": 1e9}}'), 'prompts')).not.to.throw();
  });
});

describe('the published JSON Schemas of the safety plan', () => {
  it('accept a full plan, an empty plan and the built-in prompts in every language', () => {
    expect(published(safetyPlanFile, fullPlan())).to.deep.equal([]);
    expect(published(safetyPlanFile, emptyPlan('a1', 'fr', '2026-01-01T00:00:00.000Z'))).to.deep.equal([]);
    for (const [i, prompts] of builtIn.entries()) expect(published(safetyPlanPromptsFile, prompts), CONTENT_LANGUAGES[i]).to.deep.equal([]);
  });

  it('reject a broken plan at the field the run-time check names; cross-field rules stay with the element', () => {
    const plan = broken((p) => (p.sections[2].items[4].text = ''));
    expect(published(safetyPlanFile, plan)).to.include('#/sections/2/items/4/text');
    expect(errorsOf(plan)).to.deep.equal(['plan.sections[2].items[4].text: must not be empty']);
    expect(
      published(
        safetyPlanFile,
        broken((p) => (p.version = 2)),
      ),
    ).to.include('#/version');
    expect(
      published(
        safetyPlanFile,
        broken((p) => (p.sections[3].items[0].phone = 'call me')),
      ),
    ).to.include('#/sections/3/items/0/phone');
    expect(published(safetyPlanPromptsFile, { id: 'x', version: '1', sections: [{ id: 'hope' }] })).to.include('#/sections/0/id');

    const twice = broken((p) => (p.sections[4].id = 'people'));
    expect(published(safetyPlanFile, twice), 'the shape alone is fine').to.deep.equal([]);
    expect(errorsOf(twice)).to.deep.equal(['plan.sections[4].id: "people" is used twice']);
    expect((safetyPlanFile as { description: string }).description).to.contain('checked by the element');
  });
});
