import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FeedbackResponse, FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { EVERY_TYPE } from './fixtures/every-type-form.js';
import { emulateMedia, sendKeys, sendMouse, setViewport } from './helpers/commands.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { itNeeds } from './helpers/engine.js';
import { fillSessionStorage } from './helpers/full-storage.js';
import { storedRecords } from './helpers/indexeddb.js';
import { boxesOutsideViewport } from './helpers/reflow.js';
import { clearSentLog, sentLog } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';
import { describeFormAssociationSuite } from './suites/form-association-suite.js';

let n = 0;
const key = () => `feedback-${Date.now()}-${++n}`;
const button = shadowButton;

async function form(template = html`<hearth-feedback-form template="session" store-key=${key()}></hearth-feedback-form>`) {
  const el = await fixture<HearthFeedbackForm>(template);
  await el.updateComplete;
  return el;
}

async function everyType(attributes = html``) {
  const el = await form(html`<hearth-feedback-form storage="none" store-key=${key()}>${attributes}</hearth-feedback-form>`);
  el.definition = EVERY_TYPE;
  await el.updateComplete;
  return el;
}

/** The focused element inside the form's shadow root. */
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const field = <E extends HTMLElement = HTMLInputElement>(el: Element, id: string) => inShadow<E>(el, `#f-${id}`);
const radio = (el: Element, id: string, value: string) => inShadow<HTMLInputElement>(el, `#f-${id} input[value="${value}"]`);
/** Where records whose key contains `text` are kept on the device (`store:key`). */
async function storedKeys(stores: string[], text: string): Promise<string[]> {
  return (await storedRecords((k) => k.includes(text), stores)).map((record) => `${record.store}:${record.key}`);
}

describe('<hearth-feedback-form>', () => {
  let console_: ConsoleCapture;
  // Forms without an endpoint warn once (tested below); keep the output clean.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it('session: a title, four sliders with no value yet, an optional comment, the footer', async () => {
    const el = await form();
    expect(inShadow(el, '[role="heading"]').textContent).to.equal("How was today's session?");
    const sliders = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(sliders).to.have.length(4);
    for (const slider of sliders) {
      expect(slider.getAttribute('aria-valuetext')).to.equal('Not set yet. Tap the line or use the arrow keys.');
      expect(slider.classList.contains('unset')).to.equal(true);
      expect(getComputedStyle(slider).appearance, "an even track, not the browser's half-filled one").to.equal('none');
      expect(getComputedStyle(slider).getPropertyValue('--_hearth-thumb-opacity'), 'no thumb until set').to.equal('0');
      expect(slider.labels![0].textContent!.trim()).to.have.length.above(10);
    }
    expect(field(el, 'comment').labels![0].textContent).to.contain('(optional)');
    expect(shadow(el).querySelector('hearth-crisis-resources')).to.exist;
    expect(shadowText(el)).to.contain('This tool supports your therapy.');
    expect(el.answers).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('takes the definition from the property, a JSON child, src, or a template in Spanish; fills {name}', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-feedback-form storage="none"></hearth-feedback-form></hearth-provider>`);
    provider.config = { clientName: 'Sam' };
    const el = provider.querySelector('hearth-feedback-form')!;
    el.definition = EVERY_TYPE;
    await provider.updateComplete;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Thank you, Sam.');
    const child = await form(html`<hearth-feedback-form storage="none"
      ><script type="application/json">
        { "id": "child", "version": "1", "title": "From JSON", "items": [{ "id": "q", "type": "text", "label": "Q" }] }
      </script></hearth-feedback-form
    >`);
    expect(inShadow(child, '[role="heading"]').textContent).to.equal('From JSON');
    const fromSrc = await form(html`<hearth-feedback-form storage="none" src="/__hearth/content/form.json"></hearth-feedback-form>`);
    expect(inShadow(fromSrc, '[role="heading"]').textContent).to.equal('Weekly check-in');
    const es = await form(html`<hearth-feedback-form lang="es" template="material" storage="none"></hearth-feedback-form>`);
    expect(inShadow(es, '[role="heading"]').textContent).to.equal('¿Qué te pareció este material?');
    expect(shadowText(es)).to.contain('Enviar');
  });

  it('renders every item type with its own control; rating and scale anchors; help tied to the field', async () => {
    const el = await everyType();
    expect(shadow(el).querySelectorAll('#f-r input[type="radio"]')).to.have.length(11);
    expect(shadow(el).querySelectorAll('#f-sc input[type="radio"]')).to.have.length(3);
    expect(field(el, 'sl').type).to.equal('range');
    expect([field(el, 'sl').min, field(el, 'sl').max, field(el, 'sl').step]).to.deep.equal(['0', '100', '5']);
    expect(shadow(el).querySelectorAll('#f-ch input[type="radio"]')).to.have.length(2);
    expect(shadow(el).querySelectorAll('#f-mu input[type="checkbox"]')).to.have.length(2);
    expect(field(el, 'tx').maxLength).to.equal(40);
    expect(field<HTMLTextAreaElement>(el, 'ta').maxLength).to.equal(5000);
    // The question names each group; help and anchors describe it.
    for (const id of ['r', 'sc', 'ch', 'mu']) {
      const group = field<HTMLElement>(el, id);
      expect(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.contain(EVERY_TYPE.items.find((i) => i.id === id)!.label);
    }
    expect(field<HTMLElement>(el, 'mu').getAttribute('aria-describedby')).to.equal('h-mu');
    expect(shadow(el).getElementById('a-r')!.textContent).to.equal('0 means Poor. 10 means Great.');
    expect(field<HTMLElement>(el, 'r').getAttribute('aria-describedby')).to.contain('a-r');
    expect(inShadow(el, '[data-item="r"] .anchors').textContent).to.contain('Poor');
    await expect(el).to.be.accessible();
    // Partly filled.
    el.answers = { r: 6, sl: 20, mu: ['plan'], tx: 'Calmer' };
    await el.updateComplete;
    expect(radio(el, 'r', '6').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a rating, a scale and a choice are each one Tab stop; arrow keys move and choose', async () => {
    const wrapper = await fixture(html`<div><button id="before">Before</button><hearth-feedback-form storage="none"></hearth-feedback-form></div>`);
    const el = wrapper.querySelector('hearth-feedback-form')!;
    el.definition = EVERY_TYPE;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 'r', '0'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.answers.r).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 'sc', 'never'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.answers.sc).to.equal('some');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'sl'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 'ch', 'ok'));
  });

  it('a slider has no value until set: keyboard steps set it, and a tap on the line sets it without dragging', async () => {
    const el = await everyType();
    const slider = field(el, 'sl');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.answers.sl).to.equal(55);
    expect(slider.getAttribute('aria-valuetext')).to.equal('55 out of 100');
    expect(slider.classList.contains('unset')).to.equal(false);
    expect(getComputedStyle(slider).getPropertyValue('--_hearth-thumb-opacity'), 'the thumb shows once set').to.equal('');
    expect(inShadow(el, '[data-item="sl"] .slider-value').textContent).to.equal('55');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.answers.sl).to.equal(0);

    const fresh = await everyType();
    let changes = 0;
    fresh.addEventListener('change', () => changes++);
    const line = field(fresh, 'sl');
    line.scrollIntoView();
    const box = line.getBoundingClientRect();
    // A single tap a quarter of the way along (no drag): one change event for the host.
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.25), Math.round(box.top + box.height / 2)] });
    await fresh.updateComplete;
    expect(fresh.answers.sl).to.be.within(15, 35);
    expect(changes).to.equal(1);
    // The same place again changes nothing, and says nothing.
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.25), Math.round(box.top + box.height / 2)] });
    await fresh.updateComplete;
    expect(changes).to.equal(1);
    // A tap exactly where the hidden thumb waits (the middle) still sets it.
    const middle = await everyType();
    const centre = field(middle, 'sl');
    centre.scrollIntoView();
    const rect = centre.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await middle.updateComplete;
    expect(middle.answers.sl).to.equal(50);
  });

  it('a mouse drag on a slider ends with its button or its pointer capture: a stale drag does not follow the mouse', async () => {
    const el = await everyType();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const slider = field(el, 'sl');
    slider.scrollIntoView();
    const box = slider.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const at = (fraction: number) => Math.round(box.left + box.width * fraction);
    let pointerId = -1;
    slider.addEventListener('pointerdown', (event) => (pointerId = event.pointerId));

    // The button goes down a quarter of the way along: the drag sets the value there.
    await sendMouse({ type: 'move', position: [at(0.25), y] });
    await sendMouse({ type: 'down' });
    await el.updateComplete;
    const first = el.answers.sl;
    expect(first).to.be.within(15, 35);
    // A move that says no button is down (its release went elsewhere) does not drag.
    slider.dispatchEvent(
      new PointerEvent('pointermove', {
        pointerId,
        pointerType: 'mouse',
        isPrimary: true,
        buttons: 0,
        clientX: at(0.75),
        clientY: y,
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.answers.sl, 'a move with no button leaves the value').to.equal(first);
    expect(slider.getAttribute('aria-valuetext')).to.equal(`${first} out of 100`);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(changes).to.equal(1);

    // The slider loses the pointer capture mid-drag: the drag is over, later moves set nothing.
    await sendMouse({ type: 'move', position: [at(0.5), y] });
    await sendMouse({ type: 'down' });
    await el.updateComplete;
    expect(el.answers.sl).to.equal(50);
    expect(changes).to.equal(1, 'no change until the drag ends');
    slider.releasePointerCapture(pointerId);
    // The next move ends the drag, whether or not the engine fires lostpointercapture first
    // (Chromium does; Firefox and WebKit fire none for a capture released before a pointer event
    // made it active).
    expect(slider.hasPointerCapture(pointerId), 'the capture released').to.equal(false);
    await sendMouse({ type: 'move', position: [at(0.9), y] });
    await until(() => changes === 2, 3000, 'the lost capture ending the drag with its change');
    await el.updateComplete;
    expect(el.answers.sl, 'the mouse moves on with the button down, and the slider stays').to.equal(50);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.answers.sl).to.equal(50);
    expect(changes).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('a slider has the full width at 375 px and shrinks with its container; "not set yet" is said once per form', async () => {
    await setViewport({ width: 375, height: 700 });
    try {
      const el = await form(html`<hearth-feedback-form template="session" storage="none" no-crisis-footer></hearth-feedback-form>`);
      const sliders = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="range"]')];
      expect(sliders).to.have.length(4);
      for (const slider of sliders) {
        const item = slider.closest<HTMLElement>('.item')!;
        expect(slider.getBoundingClientRect().width, slider.id).to.be.at.least(item.clientWidth - 1);
        expect(slider.closest('.item')!.querySelector('.slider-value')!.textContent!.trim(), 'no value shown yet').to.equal('');
      }
      const hint = 'Each slider has no answer until you choose: tap the line where your answer is, or use the arrow keys.';
      expect(shadowText(el).split(hint)).to.have.length(2);
      expect(shadowText(el)).not.to.contain('Not set yet');
      expect(inShadow(el, '.slider-hint').compareDocumentPosition(sliders[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      // A narrow container: the range shrinks to it (Firefox would keep a 12em width of its own).
      el.style.inlineSize = '120px';
      for (const slider of sliders) expect(slider.getBoundingClientRect().width, slider.id).to.be.at.most(120);
      expect(getComputedStyle(sliders[0]).minInlineSize).to.equal('0px');
      // Set, its value shows between the end labels, and the row did not change height.
      el.style.inlineSize = '';
      const row = sliders[0].closest('.item')!.querySelector<HTMLElement>('.anchors')!;
      const before = row.getBoundingClientRect().height;
      el.answers = { heard: 7 };
      await el.updateComplete;
      expect(row.querySelector('.slider-value')!.textContent).to.equal('7');
      expect(row.getBoundingClientRect().height).to.equal(before);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    // A form without sliders does not say it.
    const group = await form(html`<hearth-feedback-form template="group" storage="none"></hearth-feedback-form>`);
    expect(shadow(group).querySelector('.slider-hint')).to.equal(null);
  });

  it('sending with answers missing: a focused error summary whose entries focus each field; fields marked; nothing sent', async () => {
    await clearSentLog();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${key()}>
      <hearth-feedback-form template="session" endpoint="/__hearth/send/ok"></hearth-feedback-form>
    </hearth-provider>`);
    const el = provider.querySelector('hearth-feedback-form')!;
    await el.updateComplete;
    let submitted = 0;
    el.addEventListener('hearth-feedback-submit', () => submitted++);
    const hash = location.hash;
    button(el, 'Send').click();
    await el.updateComplete;
    const summary = inShadow(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focused(el)).to.equal(summary);
    expect(summary.textContent).to.contain('There are 4 problems with your answers');
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    const heard = field(el, 'heard');
    expect(heard.getAttribute('aria-invalid')).to.equal('true');
    const message = shadow(el).getElementById(heard.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(message.textContent).to.equal(`Error: Choose a point on the line to answer “${heard.labels![0].textContent!.trim()}”`);
    expect(field<HTMLTextAreaElement>(el, 'comment').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
    [...summary.querySelectorAll('button')][2].click();
    expect(focused(el)).to.equal(field(el, 'approach'));
    expect(location.hash).to.equal(hash);
    expect(submitted).to.equal(0);
    // Answering takes the question off the summary; all answered, the summary goes.
    el.answers = { heard: 7, focus: 8, approach: 6 };
    await el.updateComplete;
    expect(inShadow(el, '.error-summary').textContent).to.contain('There is 1 problem');
    el.answers = { heard: 7, focus: 8, approach: 6, takeaway: 9 };
    await el.updateComplete;
    expect(shadow(el).querySelector('.error-summary') === null, 'no error summary').to.equal(true);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    // Sent now, the complete answers arrive alone: the first Send sent nothing.
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-sent');
    expect(submitted).to.equal(1);
    expect((await sentLog()).map((r) => JSON.parse(r.body).responseId)).to.deep.equal([detail.response.responseId]);
  });

  it('scores: per-option scores, numbers and multi add up in totals, with the range they fall in', async () => {
    const el = await everyType();
    el.answers = { r: 3, sc: 'often', sl: 40, mu: ['talk', 'plan'], tx: '  ', ta: 'More words' };
    const response = el.response!;
    expect(response.totals).to.deep.equal({ score: 3 + 2 + 3, range: 'High' });
    expect(response.answers).to.deep.equal({ r: 3, sc: 'often', sl: 40, mu: ['talk', 'plan'], ta: 'More words' });
    el.answers = { r: 1, sc: 'never' };
    expect(el.response!.totals).to.deep.equal({ score: 1, range: 'Low' });
    // Answers that do not fit their question are not taken.
    el.answers = { r: 11, sc: 'sometimes', sl: 42, mu: ['nope'], tx: 5 as unknown as string };
    expect(el.answers).to.deep.equal({});
  });

  it('the response has the contract format; anonymous leaves the name out', async () => {
    const provider = await fixture<HearthProvider>(
      html`<hearth-provider><hearth-feedback-form storage="none" template="group"></hearth-feedback-form></hearth-provider>`,
    );
    provider.config = { clientName: 'Sam' };
    const el = provider.querySelector('hearth-feedback-form')!;
    await provider.updateComplete;
    await el.updateComplete;
    el.answers = { safe: 8, heard: 7, useful: 9, comment: 'Good group' };
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-submit');
    const response = detail.response as FeedbackResponse;
    await el.updateComplete;
    expect(Object.keys(response).sort()).to.deep.equal(['anonymous', 'answers', 'clientName', 'formId', 'formVersion', 'locale', 'responseId', 'submittedAt']);
    expect(response).to.include({ formId: 'group', formVersion: '2', locale: 'en', anonymous: false, clientName: 'Sam' });
    expect(response.responseId).to.match(/^[0-9a-f-]{36}$/);
    expect(new Date(response.submittedAt).toISOString()).to.equal(response.submittedAt);
    el.anonymous = true;
    button(el, 'Send another').click();
    await el.updateComplete;
    el.answers = { safe: 8, heard: 7, useful: 9 };
    expect(el.response).not.to.have.property('clientName');
    expect(el.response!.anonymous).to.equal(true);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Your name is not sent with these answers.');
  });

  it('a flagged option shows the crisis resources inline, says nobody is alerted, and announces it once', async () => {
    const el = await everyType();
    radio(el, 'ch', 'unsafe').click();
    await el.updateComplete;
    const flag = inShadow(el, '[data-item="ch"] + .flag');
    expect(flag.textContent).to.contain('This form does not alert anyone');
    expect(flag.querySelector('hearth-crisis-resources')).to.exist;
    expect(inShadow(el, '[part="status"]').textContent).to.contain('This form does not alert anyone');
    await expect(el).to.be.accessible();
    radio(el, 'ch', 'ok').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.flag')).to.equal(null);
    el.flagMessage = 'Nobody reads this until your next session. Call us or a line below if you need help.';
    radio(el, 'ch', 'unsafe').click();
    await el.updateComplete;
    expect(inShadow(el, '.flag').textContent).to.contain('Nobody reads this until your next session.');
  });

  it('the draft survives a reload (a new element on the same key reads it back)', async () => {
    const storeKey = key();
    const first = await form(html`<hearth-feedback-form template="session" store-key=${storeKey}></hearth-feedback-form>`);
    field(first, 'heard').focus();
    await sendKeys({ press: 'End' });
    field<HTMLTextAreaElement>(first, 'comment').focus();
    await sendKeys({ type: 'It helped to slow down.' });
    await first.saveDraft();
    await first.updateComplete;
    expect(shadowText(first)).to.contain('Saved on this device until you send it.');
    first.remove();
    const second = await form(html`<hearth-feedback-form template="session" store-key=${storeKey}></hearth-feedback-form>`);
    await until(() => second.answers.heard === 10, 3000, 'the draft');
    expect(second.answers).to.deep.equal({ heard: 10, comment: 'It helped to slow down.' });
    expect(field<HTMLTextAreaElement>(second, 'comment').value).to.equal('It helped to slow down.');
    expect(field(second, 'heard').getAttribute('aria-valuetext')).to.equal('10 out of 10');
  });

  it('without an endpoint the submit event is the delivery: thank-you, then "Send another"; one warning at start-up', async () => {
    const el = await form(html`<hearth-feedback-form template="group" store-key=${key()}></hearth-feedback-form>`);
    expect(console_.warnings.filter((w) => w.includes('has no endpoint'))).to.have.length(1);
    el.answers = { safe: 5, heard: 5, useful: 5 };
    setTimeout(() => button(el, 'Send').click());
    await oneEvent(el, 'hearth-feedback-submit');
    await el.updateComplete;
    expect(el.phase).to.equal('sent');
    expect(focused(el)).to.equal(inShadow(el, '.done-message'));
    expect(shadowText(el)).to.contain('Thank you for your feedback.');
    await expect(el).to.be.accessible();
    button(el, 'Send another').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(focused(el)).to.equal(radio(el, 'safe', '0'));
    expect(console_.warnings.filter((w) => w.includes('has no endpoint'))).to.have.length(1);
  });

  it('native change on user edits only; inner input events reach the host once', async () => {
    const el = await everyType();
    let changes = 0;
    let inputs = 0;
    el.addEventListener('change', () => changes++);
    el.addEventListener('input', () => inputs++);
    el.answers = { r: 4 };
    await el.updateComplete;
    expect(changes).to.equal(0);
    radio(el, 'sc', 'some').click();
    expect(changes).to.equal(1);
    field(el, 'tx').focus();
    await sendKeys({ type: 'ok' });
    expect(inputs).to.be.at.least(2);
    field(el, 'ta').focus();
    expect(changes).to.equal(2);
  });

  it('text answers show their length and keep to maxLength', async () => {
    const el = await everyType();
    field(el, 'tx').focus();
    await sendKeys({ type: 'x'.repeat(50) });
    await el.updateComplete;
    expect(el.answers.tx).to.have.length(40);
    expect(inShadow(el, '#c-tx').textContent).to.equal('40 of 40 characters');
  });

  it('bad input: an unknown template, a malformed definition (each path named), huge and odd text', async () => {
    const capture = console_;
    const unknown = await form(html`<hearth-feedback-form template="nope" storage="none"></hearth-feedback-form>`);
    expect(inShadow(unknown, '[role="alert"]').textContent).to.contain('not a built-in form');
    const el = await form(html`<hearth-feedback-form storage="none"></hearth-feedback-form>`);
    el.definition = {
      id: 'bad',
      version: '1',
      title: 'Bad',
      items: [
        { id: 'a', type: 'choice', label: 'No options' },
        { id: 'a', type: 'rating', label: 'Twice', max: 100 },
        { id: 'c', type: 'sliders', label: 'Typo' },
        { id: 'd', type: 'text', label: 'Options on text', options: [{ value: 'x', label: 'X' }] },
      ],
    } as unknown as FormDefinition;
    await el.updateComplete;
    const alert = inShadow(el, '[role="alert"]').textContent!;
    expect(alert).to.contain('definition.items[0].options');
    expect(alert).to.contain('definition.items[1].max');
    expect(alert).to.contain('definition.items[2].type: expected one of rating, scale, slider, choice, multi, text, textarea');
    expect(alert).to.contain('definition.items[3].options');
    expect(capture.errors.some((line) => line.includes('definition.items[2].type'))).to.equal(true);
    await expect(el).to.be.accessible();
    const huge = { ...EVERY_TYPE, title: 'x'.repeat(1_000_000) };
    el.definition = huge;
    await el.updateComplete;
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('definition.title: must be at most 300 characters');
    const odd = '\u202eevil\u202c 👩‍👩‍👧 e\u0301 ✓';
    el.definition = { id: 'odd', version: '1', title: odd, items: [{ id: 'q', type: 'text', label: odd }] };
    await el.updateComplete;
    expect(inShadow(el, '[role="heading"]').textContent).to.equal(odd);
    field(el, 'q').value = odd;
    field(el, 'q').dispatchEvent(new Event('input'));
    expect(el.answers.q).to.equal(odd);
    expect(el.format).to.equal('json');
    el.format = 'xml' as 'json';
    await el.updateComplete;
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('format');
  });

  it('a full storage is shown and the answers stay on screen', async () => {
    const el = await form(html`<hearth-feedback-form template="session" storage="session" store-key=${key()}></hearth-feedback-form>`);
    const emptyFiller = fillSessionStorage();
    try {
      const comment = field<HTMLTextAreaElement>(el, 'comment');
      comment.value = 'y'.repeat(1500);
      comment.dispatchEvent(new Event('input'));
      await el.saveDraft();
      await el.updateComplete;
      expect(inShadow(el, '[part="status"]').textContent).to.contain('could not be saved').and.to.contain('no more room');
      expect(comment.value).to.have.length(1500);
      await expect(el).to.be.accessible();
    } finally {
      emptyFiller();
    }
  });

  it('two tabs: answers changed in both are merged, never overwritten silently', async () => {
    const storeKey = key();
    const a = await form(html`<hearth-feedback-form template="session" store-key=${storeKey}></hearth-feedback-form>`);
    const b = await form(html`<hearth-feedback-form template="session" store-key=${storeKey}></hearth-feedback-form>`);
    a.answers = { heard: 3 };
    await a.saveDraft();
    await until(() => b.answers.heard === 3, 2000, "B takes A's saved answers");
    b.answers = { ...b.answers, focus: 9 };
    a.answers = { ...a.answers, approach: 4 };
    await a.saveDraft();
    await b.saveDraft();
    await b.updateComplete;
    expect(b.answers).to.deep.equal({ heard: 3, focus: 9, approach: 4 });
    expect(inShadow(b, '[part="status"]').textContent).to.contain('also changed in another tab');
  });

  it('reset and "Send another" leave no draft behind', async () => {
    const storeKey = key();
    const el = await form(html`<hearth-feedback-form template="session" store-key=${storeKey}></hearth-feedback-form>`);
    el.answers = { heard: 4 };
    await el.saveDraft();
    expect(await storedKeys(['drafts'], storeKey)).to.have.length(1);
    el.reset();
    await el.saveDraft();
    expect(await storedKeys(['drafts'], storeKey)).to.deep.equal([]);
  });

  itNeeds('media', 'forced colours show the chosen number in the system highlight', async () => {
    const el = await everyType();
    el.answers = { r: 3 };
    await el.updateComplete;
    await emulateMedia({ forcedColors: 'active' });
    try {
      const chosen = getComputedStyle(inShadow(el, '#f-r input:checked + span'));
      const other = getComputedStyle(inShadow(el, '#f-r input:not(:checked) + span'));
      expect(chosen.backgroundColor).not.to.equal(other.backgroundColor);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('the dark theme is axe-clean', async () => {
    const provider = await fixture(
      html`<hearth-provider theme="dark"><hearth-feedback-form template="group" storage="none"></hearth-feedback-form></hearth-provider>`,
    );
    const dark = provider.querySelector('hearth-feedback-form')!;
    await dark.updateComplete;
    document.body.style.background = '#16181c';
    try {
      await expect(provider).to.be.accessible();
    } finally {
      document.body.style.background = '';
    }
  });

  it('storage "none" says nothing is kept', async () => {
    const el = await form(html`<hearth-feedback-form template="session" storage="none"></hearth-feedback-form>`);
    expect(shadowText(el)).to.contain('Nothing is kept on this device');
  });

  it('keyboard only: every template can be completed and sent', async () => {
    for (const template of ['session', 'material', 'group']) {
      const wrapper = await fixture(
        html`<div><button id="before">Before</button><hearth-feedback-form template=${template} storage="none"></hearth-feedback-form></div>`,
      );
      const el = wrapper.querySelector('hearth-feedback-form')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      let response: FeedbackResponse | undefined;
      el.addEventListener('hearth-feedback-submit', (event) => (response = event.detail.response));
      for (let step = 0; step < 30 && !response; step++) {
        await sendKeys({ press: 'Tab' });
        const active = focused(el);
        if (!active) continue;
        if (active.matches('input[type="radio"]')) await sendKeys({ press: 'Space' });
        else if (active.matches('input[type="range"]')) await sendKeys({ press: 'ArrowRight' });
        else if (active.matches('textarea')) await sendKeys({ type: 'Thank you' });
        else if (active.matches('[part="submit-button"]')) await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(response, template).to.exist;
      for (const item of el.formDefinition!.items.filter((i) => i.required))
        expect(response!.answers[item.id], `${template}: ${item.id}`).to.not.equal(undefined);
      expect(response!.answers.comment, template).to.equal('Thank you');
      expect(el.phase).to.equal('sent');
    }
  });

  it('with large text (24 px) at 320 px, every item type, the error summary and Arabic stay on screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['en', 'ar']) {
        const el = await everyType(html``);
        el.lang = lang;
        el.style.fontSize = '24px';
        await el.updateComplete;
        expect(boxesOutsideViewport(el), `${lang}: filling`).to.deep.equal([]);
        await el.submit();
        await el.updateComplete;
        expect(shadow(el).querySelector('.error-summary'), lang).to.exist;
        expect(boxesOutsideViewport(el), `${lang}: the error summary`).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('anchors stay visible at 320 px; Arabic renders right to left', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await form(html`<hearth-feedback-form template="group" storage="none" no-crisis-footer></hearth-feedback-form>`);
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      for (const anchor of shadow(el).querySelectorAll<HTMLElement>('.anchors span')) {
        const rect = anchor.getBoundingClientRect();
        expect(rect.width, anchor.textContent!).to.be.above(0);
        expect(rect.right).to.be.at.most(box.right + 0.5);
        expect(rect.left).to.be.at.least(box.left - 0.5);
      }
      const pills = [...shadow(el).querySelectorAll<HTMLElement>('#f-safe .pill')];
      for (const pill of pills) expect(pill.getBoundingClientRect().right).to.be.at.most(box.right);
      expect(pills[0].getBoundingClientRect().height).to.be.at.least(44);
      // Eleven numbers in one row, each a target of at least 24 px wide, not overlapping.
      expect(new Set(pills.map((pill) => Math.round(pill.getBoundingClientRect().top))).size).to.equal(1);
      for (const [i, pill] of pills.entries()) {
        const rect = pill.querySelector('span')!.getBoundingClientRect();
        expect(rect.width, pill.textContent!).to.be.at.least(24);
        if (i) expect(rect.left, pill.textContent!).to.be.at.least(pills[i - 1].querySelector('span')!.getBoundingClientRect().right);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const ar = await form(html`<hearth-feedback-form lang="ar" template="group" storage="none"></hearth-feedback-form>`);
    expect(inShadow(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect(shadowText(ar)).to.contain('إرسال');
  });
});

describe('<hearth-feedback-form> sending', () => {
  beforeEach(clearSentLog);

  // Each test in its own namespace: an outbox sends whatever is waiting in its namespace.
  async function sendingForm(endpoint: string, options: { format?: 'json' | 'fhir'; clientName?: string } = {}) {
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${key()}>
      <hearth-feedback-form template="group" endpoint=${endpoint} format=${options.format ?? 'json'}></hearth-feedback-form>
    </hearth-provider>`);
    if (options.clientName) provider.config = { clientName: options.clientName };
    const el = provider.querySelector('hearth-feedback-form')!;
    await provider.updateComplete;
    await el.updateComplete;
    el.answers = { safe: 8, heard: 7, useful: 9, comment: 'The check-in at the start helped.' };
    await el.updateComplete;
    return el;
  }

  it('sends the response once, shows the thank-you, fires hearth-feedback-sent, and clears the draft', async () => {
    const el = await sendingForm('/__hearth/send/ok', { clientName: 'Sam' });
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-sent');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Thank you for your feedback.');
    const sent = await sentLog();
    expect(sent).to.have.length(1);
    expect(sent[0].contentType).to.equal('application/json');
    expect(sent[0].key).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(sent[0].body)).to.deep.equal(detail.response);
    expect(detail.response.answers).to.deep.equal({ safe: 8, heard: 7, useful: 9, comment: 'The check-in at the start helped.' });
    expect(detail.response.clientName).to.equal('Sam');
    expect(el.answers).to.deep.equal({});
    await expect(el).to.be.accessible();
    // Nothing of the answers is left on the device: no draft, no outbox entry.
    const namespace = el.practiceConfig!.namespace!;
    expect(await storedKeys(['drafts', 'outbox'], namespace)).to.deep.equal([]);
  });

  it('anonymous: sent without the cookie, HTTP authentication or the page address, whatever credentials says, also on a retry', async () => {
    document.cookie = 'hearth-test-session=client-42; path=/';
    try {
      const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${key()}>
        <hearth-feedback-form template="group" anonymous credentials="include" endpoint="/__hearth/send/500-then-ok"></hearth-feedback-form>
      </hearth-provider>`);
      provider.config = { clientName: 'Sam' };
      const el = provider.querySelector('hearth-feedback-form')!;
      await provider.updateComplete;
      await el.updateComplete;
      el.answers = { safe: 8, heard: 7, useful: 9 };
      await el.updateComplete;
      setTimeout(() => button(el, 'Send').click());
      await oneEvent(el, 'hearth-feedback-error');
      await until(() => el.phase === 'sent', 5000, 'the retry');
      const sent = await sentLog();
      expect(sent.map((r) => r.status)).to.deep.equal([500, 200]);
      for (const request of sent) {
        expect(request.cookie, 'no cookie').to.equal(null);
        expect(request.referer, 'no Referer').to.equal(null);
        expect(request.authorization, 'no Authorization').to.equal(null);
        expect(JSON.parse(request.body)).to.include({ anonymous: true }).and.not.to.have.property('clientName');
      }
      // The same page without anonymous sends the cookie: the check above can tell.
      const named = await sendingForm('/__hearth/send/ok');
      await clearSentLog();
      setTimeout(() => button(named, 'Send').click());
      await oneEvent(named, 'hearth-feedback-sent');
      const [plain] = await sentLog();
      expect(plain.cookie).to.contain('hearth-test-session=client-42');
      expect(plain.referer).to.not.equal(null);
    } finally {
      document.cookie = 'hearth-test-session=; path=/; max-age=0';
    }
  });

  it('500 then 200: queued with "we\'ll keep trying", then sent once with the same Idempotency-Key', async () => {
    const el = await sendingForm('/__hearth/send/500-then-ok');
    let sentEvents = 0;
    el.addEventListener('hearth-feedback-sent', () => sentEvents++);
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-error');
    expect(detail.queued).to.equal(true);
    expect(detail.error).to.include({ code: 'http', status: 500 });
    await el.updateComplete;
    expect(el.phase).to.equal('queued');
    expect(inShadow(el, '.done-message').textContent).to.contain("We'll keep trying");
    await expect(el).to.be.accessible();
    await until(() => el.phase === 'sent', 5000, 'the retry');
    const sent = await sentLog();
    expect(sent.map((r) => r.status)).to.deep.equal([500, 200]);
    expect(sent[0].key).to.equal(sent[1].key);
    expect(JSON.parse(sent[0].body)).to.deep.equal(JSON.parse(sent[1].body));
    expect(sentEvents).to.equal(1);
  });

  it('a 400 keeps the answers, shows the error and a retry; an edit and Send again sends the new answers', async () => {
    const el = await sendingForm('/__hearth/send/bad');
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-error');
    expect(detail.queued).to.equal(false);
    await el.updateComplete;
    expect(el.phase).to.equal('failed');
    expect(inShadow(el, '[part="status"]').textContent).to.contain('Your answers were not sent: The server answered 400');
    expect(el.answers.useful).to.equal(9);
    expect(radio(el, 'useful', '9').checked).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Try again').click();
    await oneEvent(el, 'hearth-feedback-error');
    const sent = await sentLog();
    expect(sent.map((r) => r.status)).to.deep.equal([400, 400]);
    expect(sent[0].key).to.equal(sent[1].key);
  });

  it('while sending, the form says so and a second press sends nothing more', async () => {
    const el = await sendingForm('/__hearth/send/slow-then-ok');
    button(el, 'Send').click();
    // (updateComplete would wait for the whole send: watch the screen instead.)
    await until(() => inShadow(el, '[part="status"]').textContent === 'Sending your answers…', 2000, 'sending');
    expect(inShadow(el, '[part="submit-button"]').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    button(el, 'Send').click();
    await until(() => el.phase === 'sent', 5000, 'sent');
    expect(await sentLog()).to.have.length(1);
  });

  it('format="fhir" sends a QuestionnaireResponse as application/fhir+json', async () => {
    const el = await sendingForm('/__hearth/send/ok', { format: 'fhir' });
    setTimeout(() => button(el, 'Send').click());
    const { detail } = await oneEvent(el, 'hearth-feedback-sent');
    const [request] = await sentLog();
    expect(request.contentType).to.equal('application/fhir+json');
    const body = JSON.parse(request.body);
    expect(body.resourceType).to.equal('QuestionnaireResponse');
    expect(body.questionnaire).to.equal('urn:hearth:form:group|2');
    expect(body.identifier.value).to.equal(`urn:uuid:${detail.response.responseId}`);
    expect(body.item.find((item: { linkId: string }) => item.linkId === 'safe').answer).to.deep.equal([{ valueInteger: 8 }]);
  });

  it('a host that handles the submit event stops the send; the form is done', async () => {
    const el = await sendingForm('/__hearth/send/ok');
    el.addEventListener('hearth-feedback-submit', (event) => event.preventDefault());
    button(el, 'Send').click();
    await el.updateComplete;
    expect(el.phase).to.equal('sent');
    // Proof that a send had time to arrive: another form's answers, sent after, arrive alone.
    const later = await sendingForm('/__hearth/send/ok');
    setTimeout(() => button(later, 'Send').click());
    const { detail } = await oneEvent(later, 'hearth-feedback-sent');
    expect((await sentLog()).map((r) => JSON.parse(r.body).responseId)).to.deep.equal([detail.response.responseId]);
  });
});

describeFormAssociationSuite<HearthFeedbackForm>('<hearth-feedback-form>', {
  render: (name) => html`<hearth-feedback-form name=${ifDefined(name)} template="group" storage="none" store-key=${key()}></hearth-feedback-form>`,
  ready: (el) => until(() => !!shadow(el).querySelector('#f-safe'), 3000, 'the questions'),
  missingMessage: /How comfortable did you feel sharing in the group today\?/,
  // A partly answered form still has a response: the owner form decides by validity.
  noValueUntilAnswered: false,
  async answer(el) {
    el.answers = { safe: 6, heard: 6, useful: 6 };
    await el.updateComplete;
    return { formId: 'group', answers: { safe: 6, heard: 6, useful: 6 } };
  },
  async change(el) {
    radio(el, 'safe', '4').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ safe: 4 });
  },
  expectCleared(el) {
    expect(el.answers).to.deep.equal({});
    expect(radio(el, 'safe', '4').checked).to.equal(false);
  },
  expectControlsOff(el, off) {
    expect(radio(el, 'safe', '4').disabled).to.equal(off);
  },
  restore: {
    state: JSON.stringify({ responseId: '7a1f0c2e-0000-4000-8000-000000000000', answers: { safe: 2, heard: 99 } }),
    expectRestored(el) {
      // An answer the question cannot take (99) is left out.
      expect(el.answers).to.deep.equal({ safe: 2 });
      expect(radio(el, 'safe', '2').checked).to.equal(true);
      expect(el.response!.responseId).to.equal('7a1f0c2e-0000-4000-8000-000000000000');
    },
  },
});

describe('<hearth-feedback-form> in a <form>: its own part', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  async function inForm() {
    const host = await fixture<HTMLFormElement>(html`<form>
      <hearth-feedback-form name="feedback" template="group" storage="none" store-key=${key()}></hearth-feedback-form>
      <button>Submit</button>
    </form>`);
    const el = host.querySelector('hearth-feedback-form')!;
    await el.updateComplete;
    return { host, el };
  }

  it('has no Send of its own: the owner form sends', async () => {
    const { el } = await inForm();
    expect(shadow(el).querySelector('[part="submit-button"]') === null, 'no submit-button part').to.equal(true);
  });

  it('a blocked submit marks the element and the fields, and focuses the first unanswered', async () => {
    const { host, el } = await inForm();
    host.addEventListener('submit', (event) => event.preventDefault());
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    host.requestSubmit();
    await el.updateComplete;
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    expect(field<HTMLElement>(el, 'safe').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el) === radio(el, 'safe', '0'), 'the first choice of the first question has focus').to.equal(true);
    el.answers = { safe: 6, heard: 6, useful: 6 };
    await el.updateComplete;
    expect(el.matches(':state(user-invalid)')).to.equal(false);
  });
});
