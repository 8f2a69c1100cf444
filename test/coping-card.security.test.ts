import '../packages/elements/src/all.js';

import { fixture, html } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import { fillTokens } from '../packages/elements/src/fill-tokens.js';
import { until } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

let fresh = 0;
const base: Strategy = { id: 'xss', title: 'T', summary: 'S', steps: ['one'], exercise: { type: 'steps' } };

async function show(el: HearthCopingCard, strategy: Strategy) {
  el.strategy = strategy;
  await el.updateComplete;
}

describeXssSuite('<hearth-coping-card>', {
  create: () => fixture<HearthCopingCard>(html`<hearth-coping-card storage="none" no-crisis-footer></hearth-coping-card>`),
  ownTags: { form: 1, input: 1 },
  channels: [
    {
      name: 'title, summary, when to use it, approach and steps',
      kind: 'text',
      maxLength: 200,
      // Without a provider, {name} and {practice} are filled with nothing and the spaces tidied.
      shownAs: (payload) => fillTokens(payload),
      feed: (el, [payload]) => show(el, { ...base, title: payload, summary: payload, whenToUse: payload, approach: payload, steps: [payload] }),
    },
    {
      name: 'bodyHtml',
      kind: 'html',
      feed: (el, [payload]) => show(el, { ...base, bodyHtml: payload }),
    },
    {
      name: "the client's own steps",
      kind: 'text',
      maxLength: 300,
      // A text input drops line breaks from its value; the card trims.
      shownAs: (payload) => payload.replace(/[\r\n]/g, '').trim() || 'x',
      feed: async (el, [payload]) => {
        // A fresh strategy id each time keeps the list to the one step just added.
        await show(el, { ...base, id: `own-${++fresh}` });
        await until(() => !!el.shadowRoot!.querySelector('#own-step'), 2000, 'the own-steps field');
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('#own-step')!;
        input.value = payload.trim() ? payload : 'x';
        input.dispatchEvent(new Event('input'));
        el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        await el.updateComplete;
      },
    },
  ],
});
