import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { setViewport } from './helpers/commands.js';
import { captureConsole, type ConsoleCapture } from './helpers/console-capture.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

/* The GOV.UK error summary and error message patterns (issue 15): specific words, in the right place. */

const LONG = 'How much did the exercises between sessions help you with the things you wanted to change this month?';

const REQUIRED: FormDefinition = {
  id: 'required',
  version: '1',
  title: 'Check-in',
  items: [
    {
      id: 'r',
      type: 'rating',
      label: 'How was the session?',
      required: true,
      errorMessage: 'Choose a number for how the session went',
    },
    {
      id: 'sl',
      type: 'slider',
      label: 'How calm do you feel?',
      help: 'Tap the line.',
      required: true,
    },
    {
      id: 'sc',
      type: 'scale',
      label: LONG,
      required: true,
      options: [
        { value: 'a', label: 'A little' },
        { value: 'b', label: 'A lot' },
      ],
    },
    {
      id: 'mu',
      type: 'multi',
      label: 'What helped?',
      required: true,
      options: [
        { value: 'x', label: 'Talking' },
        { value: 'y', label: 'Planning' },
      ],
    },
    { id: 'tx', type: 'text', label: 'One word for today', required: true },
    { id: 'ta', type: 'textarea', label: 'Anything else?' },
  ],
};

/** What a default message says about a question: its label, quoted (on the page, an element with `dir` isolates it). */
const named = (label: string) => `“${label}”`;

async function sent(template = html`<hearth-feedback-form storage="none"></hearth-feedback-form>`, definition = REQUIRED) {
  const el = await fixture<HearthFeedbackForm>(template);
  el.definition = definition;
  await until(() => !!shadow(el).querySelector('.item'), 3000, 'the questions');
  shadowButton(el, /./).click();
  await el.updateComplete;
  return el;
}

describe('<hearth-feedback-form> errors', () => {
  let console_: ConsoleCapture;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_.restore());

  it("says what to do for each question: the item's errorMessage, else a sentence naming the question", async () => {
    const el = await sent();
    const expected: Record<string, string> = {
      r: 'Choose a number for how the session went',
      sl: `Choose a point on the line to answer ${named('How calm do you feel?')}`,
      sc: `Choose an answer to ${named(LONG)}`,
      mu: `Choose at least one answer to ${named('What helped?')}`,
      tx: `Write an answer to ${named('One word for today')}`,
    };
    for (const [id, message] of Object.entries(expected)) {
      const error = inShadow(el, `[data-item="${id}"] .field-error`);
      expect(error.textContent, id).to.equal(`Error: ${message}`);
      // The prefix is for screen readers only (GOV.UK error message).
      expect(error.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Error:');
    }
    expect(shadow(el).querySelector('[data-item="ta"] .field-error')).to.equal(null);
    expect(shadow(el).textContent).not.to.contain('Please answer this question');
    // The summary lists the same words, in the order of the questions.
    const entries = [...inShadow(el, '.error-summary').querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(entries).to.deep.equal(Object.values(expected));
    // The owner form's message (reportValidity) is the first one; as plain text, marks isolate a quoted question.
    expect(el.validationMessage).to.equal(expected.r);
    el.definition = { ...REQUIRED, items: REQUIRED.items.slice(1) };
    await el.updateComplete;
    await until(() => el.validationMessage !== expected.r, 3000, 'the new first message');
    expect(el.validationMessage).to.equal('Choose a point on the line to answer “\u2068How calm do you feel?\u2069”');
    await expect(el).to.be.accessible();
  });

  it('each message sits directly under its question (and help), before the control, tied to it', async () => {
    const el = await sent();
    for (const id of ['r', 'sl', 'sc', 'mu', 'tx']) {
      const item = inShadow(el, `[data-item="${id}"]`);
      const error = item.querySelector<HTMLElement>('.field-error')!;
      const question = item.querySelector<HTMLElement>('.question')!;
      const control = item.querySelector<HTMLElement>(`#f-${id}`)!;
      const before = item.querySelector<HTMLElement>('.help') ?? question;
      expect(before.nextElementSibling, `${id}: right after the question`).to.equal(error);
      expect(error.getBoundingClientRect().top, id).to.be.at.least(question.getBoundingClientRect().bottom - 0.5);
      expect(error.getBoundingClientRect().bottom, `${id}: above its control`).to.be.at.most(control.getBoundingClientRect().top + 0.5);
      expect(control.getAttribute('aria-describedby')!.split(' '), id).to.include(error.id);
      // A GOV.UK error bar on the question's inline-start side, in the danger colour.
      expect(parseFloat(getComputedStyle(item).borderInlineStartWidth), id).to.be.at.least(3);
    }
  });

  it('the summary: no bullets, wrapped entries line up, each entry a button that focuses its field (never a #fragment)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await sent();
      const summary = inShadow(el, '.error-summary');
      expect(summary.querySelector('a[href]')).to.equal(null);
      const list = summary.querySelector('ul')!;
      const buttons = [...summary.querySelectorAll<HTMLButtonElement>('li > button')];
      expect(buttons).to.have.length(5);
      const long = buttons[2];
      const lineHeight = parseFloat(getComputedStyle(long).lineHeight);
      expect(long.getBoundingClientRect().height, 'the long entry wraps').to.be.above(lineHeight * 1.5);
      for (const li of summary.querySelectorAll('li')) expect(getComputedStyle(li).listStyleType).to.equal('none');
      for (const button of buttons) {
        expect(Math.abs(button.getBoundingClientRect().left - list.getBoundingClientRect().left), button.textContent!).to.be.below(1);
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
      }
      const hash = location.hash;
      long.click();
      expect(shadow(el).activeElement).to.equal(inShadow(el, '#f-sc input'));
      buttons[1].click();
      expect(shadow(el).activeElement).to.equal(inShadow(el, '#f-sl'));
      expect(location.hash).to.equal(hash);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in Arabic, the messages are Arabic and name the question', async () => {
    const definition: FormDefinition = {
      id: 'ar',
      version: '1',
      title: 'متابعة',
      items: [
        { id: 'r', type: 'rating', label: 'كيف كانت الجلسة؟', required: true },
        {
          id: 'tx',
          type: 'text',
          label: 'كلمة واحدة عن اليوم',
          required: true,
          errorMessage: 'اكتب كلمة واحدة عن يومك',
        },
      ],
    };
    const el = await sent(
      html`<hearth-feedback-form
        lang="ar"
        storage="none"
      ></hearth-feedback-form>`,
      definition,
    );
    await until(() => inShadow(el, '.error-summary').textContent!.includes('مشكلتان'), 3000, 'the Arabic strings');
    expect(inShadow(el, '[data-item="r"] .field-error').textContent).to.equal(`خطأ: اختر إجابة عن سؤال «كيف كانت الجلسة؟»`);
    expect(inShadow(el, '[data-item="tx"] .field-error').textContent).to.equal('خطأ: اكتب كلمة واحدة عن يومك');
    await expect(el).to.be.accessible();
  });

  it('on a Persian page (the practice’s own strings) with the built-in English form, the quoted question is marked English, in the summary and at the field', async () => {
    const config = { strings: { fa: { 'feedback.submit': 'ارسال', 'feedback.errorSlider': 'برای پاسخ به پرسش «{question}» نقطه‌ای روی خط انتخاب کنید' } } };
    const wrapper = await fixture(
      html`<hearth-provider lang="fa" .config=${config}><hearth-feedback-form template="session" storage="none"></hearth-feedback-form></hearth-provider>`,
    );
    const el = wrapper.querySelector<HearthFeedbackForm>('hearth-feedback-form')!;
    await until(() => !!shadow(el).querySelector('.item'), 3000, 'the questions');
    shadowButton(el, 'ارسال').click();
    await el.updateComplete;
    const label = (id: string) => inShadow(el, `[data-item="${id}"] .question span[lang="en"]`).textContent!;
    const summary = [...inShadow(el, '.error-summary').querySelectorAll('li button')];
    expect(summary.length).to.equal(4);
    const ids = ['heard', 'focus', 'approach', 'takeaway'];
    for (const [i, id] of ids.entries()) {
      const error = inShadow(el, `[data-item="${id}"] .field-error`);
      for (const [where, message] of [
        ['field', error],
        ['summary', summary[i]],
      ] as const) {
        // The question it quotes is English, running left to right…
        const quoted = [...message.querySelectorAll('[lang]')];
        expect(quoted.length, `${id} ${where}`).to.equal(1);
        expect(quoted[0].getAttribute('lang')).to.equal('en');
        expect(quoted[0].getAttribute('dir')).to.equal('ltr');
        expect(quoted[0].textContent).to.equal(label(id));
        // …inside a Persian sentence, in the element's language.
        expect(message.closest('[lang]')!.getAttribute('lang'), `${id} ${where}`).to.equal('fa');
        expect(message.textContent, `${id} ${where}`).to.contain(`برای پاسخ به پرسش «${label(id)}» نقطه‌ای روی خط انتخاب کنید`);
      }
    }
    // The owner form's message, plain text: the question isolated by marks.
    expect(el.validationMessage).to.equal(`برای پاسخ به پرسش «\u2068${label('heard')}\u2069» نقطه‌ای روی خط انتخاب کنید`);
    await expect(el).to.be.accessible();
  });

  it('in an Arabic element the built-in form is Arabic: the quoted question is not marked as another language', async () => {
    const el = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form lang="ar" template="session" storage="none"></hearth-feedback-form>`);
    await until(() => !!shadow(el).querySelector('.item'), 3000, 'the questions');
    shadowButton(el, 'إرسال').click();
    await el.updateComplete;
    const error = inShadow(el, '[data-item="heard"] .field-error');
    expect(error.textContent).to.match(/اختر نقطة على الخط للإجابة عن سؤال «[\u0600-\u06FF]/);
    expect(error.querySelector('[lang="en"]')).to.equal(null);
    expect(error.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
  });

  it('errorMessage is checked like every other field', async () => {
    const el = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form storage="none"></hearth-feedback-form>`);
    el.definition = {
      ...REQUIRED,
      items: [{ id: 'q', type: 'text', label: 'Q', required: true, errorMessage: 5 }],
    } as unknown as FormDefinition;
    await el.updateComplete;
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 3000, 'the configuration error');
    expect(inShadow(el, '[role="alert"]').textContent).to.contain('definition.items[0].errorMessage');
    el.definition = {
      ...REQUIRED,
      items: [
        {
          id: 'q',
          type: 'text',
          label: 'Q',
          required: true,
          errorMessage: 'x'.repeat(501),
        },
      ],
    };
    await el.updateComplete;
    await until(() => inShadow(el, '[role="alert"]').textContent!.includes('definition.items[0].errorMessage: must be at most 500'), 3000, 'the length error');
    expect(console_.errors.some((line) => line.includes('errorMessage'))).to.equal(true);
  });
});
