/**
 * `cdn/integrity.json`: the Subresource Integrity hash (sha384, as browsers check it) of every
 * JavaScript file in `cdn/`, keyed by its path there. A site that loads Hearth from a public npm
 * CDN pins `hearth.js` with its `integrity` attribute, and its chunks through an import map's
 * `integrity` map (docs/embedding.md). Written by `npm run build`; listed with each release.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** `sha384-…` of a file's bytes. */
export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Writes `integrity.json` into `cdnDir` and returns what it wrote. */
export function writeIntegrity(cdnDir) {
  const files = readdirSync(cdnDir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.split(sep).join('/'))
    .sort((a, b) => (a === 'hearth.js' ? -1 : b === 'hearth.js' ? 1 : a.localeCompare(b)));
  const integrity = Object.fromEntries(files.map((name) => [name, sriOf(readFileSync(join(cdnDir, name)))]));
  writeFileSync(join(cdnDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}
