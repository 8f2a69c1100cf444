/**
 * What a built-in item's version stands for: its JSON without `version` and `review` (Studio's
 * review notes do not change what a client reads), as JSON.stringify writes it. Shared by
 * content-versions.mjs (Node) and test/content-versions.test.ts (the browser), each with
 * its own SHA-256.
 * @template T
 * @param {Record<string, unknown>} item
 * @param {(text: string) => T} sha256 hex SHA-256 of the UTF-8 bytes of a text
 * @returns {T}
 */
export function contentHash(item, sha256) {
  const text = { ...item };
  delete text.version;
  delete text.review;
  return sha256(JSON.stringify(text));
}
