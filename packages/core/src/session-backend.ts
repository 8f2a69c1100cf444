import { KEEP, type StorageBackend, type StoreName } from './storage-backend.js';

const PREFIX = 'hearth:';

/** `storage="session"`: sessionStorage, for this tab until it closes. Values are JSON. */
export class SessionBackend implements StorageBackend {
  async update<R>(store: StoreName, key: string, next: (current: unknown) => { value: unknown; result: R }): Promise<R> {
    const { value, result } = next(await this.get(store, key));
    if (value !== KEEP) this.area.setItem(this.id(store, key), JSON.stringify(value));
    return result;
  }
  private get area(): Storage {
    // Throws SecurityError in a sandboxed frame or with storage blocked: the caller reports it.
    return window.sessionStorage;
  }

  private id(store: StoreName, key: string): string {
    return `${PREFIX}${store}:${key}`;
  }

  async get(store: StoreName, key: string): Promise<unknown> {
    const text = this.area.getItem(this.id(store, key));
    return text === null ? undefined : JSON.parse(text);
  }

  async delete(store: StoreName, key: string): Promise<void> {
    this.area.removeItem(this.id(store, key));
  }

  async entries(store: StoreName, prefix: string): Promise<[string, unknown][]> {
    const head = this.id(store, prefix);
    const out: [string, unknown][] = [];
    for (let i = 0; i < this.area.length; i++) {
      const id = this.area.key(i);
      if (id?.startsWith(head)) out.push([id.slice(`${PREFIX}${store}:`.length), JSON.parse(this.area.getItem(id)!)]);
    }
    return out;
  }

  async deletePrefix(store: StoreName, prefix: string): Promise<void> {
    for (const [key] of await this.entries(store, prefix)) this.area.removeItem(this.id(store, key));
  }
}
