/**
 * A send the practice's server cannot take yet (503) waits in the outbox, across a reload, and
 * reaches the server exactly once when it can: one accepted request, one Idempotency-Key. The
 * send is a real one: a journal entry typed, saved and shared with "Share with my therapist".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { engine, useSiteAndEngine } from '../browser-driver.mjs';
import { clearSentLog, sentLog, until } from '../harness.mjs';

const TEXT = 'I would like to talk about sleep next time.';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** In the page: whether the first entry card's share state is `state` ('queued', 'sent', …). */
function shareStateIs(state) {
  const root = document.querySelector('hearth-journal-prompt')?.shadowRoot;
  return root?.querySelector('[part="entry"] .share-state')?.dataset.state === state;
}

describe(`${engine}: a send that cannot be delivered yet is delivered exactly once`, () => {
  const env = useSiteAndEngine();
  const server = (path) => fetch(`${env.site.origin}${path}`).then((answer) => answer.json());
  const received = () => sentLog(env.site.origin);

  it('answered 503, it stays queued across a reload; accepted, it arrives once, with one Idempotency-Key', async () => {
    await clearSentLog(env.site.origin); // also puts the "held" scenario back to 503
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.site.origin}/e2e/promises-share.html`);
      await page.click('hearth-journal-prompt', 'textarea#text');
      await page.type(TEXT);
      await page.click('hearth-journal-prompt', 'button[part="save-button"]');
      await page.click('hearth-journal-prompt', { selector: '[part="entry"] button', text: 'Share with my therapist' });
      await page.click('hearth-journal-prompt', { selector: '.share button', text: 'Send it' });
      await page.waitFor(shareStateIs, { args: ['queued'], message: 'the share queued after a 503' });
      const refused = await received();
      assert.ok(refused.length >= 1 && refused.every((r) => r.scenario === 'held' && r.status === 503), 'the server refused it');

      // The page goes away and comes back: the send is still waiting, and tried again on load.
      await page.reload();
      const reloadedAt = Date.now();
      await page.waitFor(shareStateIs, { args: ['queued'], message: 'the share still queued after the reload' });
      await until(async () => (await received()).some((r) => r.at >= reloadedAt), { timeout: 10_000, what: 'the reloaded page to try the send again' });
      assert.ok(
        (await received()).every((r) => r.status === 503),
        'nothing was accepted while the server refused',
      );

      // The server is back: the outbox's next try is accepted.
      await server('/__hearth/held/release');
      const shownSent = await page.waitFor(shareStateIs, { args: ['sent'], timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      // A reload after it was sent, and time for any late retry: nothing more reaches the server.
      await page.reload();
      await page.waitFor(
        () => {
          const root = document.querySelector('hearth-journal-prompt')?.shadowRoot;
          const buttons = [...(root?.querySelectorAll('[part="entry"] button') ?? [])];
          return buttons.some((b) => b.textContent.trim() === 'Share with my therapist');
        },
        { message: 'the entry and its sharing after the reload' },
      );
      const queuedAfterReload = await page.evaluate(shareStateIs, 'queued');
      // Must be a wait: a late retry would come on the outbox's backoff timer, and nothing signals one that does not come.
      await sleep(3000);

      const requests = await received();
      const accepted = requests.filter((r) => r.status < 300);
      assert.equal(accepted.length, 1, `exactly one accepted request (of ${requests.length}: ${requests.map((r) => r.status).join(', ')})`);
      assert.equal(requests.at(-1), accepted[0], 'nothing was sent after it was accepted');
      assert.deepEqual([...new Set(requests.map((r) => r.key))], [accepted[0].key], 'one Idempotency-Key on every attempt');
      assert.match(accepted[0].key, /^[0-9a-f-]{36}$/);
      const body = JSON.parse(accepted[0].body);
      assert.equal(body.text, TEXT, 'the words the client typed');
      assert.equal(accepted[0].cookie, null);
      assert.ok(shownSent, 'the client was told it was sent');
      assert.equal(queuedAfterReload, false, 'nothing waits to be sent after the reload');
      assert.deepEqual(await page.cspViolations(), []);
      assert.deepEqual(await page.pageErrors(), []);
    } finally {
      await page.close();
    }
  });
});
