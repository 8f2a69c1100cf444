import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

const definition: FormDefinition = {
  id: 'on-use',
  version: '1',
  title: 'A short check',
  items: [{ id: 'note', type: 'text', label: 'Anything to add?' }],
};

/**
 * The feedback form's sending code loads on the first Send (without an endpoint) or with the
 * outbox (with one). A file of its own, named to run before the other feedback files (the runner
 * takes them in name order): Firefox and WebKit keep a module an earlier page of the same browser
 * loaded and serve it without asking the server, so no bad network could be made for it.
 */
describe('<hearth-feedback-form> code loaded on use', () => {
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
