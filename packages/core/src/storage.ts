/**
 * `@hearth/core/storage`: storage, its failures and backends, as an entry of its own so that
 * an element can load it on demand (`await import('@hearth/core/storage')`) after its first
 * render: records are read asynchronously anyway.
 */
export { type ChangeNotice, HearthStorage, type RecordFormat, type StoredRecord, type WriteOptions } from './hearth-storage.js';
export { DATABASE_NAME, DATABASE_VERSION, IndexedDbBackend } from './indexeddb-backend.js';
export { MemoryBackend } from './memory-backend.js';
export { SessionBackend } from './session-backend.js';
export { KEEP, type StorageBackend, STORE_NAMES, type StoreName } from './storage-backend.js';
export { classifyStorageError, type StorageFailure, storageFailure, type StorageFailureReason, type StorageResult } from './storage-failure.js';
