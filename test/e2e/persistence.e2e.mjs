import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, useSiteAndBrowser } from './harness.mjs';

const status = (page) => page.locator('hearth-test-widget').locator('#status');
const textarea = (page) => page.locator('hearth-test-widget').getByLabel('Your words');

describe('persistence', () => {
  const env = useSiteAndBrowser();

  it('a reload keeps the draft (IndexedDB) and session storage keeps it in the tab', async () => {
    for (const storage of ['local', 'session']) {
      const { page, context } = await openPage(env.browser);
      await page.goto(`${env.site.origin}/e2e/widget.html?key=reload-${storage}&storage=${storage}`);
      await textarea(page).fill(`Kept across a reload (${storage})`);
      await status(page).filter({ hasText: 'saved' }).waitFor();
      await page.reload();
      await page.locator('hearth-test-widget').getByRole('button', { name: 'Send' }).waitFor();
      await page.waitForFunction(() => document.querySelector('hearth-test-widget').shadowRoot.querySelector('textarea').value !== '');
      assert.equal(await textarea(page).inputValue(), `Kept across a reload (${storage})`);
      await context.close();
    }
  });

  it('storage "none" keeps nothing across a reload', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=none&storage=none`);
    await textarea(page).fill('Only in memory');
    await status(page).filter({ hasText: 'saved' }).waitFor();
    await page.reload();
    await page.locator('hearth-test-widget').getByRole('button', { name: 'Send' }).waitFor();
    // The widget has read its storage (and found nothing to put back).
    await page.evaluate(() => document.querySelector('hearth-test-widget').loaded);
    assert.equal(await textarea(page).inputValue(), '');
    await context.close();
  });

  it('a full disk (quota forced through the DevTools protocol) is reported and the text stays', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=quota`);
    await page.locator('hearth-test-widget').getByRole('button', { name: 'Send' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.site.origin, quotaSize: 1 });
    const long = 'A long entry that cannot fit. '.repeat(2000);
    await textarea(page).fill(long);
    await status(page).filter({ hasText: 'no more room' }).waitFor();
    assert.equal(await textarea(page).inputValue(), long);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.site.origin });
    await context.close();
  });

  it('storage refused (a sandboxed frame) is reported and the text stays', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/sandboxed.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('hearth-test-widget #status').filter({ hasText: 'not letting the page save' }).waitFor();
    await frame.locator('hearth-test-widget').getByLabel('Your words').fill('Still here');
    await frame.locator('hearth-test-widget #status').filter({ hasText: 'not letting the page save' }).waitFor();
    assert.equal(await frame.locator('hearth-test-widget').getByLabel('Your words').inputValue(), 'Still here');
    await context.close();
  });

  it('two pages on one draft: the second is told of the change and never overwrites it silently', async () => {
    const { page: first, context } = await openPage(env.browser);
    const second = await context.newPage();
    const url = `${env.site.origin}/e2e/widget.html?key=two-tabs`;
    await first.goto(url);
    await second.goto(url);
    await second.locator('hearth-test-widget').getByRole('button', { name: 'Send' }).waitFor();
    await textarea(first).fill('Written in the first tab');
    await status(first).filter({ hasText: 'saved' }).waitFor();
    await status(second).filter({ hasText: 'conflict' }).waitFor();
    await textarea(second).fill('Written in the second tab');
    // The save its autosave makes 100 ms after typing, made now and awaited.
    await second.evaluate(() => document.querySelector('hearth-test-widget').save());
    await status(second).filter({ hasText: 'conflict' }).waitFor();
    const stored = await first.evaluate(async () => {
      const { HearthStorage } = await import('/e2e-build/test-widget.js');
      const read = await new HearthStorage({ mode: 'local' }).read('drafts', 'two-tabs', { schema: 2 });
      return read.ok ? read.value.data.text : read.error.reason;
    });
    assert.equal(stored, 'Written in the first tab');
    await context.close();
  });
});
