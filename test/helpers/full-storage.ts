/**
 * Fills the page's sessionStorage until almost nothing fits (about `room` characters), the way a
 * full disk looks to a widget. Engines count the quota differently (Chromium and WebKit by
 * characters, Firefox by bytes of key and value), so this fills by trying rather than by size.
 * Returns the function that empties it again.
 */
export function fillSessionStorage(room = 100): () => void {
  const keys: string[] = [];
  let chunk = 4 * 1024 * 1024;
  while (chunk >= room) {
    const key = `hearth-filler-${keys.length}`;
    try {
      sessionStorage.setItem(key, 'x'.repeat(chunk));
      keys.push(key);
    } catch {
      chunk = Math.floor(chunk / 2);
    }
  }
  return () => {
    for (const key of keys) sessionStorage.removeItem(key);
  };
}
