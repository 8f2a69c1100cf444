/*
 * The words a client reads in an item, for the writing help of the whole item: every text field
 * but those that are names for machines (ids, versions, types, option values, addresses, dates)
 * and the review record. HTML fields count by their text: tags are dropped with a pattern (the text
 * is only counted, never shown or put into a document).
 */

/** Fields whose text a client never reads (`items` and `tags` here are lists of ids: a scored form's items, a prompt's tags). */
const NOT_FOR_CLIENTS = new Set(['id', 'version', 'type', 'value', 'url', 'effectiveDate', 'strategyIds', 'tags', 'items', 'review', 'roles', 'method']);

/** The last field name of a validator path (`definition.items[2].label` → `label`), or ''. */
export function fieldName(path: string): string {
  return /([A-Za-z_$][\w$]*)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
}

/** Whether a text field at `path` holds words a client reads (not an id, a version, a type…). */
export function isClientText(path: string): boolean {
  return !NOT_FOR_CLIENTS.has(fieldName(path)) && !/\.review(\.|$)/.test(path);
}

/** The text of an HTML field, for counting: tags and entities dropped, block ends kept as line breaks. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(p|li|h[1-6]|div|blockquote)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

/** Every client-facing text of `value`, one paragraph each, in document order. */
export function clientText(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    if (!isClientText(path) || !value.trim()) return [];
    return [fieldName(path).endsWith('Html') ? htmlText(value) : value];
  }
  if (Array.isArray(value)) return value.flatMap((entry, index) => clientText(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, entry]) => (key === 'review' ? [] : clientText(entry, `${path}.${key}`)));
  }
  return [];
}
