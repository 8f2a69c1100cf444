import '../packages/elements/src/all.js';

import { fixture, html } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import type { Policy } from '../packages/elements/src/consent/policy.js';
import { fillTokens } from '../packages/elements/src/fill-tokens.js';
import { until } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

let version = 0;

async function show(el: HearthConsent, policy: Omit<Policy, 'version'>) {
  // A new version each time: the element re-hashes and renders the terms afresh.
  el.policy = { ...policy, version: String(++version) };
  await el.updateComplete;
  await until(() => el.stage === 'form', 5000, 'the terms');
  await el.updateComplete;
}

const base = {
  id: 'xss',
  title: 'T',
  sections: [{ id: 's', title: 'S', bodyHtml: '<p>Plain.</p>' }],
  acknowledgments: [{ id: 'a', label: 'A', required: true }],
};

describeXssSuite('<hearth-consent>', {
  create: () => fixture<HearthConsent>(html`<hearth-consent storage="none" no-crisis-footer></hearth-consent>`),
  // Its own controls: one checkbox and the typed-name field.
  ownTags: { input: 2 },
  channels: [
    {
      name: 'title, section titles and acknowledgment labels',
      kind: 'text',
      maxLength: 300,
      // Without a provider, {name} and {practice} are filled with nothing and the spaces tidied.
      shownAs: (payload) => fillTokens(payload),
      feed: (el, [payload]) =>
        show(el, {
          ...base,
          title: payload,
          sections: [{ id: 's', title: payload, bodyHtml: '<p>Plain.</p>' }],
          acknowledgments: [{ id: 'a', label: payload, required: true }],
        }),
    },
    {
      name: 'bodyHtml of every section',
      kind: 'html',
      feed: (el, [payload]) => show(el, { ...base, sections: [{ id: 's', title: 'S', bodyHtml: payload.trim() ? payload : '-' }] }),
    },
  ],
});
