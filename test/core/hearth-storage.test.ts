import { expect } from '@open-wc/testing';

import { type ChangeNotice, HearthStorage, IndexedDbBackend, type StorageMode, STORE_NAMES } from '../../packages/core/src/index.js';
import { inNamespace, storedRecords } from '../helpers/indexeddb.js';
import { until } from '../helpers/shadow.js';

const FORMAT = { schema: 1 };
const modes: StorageMode[] = ['local', 'session', 'none'];
let n = 0;
const uniqueNamespace = () => `test-${Date.now()}-${++n}`;

describe('HearthStorage', () => {
  for (const mode of modes) {
    describe(`mode ${mode}`, () => {
      it('writes and reads a record with its schema and a record version', async () => {
        const store = new HearthStorage({ mode, namespace: uniqueNamespace() });
        const first = await store.write('drafts', 'journal-1', { text: 'Dear diary' }, FORMAT);
        expect(first.ok && first.value.version).to.equal(1);
        const second = await store.write('drafts', 'journal-1', { text: 'Dear diary, again' }, FORMAT);
        expect(second.ok && second.value.version).to.equal(2);
        const read = await store.read<{ text: string }>('drafts', 'journal-1', FORMAT);
        expect(read.ok && read.value).to.deep.include({ schema: 1, version: 2, data: { text: 'Dear diary, again' } });
        expect(read.ok && read.value!.updatedAt).to.match(/^\d{4}-\d\d-\d\dT.*Z$/);
      });

      it('keeps namespaces and instance keys apart', async () => {
        const a = new HearthStorage({ mode, namespace: uniqueNamespace() });
        const b = new HearthStorage({ mode, namespace: uniqueNamespace() });
        await a.write('coping', 'box-breathing', { helped: true }, FORMAT);
        await a.write('coping', 'safe-place', { helped: false }, FORMAT);
        expect((await b.read('coping', 'box-breathing', FORMAT)).ok && (await b.read('coping', 'box-breathing', FORMAT))).to.deep.equal({
          ok: true,
          value: undefined,
        });
        const listed = await a.list<{ helped: boolean }>('coping', FORMAT);
        expect(listed.ok && listed.value.records.map(([key]) => key).sort()).to.deep.equal(['box-breathing', 'safe-place']);
      });

      it('refuses a write based on an old version (never a silent overwrite)', async () => {
        const namespace = uniqueNamespace();
        const tabA = new HearthStorage({ mode, namespace });
        const tabB = new HearthStorage({ mode, namespace });
        await tabA.write('drafts', 'k', { text: 'v1' }, FORMAT);
        await tabB.write('drafts', 'k', { text: 'from B' }, FORMAT, { expectedVersion: 1 });
        const late = await tabA.write('drafts', 'k', { text: 'from A' }, FORMAT, { expectedVersion: 1 });
        expect(late.ok).to.equal(false);
        if (!late.ok) {
          expect(late.error.reason).to.equal('conflict');
          expect((late.error.current as { data: { text: string } }).data.text).to.equal('from B');
        }
        const created = await tabA.write('drafts', 'new', { text: 'x' }, FORMAT, { expectedVersion: null });
        expect(created.ok).to.equal(true);
        const raced = await tabB.write('drafts', 'new', { text: 'y' }, FORMAT, { expectedVersion: null });
        expect(!raced.ok && raced.error.reason).to.equal('conflict');
      });

      it('migrates older records on read and keeps newer ones it cannot read', async () => {
        const store = new HearthStorage({ mode, namespace: uniqueNamespace() });
        await store.write('journal', 'old', { body: 'written by Hearth 0.0' }, { schema: 1 });
        const migrated = await store.read<{ text: string }>('journal', 'old', {
          schema: 2,
          migrate: (data, from) => ({ text: `${(data as { body: string }).body} (from ${from})` }),
        });
        expect(migrated.ok && migrated.value!.data).to.deep.equal({ text: 'written by Hearth 0.0 (from 1)' });
        await store.write('journal', 'future', { shape: 'unknown' }, { schema: 9 });
        const unreadable = await store.read('journal', 'future', { schema: 2 });
        expect(!unreadable.ok && unreadable.error.reason).to.equal('unreadable');
        expect(!unreadable.ok && (unreadable.error.raw as { data: unknown }).data).to.deep.equal({ shape: 'unknown' });
        const overwrite = await store.write('journal', 'future', { text: 'x' }, { schema: 2 });
        expect(!overwrite.ok && overwrite.error.reason, 'never overwritten by an older Hearth').to.equal('unreadable');
        const still = await store.read('journal', 'future', { schema: 9 });
        expect(still.ok && still.value!.data).to.deep.equal({ shape: 'unknown' });
        const listed = await store.list('journal', { schema: 2, migrate: (d) => d });
        expect(listed.ok && listed.value.unreadable.map(([key]) => key)).to.deep.equal(['future']);
      });
    });
  }

  it('deleteEverything removes a namespace from every store and mode, and nothing else', async () => {
    const namespace = uniqueNamespace();
    const other = uniqueNamespace();
    for (const mode of modes) {
      for (const kind of STORE_NAMES) await new HearthStorage({ mode, namespace }).write(kind, 'k', { x: 1 }, FORMAT);
      await new HearthStorage({ mode, namespace: other }).write('drafts', 'k', { x: 2 }, FORMAT);
    }
    const done = await HearthStorage.deleteEverything(namespace);
    expect(done.ok).to.equal(true);
    for (const mode of modes) {
      for (const kind of STORE_NAMES) {
        const listed = await new HearthStorage({ mode, namespace }).list(kind, FORMAT);
        expect(listed.ok && listed.value.records.length, `${mode} ${kind}`).to.equal(0);
      }
      const kept = await new HearthStorage({ mode, namespace: other }).read('drafts', 'k', FORMAT);
      expect(kept.ok && kept.value!.data, mode).to.deep.equal({ x: 2 });
    }
    for (const kind of STORE_NAMES) {
      const keys = (await storedRecords(inNamespace(namespace), [kind])).map((record) => record.key);
      expect(keys, kind).to.deep.equal([]);
    }
    expect(Object.keys(sessionStorage).filter((key) => key.includes(`${namespace}/`))).to.deep.equal([]);
  });

  it('tells watchers of changes here and in other tabs, with the record version', async () => {
    const namespace = uniqueNamespace();
    const store = new HearthStorage({ mode: 'local', namespace });
    const notices: ChangeNotice[] = [];
    const stop = store.watch('drafts', 'k', (notice) => notices.push(notice));
    await store.write('drafts', 'k', { a: 1 }, FORMAT);
    await store.write('drafts', 'other', { a: 1 }, FORMAT);
    // Another tab's notice, as its BroadcastChannel posts it.
    const otherTab = new BroadcastChannel('hearth-storage');
    otherTab.postMessage({ store: 'drafts', namespace, key: 'k', version: 7, tab: 'another-tab' });
    await until(() => notices.some((notice) => notice.remote), 3000, "the other tab's notice");
    otherTab.close();
    stop();
    expect(notices).to.deep.equal([
      { store: 'drafts', namespace, key: 'k', version: 1, remote: false },
      { store: 'drafts', namespace, key: 'k', version: 7, remote: true },
    ]);
  });

  it('reports a full sessionStorage as quota, with nothing thrown', async () => {
    const store = new HearthStorage({ mode: 'session', namespace: uniqueNamespace() });
    const result = await store.write('drafts', 'huge', { text: 'x'.repeat(6 * 1024 * 1024) }, FORMAT);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('storage');
      expect(result.error.reason).to.equal('quota');
      expect(result.error.message).not.to.contain('xxxx');
    }
  });

  it('reports an upgrade blocked by another tab as blocked', async () => {
    const name = `hearth-blocked-${uniqueNamespace()}`;
    // "Another tab" with the old version open, which does not close when asked.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const store = new HearthStorage({ mode: 'local', namespace: 'x', backend: new IndexedDbBackend({ name, version: 2 }) });
    const result = await store.read('drafts', 'k', FORMAT);
    expect(!result.ok && result.error.reason).to.equal('blocked');
    old.close();
    indexedDB.deleteDatabase(name);
  });

  it('asks the browser to keep the data and says whether it will (unsupported without a Storage API, as in WebKitGTK)', async () => {
    const answer = await HearthStorage.persist();
    if (!navigator.storage?.persist) expect(answer).to.equal('unsupported');
    else expect(answer).to.equal((await navigator.storage.persisted()) ? 'persisted' : 'refused');
  });
});
