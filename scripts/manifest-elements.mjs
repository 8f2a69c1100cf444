/**
 * The custom elements of a custom-elements manifest (`packages/elements/custom-elements.json`),
 * each with the module that declares it, sorted by tag: what the editor files, the React
 * components, the API reference and their tests are all made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads the elements package's manifest (written by `npm run analyze`). */
export function readManifest(root) {
  return JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
}

/** `[{ module, declaration }]` for every declaration with a tag name, sorted by tag. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}
