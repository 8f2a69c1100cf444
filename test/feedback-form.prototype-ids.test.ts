import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FeedbackResponse, FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { sendKeys } from './helpers/commands.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { clearSentLog, sentLog } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

/*
 * Question ids named like members of Object.prototype (issue 17, item 7). The id pattern allows
 * them, so each must behave as any other id: unanswered until the client answers, required when
 * marked so, and kept in every copy of the answers (event, JSON sent, FHIR, draft, form state).
 */

let n = 0;
const key = () => `prototype-ids-${Date.now()}-${++n}`;
const button = shadowButton;

const IDS = ['constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'toString'];

const FORM: FormDefinition = {
  id: 'prototype-ids',
  version: '1',
  title: 'A short check-in',
  items: [
    { id: 'constructor', type: 'rating', label: 'How calm do you feel?', required: true },
    {
      id: 'valueOf',
      type: 'choice',
      label: 'Did today help?',
      required: true,
      options: [
        { value: 'yes', label: 'Yes', score: 1 },
        { value: 'no', label: 'No', score: 0 },
      ],
    },
    {
      id: 'hasOwnProperty',
      type: 'multi',
      label: 'What helped?',
      required: true,
      options: [
        { value: 'talk', label: 'Talking it through', score: 1 },
        { value: 'plan', label: 'Making a plan', score: 2 },
      ],
    },
    { id: '__proto__', type: 'text', label: 'One word for today', required: true },
    { id: 'toString', type: 'textarea', label: 'Anything else?', required: true },
  ],
  scoring: { method: 'sum' },
};

/** The answers `answerAll` gives, as [id, answer] in the form's order (an object literal cannot hold `__proto__`). */
const ANSWERED: [string, unknown][] = [
  ['constructor', 7],
  ['valueOf', 'yes'],
  ['hasOwnProperty', ['talk']],
  ['__proto__', 'Steady'],
  ['toString', 'Thank you'],
];

const field = <E extends HTMLElement = HTMLInputElement>(el: Element, id: string) => inShadow<E>(el, `#f-${id}`);
const option = (el: Element, id: string, value: string) => inShadow<HTMLInputElement>(el, `#f-${id} input[value="${value}"]`);

async function typeInto(el: HearthFeedbackForm, id: string, text: string) {
  field(el, id).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Answers every question as a client does: clicks and typing. */
async function answerAll(el: HearthFeedbackForm, skip?: string) {
  if (skip !== 'constructor') option(el, 'constructor', '7').click();
  if (skip !== 'valueOf') option(el, 'valueOf', 'yes').click();
  if (skip !== 'hasOwnProperty') option(el, 'hasOwnProperty', 'talk').click();
  await el.updateComplete;
  if (skip !== '__proto__') await typeInto(el, '__proto__', 'Steady');
  if (skip !== 'toString') await typeInto(el, 'toString', 'Thank you');
}

/** Checks that nothing on screen or in `answers` looks answered. */
function expectNothingAnswered(el: HearthFeedbackForm) {
  // The ids whose answer reads as something (a plain object would give Object.prototype's members).
  expect(IDS.filter((id) => el.answers[id] !== undefined)).to.deep.equal([]);
  expect(Object.keys(el.answers)).to.deep.equal([]);
  expect(Object.keys(el.response!.answers)).to.deep.equal([]);
  expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
  expect(field(el, '__proto__').value).to.equal('');
  expect(field<HTMLTextAreaElement>(el, 'toString').value).to.equal('');
}

async function prototypeForm(template = html`<hearth-feedback-form storage="none" store-key=${key()}></hearth-feedback-form>`) {
  const el = await fixture<HearthFeedbackForm>(template);
  el.definition = FORM;
  await el.updateComplete;
  return el;
}

describe('<hearth-feedback-form> with question ids named like Object.prototype members', () => {
  let console_: ConsoleCapture;
  // Forms without an endpoint warn once; keep the output clean.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('nothing is answered before the client acts; each required one left unanswered blocks sending with the normal error', async () => {
    const el = await prototypeForm();
    let submitted = 0;
    el.addEventListener('hearth-feedback-submit', () => submitted++);
    expectNothingAnswered(el);
    expect(el.checkValidity()).to.equal(false);
    button(el, 'Send').click();
    await el.updateComplete;
    expect(inShadow(el, '.error-summary').textContent).to.contain('There are 5 problems with your answers');
    for (const item of FORM.items) expect(inShadow(el, `[data-item="${item.id}"] .field-error`).textContent, item.id).to.contain(item.label);
    expect(submitted).to.equal(0);

    // Everything but "What helped?" (hasOwnProperty): still one problem, and the owner form's message names it.
    await answerAll(el, 'hasOwnProperty');
    button(el, 'Send').click();
    await el.updateComplete;
    expect(inShadow(el, '.error-summary').textContent).to.contain('There is 1 problem with your answers');
    expect(inShadow(el, '.error-summary').textContent).to.contain('What helped?');
    expect(el.validationMessage).to.contain('What helped?');
    expect(submitted).to.equal(0);

    option(el, 'hasOwnProperty', 'talk').click();
    await el.updateComplete;
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-submit');
    const response = detail.response as FeedbackResponse;
    expect(Object.entries(response.answers)).to.deep.equal(ANSWERED);
    expect(response.totals).to.deep.equal({ score: 7 + 1 + 1 });
  });

  it('the answers reach the JSON sent and the FHIR QuestionnaireResponse; an answer not given is never invented', async () => {
    await clearSentLog();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${key()}>
      <hearth-feedback-form endpoint="/__hearth/send/ok"></hearth-feedback-form>
    </hearth-provider>`);
    const el = provider.querySelector('hearth-feedback-form')!;
    el.definition = FORM;
    await el.updateComplete;
    await answerAll(el);
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-sent');
    const [sent] = await sentLog();
    expect(Object.entries(JSON.parse(sent.body).answers)).to.deep.equal(ANSWERED);
    expect(JSON.parse(sent.body)).to.deep.equal(JSON.parse(JSON.stringify(detail.response)));

    const fhir = el.toQuestionnaireResponse(detail.response);
    expect(fhir.item.map((item) => [item.linkId, item.answer])).to.deep.equal([
      ['constructor', [{ valueInteger: 7 }]],
      ['valueOf', [{ valueCoding: { code: 'yes', display: 'Yes' } }]],
      ['hasOwnProperty', [{ valueCoding: { code: 'talk', display: 'Talking it through' } }]],
      ['__proto__', [{ valueString: 'Steady' }]],
      ['toString', [{ valueString: 'Thank you' }]],
      ['score-total', [{ valueInteger: 9 }]],
    ]);
    expect(el.toQuestionnaire().item.map((item) => item.linkId)).to.deep.equal([...IDS, 'score-total']);
    // A response a host built with no answers (and no total) maps to no items at all.
    expect(el.toQuestionnaireResponse({ ...detail.response, answers: {}, totals: undefined }).item).to.deep.equal([]);
  });

  it('a draft round-trip keeps every answer (a new element on the same key reads them back)', async () => {
    const storeKey = key();
    const first = await prototypeForm(html`<hearth-feedback-form store-key=${storeKey}></hearth-feedback-form>`);
    await answerAll(first);
    await first.saveDraft();
    first.remove();
    const second = await prototypeForm(html`<hearth-feedback-form store-key=${storeKey}></hearth-feedback-form>`);
    await until(() => Object.keys(second.answers).length >= 4, 3000, 'the draft');
    await second.updateComplete;
    expect(Object.entries(second.answers)).to.deep.equal(ANSWERED);
    expect(option(second, 'constructor', '7').checked).to.equal(true);
    expect(option(second, 'valueOf', 'yes').checked).to.equal(true);
    expect(option(second, 'hasOwnProperty', 'talk').checked).to.equal(true);
    expect(field(second, '__proto__').value).to.equal('Steady');
    expect(field<HTMLTextAreaElement>(second, 'toString').value).to.equal('Thank you');
    second.reset();
    await second.updateComplete;
    expectNothingAnswered(second);
  });

  it('answers a host sets, and a form state the browser restores, keep these ids; an empty set answers nothing', async () => {
    const host = await fixture<HTMLFormElement>(html`<form><hearth-feedback-form name="feedback" storage="none"></hearth-feedback-form></form>`);
    const el = host.querySelector('hearth-feedback-form')!;
    el.definition = FORM;
    await el.updateComplete;
    el.answers = JSON.parse('{ "constructor": 4, "__proto__": "Calm", "valueOf": "no" }');
    await el.updateComplete;
    expect(Object.entries(el.answers)).to.deep.equal([
      ['constructor', 4],
      ['valueOf', 'no'],
      ['__proto__', 'Calm'],
    ]);
    expect(option(el, 'constructor', '4').checked).to.equal(true);
    expect(field(el, '__proto__').value).to.equal('Calm');
    const value = JSON.parse(new FormData(host).get('feedback') as string) as FeedbackResponse;
    expect(Object.keys(value.answers)).to.deep.equal(['constructor', 'valueOf', '__proto__']);
    expect(el.checkValidity(), 'hasOwnProperty and toString are still required').to.equal(false);

    el.answers = {};
    await el.updateComplete;
    expectNothingAnswered(el);

    const answers = Object.fromEntries(ANSWERED);
    el.formStateRestoreCallback(JSON.stringify({ responseId: '7a1f0c2e-0000-4000-8000-000000000000', answers }));
    await el.updateComplete;
    expect(Object.entries(el.answers)).to.deep.equal(ANSWERED);
    expect(el.checkValidity()).to.equal(true);
  });
});
