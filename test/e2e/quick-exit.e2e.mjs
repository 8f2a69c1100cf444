import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { crossSiteFramePage, openPage, problems, useSiteAndBrowser } from './harness.mjs';

describe('quick exit on a real page', () => {
  const env = useSiteAndBrowser();

  /** The exit runs in the key handler: once a key press has resolved, its event (recorded by the page) has fired or never will. */
  const exited = (page) => page.evaluate(() => sessionStorage.getItem('quick-exit') !== null);

  async function ready(page, path = '/e2e/quick-exit.html') {
    await page.goto(`${env.site.origin}${path}`);
    await page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
  }

  it('Shift pressed three times blanks the page, signals, and replaces the location', async () => {
    const { page, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/elsewhere.html?start`);
    await ready(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await Promise.all([page.waitForURL('**/e2e/elsewhere.html'), page.keyboard.press('Shift')]);
    const seen = JSON.parse(await page.evaluate(() => sessionStorage.getItem('quick-exit')));
    assert.equal(seen.detail.trigger, 'keyboard');
    assert.equal(seen.detail.href, `${env.site.origin}/e2e/elsewhere.html`);
    assert.equal(seen.display, 'none', 'the page was blank when the event fired');
    // location.replace: the private page is not in the history; Back goes to the page before it.
    // Back may restore from the back-forward cache, which fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    assert.equal(new URL(page.url()).search, '?start');
    assert.deepEqual(problems(record), []);
    await page.context().close();
  });

  it('Shift pressed twice does not leave, nor does Shift used for capitals', async () => {
    const { page } = await openPage(env.browser);
    await ready(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.locator('#notes').click();
    await page.keyboard.type('Hello World Again');
    assert.equal(await exited(page), false, 'no quick-exit event');
    assert.match(page.url(), /quick-exit\.html$/);
    assert.equal(await page.locator('#notes').inputValue(), 'Hello World Again');
    await page.context().close();
  });

  it('three presses spread over more than five seconds do not leave', async () => {
    const { page } = await openPage(env.browser);
    await ready(page);
    await page.clock.install();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.runFor(5200);
    await page.keyboard.press('Shift');
    assert.equal(await exited(page), false, 'no quick-exit event');
    assert.match(page.url(), /quick-exit\.html$/);
    await page.context().close();
  });

  it('the button leaves the page; keyboard users reach it with Tab and press Enter', async () => {
    const { page } = await openPage(env.browser);
    await ready(page);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL('**/e2e/elsewhere.html'), page.keyboard.press('Enter')]);
    const seen = JSON.parse(await page.evaluate(() => sessionStorage.getItem('quick-exit')));
    assert.equal(seen.detail.trigger, 'button');
    await page.context().close();
  });

  it('goes to a neutral search page by default', async () => {
    const { page, context } = await openPage(env.browser);
    await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title>' }));
    await ready(page, '/e2e/quick-exit-default.html');
    await Promise.all([page.waitForURL('https://www.google.com/'), page.locator('hearth-quick-exit').getByRole('button').click()]);
    await context.close();
  });
});

describe("quick exit in a frame (a site builder's custom-code frame)", () => {
  const env = useSiteAndBrowser({
    '/e2e/framed-exit.html': crossSiteFramePage('/e2e/quick-exit.html'),
    '/e2e/sandboxed-exit.html': crossSiteFramePage('/e2e/quick-exit.html', { sandbox: 'allow-scripts' }),
  });

  it('leaves from the top page, not only the frame', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`http://localhost:${env.site.port}/e2e/framed-exit.html`);
    const button = page.frameLocator('iframe').locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' });
    await button.waitFor();
    await Promise.all([page.waitForURL(`http://127.0.0.1:${env.site.port}/e2e/elsewhere.html`), button.click()]);
    assert.equal(await page.locator('h1', { hasText: 'Practice page' }).count(), 0, 'the practice page is gone');
    await context.close();
  });

  it('in a sandbox that may not navigate the top page, the frame still leaves', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`http://localhost:${env.site.port}/e2e/sandboxed-exit.html`);
    const button = page.frameLocator('iframe').locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' });
    await button.waitFor();
    await button.click();
    await page.waitForFunction(() => true);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await frame.waitForURL(/\/e2e\/elsewhere\.html$/);
    assert.equal(page.url(), `http://localhost:${env.site.port}/e2e/sandboxed-exit.html`, 'the top page stays (the sandbox forbids more)');
    await context.close();
  });
});
