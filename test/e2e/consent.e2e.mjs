import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

import { clearSentLog, openPage, problems, sendingChunks, sentLog as received, settle, useSiteAndBrowser } from './harness.mjs';

/** Ticks the required boxes and signs, with the keyboard where a client would use it. */
async function agree(consent, name = 'Sam Rivera') {
  await consent.getByRole('checkbox', { name: 'I understand what stays private.' }).check();
  await consent.getByRole('checkbox', { name: 'I understand when the practice may have to share information, even without my permission.' }).check();
  await consent.getByLabel('Type your full name to sign').fill(name);
  await consent.getByRole('button', { name: 'I agree' }).click();
  await consent.getByText(/^You agreed to version 2 on /).waitFor();
}

describe('the consent on a real page', () => {
  const env = useSiteAndBrowser();

  it('with no endpoint: no sending code, before or after the client answers', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/consent.html?key=no-endpoint`);
    const consent = page.locator('hearth-consent');
    await agree(consent);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(sendingChunks(record), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('agreed under the strict CSP; after a reload the answer is shown; withdrawn and sent with the same recordId', async () => {
    await clearSentLog(env.site.origin);
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/consent.html?key=csp&endpoint=/__hearth/send/ok`);
    const consent = page.locator('hearth-consent');
    await consent.getByText('If a court or another legal authority orders us to.').waitFor();
    await agree(consent);
    await consent.getByText('The practice has your answer.').waitFor();
    await page.reload();
    await consent.getByText(/^You agreed to version 2 on /).waitFor();
    await consent.getByRole('button', { name: 'Withdraw my consent' }).click();
    await consent.getByRole('button', { name: 'Yes, withdraw' }).click();
    await consent.getByText(/^You withdrew your consent on /).waitFor();
    await consent.getByText('The practice has your answer.').waitFor();
    const sent = (await received(env.site.origin)).map((request) => JSON.parse(request.body));
    assert.deepEqual(
      sent.map((body) => body.status),
      ['active', 'withdrawn'],
    );
    assert.equal(sent[0].recordId, sent[1].recordId);
    assert.match(sent[0].policyHash, /^[0-9a-f]{64}$/);
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('the receipt: a JSON download and a printable page in a new window', async () => {
    const { page, context, record } = await openPage(env.browser, { acceptDownloads: true });
    await page.goto(`${env.site.origin}/e2e/consent.html?key=receipt`);
    const consent = page.locator('hearth-consent');
    await agree(consent, 'Alex Kim');
    const [download] = await Promise.all([page.waitForEvent('download'), consent.getByRole('button', { name: 'Download the record (JSON)' }).click()]);
    const receipt = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(receipt.format, 'hearth-consent-receipt');
    assert.equal(receipt.record.signerName, 'Alex Kim');
    assert.equal(receipt.practice, 'Willow Tree Counselling');
    assert.equal(receipt.policy.id, 'confidentiality');
    assert.deepEqual(
      receipt.acknowledgments.map((ack) => ack.confirmed),
      [true, true, false],
    );
    const [popup] = await Promise.all([page.waitForEvent('popup'), consent.getByRole('button', { name: 'See and print your copy' }).click()]);
    await popup.getByRole('heading', { name: 'Consent receipt' }).waitFor();
    const text = await popup.locator('body').innerText();
    assert.match(text, /^Consent receipt\s+You agreed to “How we keep what you tell us private” \(version 2\) on /);
    assert.ok(text.indexOf('How to withdraw') < text.indexOf(receipt.record.recordId), 'plain words before the record details');
    for (const expected of [
      'Willow Tree Counselling',
      'Alex Kim (The client)',
      receipt.record.recordId,
      receipt.record.policyHash,
      'Yes: I understand what stays private.',
    ]) {
      assert.ok(text.includes(expected), expected);
    }
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });

  it('a phone (320 px, touch): the terms flow in the page, scrolling past them counts as read, taps sign, the copy is a page in plain words', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${env.site.origin}/e2e/consent.html?key=phone&require-scroll&reviewed=confidentiality@2`);
    const consent = page.locator('hearth-consent');
    await consent.getByText('If a court or another legal authority orders us to.').waitFor();
    const terms = consent.locator('[part="terms"]');
    const box = await terms.evaluate((el) => ({
      overflow: getComputedStyle(el).overflowY,
      scroll: el.scrollHeight,
      client: el.clientHeight,
      height: el.getBoundingClientRect().height,
    }));
    assert.equal(box.overflow, 'visible', 'no scroll box inside the page');
    assert.ok(box.scroll <= box.client + 1, JSON.stringify(box));
    assert.ok(box.height > 640, `the terms are taller than the screen (${box.height})`);
    // Reviewed: clients do not see the template's note.
    assert.equal(await consent.locator('[part="template-note"]').count(), 0);
    assert.equal(await consent.evaluate((el) => el.read), false);
    // Tapping the first box scrolls the page past the end of the terms: that counts as reading them.
    await consent.getByText('I understand what stays private.').tap();
    await page.waitForFunction(() => document.querySelector('hearth-consent').read === true);
    await consent.getByText('I understand when the practice may have to share information, even without my permission.').tap();
    assert.equal(await consent.getByRole('checkbox', { name: 'I understand what stays private.' }).isChecked(), true);
    await consent.getByLabel('Type your full name to sign').tap();
    await page.keyboard.type('Sam Rivera');
    await consent.getByRole('button', { name: 'I agree' }).tap();
    await consent.getByText(/^You agreed to version 2 on /).waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), consent.getByRole('button', { name: 'See and print your copy' }).tap()]);
    await popup.getByRole('heading', { name: 'How to withdraw' }).waitFor();
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('with no endpoint: no request beyond the page assets, no cookie, the typed name never in the console', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/consent.html?key=private`);
    const consent = page.locator('hearth-consent');
    await consent.getByText('If a court or another legal authority orders us to.').waitFor();
    await page.waitForLoadState('networkidle');
    const before = env.site.requests.length;
    await agree(consent, 'Private Person');
    await settle(page, env.site);
    assert.deepEqual(
      env.site.requests.slice(before).filter((r) => !r.url.startsWith('/cdn/')),
      [],
    );
    for (const url of record.requests) assert.match(new URL(url).pathname, /^\/(cdn|e2e)\//, url);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(
      record.console.some((m) => m.text.includes('Private Person')),
      false,
    );
    await context.close();
  });
});
