import '../packages/elements/src/all.js';

import { fixture, html } from '@open-wc/testing';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import { fillTokens } from '../packages/elements/src/fill-tokens.js';
import { describeXssSuite } from './suites/xss-suite.js';

describeXssSuite('<hearth-feedback-form>', {
  create: () => fixture<HearthFeedbackForm>(html`<hearth-feedback-form storage="none" no-crisis-footer></hearth-feedback-form>`),
  // Its own controls: the eleven radios of the rating and the one of the choice.
  ownTags: { input: 12 },
  channels: [
    {
      name: 'title, intro, labels, help, anchors and option labels',
      kind: 'text',
      maxLength: 200,
      // Without a provider, {name} and {practice} are filled with nothing and the spaces tidied.
      shownAs: (payload) => fillTokens(payload),
      feed: async (el, [payload]) => {
        el.definition = {
          id: 'xss',
          version: '1',
          title: payload,
          intro: payload,
          items: [
            { id: 'r', type: 'rating', label: payload, help: payload, minLabel: payload, maxLabel: payload },
            { id: 'c', type: 'choice', label: payload, options: [{ value: payload, label: payload }] },
          ],
        };
        await el.updateComplete;
      },
    },
  ],
});
