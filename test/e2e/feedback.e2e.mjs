import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clearSentLog, openPage, problems, sendingChunks, sentLog as received, settle, useSiteAndBrowser } from './harness.mjs';

/** Answers the group form with the keyboard-free path a client on a phone takes: a tap per question. */
async function answer(form) {
  for (const [question, value] of [
    ['How comfortable did you feel sharing in the group today?', '8'],
    ['How much did you feel heard by the group?', '7'],
    ["How useful was today's group for you?", '9'],
  ]) {
    await form.getByRole('radiogroup', { name: question }).getByRole('radio', { name: value, exact: true }).click();
  }
  await form.getByLabel('Is there anything the group leaders should know?').fill('The pairs exercise was good.');
}

describe('the feedback form on a real page', () => {
  const env = useSiteAndBrowser();

  it('with no endpoint: the first render fetches no sending code; the first Send fetches it (and no outbox)', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/feedback.html?key=first-render`);
    const form = page.locator('hearth-feedback-form');
    await form.getByRole('button', { name: 'Send' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(sendingChunks(record), []);
    await answer(form);
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback.').waitFor();
    assert.deepEqual(sendingChunks(record), ['feedback-send']);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('answers survive a reload; sent under the strict CSP with zero violations', async () => {
    await clearSentLog(env.site.origin);
    const { page, context, record } = await openPage(env.browser);
    const url = `${env.site.origin}/e2e/feedback.html?key=reload&endpoint=/__hearth/send/ok`;
    await page.goto(url);
    const form = page.locator('hearth-feedback-form');
    await answer(form);
    // The draft is written 300 ms after the last change; the form says when all is saved.
    await form.getByText('Saved on this device until you send it.').waitFor();
    await page.reload();
    await form.getByLabel('Is there anything the group leaders should know?').waitFor();
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.useful === 9);
    assert.equal(await form.getByLabel('Is there anything the group leaders should know?').inputValue(), 'The pairs exercise was good.');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback.').waitFor();
    const [request] = await received(env.site.origin);
    assert.deepEqual(JSON.parse(request.body).answers, { safe: 8, heard: 7, useful: 9, comment: 'The pairs exercise was good.' });
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('offline: kept in the outbox; the page reloaded and back online: sent once', async () => {
    await clearSentLog(env.site.origin);
    const { page, context, record } = await openPage(env.browser);
    const url = `${env.site.origin}/e2e/feedback.html?key=offline&endpoint=/__hearth/send/ok&format=fhir`;
    await page.goto(url);
    const form = page.locator('hearth-feedback-form');
    await answer(form);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText("We'll keep trying").waitFor();
    assert.deepEqual(await received(env.site.origin), []);
    // The client reloads while the practice's server is still out of reach (the page itself loads;
    // the endpoint does not answer): the response waits in the outbox.
    const toEndpoint = (url) => url.pathname.startsWith('/__hearth/send/');
    await context.route(toEndpoint, (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    await form.getByText('Answers you gave earlier are waiting to be sent.').waitFor();
    assert.deepEqual(await received(env.site.origin), []);
    // Back online: the outbox sends on `online`.
    await context.unroute(toEndpoint);
    await context.setOffline(true);
    await context.setOffline(false);
    await form.getByText('Answers you gave earlier were sent.').waitFor();
    const requests = await received(env.site.origin);
    assert.equal(requests.length, 1);
    assert.equal(requests[0].contentType, 'application/fhir+json');
    const body = JSON.parse(requests[0].body);
    assert.equal(body.resourceType, 'QuestionnaireResponse');
    assert.deepEqual(
      body.item.map((item) => item.linkId),
      ['safe', 'heard', 'useful', 'comment'],
    );
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });

  it('with no endpoint: no request beyond the page assets, no cookie, one console warning', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/feedback.html?key=private`);
    await page.waitForLoadState('networkidle');
    const before = env.site.requests.length;
    const form = page.locator('hearth-feedback-form');
    await answer(form);
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback.').waitFor();
    await settle(page, env.site);
    // The server saw nothing but code (the sending chunk, loaded on the first Send).
    assert.deepEqual(
      env.site.requests.slice(before).filter((r) => !r.url.startsWith('/cdn/')),
      [],
    );
    for (const url of record.requests) assert.match(new URL(url).pathname, /^\/(cdn|e2e)\//, url);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(
      record.console.some((m) => m.text.includes('pairs exercise')),
      false,
    );
    assert.equal(record.console.filter((m) => m.type === 'warning' && m.text.includes('has no endpoint')).length, 1);
    await context.close();
  });
});
