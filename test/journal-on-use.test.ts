import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

/** Whether the page has fetched one of the journal's modules loaded on use. */
const fetched = (module: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(module));

let n = 0;
const key = () => `journal-on-use-${Date.now()}-${++n}`;

/**
 * What only some clients use loads when they use it: the passphrase screens only for `encrypt`,
 * sharing only with an endpoint, the edit form on the first Edit. A file of its own: its page has
 * not loaded that code before. Named to run before the other journal files (the runner takes them
 * in name order, one at a time): Firefox keeps a module an earlier page of the same browser
 * loaded and serves it without asking the server, so a bad network could not be made for it.
 */
describe('<hearth-journal-prompt> code loaded on use', () => {
  it('a plain journal without an endpoint fetches neither the lock nor sharing nor the edit form', async () => {
    const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    await until(() => !!shadow(el).querySelector('[part="history"]'), 5000, 'storage and the history');
    expect(fetched('journal-lock'), 'the lock').to.equal(false);
    expect(fetched('journal-share'), 'sharing').to.equal(false);
    expect(fetched('journal-edit'), 'the edit form').to.equal(false);
  });

  it('an encrypted journal whose passphrase screens cannot arrive says so, keeps nothing, and "Try again" brings them', async () => {
    await fetch('/__hearth/fail-next?path=journal-lock');
    const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()}></hearth-journal-prompt>`);
    const message = 'The passphrase screen could not be loaded. Check your connection, then try again. Nothing is kept on this device until then.';
    await until(() => shadow(el).querySelector('[part="lock"] .status.error')?.textContent === message, 5000, 'the message');
    expect(inShadow(el, '[part="lock"] .status.error').getAttribute('role')).to.equal('alert');
    expect(shadow(el).querySelector('textarea') === null, 'no writing area: nothing could be kept encrypted').to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Try again').click();
    await until(() => !!shadow(el).querySelector('#passphrase'), 5000, 'the setup screen');
    expect(shadow(el).querySelector('[part="lock"] .status.error') === null, 'the message is gone').to.equal(true);
  });
});
