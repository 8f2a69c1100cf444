import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import { sendKeys } from './helpers/commands.js';
import { inShadow, shadow, shadowButton as button } from './helpers/shadow.js';

/** Whether the page has fetched the guided exercise's code (a module of its own). */
const exerciseCodeFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('exercise-view'));

/**
 * The guided exercise's code loads when a client first presses Start, not with the card. A file of
 * its own: its page has not loaded that code before (test/e2e/coping-card.e2e.mjs proves the same
 * on the built CDN from the request log).
 */
describe('<hearth-coping-card> guided exercise loaded on first use', () => {
  it('a Start whose code cannot arrive says so and becomes "Try again", which loads it and starts once, focus on Pause', async () => {
    const el = await fixture<HearthCopingCard>(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`);
    await el.updateComplete;
    expect(exerciseCodeFetched(), 'not fetched for the first render').to.equal(false);

    // A bad network: the exercise's module fails once.
    await fetch('/__hearth/fail-next?path=exercise-view');
    const start = button(el, 'Start breathing');
    start.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const message = 'The exercise could not be loaded. Check your connection, then try again.';
    expect(inShadow(el, '.load-failed').textContent).to.equal(message);
    expect(inShadow(el, '[part="announcer"]').textContent).to.equal(message);
    expect(start.textContent!.trim()).to.equal('Try again');
    expect(shadow(el).activeElement, 'focus stays on the button, now "Try again"').to.equal(start);
    await expect(el).to.be.accessible();

    // Pressed twice before the code arrives: one start, none lost.
    const starts: string[] = [];
    el.addEventListener('hearth-exercise-start', (event) => starts.push(event.detail.strategyId));
    start.click();
    start.click();
    await el.updateComplete;
    expect(starts).to.deep.equal(['box-breathing']);
    expect(inShadow(el, '.round').textContent).to.equal('Round 1 of 4');
    expect(shadow(el).querySelector('.load-failed')).to.equal(null);
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Pause');
    expect(exerciseCodeFetched(), 'fetched on use').to.equal(true);
    button(el, 'Stop').click();
  });
});
