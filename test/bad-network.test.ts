import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

const definition: FormDefinition = {
  id: 'on-use',
  version: '1',
  title: 'A short check',
  items: [{ id: 'note', type: 'text', label: 'Anything to add?' }],
};

let n = 0;
const key = () => `bad-network-${Date.now()}-${++n}`;

/**
 * Code loaded on first use that cannot arrive (a bad network): the client is told, nothing is
 * lost, and the next press loads it. Named to run before every other file (the runner takes them
 * in name order): Firefox and WebKit keep a module an earlier page of the same browser loaded and
 * do not ask the server for it again, so no bad network could be made for it after that.
 */
describe('<hearth-feedback-form> code loaded on use, on a bad network', () => {
  it('when the sending code cannot arrive, Send says so, nothing is sent, the answers stay; the next Send works', async () => {
    const el = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form storage="none" .definition=${definition}></hearth-feedback-form>`);
    await until(() => !!shadow(el).querySelector('input, textarea'), 3000, 'the question');
    const field = inShadow<HTMLInputElement>(el, 'input, textarea');
    field.value = 'Kept through a bad network';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await fetch('/__hearth/fail-next?path=feedback-send');
    let submitted = 0;
    el.addEventListener('hearth-feedback-submit', () => submitted++);
    button(el, 'Send').click();
    const message = 'Not sent: part of this form could not load. Check your connection, then press Send again. Your answers are still here.';
    await until(() => inShadow(el, '[part="status"]').textContent === message, 5000, 'the message');
    expect(submitted).to.equal(0);
    expect(inShadow<HTMLInputElement>(el, 'input, textarea').value).to.equal('Kept through a bad network');
    await expect(el).to.be.accessible();

    const sent = oneEvent(el, 'hearth-feedback-submit');
    button(el, 'Send').click();
    expect((await sent).detail.response.answers).to.deep.equal({ note: 'Kept through a bad network' });
  });
});

describe('<hearth-journal-prompt> code loaded on use, on a bad network', () => {
  it('when the edit form cannot arrive, Edit says so on the status line; the next Edit opens it', async () => {
    const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    await el.data.ready;
    const area = inShadow<HTMLTextAreaElement>(el, 'textarea');
    area.value = 'An entry to edit';
    area.dispatchEvent(new Event('input'));
    await el.saveEntry();
    await until(() => !!shadow(el).querySelector('[data-action="edit"]'), 5000, 'the entry');
    await fetch('/__hearth/fail-next?path=journal-edit');
    inShadow<HTMLButtonElement>(el, '[data-action="edit"]').click();
    const message = 'The edit form could not load. Check your connection, then press Edit again.';
    await until(() => inShadow(el, '[part="status"]').textContent === message, 5000, 'the message');
    expect(shadow(el).querySelector('#edit-text, [part="edit"] textarea')).to.equal(null);
    inShadow<HTMLButtonElement>(el, '[data-action="edit"]').click();
    await until(() => shadow(el).querySelectorAll('textarea').length > 1, 5000, 'the edit form');
  });
});
