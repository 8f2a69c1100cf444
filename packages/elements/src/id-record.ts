/*
 * Objects keyed by a practice's ids: a feedback form's answers by question, a consent's ticks by
 * acknowledgment. An id may be any name the formats allow, `constructor`, `toString` or
 * `__proto__` included. A plain object answers those from Object.prototype (a question looks
 * answered, a box ticked, that the client never touched) and drops a `__proto__` key on assignment.
 * So these objects have no prototype, and a value is only ever read from an object's own
 * properties (a host's object, a draft or record from storage, JSON: all plain objects).
 */

/** A new object without a prototype, holding the own properties of each of `sources` in turn. */
export function idRecord<T>(...sources: readonly (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, ...sources);
}

/** The value kept under `id` in `record` itself, never one inherited from its prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record && Object.hasOwn(record, id) ? record[id] : undefined;
}
