import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, settle, useSiteAndBrowser } from './harness.mjs';

describe('privacy: with no endpoint, nothing leaves the browser', () => {
  const env = useSiteAndBrowser();

  it('a whole task (type, autosave, send) makes no request beyond the page assets and sets no cookie', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=privacy`);
    await page.waitForLoadState('networkidle');
    const before = env.site.requests.length;
    const secret = 'I have not told anyone this before';
    const widget = page.locator('hearth-test-widget');
    await widget.getByLabel('Your words').fill(secret);
    await widget.locator('#status').filter({ hasText: 'saved' }).waitFor();
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.locator('#send-state').filter({ hasText: 'delivered' }).waitFor();
    await settle(page, env.site);
    // Server side: the server saw nothing at all during the task.
    assert.deepEqual(env.site.requests.slice(before), []);
    // Browser side: every request of the visit went to the site itself, for its assets.
    for (const url of record.requests) {
      assert.equal(new URL(url).origin, env.site.origin, url);
      assert.match(new URL(url).pathname, /^\/(cdn|e2e|e2e-build)\/|^\/favicon\.ico$/, url);
    }
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.equal(await page.evaluate(() => document.body.dataset.submitted), '1', 'the submit event was the delivery');
    // Client text never reaches the console.
    assert.equal(
      record.console.some((m) => m.text.includes(secret)),
      false,
    );
    assert.equal(record.console.filter((m) => m.type === 'warning' && m.text.includes('has no endpoint')).length, 1);
    await context.close();
  });

  it('the demo page (provider, crisis resources, a coping deck used) makes no request beyond its assets and sets no cookie', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    await page.locator('hearth-crisis-resources').first().getByRole('link', { name: 'Call 988' }).waitFor();
    const deck = page.locator('hearth-coping-card');
    await deck.getByRole('button', { name: 'Not for me' }).click();
    await deck.getByRole('button', { name: 'Save to my list' }).click();
    await deck.getByLabel('Add a step of your own').fill('Text my sister');
    await deck.getByRole('button', { name: 'Add step' }).click();
    await page.waitForLoadState('networkidle');
    const paths = record.requests.map((url) => new URL(url).pathname);
    assert.deepEqual(
      paths.filter((path) => !/^\/($|cdn\/|demo\.css$|favicon\.svg$)/.test(path)),
      [],
    );
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });
});
