import { KEEP, type StorageBackend, type StoreName } from './storage-backend.js';

/** `storage="none"`: kept in this page's memory only, gone on reload (the client is told). */
export class MemoryBackend implements StorageBackend {
  private readonly data = new Map<string, unknown>();

  async update<R>(store: StoreName, key: string, next: (current: unknown) => { value: unknown; result: R }): Promise<R> {
    const { value, result } = next(structuredClone(this.data.get(this.id(store, key))));
    if (value !== KEEP) this.data.set(this.id(store, key), structuredClone(value));
    return result;
  }

  private id(store: StoreName, key: string): string {
    return `${store}\u0000${key}`;
  }

  async get(store: StoreName, key: string): Promise<unknown> {
    return structuredClone(this.data.get(this.id(store, key)));
  }

  async delete(store: StoreName, key: string): Promise<void> {
    this.data.delete(this.id(store, key));
  }

  async entries(store: StoreName, prefix: string): Promise<[string, unknown][]> {
    const head = this.id(store, prefix);
    return [...this.data.entries()].filter(([id]) => id.startsWith(head)).map(([id, value]) => [id.slice(store.length + 1), structuredClone(value)]);
  }

  async deletePrefix(store: StoreName, prefix: string): Promise<void> {
    for (const [key] of await this.entries(store, prefix)) this.data.delete(this.id(store, key));
  }
}
