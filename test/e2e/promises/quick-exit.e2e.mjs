/**
 * Quick exit leaves the page when a client needs it to: Shift pressed three times, or the button
 * clicked. The page is blank when the event fires, and the location is replaced (the private
 * page is not added to the history).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { engine, useSiteAndEngine } from '../browser-driver.mjs';

/** In the page: true once it is the neutral page the exit goes to. */
function landed() {
  return location.pathname === '/e2e/elsewhere.html' && location.search === '';
}

describe(`${engine}: quick exit leaves the page`, () => {
  const env = useSiteAndEngine();

  /** Opens the private page (after a page before it) and resolves with its history length. */
  async function openPrivatePage(page) {
    await page.goto(`${env.site.origin}/e2e/elsewhere.html?start`);
    await page.goto(`${env.site.origin}/e2e/quick-exit.html`);
    await page.waitFor(() => document.querySelector('hearth-quick-exit')?.shadowRoot?.querySelector('button')?.textContent.trim() === 'Quick exit', {
      message: 'the quick exit button',
    });
    assert.deepEqual(await page.pageErrors(), []);
    assert.deepEqual(await page.cspViolations(), []);
    return page.evaluate(() => history.length);
  }

  /** What quick-exit-recorder.js saw when the event fired, read on the page it landed on. */
  const seen = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('quick-exit')));

  it('Shift pressed three times leaves: the page was blank when the event fired, the location replaced', async () => {
    const page = await env.browser.newPage();
    try {
      const length = await openPrivatePage(page);
      await page.press('Shift');
      await page.press('Shift');
      await page.press('Shift');
      await page.waitFor(landed, { message: 'the exit to /e2e/elsewhere.html' });
      const event = await seen(page);
      assert.equal(event?.detail.trigger, 'keyboard');
      assert.equal(event.detail.href, `${env.site.origin}/e2e/elsewhere.html`);
      assert.equal(event.display, 'none', 'the page was blank when the event fired');
      assert.equal(await page.evaluate(() => history.length), length, 'the location was replaced: no new history entry');
    } finally {
      await page.close();
    }
  });

  it('the button, clicked with the mouse, leaves the same way', async () => {
    const page = await env.browser.newPage();
    try {
      const length = await openPrivatePage(page);
      await page.click('hearth-quick-exit', 'button');
      await page.waitFor(landed, { message: 'the exit to /e2e/elsewhere.html' });
      const event = await seen(page);
      assert.equal(event?.detail.trigger, 'button');
      assert.equal(event.display, 'none', 'the page was blank when the event fired');
      assert.equal(await page.evaluate(() => history.length), length, 'the location was replaced: no new history entry');
    } finally {
      await page.close();
    }
  });
});
