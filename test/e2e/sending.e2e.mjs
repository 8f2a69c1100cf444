import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clearSentLog, openPage, sentLog as received, until, useSiteAndBrowser } from './harness.mjs';

describe('sending through the outbox', () => {
  const env = useSiteAndBrowser();

  it('offline: queued; back online: sent once, with one Idempotency-Key', async () => {
    await clearSentLog(env.site.origin);
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
    await clearSentLog(env.site.origin);
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
    await until(async () => (requests = await received(env.site.origin)).length > 0, { timeout: 10_000, what: 'the queued send' });
    assert.equal(requests.length, 1);
    assert.equal(JSON.parse(requests[0].body).text, 'Do not lose me');
    await context.close();
  });

  it('a host that handles the submit event stops the send', async () => {
    await clearSentLog(env.site.origin);
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/widget.html?key=handled&endpoint=/__hearth/send/ok&handled=1`);
    const widget = page.locator('hearth-test-widget');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.locator('#send-state').filter({ hasText: 'delivered' }).waitFor();
    // Proof that a send had time to arrive: another page's send, made after, arrives alone.
    const later = await context.newPage();
    await later.goto(`${env.site.origin}/e2e/widget.html?key=after-handled&endpoint=/__hearth/send/ok`);
    const other = later.locator('hearth-test-widget');
    await other.getByLabel('Your words').fill('Sent after');
    await other.getByRole('button', { name: 'Send' }).click();
    await other.locator('#send-state').filter({ hasText: 'sent' }).waitFor();
    assert.deepEqual(
      (await received(env.site.origin)).map((request) => JSON.parse(request.body).text),
      ['Sent after'],
    );
    await context.close();
  });
});
