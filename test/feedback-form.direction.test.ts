import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition, FormItem } from '../packages/elements/src/feedback-form/form-definition.js';
import { sendKeys, sendMouse } from './helpers/commands.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { inShadow, shadow, until } from './helpers/shadow.js';

/*
 * A scale never records the opposite answer (QUALITY.md 8): in every combination of element
 * direction and content language, a click beside the minimum label records the minimum, beside
 * the maximum label the maximum, and arrow keys move the way the labels read.
 */

const ENGLISH: FormDefinition = {
  id: 'own-en',
  version: '1',
  title: 'Our check-in',
  items: [
    {
      id: 'r',
      type: 'rating',
      label: 'How was your week?',
      minLabel: 'Very hard',
      maxLabel: 'Very good',
    },
    {
      id: 'sl',
      type: 'slider',
      label: 'How calm do you feel?',
      minLabel: 'Not calm',
      maxLabel: 'Very calm',
    },
    {
      id: 'sc',
      type: 'scale',
      label: 'How often did you practise?',
      options: [
        { value: 'never', label: 'Never' },
        { value: 'some', label: 'Sometimes' },
        { value: 'often', label: 'Often' },
      ],
    },
  ],
};

const ARABIC: FormDefinition = {
  id: 'own-ar',
  version: '1',
  title: 'متابعتنا',
  items: [
    {
      id: 'r',
      type: 'rating',
      label: 'كيف كان أسبوعك؟',
      minLabel: 'صعب جدًا',
      maxLabel: 'جيد جدًا',
    },
    {
      id: 'sl',
      type: 'slider',
      label: 'ما مدى شعورك بالهدوء؟',
      minLabel: 'لست هادئًا',
      maxLabel: 'هادئ جدًا',
    },
    {
      id: 'sc',
      type: 'scale',
      label: 'كم مرة تدربت؟',
      options: [
        { value: 'never', label: 'أبدًا' },
        { value: 'some', label: 'أحيانًا' },
        { value: 'often', label: 'كثيرًا' },
      ],
    },
  ],
};

interface Case {
  name: string;
  element: 'ltr' | 'rtl';
  content: 'ltr' | 'rtl';
  make: () => TemplateResult;
  definition?: FormDefinition;
}

const CASES: Case[] = [
  {
    name: 'English element, its own English form',
    element: 'ltr',
    content: 'ltr',
    make: () =>
      html`<hearth-feedback-form
        lang="en"
        storage="none"
      ></hearth-feedback-form>`,
    definition: ENGLISH,
  },
  {
    name: 'Arabic element, its own Arabic form',
    element: 'rtl',
    content: 'rtl',
    make: () =>
      html`<hearth-feedback-form
        lang="ar"
        storage="none"
      ></hearth-feedback-form>`,
    definition: ARABIC,
  },
  {
    name: 'Arabic element set dir="ltr", its own Arabic form',
    element: 'ltr',
    content: 'rtl',
    make: () =>
      html`<hearth-feedback-form
        lang="ar"
        dir="ltr"
        storage="none"
      ></hearth-feedback-form>`,
    definition: ARABIC,
  },
  {
    name: 'English element set dir="rtl", its own English form',
    element: 'rtl',
    content: 'ltr',
    make: () =>
      html`<hearth-feedback-form
        lang="en"
        dir="rtl"
        storage="none"
      ></hearth-feedback-form>`,
    definition: ENGLISH,
  },
  {
    name: 'Arabic element, built-in Arabic rating (group)',
    element: 'rtl',
    content: 'rtl',
    make: () =>
      html`<hearth-feedback-form
        lang="ar"
        template="group"
        storage="none"
      ></hearth-feedback-form>`,
  },
  {
    name: 'Arabic element, built-in Arabic slider (session)',
    element: 'rtl',
    content: 'rtl',
    make: () =>
      html`<hearth-feedback-form
        lang="ar"
        template="session"
        storage="none"
      ></hearth-feedback-form>`,
  },
  {
    name: 'Arabic element, built-in Arabic scale (material)',
    element: 'rtl',
    content: 'rtl',
    make: () =>
      html`<hearth-feedback-form
        lang="ar"
        template="material"
        storage="none"
      ></hearth-feedback-form>`,
  },
];

async function open(c: Case): Promise<HearthFeedbackForm> {
  const el = await fixture<HearthFeedbackForm>(c.make());
  if (c.definition) el.definition = c.definition;
  await until(() => !!shadow(el).querySelector('.item'), 3000, 'the questions');
  await el.updateComplete;
  return el;
}

const centre = (rect: DOMRect) => ({
  x: rect.left + rect.width / 2,
  y: rect.top + rect.height / 2,
});
const click = async (x: number, y: number) => sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });

/** The outer edge of an end label (the side away from the other label), 3 px in. */
function outerEdge(label: HTMLElement, other: HTMLElement): number {
  const rect = label.getBoundingClientRect();
  return rect.left < other.getBoundingClientRect().left ? rect.left + 3 : rect.right - 3;
}

/** The arrow key that points from `from` towards `to` on screen. */
const arrowTowards = (from: HTMLElement, to: HTMLElement) => (to.getBoundingClientRect().left > from.getBoundingClientRect().left ? 'ArrowRight' : 'ArrowLeft');

function ends(el: HTMLElement, item: FormItem) {
  const row = inShadow(el, `[data-item="${item.id}"] .anchors`);
  return {
    min: row.querySelector<HTMLElement>('.anchor-min')!,
    max: row.querySelector<HTMLElement>('.anchor-max')!,
  };
}

async function checkRating(el: HearthFeedbackForm, item: FormItem, c: Case) {
  const min = item.min ?? 0;
  const max = item.max ?? 10;
  const group = inShadow(el, `#f-${item.id}`);
  group.scrollIntoView({ block: 'center' });
  const labels = ends(el, item);
  const y = centre(group.querySelector('.pill')!.getBoundingClientRect()).y;
  await click(outerEdge(labels.max, labels.min), y);
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: beside "${labels.max.textContent}"`).to.equal(max);
  await click(outerEdge(labels.min, labels.max), y);
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: beside "${labels.min.textContent}"`).to.equal(min);
  // The focused radio (the one clicked) moves towards the maximum's label with the arrow that points there.
  await sendKeys({ press: arrowTowards(labels.min, labels.max) });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow towards "${labels.max.textContent}"`).to.equal(min + (item.step ?? 1));
  await sendKeys({ press: arrowTowards(labels.max, labels.min) });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow towards "${labels.min.textContent}"`).to.equal(min);
}

async function checkSlider(el: HearthFeedbackForm, item: FormItem, c: Case) {
  const min = item.min ?? 0;
  const max = item.max ?? 10;
  const input = inShadow<HTMLInputElement>(el, `#f-${item.id}`);
  input.scrollIntoView({ block: 'center' });
  const labels = ends(el, item);
  const y = centre(input.getBoundingClientRect()).y;
  await click(outerEdge(labels.max, labels.min), y);
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: beside "${labels.max.textContent}"`).to.equal(max);
  await click(outerEdge(labels.min, labels.max), y);
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: beside "${labels.min.textContent}"`).to.equal(min);
  expect(shadow(el).activeElement).to.equal(input);
  await sendKeys({ press: arrowTowards(labels.min, labels.max) });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow towards "${labels.max.textContent}"`).to.equal(min + (item.step ?? 1));
  await sendKeys({ press: arrowTowards(labels.max, labels.min) });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow towards "${labels.min.textContent}"`).to.equal(min);
}

async function checkScale(el: HearthFeedbackForm, item: FormItem, c: Case) {
  const options = [...shadow(el).querySelectorAll<HTMLLabelElement>(`#f-${item.id} .choice`)];
  const first = options[0];
  first.scrollIntoView({ block: 'center' });
  const text = first.querySelector('span')!;
  const box = first.querySelector('input')!;
  // The radio sits where its label starts reading.
  const reading = getComputedStyle(text).direction;
  expect(reading, c.name).to.equal(c.content);
  const boxLeft = box.getBoundingClientRect().left < text.getBoundingClientRect().left;
  expect(boxLeft, `${c.name}: the radio before its label`).to.equal(reading === 'ltr');
  await click(centre(text.getBoundingClientRect()).x, centre(text.getBoundingClientRect()).y);
  await el.updateComplete;
  expect(el.answers[item.id], c.name).to.equal(item.options![0].value);
  // The arrow that points the way the labels read moves to the next answer.
  await sendKeys({ press: reading === 'ltr' ? 'ArrowRight' : 'ArrowLeft' });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow the labels read`).to.equal(item.options![1].value);
  await sendKeys({ press: reading === 'ltr' ? 'ArrowLeft' : 'ArrowRight' });
  await el.updateComplete;
  expect(el.answers[item.id], `${c.name}: the arrow back`).to.equal(item.options![0].value);
}

describe('<hearth-feedback-form> scales run the way their labels read', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  for (const c of CASES) {
    it(`${c.name}: element ${c.element}, content ${c.content}`, async () => {
      const el = await open(c);
      expect(inShadow(el, '[part="base"]').matches(`:dir(${c.element})`), 'the element').to.equal(true);
      const definition = el.formDefinition!;
      let checked = 0;
      for (const item of definition.items) {
        if (item.type !== 'rating' && item.type !== 'slider' && item.type !== 'scale') continue;
        // The control and its end labels share one block in the content's direction.
        const block = inShadow(el, `[data-item="${item.id}"] .scale`);
        expect(getComputedStyle(block).direction, `${c.name}: ${item.id}`).to.equal(c.content);
        if (item.type === 'rating') await checkRating(el, item, c);
        if (item.type === 'slider') await checkSlider(el, item, c);
        if (item.type === 'scale') await checkScale(el, item, c);
        checked++;
      }
      expect(checked).to.be.above(0);
      await expect(el).to.be.accessible();
    });
  }
});
