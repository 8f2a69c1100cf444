import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, useSiteAndBrowser } from './harness.mjs';

async function received(origin) {
  return (await fetch(`${origin}/__hearth/sent`)).json();
}

describe('sending through the outbox', () => {
  const env = useSiteAndBrowser();

  it('offline: queued; back online: sent once, with one Idempotency-Key', async () => {
    await fetch(`${env.site.origin}/__hearth/sent/clear`);
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=offline&endpoint=/__hearth/send/ok`);
    const widget = page.locator('hearth-test-widget');
    await widget.getByLabel('Your words').fill('Sent when the connection is back');
    await context.setOffline(true);
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.locator('#send-state').filter({ hasText: 'queued' }).waitFor();
    assert.deepEqual(await received(env.site.origin), []);
    await context.setOffline(false);
    await widget.locator('#send-state').filter({ hasText: 'sent' }).waitFor();
    const requests = await received(env.site.origin);
    assert.equal(requests.length, 1);
    assert.equal(JSON.parse(requests[0].body).text, 'Sent when the connection is back');
    assert.match(requests[0].key, /^[0-9a-f-]{36}$/);
    await context.close();
  });

  it('a send still queued when the page closes is sent on the next load', async () => {
    await fetch(`${env.site.origin}/__hearth/sent/clear`);
    const { page, context } = await openPage(env.browser);
    const url = `${env.site.origin}/e2e/widget.html?key=next-load&endpoint=/__hearth/send/ok`;
    await page.goto(url);
    const widget = page.locator('hearth-test-widget');
    await widget.getByLabel('Your words').fill('Do not lose me');
    await context.setOffline(true);
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.locator('#send-state').filter({ hasText: 'queued' }).waitFor();
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(url);
    // The server side decides: wait until it has received the send (at most 10 s).
    let requests = [];
    for (let waited = 0; requests.length === 0 && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      requests = await received(env.site.origin);
    }
    assert.equal(requests.length, 1);
    assert.equal(JSON.parse(requests[0].body).text, 'Do not lose me');
    await context.close();
  });

  it('a host that handles the submit event stops the send', async () => {
    await fetch(`${env.site.origin}/__hearth/sent/clear`);
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=handled&endpoint=/__hearth/send/ok&handled=1`);
    const widget = page.locator('hearth-test-widget');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.locator('#send-state').filter({ hasText: 'delivered' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await received(env.site.origin), []);
    await context.close();
  });
});
