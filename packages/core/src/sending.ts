/** `@hearth/core/sending`: the outbox, loadable on demand when an element first sends. */
export { backoffMs, judgeResponse, Outbox, type OutboxEntry, type OutboxOptions, type OutboxRequest, type OutboxState, retryAfterMs } from './outbox.js';
