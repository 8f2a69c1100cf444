/** `@hearth/core/sending`: the outbox, loadable on demand when an element first sends. */
export { backoffMs, judgeResponse, Outbox, retryAfterMs, type OutboxEntry, type OutboxOptions, type OutboxRequest, type OutboxState } from './outbox.js';
