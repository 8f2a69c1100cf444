import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { HearthStorage, KeyVault } from '../packages/core/src/index.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { inNamespace, putStoredRecord, type StoredRecord, storedRecords } from './helpers/indexeddb.js';
import { clearSentLog, releaseHeld, sentLog, untilSent } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton as button, shadowText, until } from './helpers/shadow.js';

// Issue 17 (items 2, 3, 10): where a journal's words are kept, checked by reading IndexedDB.
// "Delete everything" also deletes the journal's shares in the outbox; turning encryption on
// seals them; two encrypted journals never open (or fail) each other's shares; sealed records are
// bound to their place; a record stored unencrypted in an encrypted journal is never taken for
// the client's own.

let n = 0;
const key = () => `journal-data-${Date.now()}-${++n}`;
const PASSPHRASE = 'a long enough passphrase';

/** Every record of a namespace, in every store, as IndexedDB holds it. */
const rows = (namespace: string) => storedRecords(inNamespace(namespace), ['journal', 'drafts', 'keys', 'outbox']);

/** A record written straight into IndexedDB, in Hearth's envelope. */
const put = (store: string, recordKey: string, data: unknown, version = 1) =>
  putStoredRecord(store, recordKey, { schema: 1, version, updatedAt: new Date().toISOString(), data });

const textarea = (el: Element) => inShadow<HTMLTextAreaElement>(el, 'textarea#text');

async function ready(el: HearthJournalPrompt): Promise<void> {
  await until(
    () => (el as unknown as { store?: unknown }).store !== undefined && !!shadow(el).querySelector('[part="history"]'),
    5000,
    'storage and the history',
  );
}

async function write(el: HearthJournalPrompt, text: string) {
  textarea(el).value = text;
  textarea(el).dispatchEvent(new Event('input'));
  const entry = await el.saveEntry();
  await el.updateComplete;
  return entry!;
}

async function shareFirst(el: HearthJournalPrompt, state = 'queued') {
  // The share button comes with the outbox, which an encrypted journal opens after unlocking.
  await until(() => [...shadow(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Share with my therapist'), 10_000, 'the share button');
  button(el, 'Share with my therapist').click();
  await el.updateComplete;
  button(el, 'Send it').click();
  await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === state, 5000, state);
}

function fill(el: Element, selector: string, value: string) {
  const input = inShadow<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function setUp(el: HearthJournalPrompt, passphrase = PASSPHRASE) {
  await until(() => !!shadow(el).querySelector('#passphrase'), 5000, 'the setup form');
  fill(el, '#passphrase', passphrase);
  fill(el, '#confirm', passphrase);
  inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
  await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 10_000, 'the recovery code');
  button(el, 'I have kept it safe').click();
  await until(() => !!shadow(el).querySelector('textarea#text'), 5000, 'the writing area');
}

async function unlock(el: HearthJournalPrompt, passphrase = PASSPHRASE) {
  await until(() => !!shadow(el).querySelector('#unlock'), 5000, 'the unlock form');
  fill(el, '#unlock', passphrase);
  inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
  await until(() => !!shadow(el).querySelector('textarea#text'), 10_000, 'the unlocked journal');
}

async function inProvider(namespace: string, journal: ReturnType<typeof html>) {
  const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>${journal}</hearth-provider>`);
  return provider.querySelector('hearth-journal-prompt')!;
}

/** The server is back: "Try again" now (unless a scheduled retry got there first), then wait for "sent". */
async function releaseAndSend(...journals: HearthJournalPrompt[]) {
  await releaseHeld();
  for (const el of journals) [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')?.click();
  await until(() => journals.every((el) => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'sent'), 10_000, 'sent');
}

describe('<hearth-journal-prompt>: where its words are kept (issue 17)', function () {
  // Encryption costs 600,000 PBKDF2 rounds per passphrase (several seconds on a busy machine).
  this.timeout(60_000);
  beforeEach(clearSentLog);

  it('"Delete everything" deletes the journal\'s shares from the outbox, even where it has no endpoint, and nothing is sent later', async () => {
    const namespace = key();
    const storeKey = key();
    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await ready(el);
    await write(el, 'Words I shared, then took back.');
    await shareFirst(el);
    const queued = (await rows(namespace)).filter((row) => row.store === 'outbox');
    expect(queued, 'one share waiting').to.have.length(1);
    expect(JSON.stringify(queued[0].value), 'unencrypted journal: its share is plain').to.contain('Words I shared');
    el.remove();

    // Another page of the site, where the journal has no endpoint: the share is still the journal's.
    const elsewhere = await inProvider(namespace, html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await ready(elsewhere);
    button(elsewhere, 'Manage your journal').click();
    await elsewhere.updateComplete;
    button(elsewhere, 'Delete everything').click();
    await elsewhere.updateComplete;
    expect(shadowText(elsewhere)).to.contain('still waiting to be sent');
    button(elsewhere, 'Yes, delete everything').click();
    await until(() => shadowText(elsewhere).includes('Everything was deleted from this device.'), 5000, 'deleted');
    expect(await rows(namespace), 'nothing of the journal is left, its share included').to.deep.equal([]);

    // The server is back and a journal with an endpoint opens: nothing is sent.
    await releaseHeld();
    const later = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await ready(later);
    // Proof that its outbox has been at work: a share made now is sent, and it alone follows the first attempt.
    await write(later, 'Shared after deleting.');
    await shareFirst(later, 'sent');
    const texts = (await sentLog()).map((request) => JSON.parse(request.body).text);
    expect(texts, 'only the first, refused attempt of the deleted share ever reached the server').to.deep.equal([
      'Words I shared, then took back.',
      'Shared after deleting.',
    ]);
  });

  it('turning encryption on seals the shares waiting in the outbox, which still send once the server is back', async () => {
    const namespace = key();
    const storeKey = key();
    const plain = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await ready(plain);
    const entry = await write(plain, 'Shared before I chose a passphrase.');
    await shareFirst(plain);
    plain.remove();

    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" encrypt endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await setUp(el);
    const stored = await rows(namespace);
    expect(JSON.stringify(stored), 'no plain text left anywhere, the outbox included').not.to.contain('before I chose');
    const share = stored.find((row) => row.store === 'outbox')!;
    expect(share.value.data.sealed, 'the share is sealed').to.have.property('bound', true);
    expect(share.value.data.state).to.equal('queued');
    await until(() => el.savedEntries.length === 1, 5000, 'the entry');
    await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'queued', 5000, 'the share state');

    await releaseAndSend(el);
    expect(JSON.parse((await sentLog()).at(-1)!.body)).to.deep.equal(entry);
  });

  it('two encrypted journals on one page: each outbox tries only its own shares; the other\'s waits, never "failed: damaged"', async () => {
    const namespace = key();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>
      <hearth-journal-prompt id="a" prompt="A" encrypt endpoint="/__hearth/send/held" store-key="journal-a"></hearth-journal-prompt>
      <hearth-journal-prompt id="b" prompt="B" encrypt endpoint="/__hearth/send/held" store-key="journal-b"></hearth-journal-prompt>
    </hearth-provider>`);
    const [a, b] = [...provider.querySelectorAll('hearth-journal-prompt')];
    await setUp(a, 'passphrase of journal A');
    await setUp(b, 'passphrase of journal B');
    await write(a, 'Only A can open this.');
    await shareFirst(a);
    await write(b, 'And this is B.');
    // B shares (and so flushes its outbox) while A's share waits.
    await shareFirst(b);
    // The connection comes back: every outbox tries what it waits with (each its own: one more request each).
    const before = (await sentLog()).length;
    window.dispatchEvent(new Event('online'));
    await untilSent(before + 2);
    const shares = (await rows(namespace)).filter((row) => row.store === 'outbox').map((row) => row.value.data);
    expect(
      shares.map((share) => share.state),
      'both still waiting',
    ).to.deep.equal(['queued', 'queued']);
    expect(shares.map((share) => (share.lastError as { message?: string } | undefined)?.message ?? '').join(' ')).not.to.match(/damaged/);
    expect(shadow(a).querySelector('.share-state')?.getAttribute('data-state'), 'A still says it will keep trying').to.equal('queued');

    await releaseAndSend(a, b);
    const bodies = (await sentLog()).filter((request) => request.body).map((request) => JSON.parse(request.body).text);
    expect(bodies).to.include.members(['Only A can open this.', 'And this is B.']);
  });

  it('sealed records are bound to their place: a copy under another key, or the draft over an entry, does not open', async () => {
    const namespace = key();
    const storeKey = key();
    const el = await inProvider(namespace, html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
    await setUp(el);
    const first = await write(el, 'The first entry.');
    await write(el, 'The second entry.');
    textarea(el).value = 'A draft in progress.';
    textarea(el).dispatchEvent(new Event('input'));
    await el.saveDraft();
    const stored = await rows(namespace);
    const entryRow = stored.find((row) => row.store === 'journal' && row.key.endsWith(first.id))!;
    const draftRow = stored.find((row) => row.store === 'drafts')!;
    const secondRow = stored.find((row) => row.store === 'journal' && !row.key.endsWith(first.id))!;
    // Someone with the device copies the first entry under a new key, and the draft over the second.
    await put('journal', `${namespace}/${storeKey}/copied`, entryRow.value.data);
    await put('journal', secondRow.key, draftRow.value.data, secondRow.value.version + 1);
    el.lock();
    await el.updateComplete;
    await unlock(el);
    await until(() => el.savedEntries.length >= 1, 5000, 'the entries');
    await el.updateComplete;
    expect(
      el.savedEntries.map((entry) => entry.text),
      'only the first entry, once',
    ).to.deep.equal(['The first entry.']);
    expect(textarea(el).value).to.equal('A draft in progress.');
  });

  it('records sealed before seals were bound open, and are bound at the next unlock; entries, draft and shares alike', async () => {
    const namespace = key();
    const storeKey = key();
    const storage = new HearthStorage({ mode: 'local', namespace });
    const created = await KeyVault.create(PASSPHRASE);
    if (!created.ok) throw new Error(created.error.message);
    const { vault, envelope } = created.value;
    const entry = {
      id: 'old-1',
      promptId: 'p',
      promptText: 'P',
      text: 'Written by an older Hearth.',
      tags: [],
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    // As an older Hearth stored them: sealed with the journal's key, bound to nothing.
    await put('keys', storage.keyOf(storeKey), envelope);
    await put('journal', storage.keyOf(`${storeKey}/old-1`), { sealed: await vault.encryptJson(entry) });
    await put('drafts', storage.keyOf(storeKey), { sealed: await vault.encryptJson({ text: 'An old draft.', sequence: 1 }) });
    await put('outbox', storage.keyOf('share-1'), {
      id: 'share-1',
      endpoint: new URL('/__hearth/send/held', location.href).href,
      contentType: 'application/json',
      credentials: 'same-origin',
      source: `journal:${storeKey}:old-1`,
      state: 'queued',
      attempts: 1,
      createdAt: '2026-01-02T00:00:00.000Z',
      nextAttemptAt: 0,
      sealed: await vault.encryptJson(entry),
    });

    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" encrypt endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await unlock(el);
    await until(() => el.savedEntries.length === 1, 5000, 'the old entry');
    expect(el.savedEntries[0].text).to.equal('Written by an older Hearth.');
    expect(textarea(el).value).to.equal('An old draft.');
    // The writing area shows while the unlock binds the old records; wait until it has.
    const bound = (row: StoredRecord) => row.store === 'keys' || (row.value.data.sealed as { bound?: true } | undefined)?.bound === true;
    await until(async () => (await rows(namespace)).every(bound), 5000, 'every old record bound to its place');
    expect(shadow(el).querySelector('[part="entry-warning"]') === null, "no warning on the client's own entry").to.equal(true);

    await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'queued', 5000, 'the share, waiting');
    await releaseAndSend(el);
    expect(JSON.parse((await sentLog()).at(-1)!.body)).to.deep.equal(entry);
  });

  it("an encrypted journal never takes an unencrypted record for the client's: such an entry is flagged, such a draft set aside as one, a copy under another key not shown", async () => {
    const namespace = key();
    const storeKey = key();
    const el = await inProvider(namespace, html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
    await setUp(el);
    const own = await write(el, 'Mine, written here.');
    const storage = new HearthStorage({ mode: 'local', namespace });
    // Written straight into storage by someone else with the device, not sealed.
    const planted = {
      id: 'planted',
      promptId: 'p',
      promptText: 'P',
      text: 'I never wrote this.',
      tags: [],
      createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    await put('journal', storage.keyOf(`${storeKey}/planted`), planted);
    // One under another key with the id of the client's entry: deleting it must never delete theirs.
    await put('journal', storage.keyOf(`${storeKey}/elsewhere`), { ...planted, id: own.id, text: 'Posing as yours.' });
    const draft = (await rows(namespace)).find((row) => row.store === 'drafts')!;
    await put('drafts', draft.key, { text: 'A planted draft.', sequence: 9 }, draft.value.version + 1);
    el.lock();
    await el.updateComplete;
    await unlock(el);
    await until(() => el.savedEntries.length === 3, 5000, 'the entries');
    await el.updateComplete;
    const cards = [...shadow(el).querySelectorAll('[part="entry"]')];
    const card = (text: string) => cards.find((c) => c.textContent!.includes(text));
    const warning = 'You may not have written this. It was added on this device without your passphrase';
    expect(card('I never wrote this.')!.querySelector('[part="entry-warning"]')?.textContent).to.contain(warning);
    expect(card('A planted draft.')!.querySelector('[part="entry-warning"]')?.textContent, 'the draft, kept as a flagged entry').to.contain(warning);
    expect(card('Mine, written here.')!.querySelector('[part="entry-warning"]') === null, "the client's own entry has no warning").to.equal(true);
    expect(card('Posing as yours.') === undefined, "a record under a key that is not its entry's is not shown").to.equal(true);
    expect(textarea(el).value, 'the planted draft is not put in the writing area').to.equal('');
    await expect(el).to.be.accessible();
    // The client can delete a flagged entry like any other; their own stays.
    const deleteButton = [...card('I never wrote this.')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Delete')!;
    deleteButton.click();
    await el.updateComplete;
    button(el, 'Yes, delete it').click();
    await until(() => el.savedEntries.length === 2, 5000, 'the planted entry deleted');
    expect(JSON.stringify(await rows(namespace))).not.to.contain('I never wrote this.');
    expect(el.savedEntries.map((entry) => entry.text)).to.include('Mine, written here.');
  });

  it("an encrypted journal's shares: one pointed at another address does not open, one planted unsealed is failed, never sent", async () => {
    const namespace = key();
    const storeKey = key();
    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" encrypt endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await setUp(el);
    const entry = await write(el, 'Only for my therapist.');
    await shareFirst(el);
    el.lock();
    await el.updateComplete;
    const share = (await rows(namespace)).find((row) => row.store === 'outbox')!;
    // Someone with the device points the sealed share elsewhere, with credentials, and plants a plain one.
    await put(
      'outbox',
      share.key,
      { ...share.value.data, endpoint: new URL('/__hearth/send/ok', location.href).href, credentials: 'include' },
      share.value.version + 1,
    );
    await put('outbox', `${namespace}/planted`, {
      ...share.value.data,
      id: 'planted',
      sealed: undefined,
      body: { text: 'planted' },
      endpoint: new URL('/__hearth/send/ok', location.href).href,
    });
    await releaseHeld();
    await unlock(el);
    await until(() => el.savedEntries.length === 1, 5000, 'the entry');
    // The connection comes back: the outbox tries both, and gives each up.
    window.dispatchEvent(new Event('online'));
    const shares = async () =>
      Object.fromEntries((await rows(namespace)).filter((row) => row.store === 'outbox').map((row) => [row.value.data.id, row.value.data]));
    let states: Record<string, Record<string, unknown>> = {};
    await until(
      async () => ((states = await shares()), states.planted?.state === 'failed' && states[share.value.data.id as string]?.state === 'failed'),
      5000,
      'both given up',
    );
    expect(states.planted.state).to.equal('failed');
    expect((states.planted.lastError as { message: string }).message).to.contain('not sent');
    expect(states[share.value.data.id as string].state, 'the redirected share does not open').to.equal('failed');
    expect(
      (await sentLog()).filter((request) => request.scenario === 'ok'),
      'nothing reached the other address',
    ).to.deep.equal([]);
    expect(
      (await sentLog()).map((request) => [request.scenario, JSON.parse(request.body).text]),
      'only the first attempt, to the address it was queued for',
    ).to.deep.equal([['held', entry.text]]);
  });

  it('with an endpoint, an entry kept from an earlier visit offers "Share with my therapist" as soon as it shows, with nothing waiting in the outbox', async () => {
    const namespace = key();
    const storeKey = key();
    const entry = {
      id: 'earlier',
      promptId: 'p',
      promptText: 'P',
      text: 'Written last week.',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await put('journal', `${namespace}/${storeKey}/earlier`, entry);
    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await until(() => el.savedEntries.length === 1 && shadowText(el).includes('Written last week.'), 5000, 'the entry');
    await until(
      () => shadow(el).querySelector('[part="entry"] button') !== null && shadowText(el).includes('Share with my therapist'),
      5000,
      'its share button',
    );
  });

  it('an imported entry whose id holds a colon is shared, and deleted with "Delete everything"', async () => {
    const namespace = key();
    const storeKey = key();
    const el = await inProvider(
      namespace,
      html`<hearth-journal-prompt prompt="P" endpoint="/__hearth/send/held" store-key=${storeKey}></hearth-journal-prompt>`,
    );
    await ready(el);
    const imported = {
      id: 'urn:uuid:1234',
      promptId: 'p',
      promptText: 'P',
      text: 'Imported, then shared.',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await el.importEntries(JSON.stringify({ format: 'hearth-journal-export', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', entries: [imported] }));
    await until(() => el.savedEntries.length === 1, 5000, 'the import');
    await el.updateComplete;
    await shareFirst(el);
    expect((await rows(namespace)).filter((row) => row.store === 'outbox')).to.have.length(1);
    button(el, 'Manage your journal').click();
    await el.updateComplete;
    button(el, 'Delete everything').click();
    await el.updateComplete;
    button(el, 'Yes, delete everything').click();
    await until(() => shadowText(el).includes('Everything was deleted from this device.'), 5000, 'deleted');
    expect(await rows(namespace)).to.deep.equal([]);
  });
});
