/** Whether packages/elements/cdn/hearth.js is missing or older than any source it is built from. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

export function cdnIsStale(root) {
  const bundle = join(root, 'packages/elements/cdn/hearth.js');
  if (!existsSync(bundle)) return true;
  const sources = Math.max(newest(join(root, 'packages/core/src')), newest(join(root, 'packages/elements/src')));
  return statSync(bundle).mtimeMs < sources;
}

/** Whether Hearth Studio's site (packages/studio/dist) is missing or older than any source it is built from. */
export function studioIsStale(root) {
  const page = join(root, 'packages/studio/dist/index.html');
  if (!existsSync(page)) return true;
  const sources = Math.max(
    newest(join(root, 'packages/core/src')),
    newest(join(root, 'packages/elements/src')),
    newest(join(root, 'packages/studio/src')),
    statSync(join(root, 'packages/studio/index.html')).mtimeMs,
  );
  return statSync(page).mtimeMs < sources;
}
