/**
 * A list in the reader's language, for words a client reads: "A, B and C", "A، وB، وC",
 * "112 or 999" (`Intl.ListFormat`), never a hard-coded Latin comma. The items can be anything a
 * template renders (a link, a `<bdi>`): the connecting words come back as strings between them.
 *
 * `type`: `conjunction` ("and"), `disjunction` ("or"), or `unit` (commas only, for a row of
 * links or tags); `style` `narrow` gives the shortest joiner (a space in English, "و" in Arabic).
 */
export function listParts<T>(
  locale: string,
  items: readonly T[],
  type: Intl.ListFormatType = 'conjunction',
  style: Intl.ListFormatStyle = type === 'unit' ? 'short' : 'long',
): (T | string)[] {
  let format: Intl.ListFormat;
  try {
    format = new Intl.ListFormat(locale, { type, style });
  } catch {
    format = new Intl.ListFormat('en', { type, style });
  }
  // Placeholders that Intl returns as elements, in order; every literal between them is kept.
  const parts = format.formatToParts(items.map((_, index) => `\u0000${index}\u0000`));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value.slice(1, -1))] : part.value));
}

/** {@link listParts} joined into one string: for items that are plain text. */
export function formatList(locale: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return listParts(locale, items, type).join('');
}
