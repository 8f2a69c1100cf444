import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// Issue 18: single-page apps remove an element and put it back (a route change, a tab panel, a
// list re-render). Each widget resumes what it was doing: a queued send is retried, a draft
// changed elsewhere is heard, an encrypted journal still locks when its time is up.

let n = 0;
const key = () => `moved-${Date.now()}-${++n}`;
const PASSPHRASE = 'a long enough passphrase';

type Sent = { scenario: string; status: number; body: string };
const sentLog = async (): Promise<Sent[]> => (await fetch('/__hearth/sent')).json();
const delivered = async (scenario: string) => (await sentLog()).filter((entry) => entry.scenario === scenario && entry.status === 200);

/** Takes the element out of the page and puts it back where it was, as a router or a list re-render does. */
async function moveOut<T extends HTMLElement>(el: T, whileAway?: () => Promise<void>): Promise<T> {
  const parent = el.parentNode!;
  const next = el.nextSibling;
  el.remove();
  await whileAway?.();
  parent.insertBefore(el, next);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

function type(el: Element, selector: string, value: string) {
  const field = inShadow<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function inProvider<T extends Element>(namespace: string, content: ReturnType<typeof html>, selector: string): Promise<T> {
  const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>${content}</hearth-provider>`);
  return provider.querySelector<T>(selector)!;
}

describe('a widget removed from the page and put back (issue 18)', function () {
  this.timeout(60_000);
  beforeEach(() => fetch('/__hearth/sent/clear'));

  describe('<hearth-feedback-form>', () => {
    const NOTE: FormDefinition = { id: 'moved', version: '1', title: 'How was it?', items: [{ id: 'note', type: 'textarea', label: 'A note' }] };
    const form = (storeKey: string) =>
      html`<hearth-feedback-form .definition=${NOTE} endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-feedback-form>`;
    const another = (storeKey: string) => {
      const el = document.createElement('hearth-feedback-form');
      el.definition = NOTE;
      el.setAttribute('store-key', storeKey);
      return el;
    };

    async function loaded(el: HearthFeedbackForm) {
      await until(() => !!shadow(el).querySelector('textarea'), 5000, 'the form');
    }

    it('retries its queued send once it is back in the page', async () => {
      const el = await inProvider<HearthFeedbackForm>(key(), form(key()), 'hearth-feedback-form');
      await loaded(el);
      type(el, 'textarea', 'The breathing exercise helped.');
      const response = el.submit();
      await until(() => el.phase === 'queued', 10_000, 'queued: the server is down');
      await response;
      await moveOut(el, () => fetch('/__hearth/held/release').then(() => undefined));
      await until(async () => (await delivered('held')).length === 1, 10_000, 'the queued answers sent after the form came back');
      expect((await delivered('held'))[0].body).to.contain('The breathing exercise helped.');
    });

    it('hears a draft changed by another form with the same key while it was away, and after', async () => {
      const namespace = key();
      const storeKey = key();
      const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>${form(storeKey)}</hearth-provider>`);
      const first = provider.querySelector('hearth-feedback-form')!;
      await loaded(first);
      await moveOut(first, async () => {
        const other = another(storeKey);
        provider.append(other);
        await loaded(other);
        type(other, 'textarea', 'Written in the other form');
        await other.saveDraft();
        other.remove();
      });
      await until(() => inShadow<HTMLTextAreaElement>(first, 'textarea').value === 'Written in the other form', 5000, 'the draft written while away');
      // And it still listens: a later change made elsewhere arrives too.
      const later = another(storeKey);
      provider.append(later);
      await loaded(later);
      await until(() => inShadow<HTMLTextAreaElement>(later, 'textarea').value === 'Written in the other form', 5000, 'the second form reads the draft');
      type(later, 'textarea', 'Changed again');
      await later.saveDraft();
      await until(() => inShadow<HTMLTextAreaElement>(first, 'textarea').value === 'Changed again', 5000, 'the change made after it came back');
    });
  });

  describe('<hearth-journal-prompt>', () => {
    async function ready(el: HearthJournalPrompt) {
      await until(() => !!shadow(el).querySelector('[part="history"]') && !!shadow(el).querySelector('textarea#text'), 10_000, 'the journal');
    }

    it('retries a queued share once it is back in the page', async () => {
      const el = await fixture<HearthJournalPrompt>(
        html`<div><hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${key()}></hearth-journal-prompt></div>`,
      ).then((div) => div.querySelector('hearth-journal-prompt')!);
      await ready(el);
      type(el, 'textarea#text', 'A note to share');
      await el.saveEntry();
      await el.updateComplete;
      button(el, 'Share with my therapist').click();
      await el.updateComplete;
      button(el, 'Send it').click();
      await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'queued', 10_000, 'queued');
      await moveOut(el, () => fetch('/__hearth/held/release').then(() => undefined));
      await until(async () => (await delivered('held')).length === 1, 10_000, 'the queued share sent after the journal came back');
      await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'sent', 5000, 'shown as sent');
    });

    it('hears its draft changed by another journal with the same key after it came back', async () => {
      const storeKey = key();
      const namespace = key();
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider namespace=${namespace}><hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt></hearth-provider>`,
      );
      const first = provider.querySelector('hearth-journal-prompt')!;
      await ready(first);
      await moveOut(first);
      const other = document.createElement('hearth-journal-prompt');
      other.setAttribute('prompt', 'P');
      other.setAttribute('store-key', storeKey);
      provider.append(other);
      await ready(other);
      type(other, 'textarea#text', 'Written in the other journal');
      await other.saveDraft();
      await until(() => inShadow<HTMLTextAreaElement>(first, 'textarea#text').value === 'Written in the other journal', 5000, 'the other journal’s draft');
    });

    it('an unlocked encrypted journal still locks when its time is up after it came back', async () => {
      const el = await inProvider<HearthJournalPrompt>(
        key(),
        // lock-after is in minutes: 0.03 is under two seconds.
        html`<hearth-journal-prompt prompt="P" encrypt lock-after="0.03" store-key=${key()}></hearth-journal-prompt>`,
        'hearth-journal-prompt',
      );
      await until(() => !!shadow(el).querySelector('#passphrase'), 10_000, 'the setup form');
      type(el, '#passphrase', PASSPHRASE);
      type(el, '#confirm', PASSPHRASE);
      inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
      await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 20_000, 'the recovery code');
      button(el, 'I have kept it safe').click();
      await until(() => !!shadow(el).querySelector('textarea#text'), 5000, 'the writing area');
      type(el, 'textarea#text', 'Private words');
      await moveOut(el);
      await until(() => !!shadow(el).querySelector('#unlock'), 10_000, 'locked once its time was up');
      expect(shadow(el).querySelector('textarea#text')).to.equal(null);
    });
  });

  describe('<hearth-consent>', () => {
    async function agree(el: HearthConsent) {
      await until(() => el.stage === 'form' && !!shadow(el).querySelector('#signer-name'), 5000, 'the terms');
      for (const box of shadow(el).querySelectorAll<HTMLInputElement>('.ack input[required], .ack input')) if (!box.checked) box.click();
      type(el, '#signer-name', 'Sam Rivera');
      await el.updateComplete;
      button(el, 'I agree').click();
    }

    it('retries its queued record once it is back in the page', async () => {
      const el = await inProvider<HearthConsent>(
        key(),
        html`<hearth-consent template="confidentiality" endpoint="/__hearth/send/held" store-key=${key()}></hearth-consent>`,
        'hearth-consent',
      );
      await until(() => !!shadow(el).querySelector('#signer-name'), 5000, 'the terms');
      await agree(el);
      await until(async () => (await sentLog()).some((entry) => entry.scenario === 'held' && entry.status === 503), 10_000, 'a first try the server refused');
      await until(() => el.sendState?.state === 'queued', 10_000, 'queued');
      await moveOut(el, () => fetch('/__hearth/held/release').then(() => undefined));
      await until(async () => (await delivered('held')).length === 1, 10_000, 'the queued record sent after the consent came back');
      expect(JSON.parse((await delivered('held'))[0].body).signerName).to.equal('Sam Rivera');
    });

    it('with require-scroll, still sees the client reach the end of the terms after it came back', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div style="width: 700px"><hearth-consent template="confidentiality" require-scroll store-key=${key()}></hearth-consent></div>`,
      );
      const el = holder.querySelector('hearth-consent')!;
      await until(() => shadow(el).querySelectorAll('#terms .html-content').length > 0 && !!shadow(el).querySelector('#terms .terms-end'), 5000, 'the terms');
      const read = () => (el as unknown as { read: boolean }).read;
      expect(read(), 'not read yet').to.equal(false);
      await moveOut(el);
      const box = inShadow<HTMLElement>(el, '#terms');
      box.scrollTop = box.scrollHeight;
      inShadow<HTMLElement>(el, '#terms .terms-end').scrollIntoView();
      await until(() => read(), 5000, 'the end of the terms reached');
    });

    it('shows an answer given in another consent with the same key after it came back', async () => {
      const storeKey = key();
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider namespace=${key()}><hearth-consent template="confidentiality" store-key=${storeKey}></hearth-consent></hearth-provider>`,
      );
      const first = provider.querySelector('hearth-consent')!;
      await until(() => !!shadow(first).querySelector('#signer-name'), 5000, 'the terms');
      await moveOut(first);
      const other = document.createElement('hearth-consent');
      other.setAttribute('template', 'confidentiality');
      other.setAttribute('store-key', storeKey);
      provider.append(other);
      await until(() => !!shadow(other).querySelector('#signer-name'), 5000, 'the other consent');
      await agree(other);
      await until(() => other.stage === 'agreed', 5000, 'agreed in the other consent');
      await until(() => first.stage === 'agreed', 5000, 'the answer shown in the first consent');
    });
  });
});
