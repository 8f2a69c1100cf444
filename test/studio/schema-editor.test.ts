/**
 * <studio-schema-editor> (issue 21): the five content kinds rendered from their real schemas and
 * a built-in item each, edits as new values, optional fields, unions, tuples, errors tied to their
 * fields, focusPath, the caret kept across the lead's re-render, Arabic content, and lists (add,
 * remove and Undo, reorder by buttons, Alt+Arrow and a pointer drag, min and max). axe in each state.
 */
import '../../packages/studio/src/editor/schema-editor.js';

import { type Schema, validate } from '@hearth/core';
import {
  formDefinitionSchema,
  loadBuiltInForm,
  loadBuiltInPack,
  loadBuiltInPolicy,
  loadBuiltInStrategies,
  policySchema,
  promptListSchema,
  strategiesSchema,
  strategySchema,
} from '@hearth/elements';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';

import { loadSafetyPlanPrompts } from '../../packages/elements/src/content/built-in-safety-plan-prompts.js';
import { safetyPlanPromptsSchema } from '../../packages/elements/src/safety-plan/safety-plan-schema.js';
import type { StudioSchemaEditor } from '../../packages/studio/src/editor/schema-editor.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '../helpers/commands.js';
import { emulateMedia, resetMedia } from '../helpers/commands.js';
import { itNeeds } from '../helpers/engine.js';
import { boxesOutsideViewport } from '../helpers/reflow.js';
import { until } from '../helpers/shadow.js';

interface Kind {
  kind: string;
  root: string;
  schema: Schema<unknown>;
  load(language: string): Promise<unknown>;
}

const KINDS: Kind[] = [
  {
    kind: 'strategy',
    root: 'strategy',
    schema: strategySchema as Schema<unknown>,
    load: async (language) => (await loadBuiltInStrategies(['box-breathing'], language))[0],
  },
  { kind: 'prompts', root: 'prompts', schema: promptListSchema as Schema<unknown>, load: (language) => loadBuiltInPack('gratitude', language) },
  { kind: 'form', root: 'definition', schema: formDefinitionSchema as Schema<unknown>, load: (language) => loadBuiltInForm('session', language) },
  { kind: 'policy', root: 'policy', schema: policySchema as Schema<unknown>, load: (language) => loadBuiltInPolicy('confidentiality', language) },
  { kind: 'safety-plan-prompts', root: 'prompts', schema: safetyPlanPromptsSchema as Schema<unknown>, load: (language) => loadSafetyPlanPrompts(language) },
];

function kindOf(name: string): Kind {
  return KINDS.find((kind) => kind.kind === name)!;
}

interface Mounted {
  el: StudioSchemaEditor;
  /** Every value `studio-change` carried, in order. */
  changes: unknown[];
  /** The shadow root. */
  root: ShadowRoot;
  /** The element with this id in the shadow root (throws when there is none). */
  byId<E extends HTMLElement = HTMLElement>(id: string): E;
}

/** Mounts an editor for `kind` with `value`; each change comes back as the lead would pass it. */
async function mount(
  kind: Kind,
  value: unknown,
  options: { lang?: string; annotate?: (path: string, text: string) => unknown; passBack?: boolean | 'later' } = {},
): Promise<Mounted> {
  const el = await fixture<StudioSchemaEditor>(
    html`<studio-schema-editor
      .schema=${kind.schema.jsonSchema()}
      .value=${value}
      .annotate=${options.annotate}
      root=${kind.root}
      kind=${kind.kind}
      content-lang=${options.lang ?? 'en'}
    ></studio-schema-editor>`,
  );
  const changes: unknown[] = [];
  el.addEventListener('studio-change', (event) => {
    changes.push(event.detail.value);
    if (options.passBack === false) return;
    const passBack = () => {
      el.value = event.detail.value;
      el.errors = validate(kind.schema, event.detail.value, kind.root).errors;
    };
    if (options.passBack === 'later') setTimeout(passBack, 50);
    else passBack();
  });
  await el.updateComplete;
  const root = el.shadowRoot!;
  const byId = <E extends HTMLElement = HTMLElement>(id: string): E => {
    const found = root.getElementById(id);
    if (!found) throw new Error(`no #${id} in the editor`);
    return found as E;
  };
  return { el, changes, root, byId };
}

/** The last value `studio-change` carried. */
function last<T = Record<string, unknown>>(mounted: Mounted): T {
  if (!mounted.changes.length) throw new Error('no studio-change yet');
  return mounted.changes[mounted.changes.length - 1] as T;
}

/** The focused element inside the editor's shadow root. */
function focused(mounted: Mounted): Element | null {
  return mounted.root.activeElement;
}

/** The polite live region's words. */
function said(mounted: Mounted): string {
  return mounted.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/** A deep copy (to check the value passed in never changes). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type Strategy = { title: string; steps: string[]; whenToUse?: string; exercise?: Record<string, unknown> } & Record<string, unknown>;

/** Focuses a control and waits until the shadow root says it has focus. */
async function focusOn(mounted: Mounted, control: HTMLElement): Promise<void> {
  control.focus();
  await until(() => focused(mounted) === control, 2000, `focus on #${control.id}`);
}

/** The centre of an element, in viewport coordinates. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<studio-schema-editor>', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('renders each kind from its real schema and a built-in item', () => {
    for (const kind of KINDS) {
      it(`${kind.kind}: every value in a labelled field, no error, axe clean`, async () => {
        const item = await kind.load('en');
        expect(validate(kind.schema, item, kind.root).errors).to.deep.equal([]);
        const mounted = await mount(kind, item);
        const { root } = mounted;
        const controls = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')];
        expect(controls.length).to.be.greaterThan(3);
        for (const control of controls) {
          const label = root.querySelector(`label[for="${control.id}"]`);
          expect(label, `label for #${control.id}`).to.exist;
          expect(label!.textContent!.trim()).to.not.equal('');
        }
        // Every text of the item is in a field: each string leaf is some control's value.
        const values = new Set(controls.map((control) => control.value));
        const fixed = [...root.querySelectorAll('.const')].map((field) => field.id);
        const leaves: string[] = [];
        const walk = (value: unknown) => {
          if (typeof value === 'string') leaves.push(value);
          else if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(item);
        // A value that can only be one thing (a form's scoring method) is said, not asked.
        if (fixed.length) expect(fixed).to.deep.equal(['f-definition-scoring-method']);
        for (const leaf of leaves.filter((text) => !(fixed.length && text === 'sum')))
          expect(values.has(leaf), `a field holds ${JSON.stringify(leaf.slice(0, 40))}`).to.equal(true);
        expect(root.querySelector('.other-errors')).to.equal(null);
        await expect(mounted.el).to.be.accessible();
      });
    }

    it('strategy: groups, labels and help from field-help.json, required in text, HTML note, the breathing pattern as four numbers', async () => {
      const mounted = await mount(kindOf('strategy'), await kindOf('strategy').load('en'));
      const { root, byId } = mounted;
      const title = byId<HTMLInputElement>('f-strategy-title');
      expect(root.querySelector('label[for="f-strategy-title"]')!.textContent).to.match(/Title\s*\(required\)/);
      const help = byId(`f-strategy-title--help`);
      expect(help.textContent).to.contain('The name the client sees');
      expect(title.getAttribute('aria-describedby')).to.contain('f-strategy-title--help');
      // Optional fields are not marked required.
      expect(root.querySelector('label[for="f-strategy-whenToUse"]')!.textContent).to.not.contain('required');
      // Long text is a textarea; a key ending in Html gets the note, tied to it.
      expect(byId('f-strategy-summary').localName).to.equal('textarea');
      expect(byId('f-strategy-bodyHtml').textContent!.trim()).to.equal('Add more about it'); // absent in box breathing
      const policy = await mount(kindOf('policy'), await kindOf('policy').load('en'));
      const bodyHtml = policy.byId('f-policy-sections-0-bodyHtml');
      expect(bodyHtml.localName).to.equal('textarea');
      expect(bodyHtml.getAttribute('aria-describedby')).to.contain('f-policy-sections-0-bodyHtml--html');
      expect(policy.byId('f-policy-sections-0-bodyHtml--html').textContent).to.equal('HTML: only safe tags are kept.');
      // The exercise is a group whose legend is its label; its kind is a select of the shapes.
      const exercise = byId('f-strategy-exercise');
      expect(exercise.localName).to.equal('fieldset');
      expect(exercise.querySelector('legend')!.textContent).to.contain('Guided exercise');
      const kindSelect = byId<HTMLSelectElement>('f-strategy-exercise-type');
      expect([...kindSelect.options].map((option) => option.textContent!.trim())).to.deep.equal(['Breathing pattern', 'Step walk', 'Timer with check-ins']);
      expect(kindSelect.value).to.equal('breathing');
      // The tuple: four labelled number inputs, with the schema's range.
      const labels = [0, 1, 2, 3].map((i) => root.querySelector(`label[for="f-strategy-exercise-pattern-${i}"]`)!.textContent!.trim());
      expect(labels).to.deep.equal([
        'Breathe in (seconds) (required)',
        'Hold after breathing in (seconds) (required)',
        'Breathe out (seconds) (required)',
        'Hold after breathing out (seconds) (required)',
      ]);
      const inhale = byId<HTMLInputElement>('f-strategy-exercise-pattern-0');
      expect(inhale.type).to.equal('number');
      expect(inhale.min).to.equal('0');
      expect(inhale.max).to.equal('60');
      expect(byId<HTMLInputElement>('f-strategy-exercise-cycles').step).to.equal('1');
    });

    it('a form: enums are selects named from field-help, booleans are checkboxes, a fixed value is said', async () => {
      const kind = kindOf('form');
      const form = (await kind.load('en')) as { items: { type: string; required?: boolean }[] };
      const mounted = await mount(kind, { ...form, scoring: { method: 'sum' } });
      const type = mounted.byId<HTMLSelectElement>('f-definition-items-0-type');
      expect(type.localName).to.equal('select');
      expect(type.value).to.equal(form.items[0].type);
      expect([...type.options].map((option) => option.value)).to.deep.equal(['rating', 'scale', 'slider', 'choice', 'multi', 'text', 'textarea']);
      expect(type.selectedOptions[0].textContent).to.not.equal(form.items[0].type);
      const required = mounted.root.querySelector<HTMLInputElement>('#f-definition-items-0-required');
      if (form.items[0].required !== undefined) expect(required!.type).to.equal('checkbox');
      expect(mounted.byId('f-definition-scoring-method').textContent).to.contain('Always add up the points.');
      await expect(mounted.el).to.be.accessible();
    });
  });

  it('a schema that takes one item or a list (a deck of strategies, with $defs and $refs) renders the shape of the value given', async () => {
    const [first, second] = await loadBuiltInStrategies(['box-breathing', 'grounding-54321'], 'en');
    const deck: Kind = { kind: 'strategy', root: 'strategy', schema: strategiesSchema as Schema<unknown>, load: async () => first };
    const one = await mount(deck, first);
    expect(one.byId('f-strategy').localName).to.equal('div'); // the item's fields, no group around them
    expect(one.byId<HTMLInputElement>('f-strategy-title').value).to.equal(first.title);
    expect(one.root.querySelector('label[for="f-strategy-title"]')!.textContent).to.contain('Title');
    const many = await mount(deck, [first, second]);
    expect(many.byId('f-strategy').localName).to.equal('fieldset');
    expect(many.byId<HTMLInputElement>('f-strategy-1-title').value).to.equal(second.title);
    many.byId<HTMLButtonElement>('f-strategy-1--up').click();
    await until(() => many.changes.length === 1);
    expect(last<Strategy[]>(many).map((strategy) => strategy.id)).to.deep.equal([second.id, first.id]);
    await expect(many.el).to.be.accessible();
  });

  describe('edits', () => {
    it('typing in the title fires studio-change (bubbling, composed) with a new value; the one passed in is unchanged', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const before = copy(item);
      const mounted = await mount(kind, item);
      const outside: Event[] = [];
      document.body.addEventListener('studio-change', (event) => outside.push(event), { once: true });
      const title = mounted.byId<HTMLInputElement>('f-strategy-title');
      await focusOn(mounted, title);
      title.setSelectionRange(title.value.length, title.value.length);
      await sendKeys({ type: ' again' });
      await until(() => mounted.changes.length >= 6, 3000, 'six changes');
      expect(last<Strategy>(mounted).title).to.equal(`${before.title} again`);
      expect(last<Strategy>(mounted).steps).to.deep.equal(before.steps);
      expect(item).to.deep.equal(before);
      expect(outside.length).to.equal(1);
      expect(outside[0].bubbles && outside[0].composed).to.equal(true);
    });

    it('keeps the caret and focus when the lead re-renders with the new value', async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      const title = mounted.byId<HTMLInputElement>('f-strategy-title');
      await focusOn(mounted, title);
      title.setSelectionRange(3, 3); // "Box| breathing"
      await sendKeys({ type: 'XY' });
      await until(() => mounted.changes.length === 2, 3000, 'two changes');
      await mounted.el.updateComplete;
      expect(last<Strategy>(mounted).title).to.equal('BoxXY breathing');
      expect(mounted.el.value).to.equal(last(mounted));
      expect(mounted.byId('f-strategy-title')).to.equal(title); // the same input, not a new one
      expect(focused(mounted)).to.equal(title);
      expect(title.selectionStart).to.equal(5);
      // A step's textarea too, in a list.
      const step = mounted.byId<HTMLTextAreaElement>('f-strategy-steps-1');
      await focusOn(mounted, step);
      step.setSelectionRange(0, 0);
      await sendKeys({ type: 'Now: ' });
      await until(() => (last<Strategy>(mounted).steps[1] ?? '').startsWith('Now: '), 3000, 'the step typed');
      await mounted.el.updateComplete;
      expect(focused(mounted)).to.equal(step);
      expect(step.selectionStart).to.equal(5);
    });

    it('numbers: typing a breath length gives a number; a half-typed number is left as typed', async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      const inhale = mounted.byId<HTMLInputElement>('f-strategy-exercise-pattern-0');
      await focusOn(mounted, inhale);
      inhale.select();
      await sendKeys({ type: '5' });
      await until(() => mounted.changes.length > 0);
      expect((last<Strategy>(mounted).exercise as { pattern: number[] }).pattern[0]).to.equal(5);
      await sendKeys({ press: 'Backspace' });
      await until(() => (last<Strategy>(mounted).exercise as { pattern: unknown[] }).pattern[0] === null, 3000, 'an empty number');
      await mounted.el.updateComplete;
      expect(mounted.byId('f-strategy-exercise-pattern-0').getAttribute('aria-invalid')).to.equal('true');
      expect(mounted.byId('f-strategy-exercise-pattern-0--error').textContent).to.contain('expected a number');
    });

    it('a checkbox edits a boolean', async () => {
      const kind = kindOf('policy');
      const mounted = await mount(kind, await kind.load('en'));
      const box = mounted.byId<HTMLInputElement>('f-policy-acknowledgments-0-required');
      const was = box.checked;
      box.click();
      await until(() => mounted.changes.length > 0);
      expect(last<{ acknowledgments: { required: boolean }[] }>(mounted).acknowledgments[0].required).to.equal(!was);
    });

    it("switching a form question's type keeps its other fields; the missing options show as an error at their Add button", async () => {
      const kind = kindOf('form');
      const form = (await kind.load('en')) as { items: Record<string, unknown>[] };
      const index = form.items.findIndex((item) => item.type === 'text' || item.type === 'textarea');
      expect(index).to.be.greaterThan(-1);
      const mounted = await mount(kind, form);
      const select = mounted.byId<HTMLSelectElement>(`f-definition-items-${index}-type`);
      await focusOn(mounted, select);
      select.value = 'choice';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => mounted.changes.length > 0);
      const item = last<{ items: Record<string, unknown>[] }>(mounted).items[index];
      expect(item.type).to.equal('choice');
      expect(item.label).to.equal(form.items[index].label);
      expect(item.id).to.equal(form.items[index].id);
      await mounted.el.updateComplete;
      const add = mounted.byId(`f-definition-items-${index}-options`);
      expect(add.localName).to.equal('button');
      expect(add.textContent).to.contain('Add answer options');
      expect(add.getAttribute('aria-invalid')).to.equal('true');
      expect(mounted.byId(`f-definition-items-${index}-options--error`).textContent).to.contain('is required for a choice question');
      expect(add.getAttribute('aria-describedby')).to.contain(`f-definition-items-${index}-options--error`);
      await expect(mounted.el).to.be.accessible();
      // Adding the options: one blank option, focus in its first field.
      add.click();
      await until(() => Array.isArray(last<{ items: Record<string, unknown>[] }>(mounted).items[index].options));
      expect(last<{ items: Record<string, unknown>[] }>(mounted).items[index].options).to.deep.equal([{ value: '', label: '' }]);
      await until(() => focused(mounted)?.id === `f-definition-items-${index}-options-0-value`, 2000, 'focus in the first option');
    });

    it("switching an exercise's kind changes its shape, keeping fields of the same name", async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      const select = mounted.byId<HTMLSelectElement>('f-strategy-exercise-type');
      select.value = 'timer';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => mounted.changes.length > 0);
      expect(last<Strategy>(mounted).exercise).to.deep.equal({ type: 'timer', minutes: 0.01, checkInEveryMinutes: 0.01 });
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector('#f-strategy-exercise-pattern')).to.equal(null);
      expect(mounted.byId<HTMLInputElement>('f-strategy-exercise-minutes').type).to.equal('number');
      expect(mounted.el.shadowRoot!.activeElement).to.equal(null); // nothing stole focus
      // Same-name fields are kept: a schema whose shapes share `label`.
      const shapes = {
        oneOf: [
          { type: 'object', properties: { type: { const: 'a' }, label: { type: 'string' }, only: { type: 'number' } }, required: ['type', 'label', 'only'] },
          { type: 'object', properties: { type: { const: 'b' }, label: { type: 'string' }, other: { type: 'boolean' } }, required: ['type', 'label', 'other'] },
        ],
      };
      const el = await fixture<StudioSchemaEditor>(html`<studio-schema-editor .schema=${{ type: 'object', properties: { thing: shapes }, required: ['thing'] }}
        .value=${{ thing: { type: 'a', label: 'Kept', only: 3 } }} root="x" kind="none"></studio-schema-editor>`);
      let value: unknown;
      el.addEventListener('studio-change', (event) => (value = event.detail.value));
      const picker = el.shadowRoot!.getElementById('f-x-thing-type') as HTMLSelectElement;
      expect([...picker.options].map((option) => option.textContent!.trim())).to.deep.equal(['A', 'B']);
      picker.value = 'b';
      picker.dispatchEvent(new Event('change'));
      expect(value).to.deep.equal({ thing: { type: 'b', label: 'Kept', other: false } });
    });

    it('an optional field absent shows "Add …"; added, it takes focus and shows "Remove …"', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      delete item.whenToUse;
      const mounted = await mount(kind, item);
      const add = mounted.byId<HTMLButtonElement>('f-strategy-whenToUse');
      expect(add.localName).to.equal('button');
      expect(add.textContent!.trim()).to.equal('Add when to use it');
      expect(add.getAttribute('aria-describedby')).to.equal('f-strategy-whenToUse--help');
      await expect(mounted.el).to.be.accessible();
      await focusOn(mounted, add);
      await sendKeys({ press: 'Enter' });
      await until(() => mounted.changes.length > 0);
      expect(last<Strategy>(mounted).whenToUse).to.equal('');
      await until(() => focused(mounted)?.id === 'f-strategy-whenToUse', 2000, 'focus in the new field');
      const remove = [...mounted.root.querySelectorAll('.remove-optional')].find(
        (button) => button.textContent!.trim() === 'Remove when to use it',
      ) as HTMLButtonElement;
      expect(remove).to.exist;
      await expect(mounted.el).to.be.accessible();
      remove.click();
      await until(() => mounted.changes.length > 1);
      expect('whenToUse' in last<Strategy>(mounted)).to.equal(false);
      await until(() => focused(mounted)?.id === 'f-strategy-whenToUse' && focused(mounted)?.localName === 'button', 2000, 'focus back on Add');
      // An optional group: the whole exercise can be removed and added back as a blank breathing pattern.
      [...mounted.root.querySelectorAll<HTMLButtonElement>('.remove-optional')].find((button) => button.textContent!.includes('guided exercise'))!.click();
      await until(() => !('exercise' in last<Strategy>(mounted)));
      await mounted.el.updateComplete;
      mounted.byId<HTMLButtonElement>('f-strategy-exercise').click();
      await until(() => 'exercise' in last<Strategy>(mounted));
      expect(last<Strategy>(mounted).exercise).to.deep.equal({ type: 'breathing', pattern: [0, 0, 0, 0], cycles: 1 });
      await until(() => focused(mounted)?.id === 'f-strategy-exercise-type', 2000, 'focus on the exercise kind');
    });

    it('annotate(): its note shows under each content text field, tied to it', async () => {
      const kind = kindOf('strategy');
      const seen: string[] = [];
      const mounted = await mount(kind, await kind.load('en'), {
        annotate: (path, text) => {
          seen.push(path);
          return html`<span class="grade">${text.split(' ').length} words</span>`;
        },
      });
      expect(seen).to.include('strategy.title');
      expect(seen).to.include('strategy.steps[0]');
      expect(seen).to.not.include('strategy.id'); // an id is not content text
      expect(mounted.byId('f-strategy-title--note').textContent).to.contain('2 words');
      expect(mounted.byId('f-strategy-title').getAttribute('aria-describedby')).to.contain('f-strategy-title--note');
      await expect(mounted.el).to.be.accessible();
    });
  });

  describe('errors and focusPath', () => {
    it('an error shows under its field with aria-invalid, and focusPath focuses it', async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      mounted.el.errors = [
        { path: 'strategy.steps[2]', message: 'must not be empty' },
        { path: 'strategy.exercise', message: 'a breathing pattern needs time to breathe in and out' },
      ];
      await mounted.el.updateComplete;
      const step = mounted.byId('f-strategy-steps-2');
      expect(step.getAttribute('aria-invalid')).to.equal('true');
      expect(step.getAttribute('aria-describedby')).to.contain('f-strategy-steps-2--error');
      expect(mounted.byId('f-strategy-steps-2--error').textContent).to.contain('must not be empty');
      expect(mounted.byId('f-strategy-exercise').getAttribute('aria-invalid')).to.equal('true');
      expect(mounted.byId('f-strategy-exercise--error').textContent).to.contain('breathe in and out');
      expect(mounted.byId('f-strategy-title').hasAttribute('aria-invalid')).to.equal(false);
      await expect(mounted.el).to.be.accessible();

      expect(mounted.el.focusPath('strategy.steps[2]')).to.equal(true);
      expect(focused(mounted)).to.equal(step);
      // A path below a field that is not there: its nearest parent.
      expect(mounted.el.focusPath('strategy.exercise.pattern[7]')).to.equal(true);
      expect(focused(mounted)!.id).to.equal('f-strategy-exercise-pattern');
      expect(mounted.el.focusPath('strategy.exercise.type')).to.equal(true);
      expect(focused(mounted)!.id).to.equal('f-strategy-exercise-type');
      // Another root: not this content.
      expect(mounted.el.focusPath('definition.items[0]')).to.equal(false);
    });

    it('an error with no field of its own is listed at the top', async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      mounted.el.errors = [{ path: 'strategy.nothing[3]', message: 'is odd' }];
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector('.other-errors')!.textContent).to.contain('strategy.nothing[3]: is odd');
      expect(mounted.el.focusPath('strategy.nothing[3]')).to.equal(true);
      expect(focused(mounted)!.id).to.equal('f-strategy');
    });

    it('field ids are made of safe characters only', async () => {
      const el =
        await fixture<StudioSchemaEditor>(html`<studio-schema-editor .schema=${{ type: 'object', properties: { 'a b"<x>': { type: 'string' } }, required: [] }}
        .value=${{ 'a b"<x>': 'hi' }} root="x" kind="none"></studio-schema-editor>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.id).to.match(/^[A-Za-z0-9_-]+$/);
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('A b');
      expect(el.focusPath('x.a b"<x>')).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });
  });

  describe('content language', () => {
    it('Arabic content: text fields get lang=ar and dir=rtl; ids and numbers stay left to right', async () => {
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('ar'), { lang: 'ar' });
      for (const id of ['f-strategy-title', 'f-strategy-summary', 'f-strategy-steps-0']) {
        expect(mounted.byId(id).getAttribute('lang'), id).to.equal('ar');
        expect(mounted.byId(id).getAttribute('dir'), id).to.equal('rtl');
      }
      expect(mounted.byId('f-strategy-id').hasAttribute('lang')).to.equal(false);
      expect(mounted.byId('f-strategy-id').getAttribute('dir')).to.equal('ltr');
      expect(mounted.byId('f-strategy-exercise-cycles').getAttribute('dir')).to.equal('ltr');
      await expect(mounted.el).to.be.accessible();
    });

    it('contentDir wins over the language; English content is ltr', async () => {
      const kind = kindOf('prompts');
      const mounted = await mount(kind, await kind.load('en'));
      expect(mounted.byId('f-prompts-0-text').getAttribute('dir')).to.equal('ltr');
      mounted.el.contentDir = 'rtl';
      await mounted.el.updateComplete;
      expect(mounted.byId('f-prompts-0-text').getAttribute('dir')).to.equal('rtl');
    });

    it('fits a 320 px screen: fields stack, nothing reaches past the edge', async () => {
      await setViewport({ width: 320, height: 640 });
      const kind = kindOf('form');
      const mounted = await mount(kind, await kind.load('en'));
      expect(boxesOutsideViewport(mounted.el)).to.deep.equal([]);
    });
  });

  describe('lists', () => {
    it('Add puts a blank entry at the end, focuses it and says so; Add is disabled at maxItems with the reason', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, item);
      const add = mounted.byId<HTMLButtonElement>('f-strategy-steps--add');
      expect(add.textContent!.trim()).to.equal('Add step');
      await focusOn(mounted, add);
      await sendKeys({ press: 'Enter' });
      await until(() => mounted.changes.length > 0);
      const count = item.steps.length + 1;
      expect(last<Strategy>(mounted).steps).to.deep.equal([...item.steps, '']);
      await until(() => focused(mounted)?.id === `f-strategy-steps-${count - 1}`, 2000, 'focus in the new step');
      await until(() => said(mounted) === `Added step ${count} of ${count}.`, 2000, 'the addition said');
      await expect(mounted.el).to.be.accessible();

      const full = await mount(kind, { ...item, steps: Array.from({ length: 50 }, (_, i) => `Step ${i}`) });
      const fullAdd = full.byId<HTMLButtonElement>('f-strategy-steps--add');
      expect(fullAdd.disabled).to.equal(true);
      expect(full.byId('f-strategy-steps--max').textContent).to.equal('This list holds at most 50 steps.');
      expect(fullAdd.getAttribute('aria-describedby')).to.equal('f-strategy-steps--max');
    });

    it('Remove takes the entry out, says which, and Undo puts it back where it was', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, item);
      const remove = mounted.byId<HTMLButtonElement>('f-strategy-steps-1--remove');
      expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove: Step 2');
      await focusOn(mounted, remove);
      await sendKeys({ press: 'Enter' });
      await until(() => mounted.changes.length > 0);
      expect(last<Strategy>(mounted).steps).to.deep.equal(item.steps.filter((_, i) => i !== 1));
      await until(() => said(mounted).startsWith('Removed step 2: “'), 2000, 'the removal said');
      expect(said(mounted)).to.contain(item.steps[1].slice(0, 30));
      // Focus stays in the list: on the Remove button of the entry that took its place.
      await until(() => focused(mounted)?.id === 'f-strategy-steps-1--remove', 2000, 'focus on the next Remove');
      const undo = mounted.root.querySelector<HTMLButtonElement>('.undo')!;
      expect(undo.closest('fieldset')!.id).to.equal('f-strategy-steps');
      await expect(mounted.el).to.be.accessible();
      undo.click();
      await until(() => mounted.changes.length > 1);
      expect(last<Strategy>(mounted).steps).to.deep.equal(item.steps);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-1', 2000, 'focus in the restored step');
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector('.undo')).to.equal(null);
    });

    it('a lead that passes the value back later: focus waits for the new entry, and nothing changes until then', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, item, { passBack: 'later' });
      const add = mounted.byId<HTMLButtonElement>('f-strategy-steps--add');
      await focusOn(mounted, add);
      await sendKeys({ press: 'Enter' });
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector(`#f-strategy-steps-${item.steps.length}`)).to.equal(null); // rendered from the value passed in
      expect(focused(mounted)).to.equal(add);
      await until(() => focused(mounted)?.id === `f-strategy-steps-${item.steps.length}`, 2000, 'focus in the new step');
    });

    it('without the value passed back, the editor keeps showing the value it was given', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, item, { passBack: false });
      mounted.byId<HTMLButtonElement>('f-strategy-steps-0--remove').click();
      await mounted.el.updateComplete;
      expect(last<Strategy>(mounted).steps.length).to.equal(item.steps.length - 1);
      expect(mounted.root.querySelectorAll('#f-strategy-steps .entry').length).to.equal(item.steps.length);
    });

    it('Undo goes after a few seconds (undoTime)', async () => {
      const kind = kindOf('prompts');
      const mounted = await mount(kind, await kind.load('en'));
      mounted.el.undoTime = 400;
      mounted.byId<HTMLButtonElement>('f-prompts-0--remove').click();
      const shown = performance.now();
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector('.undo')).to.not.equal(null);
      await until(() => mounted.root.querySelector('.undo') === null, 3000, 'Undo gone');
      expect(performance.now() - shown).to.be.at.least(390);
    });

    it('Remove is disabled at minItems, with the reason as text', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, { ...item, steps: ['Only one'] });
      const remove = mounted.byId<HTMLButtonElement>('f-strategy-steps-0--remove');
      expect(remove.disabled).to.equal(true);
      expect(mounted.byId('f-strategy-steps--min').textContent).to.equal('Keep at least 1 step.');
      expect(remove.getAttribute('aria-describedby')).to.equal('f-strategy-steps--min');
      await expect(mounted.el).to.be.accessible();
    });

    it("Move up and Move down reorder; focus stays on the moved entry's button; the place is said once", async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const count = item.steps.length;
      const mounted = await mount(kind, item);
      const down = mounted.byId<HTMLButtonElement>('f-strategy-steps-0--down');
      expect(mounted.byId('f-strategy-steps-0--up').getAttribute('aria-disabled')).to.equal('true');
      await focusOn(mounted, down);
      await sendKeys({ press: 'Enter' });
      await until(() => mounted.changes.length === 1);
      expect(last<Strategy>(mounted).steps.slice(0, 2)).to.deep.equal([item.steps[1], item.steps[0]]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-1--down', 2000, 'focus on the moved entry');
      await until(() => said(mounted) === `Step 2 of ${count}`, 2000, 'the place said');
      await sendKeys({ press: 'Enter' });
      await until(() => mounted.changes.length === 2);
      expect(last<Strategy>(mounted).steps.slice(0, 3)).to.deep.equal([item.steps[1], item.steps[2], item.steps[0]]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-2--down', 2000, 'focus followed again');
      const up = mounted.byId<HTMLButtonElement>('f-strategy-steps-2--up');
      await focusOn(mounted, up);
      await sendKeys({ press: 'Space' });
      await until(() => mounted.changes.length === 3);
      expect(last<Strategy>(mounted).steps.slice(0, 3)).to.deep.equal([item.steps[1], item.steps[0], item.steps[2]]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-1--up', 2000, 'focus on Move up');
      // Move up on the first entry does nothing.
      const first = mounted.byId<HTMLButtonElement>('f-strategy-steps-0--up');
      first.click();
      expect(mounted.changes.length).to.equal(3);
      await expect(mounted.el).to.be.accessible();
    });

    it('Alt+ArrowUp and Alt+ArrowDown on the handle move the entry', async () => {
      const kind = kindOf('strategy');
      const item = (await kind.load('en')) as Strategy;
      const mounted = await mount(kind, item);
      const handle = mounted.byId<HTMLButtonElement>('f-strategy-steps-2--handle');
      expect(handle.getAttribute('aria-label')).to.equal('Reorder step 3');
      expect(mounted.byId(handle.getAttribute('aria-describedby')!).textContent).to.contain('Alt');
      await focusOn(mounted, handle);
      await sendKeys({ press: 'Alt+ArrowUp' });
      await until(() => mounted.changes.length === 1);
      expect(last<Strategy>(mounted).steps[1]).to.equal(item.steps[2]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-1--handle', 2000, 'focus on the moved handle');
      await until(() => said(mounted) === `Step 2 of ${item.steps.length}`, 2000, 'the place said');
      await sendKeys({ press: 'Alt+ArrowDown' });
      await until(() => mounted.changes.length === 2);
      await sendKeys({ press: 'Alt+ArrowDown' });
      await until(() => mounted.changes.length === 3);
      expect(last<Strategy>(mounted).steps[3]).to.equal(item.steps[2]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-3--handle', 2000, 'focus followed');
      // On the Remove button too; a plain arrow does nothing.
      const remove = mounted.byId<HTMLButtonElement>('f-strategy-steps-3--remove');
      await focusOn(mounted, remove);
      await sendKeys({ press: 'ArrowUp' });
      expect(mounted.changes.length).to.equal(3);
      await sendKeys({ press: 'Alt+ArrowUp' });
      await until(() => mounted.changes.length === 4);
      expect(last<Strategy>(mounted).steps[2]).to.equal(item.steps[2]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-2--remove', 2000, 'focus on the moved Remove');
    });

    it('a pointer drag on the handle moves the entry where it is dropped', async () => {
      const kind = kindOf('strategy');
      await setViewport({ width: 800, height: 1000 });
      // The page takes the new size in its next frames: measure only once it has.
      await until(() => innerWidth === 800 && innerHeight === 1000, 2000, 'the new viewport');
      const item = { ...((await kind.load('en')) as Strategy), steps: ['First step.', 'Second step.', 'Third step.', 'Fourth step.'] };
      const mounted = await mount(kind, item);
      const handle = mounted.byId('f-strategy-steps-0--handle');
      mounted.byId('f-strategy-steps').scrollIntoView({ block: 'start' });
      // Measured once the editor has rendered all it loads and the page has laid it out (under
      // load a late layout moved the handle from under the pointer).
      await mounted.el.updateComplete;
      await nextFrame();
      await nextFrame();
      const target = mounted.byId('f-strategy-steps-2--item');
      await sendMouse({ type: 'down', position: centre(handle) });
      await until(() => mounted.byId('f-strategy-steps-0--item').classList.contains('dragging'), 2000, 'the entry taken up');
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [centre(handle)[0], Math.round(box.top + box.height * 0.75)] });
      await until(() => target.classList.contains('drop-after'), 2000, 'the drop place shown');
      await sendMouse({ type: 'up' });
      await until(() => mounted.changes.length === 1, 2000, 'the drop');
      expect(last<Strategy>(mounted).steps.slice(0, 3)).to.deep.equal([item.steps[1], item.steps[2], item.steps[0]]);
      await until(() => focused(mounted)?.id === 'f-strategy-steps-2--handle', 2000, 'focus on the dropped handle');
      await until(() => said(mounted) === `Step 3 of ${item.steps.length}`, 2000, 'the place said');
      await mounted.el.updateComplete;
      expect(mounted.root.querySelector('.dragging')).to.equal(null);
      // A drag back up, dropped above the first entry's middle.
      mounted.byId('f-strategy-steps').scrollIntoView({ block: 'start' });
      const first = mounted.byId('f-strategy-steps-0--item').getBoundingClientRect();
      await sendMouse({ type: 'down', position: centre(mounted.byId('f-strategy-steps-2--handle')) });
      await sendMouse({ type: 'move', position: [centre(handle)[0], Math.round(first.top + 4)] });
      await sendMouse({ type: 'up' });
      await until(() => mounted.changes.length === 2, 2000, 'the second drop');
      expect(last<Strategy>(mounted).steps.slice(0, 3)).to.deep.equal([item.steps[0], item.steps[1], item.steps[2]]);
    });

    it('lists of objects: a policy section moves with all its fields; a root list (prompts) works the same', async () => {
      const policy = kindOf('policy');
      const terms = (await policy.load('en')) as { sections: { id: string }[] };
      const mounted = await mount(policy, terms);
      expect(mounted.byId('f-policy-sections-0').localName).to.equal('fieldset');
      expect(mounted.byId('f-policy-sections-0').querySelector('legend')!.textContent).to.contain('Section 1');
      mounted.byId<HTMLButtonElement>('f-policy-sections-0--down').click();
      await until(() => mounted.changes.length === 1);
      expect(last<{ sections: { id: string }[] }>(mounted).sections.slice(0, 2)).to.deep.equal([terms.sections[1], terms.sections[0]]);

      const prompts = kindOf('prompts');
      const pack = (await prompts.load('en')) as { id: string }[];
      const list = await mount(prompts, pack);
      expect(list.byId('f-prompts').querySelector('legend')!.textContent).to.contain('Prompts');
      list.byId<HTMLButtonElement>('f-prompts--add').click();
      await until(() => list.changes.length === 1);
      expect(last<unknown[]>(list)).to.deep.equal([...pack, { id: '', text: '' }]);
      await until(() => focused(list)?.id === `f-prompts-${pack.length}-id`, 2000, 'focus in the new prompt');
      await expect(list.el).to.be.accessible();
    });
  });

  describe('styles', () => {
    afterEach(async () => {
      document.documentElement.removeAttribute('dir');
      await resetMedia();
    });

    it('buttons are at least 44 px tall, checkboxes and every other target at least 24 px', async () => {
      const kind = kindOf('form');
      const mounted = await mount(kind, await kind.load('en'));
      const buttons = [...mounted.root.querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(10);
      for (const button of buttons) expect(button.getBoundingClientRect().height, button.id || button.textContent!).to.be.at.least(44);
      for (const target of mounted.root.querySelectorAll('input, select, textarea')) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), target.id).to.be.at.least(24);
      }
    });

    it("right to left when the document is dir=rtl: an entry's handle is on the right", async () => {
      document.documentElement.dir = 'rtl';
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('ar'), { lang: 'ar' });
      const handle = mounted.byId('f-strategy-steps-0--handle').getBoundingClientRect();
      const remove = mounted.byId('f-strategy-steps-0--remove').getBoundingClientRect();
      expect(handle.left).to.be.greaterThan(remove.left);
      const legend = mounted.byId('f-strategy-steps').querySelector('legend')!.getBoundingClientRect();
      const list = mounted.byId('f-strategy-steps').getBoundingClientRect();
      expect(list.right - legend.right).to.be.lessThan(legend.left - list.left);
      await expect(mounted.el).to.be.accessible();
    });

    itNeeds('media', 'forced colours: fields, groups and list entries keep their borders', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const kind = kindOf('strategy');
      const mounted = await mount(kind, await kind.load('en'));
      for (const selector of ['#f-strategy-title', '#f-strategy-exercise', '.entry', '#f-strategy-steps-0--remove']) {
        const style = getComputedStyle(mounted.root.querySelector(selector)!);
        expect(style.borderTopStyle, selector).to.not.equal('none');
        expect(parseFloat(style.borderTopWidth), selector).to.be.at.least(1);
      }
    });
  });
});
