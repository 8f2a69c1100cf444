/**
 * `@hearth/core/storage`: storage, its failures and backends, as an entry of its own so that
 * an element can load it on demand (`await import('@hearth/core/storage')`) after its first
 * render: records are read asynchronously anyway.
 */
export { HearthStorage, type ChangeNotice, type RecordFormat, type StoredRecord, type WriteOptions } from './hearth-storage.js';
export { classifyStorageError, storageFailure, type StorageFailure, type StorageFailureReason, type StorageResult } from './storage-failure.js';
export { KEEP, STORE_NAMES, type StorageBackend, type StoreName } from './storage-backend.js';
export { DATABASE_NAME, DATABASE_VERSION, IndexedDbBackend } from './indexeddb-backend.js';
export { MemoryBackend } from './memory-backend.js';
export { SessionBackend } from './session-backend.js';
