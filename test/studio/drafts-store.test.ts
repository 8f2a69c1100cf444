import { expect } from '@open-wc/testing';

import { DRAFTS_DATABASE } from '../../packages/studio/src/drafts/drafts-database.js';
import { type DraftInput, StudioDrafts } from '../../packages/studio/src/drafts/studio-drafts-store.js';

/** Deletes Studio's database (every connection Studio holds closes itself when asked). */
function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DRAFTS_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Every record of a store of Studio's database as it is kept on the device, read without Studio's code. */
function rawRecords(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DRAFTS_DATABASE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => (db.close(), resolve(request.result));
      request.onerror = () => (db.close(), reject(request.error));
    };
  });
}

/** Creates Studio's database at a version newer than Studio's, and closes it: Studio cannot open it. */
function holdNewerDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DRAFTS_DATABASE, 7);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => (open.result.close(), resolve());
  });
}

const strategy = (title: string) => ({ id: 'tea-pause', title, summary: 'A warm drink, noticed.', steps: ['Boil the kettle.'], exercise: { type: 'steps' } });
const draft = (title: string, extra: Partial<DraftInput> = {}): DraftInput => ({
  kind: 'strategy',
  lang: 'en',
  title,
  personal: false,
  value: strategy(title),
  ...extra,
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('StudioDrafts (the drafts store)', () => {
  let store: StudioDrafts;

  beforeEach(async () => {
    await deleteDatabase();
    store = new StudioDrafts();
  });

  afterEach(() => store.close());

  it('saves (a new id each time there is none), lists newest first without values, loads, removes and removes all', async () => {
    const first = await store.save(draft('A tea pause'));
    await tick();
    const second = await store.save(draft('Plan for J.', { personal: true, clientLabel: 'J.', lang: 'es', kind: 'prompts' }));
    if (!first.ok || !second.ok) throw new Error('save failed');
    expect(first.value.id).to.be.a('string').and.not.equal(second.value.id);

    const list = await store.list();
    if (!list.ok) throw new Error(list.message);
    expect(list.value.map((entry) => entry.title)).to.deep.equal(['Plan for J.', 'A tea pause']);
    expect(list.value[0]).to.deep.include({ kind: 'prompts', lang: 'es', personal: true, clientLabel: 'J.', locked: false });
    expect(list.value.every((entry) => !('value' in entry))).to.equal(true);

    const loaded = await store.load(first.value.id);
    expect(loaded.ok && loaded.value.value).to.deep.equal(strategy('A tea pause'));

    // Saving with an id replaces that draft, and it becomes the newest.
    await tick();
    const again = await store.save({ ...draft('A longer tea pause'), id: first.value.id });
    expect(again.ok && again.value.id).to.equal(first.value.id);
    const relisted = await store.list();
    expect(relisted.ok && relisted.value.map((entry) => entry.title)).to.deep.equal(['A longer tea pause', 'Plan for J.']);

    expect((await store.remove(first.value.id)).ok).to.equal(true);
    const missing = await store.load(first.value.id);
    expect(missing.ok ? 'found' : missing.reason).to.equal('missing');
    expect((await store.removeAll()).ok).to.equal(true);
    const empty = await store.list();
    expect(empty.ok && empty.value).to.deep.equal([]);
  });

  it('keeps a client label only on a draft for one client', async () => {
    const saved = await store.save(draft('General', { personal: false, clientLabel: 'J.' }));
    const loaded = saved.ok ? await store.load(saved.value.id) : saved;
    expect(loaded.ok && loaded.value.clientLabel).to.equal(undefined);
  });

  it('with a passphrase: encrypted at rest (title, client label and value), a wrong passphrase refused, locking hides titles', async () => {
    const before = await store.save(draft('Written before the lock', { personal: true, clientLabel: 'R.K.' }));
    if (!before.ok) throw new Error(before.message);
    expect(await store.lockState()).to.deep.equal({ ok: true, value: 'off' });

    expect(await store.setPassphrase('correct horse battery')).to.deep.equal({ ok: true, value: undefined });
    const after = await store.save(draft('Written after the lock'));
    if (!after.ok) throw new Error(after.message);

    // On the device: no title, client label, or content text; the key envelope holds no passphrase.
    const raw = JSON.stringify(await rawRecords('drafts'));
    for (const secret of ['Written before', 'Written after', 'R.K.', 'Boil the kettle', 'tea-pause']) expect(raw).not.to.contain(secret);
    expect(raw).to.contain('AES-GCM-256');
    const keys = JSON.stringify(await rawRecords('keys'));
    expect(keys).to.contain('PBKDF2-SHA-256').and.contain('600000');
    expect(keys).not.to.contain('correct horse');

    // Unlocked on this page: titles show, drafts open.
    const open = await store.list();
    expect(open.ok && open.value.map((entry) => [entry.title, entry.locked])).to.deep.equal([
      ['Written after the lock', false],
      ['Written before the lock', false],
    ]);

    store.lock();
    expect(await store.lockState()).to.deep.equal({ ok: true, value: 'locked' });
    const locked = await store.list();
    if (!locked.ok) throw new Error(locked.message);
    expect(locked.value.map((entry) => [entry.title, entry.clientLabel, entry.locked, entry.personal])).to.deep.equal([
      [undefined, undefined, true, false],
      [undefined, undefined, true, true],
    ]);
    const refusedLoad = await store.load(before.value.id);
    expect(refusedLoad.ok ? 'opened' : refusedLoad.reason).to.equal('locked');
    const refusedSave = await store.save(draft('Not while locked'));
    expect(refusedSave.ok ? 'saved' : refusedSave.reason).to.equal('locked');

    const wrong = await store.unlock('wrong horse battery');
    expect(wrong.ok ? 'unlocked' : [wrong.reason, wrong.message]).to.deep.equal([
      'wrong-passphrase',
      'That passphrase does not match. Check it and try again.',
    ]);
    expect(await store.lockState()).to.deep.equal({ ok: true, value: 'locked' });

    // A new store (a reload) opens them with the right passphrase.
    const reloaded = new StudioDrafts();
    try {
      expect((await reloaded.unlock('correct horse battery')).ok).to.equal(true);
      const loaded = await reloaded.load(before.value.id);
      expect(loaded.ok && [loaded.value.title, loaded.value.clientLabel, loaded.value.value]).to.deep.equal([
        'Written before the lock',
        'R.K.',
        strategy('Written before the lock'),
      ]);
    } finally {
      reloaded.close();
    }
  });

  it('removing all drafts removes the passphrase too: the drafts start again, unlocked', async () => {
    expect((await store.setPassphrase('correct horse battery')).ok).to.equal(true);
    store.lock();
    expect((await store.removeAll()).ok).to.equal(true);
    expect(await store.lockState()).to.deep.equal({ ok: true, value: 'off' });
    expect(await rawRecords('keys')).to.deep.equal([]);
    expect((await store.save(draft('A fresh start'))).ok).to.equal(true);
  });

  it('remembers in this browser after how long unused the drafts lock (0: never), for the next page; removing all forgets it', async () => {
    expect((await store.removeAll()).ok).to.equal(true);
    expect(store.lockAfterChoice()).to.equal(undefined);
    expect(store.chooseLockAfter(15)).to.equal(true);
    expect(new StudioDrafts().lockAfterChoice()).to.equal(15);
    expect(store.chooseLockAfter(0)).to.equal(true);
    expect(new StudioDrafts().lockAfterChoice()).to.equal(0);
    // In localStorage, named after the database: another database's drafts have their own.
    expect(localStorage.getItem('hearth-studio:lock-after')).to.equal('0');
    expect(new StudioDrafts('hearth-studio-elsewhere').lockAfterChoice()).to.equal(undefined);
    // Anything but a number of minutes is no choice at all.
    for (const kept of ['soon', '-5', '']) {
      localStorage.setItem('hearth-studio:lock-after', kept);
      expect(store.lockAfterChoice(), kept).to.equal(undefined);
    }
    store.chooseLockAfter(5);
    expect((await store.removeAll()).ok).to.equal(true);
    expect(localStorage.getItem('hearth-studio:lock-after')).to.equal(null);
    expect(new StudioDrafts().lockAfterChoice()).to.equal(undefined);
  });

  it('a sealed draft moved to another record does not open there', async () => {
    expect((await store.setPassphrase('correct horse battery')).ok).to.equal(true);
    const saved = await store.save(draft('Moved'));
    if (!saved.ok) throw new Error(saved.message);
    const [record] = (await rawRecords('drafts')) as Record<string, unknown>[];
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DRAFTS_DATABASE);
      open.onsuccess = () => {
        const transaction = open.result.transaction('drafts', 'readwrite');
        transaction.objectStore('drafts').put({ ...record, id: 'elsewhere' });
        transaction.oncomplete = () => (open.result.close(), resolve());
        transaction.onabort = () => reject(transaction.error);
      };
    });
    const moved = await store.load('elsewhere');
    expect(moved.ok ? 'opened' : moved.reason).to.equal('damaged');
  });

  it('failing storage (the database is newer than Studio): every call answers a plain reason and none throws', async () => {
    await holdNewerDatabase();
    const expected = 'Drafts cannot be opened: this browser holds them in a newer form than this Studio knows. Use the newest Studio.';
    for (const result of [
      await store.list(),
      await store.save(draft('Kept on the page')),
      await store.load('x'),
      await store.remove('x'),
      await store.removeAll(),
      await store.lockState(),
    ]) {
      expect(result.ok ? 'worked' : [result.reason, result.message]).to.deep.equal(['newer', expected]);
    }
  });
});
