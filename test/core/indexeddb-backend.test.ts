import { expect } from '@open-wc/testing';

import { HearthStorage, IndexedDbBackend } from '../../packages/core/src/index.js';

const FORMAT = { schema: 1 };
let n = 0;
const uniqueName = () => `hearth-idb-${Date.now()}-${++n}`;
const put = (value: unknown) => () => ({ value, result: undefined });

/** "Another tab" opening the database; rejects instead of waiting when a connection is left open. */
function otherTabOpens(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`opening ${name} at version ${version} was blocked by a connection left open`));
  });
}

/** "Another tab" deleting the database; rejects instead of waiting when a connection is left open. */
function otherTabDeletes(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} was blocked by a connection left open`));
  });
}

describe('IndexedDbBackend', () => {
  it('lets another tab upgrade the database (closes its connection), then reports itself too old as blocked', async () => {
    const name = uniqueName();
    const older = new IndexedDbBackend({ name, version: 1 });
    await older.update('drafts', 'k', put('kept'));
    const newer = new IndexedDbBackend({ name, version: 2 });
    expect(await newer.get('drafts', 'k'), 'the upgrade was not blocked and kept the data').to.equal('kept');
    const result = await new HearthStorage({ mode: 'local', namespace: 'x', backend: older }).read('drafts', 'k', FORMAT);
    expect(!result.ok && result.error.reason).to.equal('blocked');
    await newer.close();
    await otherTabDeletes(name);
  });

  it('lets another tab delete the database (closes its connection), and opens a new one on next use', async () => {
    const name = uniqueName();
    const backend = new IndexedDbBackend({ name });
    await backend.update('drafts', 'k', put('before'));
    await otherTabDeletes(name);
    expect(await backend.get('drafts', 'k')).to.equal(undefined);
    await backend.update('drafts', 'k', put('after'));
    expect(await backend.get('drafts', 'k')).to.equal('after');
    await backend.close();
    await otherTabDeletes(name);
  });

  it('after reporting blocked, lets go of the connection that opens late and opens anew on next use', async () => {
    const name = uniqueName();
    const old = await otherTabOpens(name, 1); // does not close when asked
    const backend = new IndexedDbBackend({ name, version: 2 });
    const blocked = await new HearthStorage({ mode: 'local', namespace: 'x', backend }).read('drafts', 'k', FORMAT);
    expect(!blocked.ok && blocked.error.reason).to.equal('blocked');
    old.close();
    await backend.update('drafts', 'k', put('saved once the old tab let go'));
    expect(await backend.get('drafts', 'k')).to.equal('saved once the old tab let go');
    // A third tab's upgrade is not blocked: neither the late connection nor the current one holds on.
    (await otherTabOpens(name, 3)).close();
    await backend.close();
    await otherTabDeletes(name);
  });

  it('leaves the stored value unchanged when an update callback throws, and stays usable', async () => {
    const name = uniqueName();
    const backend = new IndexedDbBackend({ name });
    await backend.update('journal', 'k', put('as it was'));
    const refused = await backend
      .update('journal', 'k', () => {
        throw new Error('the callback gave up');
      })
      .catch((error: Error) => error);
    expect((refused as Error).message).to.equal('the callback gave up');
    expect(await backend.get('journal', 'k')).to.equal('as it was');
    expect(await backend.update('journal', 'k', (current) => ({ value: `${current}, then changed`, result: 'done' }))).to.equal('done');
    expect(await backend.get('journal', 'k')).to.equal('as it was, then changed');
    await backend.close();
    await otherTabDeletes(name);
  });

  it('reads and writes in one transaction: concurrent updates lose none', async () => {
    const name = uniqueName();
    const backend = new IndexedDbBackend({ name });
    const bump = () => backend.update('outbox', 'count', (current) => ({ value: ((current as number | undefined) ?? 0) + 1, result: undefined }));
    await Promise.all(Array.from({ length: 10 }, bump));
    expect(await backend.get('outbox', 'count')).to.equal(10);
    await backend.close();
    await otherTabDeletes(name);
  });

  it('lists and deletes by key prefix only, in key order', async () => {
    const name = uniqueName();
    const backend = new IndexedDbBackend({ name });
    for (const key of ['a/2', 'a/1', 'ab/1', 'a', 'b/1']) await backend.update('coping', key, put(`value of ${key}`));
    expect(await backend.entries('coping', 'a/')).to.deep.equal([
      ['a/1', 'value of a/1'],
      ['a/2', 'value of a/2'],
    ]);
    await backend.deletePrefix('coping', 'a/');
    expect((await backend.entries('coping', '')).map(([key]) => key)).to.deep.equal(['a', 'ab/1', 'b/1']);
    await backend.delete('coping', 'a');
    expect(await backend.get('coping', 'a')).to.equal(undefined);
    await backend.close();
    await otherTabDeletes(name);
  });

  it('reports a value the browser cannot keep as failed, keeping the record as it was', async () => {
    const name = uniqueName();
    const backend = new IndexedDbBackend({ name });
    const store = new HearthStorage({ mode: 'local', namespace: 'x', backend });
    await store.write('drafts', 'k', { text: 'kept' }, FORMAT);
    const refused = await store.write('drafts', 'k', { text: 'not kept', callback: () => 'a function cannot be stored' }, FORMAT);
    expect(!refused.ok && refused.error.reason).to.equal('failed');
    const read = await store.read<{ text: string }>('drafts', 'k', FORMAT);
    expect(read.ok && read.value).to.deep.include({ version: 1, data: { text: 'kept' } });
    await backend.close();
    await otherTabDeletes(name);
  });
});
