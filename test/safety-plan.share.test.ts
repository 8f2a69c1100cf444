import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { OutboxEntry } from '../packages/core/src/index.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { SafetyPlanSharing } from '../packages/elements/src/safety-plan/safety-plan-share.js';
import { captureConsole } from './helpers/console-capture.js';
import { inNamespace, storedRecords } from './helpers/indexeddb.js';
import { clearSentLog, releaseHeld, sentLog, untilSent } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// Issue 20: "Share with my therapist", only with an endpoint: exactly what will be sent is shown
// first; it goes through the core outbox (kept, retried with the same Idempotency-Key, sent once),
// against the test server's real HTTP handlers (test/server/send-scenarios.mjs).

let n = 0;
const key = () => `plan-share-${Date.now()}-${++n}`;
const SENT = 'Sent. Your therapist may not read it before your next session. If you need help now, call a crisis line or your local emergency number.';

const state = (el: HearthSafetyPlan) => inShadow(el, '[part="share-state"]').textContent!.trim();
const buttons = (el: HearthSafetyPlan) => [...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim());

/** A plan with two lines, in a namespace of its own (an outbox sends what waits in its namespace). */
async function sharingPlan(endpoint?: string, format = 'json'): Promise<{ el: HearthSafetyPlan; namespace: string }> {
  const namespace = key();
  const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace} practice-name="Willow Tree Counselling">
    <hearth-safety-plan store-key="my-plan" endpoint=${endpoint ?? ''} format=${format}></hearth-safety-plan>
  </hearth-provider>`);
  const el = provider.querySelector('hearth-safety-plan')!;
  if (!endpoint) el.removeAttribute('endpoint');
  await until(() => el.data.loaded && !!inShadow(el, '#heading-reasons').textContent!.trim(), 5000, 'the plan read and its prompts loaded');
  el.addItem('warning-signs', 'I stop answering messages');
  el.addItem('reasons', 'My cat, Biscuit');
  el.data.linkStrategy('coping', 'grounding-54321');
  await el.data.save();
  if (endpoint) await until(() => !!shadow(el).querySelector('#share-open'), 5000, 'the Share button');
  await el.updateComplete;
  return { el, namespace };
}

/** Opens the panel and returns what it shows will be sent. */
async function openPanel(el: HearthSafetyPlan): Promise<unknown> {
  button(el, 'Share with my therapist').click();
  await el.updateComplete;
  return JSON.parse(inShadow(el, '[part="payload"]').textContent!);
}

/** Proof that a send had time to arrive: another plan's share, made after, arrives alone after what `before` counts. */
async function expectOnlyALaterShareArrives(before = 0) {
  const { el } = await sharingPlan('/__hearth/send/ok');
  const payload = await openPanel(el);
  button(el, 'Send it').click();
  const log = await untilSent(before + 1);
  expect(log).to.have.length(before + 1);
  expect(JSON.parse(log[before].body)).to.deep.equal(payload);
}

const waitingShares = async (namespace: string) =>
  (await storedRecords<OutboxEntry>(inNamespace(namespace), ['outbox']))
    // (A record deleted between listing and reading has no value.)
    .flatMap((record) => (record.value ? [record.value.data] : []))
    .filter((entry) => entry.source?.startsWith('safety-plan:'));

describe('<hearth-safety-plan>: share with my therapist', () => {
  beforeEach(async () => {
    await clearSentLog();
    // Retries come quickly in tests (the outbox's own backoff is tested in test/core/outbox.test.ts).
    SafetyPlanSharing.outboxOptions = { baseDelayMs: 100, maxDelayMs: 400 };
  });
  afterEach(() => {
    SafetyPlanSharing.outboxOptions = {};
  });

  it('without an endpoint there is no Share button and no request at all', async () => {
    const { el } = await sharingPlan();
    expect(shadow(el).querySelector('[part="share"]')).to.equal(null);
    expect(buttons(el).some((name) => name.includes('Share'))).to.equal(false);
    expect(inShadow(el, '.kept-note').textContent).to.contain('Your plan is kept on this device only. ');
    await expectOnlyALaterShareArrives();
  });

  it('shows exactly what will be sent, asks to confirm, then sends it once: the payload shown is the payload received', async () => {
    const { el } = await sharingPlan('/__hearth/send/ok');
    expect(inShadow(el, '.kept-note').textContent).to.contain('unless you choose to share it');
    const shown = await openPanel(el);
    expect(shadow(el).activeElement?.id, 'focus goes to what the panel says').to.equal('share-intro');
    expect(inShadow(el, '#share-intro').textContent).to.equal('This is exactly what will be sent to Willow Tree Counselling:');
    expect(inShadow(el, '[part="share-panel"]').textContent).to.contain('Changes you make later are not sent unless you share it again.');
    expect(shown).to.deep.equal(el.plan);
    await expect(el).to.be.accessible();

    // Cancel: nothing sent, focus back on the button.
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('share-open');
    expect(shadow(el).querySelector('[part="share-panel"]')).to.equal(null);

    const again = await openPanel(el);
    let sentEvents = 0;
    el.addEventListener('hearth-safety-plan-sent', () => sentEvents++);
    setTimeout(() => button(el, 'Send it').click());
    const submitted = await oneEvent(el, 'hearth-safety-plan-submit');
    expect(submitted.cancelable).to.equal(true);
    expect(submitted.detail.plan).to.deep.equal(again);
    const sent = await oneEvent(el, 'hearth-safety-plan-sent');
    expect(sent.detail.plan).to.deep.equal(again);
    await until(() => state(el) === SENT, 3000, 'sent');
    const [request, ...more] = await sentLog();
    expect(more).to.deep.equal([]);
    expect(request.contentType).to.equal('application/json');
    expect(request.key).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(request.body)).to.deep.equal(again);
    expect(sentEvents).to.equal(1);
    expect(inShadow(el, '[part="share-state"]').getAttribute('role')).to.equal('status');
    // The plan can be shared again later (a copy of it as it is then).
    expect(buttons(el)).to.include('Share with my therapist');
    await expect(el).to.be.accessible();
  });

  it('a 4xx: "Not sent" with Try again, kept and not retried on its own; Try again sends the same payload with the same key', async () => {
    const { el, namespace } = await sharingPlan('/__hearth/send/bad');
    await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    const { detail } = await oneEvent(el, 'hearth-safety-plan-error');
    expect(detail.queued).to.equal(false);
    expect(detail.error).to.include({ code: 'http', status: 400 });
    await until(() => state(el).startsWith('Not sent: The server answered 400'), 3000, 'the refusal');
    expect((await waitingShares(namespace)).map((share) => share.state)).to.deep.equal(['failed']);
    await expect(el).to.be.accessible();
    // Not retried by itself: a later share (of another plan) arrives, and nothing more of this one.
    await expectOnlyALaterShareArrives(1);
    button(el, 'Try again').click();
    await oneEvent(el, 'hearth-safety-plan-error');
    const [first, , retried] = await sentLog();
    expect(retried.scenario).to.equal('bad');
    expect(retried.key).to.equal(first.key);
    expect(retried.body).to.equal(first.body);
  });

  it('a 5xx: queued with "we\'ll keep trying", retried with the same Idempotency-Key, sent once', async () => {
    const { el } = await sharingPlan('/__hearth/send/500-then-ok');
    await openPanel(el);
    let sentEvents = 0;
    el.addEventListener('hearth-safety-plan-sent', () => sentEvents++);
    setTimeout(() => button(el, 'Send it').click());
    const { detail } = await oneEvent(el, 'hearth-safety-plan-error');
    expect(detail.queued).to.equal(true);
    expect(detail.error).to.include({ code: 'http', status: 500 });
    await el.updateComplete;
    expect(state(el)).to.contain("Not sent yet: we'll keep trying.");
    await expect(el).to.be.accessible();
    await until(() => state(el) === SENT, 5000, 'the retry');
    const log = await sentLog();
    expect(log.map((request) => request.status)).to.deep.equal([500, 200]);
    expect(log[1].key).to.equal(log[0].key);
    expect(log[1].body).to.equal(log[0].body);
    expect(sentEvents).to.equal(1);
  });

  it('a timeout: queued, retried with the same Idempotency-Key, sent once', async () => {
    SafetyPlanSharing.outboxOptions = { timeoutMs: 300, baseDelayMs: 100, maxDelayMs: 400 };
    const { el, namespace } = await sharingPlan('/__hearth/send/slow-then-ok');
    await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    const { detail } = await oneEvent(el, 'hearth-safety-plan-error');
    expect(detail).to.include({ queued: true });
    expect(detail.error.code).to.equal('timeout');
    await until(() => state(el) === SENT, 5000, 'the retry');
    const keys = new Set((await sentLog()).map((request) => request.key));
    expect(keys.size, 'one Idempotency-Key for every attempt').to.equal(1);
    expect(await waitingShares(namespace)).to.deep.equal([]);
  });

  it('offline: queued, sent once with its key when the connection comes back', async () => {
    const { el, namespace } = await sharingPlan('/__hearth/send/ok');
    // Offline, fetch fails before anything reaches a server (a TypeError, as every engine gives).
    const realFetch = window.fetch;
    const waiting: OutboxEntry[] = [];
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await openPanel(el);
      setTimeout(() => button(el, 'Send it').click());
      const { detail } = await oneEvent(el, 'hearth-safety-plan-error');
      expect(detail).to.include({ queued: true });
      expect(detail.error.code).to.equal('network');
      await until(() => state(el).includes("we'll keep trying"), 3000, 'queued');
      waiting.push(...(await waitingShares(namespace)));
      expect(waiting.map((share) => share.state)).to.deep.equal(['queued']);
    } finally {
      window.fetch = realFetch;
    }
    window.dispatchEvent(new Event('online'));
    await until(() => state(el) === SENT, 5000, 'sent when back online');
    const log = await sentLog();
    expect(log).to.have.length(1);
    expect(log[0].key).to.equal(waiting[0].id);
  });

  it('a host that handles the submit event (preventDefault) stops the send: nothing is sent', async () => {
    const { el } = await sharingPlan('/__hearth/send/ok');
    el.addEventListener('hearth-safety-plan-submit', (event) => event.preventDefault());
    await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    await oneEvent(el, 'hearth-safety-plan-submit');
    await el.updateComplete;
    expect(state(el)).to.equal('');
    expect(shadow(el).activeElement?.id).to.equal('share-open');
    await expectOnlyALaterShareArrives();
  });

  it('format="fhir" shows and sends a FHIR QuestionnaireResponse as application/fhir+json', async () => {
    const { el } = await sharingPlan('/__hearth/send/ok', 'fhir');
    const shown = (await openPanel(el)) as { resourceType: string; questionnaire: string; item: { linkId: string }[] };
    expect(shown.resourceType).to.equal('QuestionnaireResponse');
    expect(shown.questionnaire).to.equal('urn:hearth:safety-plan|1');
    expect(shown.item.map((group) => group.linkId)).to.deep.equal(['warning-signs', 'coping', 'reasons']);
    await expect(el).to.be.accessible();
    setTimeout(() => button(el, 'Send it').click());
    await oneEvent(el, 'hearth-safety-plan-sent');
    const [request] = await sentLog();
    expect(request.contentType).to.equal('application/fhir+json');
    expect(JSON.parse(request.body)).to.deep.equal(shown);
  });

  it('a format that is neither json nor fhir is a configuration error naming the attribute', async () => {
    const capture = captureConsole();
    try {
      const { el } = await sharingPlan('/__hearth/send/ok', 'xml');
      expect(inShadow(el, '[part="error"]').textContent).to.contain('format');
      expect(capture.errors.filter((error) => error.includes('format'))).to.have.length(1);
      expect(capture.errors.join(' ')).to.contain('expected one of json, fhir');
    } finally {
      capture.restore();
    }
  });

  it('"Delete everything" also removes the plan\'s share still waiting in the outbox, and says so first', async () => {
    const { el, namespace } = await sharingPlan('/__hearth/send/503-always');
    await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    await oneEvent(el, 'hearth-safety-plan-error');
    expect(await waitingShares(namespace)).to.have.length(1);
    button(el, 'Manage my plan').click();
    await el.updateComplete;
    button(el, 'Delete everything').click();
    await el.updateComplete;
    expect(inShadow(el, '#manage-region [role="alert"]').textContent).to.equal(
      'Delete your whole plan from this device, and the copy still waiting to be sent to your therapist? This cannot be undone.',
    );
    button(el, 'Yes, delete it').click();
    await until(async () => (await waitingShares(namespace)).length === 0, 3000, 'the waiting share removed');
    await until(() => state(el) === '', 3000, 'the share state cleared');
    expect(buttons(el).some((name) => name === 'Try again' || name === 'Share with my therapist')).to.equal(false);
  });

  it('a share waiting from an earlier visit shows, with Try again, when the plan is opened again', async () => {
    const { el, namespace } = await sharingPlan('/__hearth/send/bad');
    await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    await oneEvent(el, 'hearth-safety-plan-error');
    el.parentElement!.remove();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>
      <hearth-safety-plan store-key="my-plan" endpoint="/__hearth/send/bad"></hearth-safety-plan>
    </hearth-provider>`);
    const back = provider.querySelector('hearth-safety-plan')!;
    await until(
      () => !!shadow(back).querySelector('[part="share-state"]') && state(back).startsWith('Not sent: The server answered 400'),
      5000,
      'the earlier share',
    );
    expect(buttons(back)).to.include('Try again');
    await expect(back).to.be.accessible();
  });

  it("encrypted: a waiting share is sealed with the plan's key (no plain text in the outbox), waits while locked, and goes once unlocked", async function () {
    // Setting up and unlocking each cost 600,000 PBKDF2 rounds.
    this.timeout(60_000);
    const namespace = key();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>
      <hearth-safety-plan encrypt store-key="my-plan" endpoint="/__hearth/send/held"></hearth-safety-plan>
    </hearth-provider>`);
    const el = provider.querySelector('hearth-safety-plan')!;
    const fill = (selector: string, value: string) => {
      const input = inShadow<HTMLInputElement>(el, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    await until(() => !!shadow(el).querySelector('#passphrase'), 5000, 'the passphrase set-up');
    fill('#passphrase', 'a long enough passphrase');
    fill('#confirm', 'a long enough passphrase');
    inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
    await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 20_000, 'the recovery code');
    button(el, 'I have kept it safe').click();
    await until(() => !!shadow(el).querySelector('#add-reasons') && el.data.loaded, 5000, 'the plan');
    await el.updateComplete;
    el.addItem('reasons', 'My most private reason');
    await el.data.save();
    await until(() => !!shadow(el).querySelector('#share-open'), 5000, 'the Share button');
    const shown = await openPanel(el);
    setTimeout(() => button(el, 'Send it').click());
    const { detail } = await oneEvent(el, 'hearth-safety-plan-error');
    expect(detail.queued).to.equal(true);
    const raw = JSON.stringify(await storedRecords(inNamespace(namespace), ['outbox']));
    expect(raw).to.contain('"sealed"');
    expect(raw).not.to.contain('My most private reason');

    el.lock();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="share"]'), 'locked: nothing of the share on screen').to.equal(null);
    await releaseHeld();
    fill('#unlock', 'a long enough passphrase');
    inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
    await until(() => !!shadow(el).querySelector('[part="share-state"]') && state(el) === SENT, 20_000, 'sent once unlocked');
    const log = await sentLog();
    expect(log.at(-1)!.status).to.equal(200);
    expect(new Set(log.map((request) => request.key)).size).to.equal(1);
    expect(JSON.parse(log.at(-1)!.body)).to.deep.equal(shown);
  });
});
