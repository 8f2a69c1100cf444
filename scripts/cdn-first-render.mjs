import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * CDN build only (decision 019). `hearth.ts` imports each widget's first-render modules
 * statically, and the elements load the same modules with `import()` (which keeps them on demand
 * in the npm build). Left as they are, the bundler also treats each of them as a dynamic entry
 * and splits what they share with the entry (Lit, the English strings, small helpers) into files
 * of their own: four more requests and about 1.4 KB more gzip on a page. This plugin turns those
 * `import()` calls into the modules themselves (`Promise.resolve(namespace)`), so `cdn/hearth.js`
 * holds them in one file. Other `import()` calls (locales, content, sending, DOMPurify) stay.
 */
/** An `import('…')` call with a literal specifier. */
const IMPORT_CALL = /\bimport\((['"])([^'"]+)\1\)/g;

export function cdnFirstRenderStatic(entry) {
  let firstRender = new Set();
  return {
    name: 'hearth-cdn-first-render-static',
    async buildStart() {
      const entryPath = resolve(entry);
      const specifiers = [...readFileSync(entryPath, 'utf8').matchAll(/^import ['"]([^'"]+)['"];/gm)].map((match) => match[1]);
      const ids = await Promise.all(specifiers.map(async (specifier) => (await this.resolve(specifier, entryPath))?.id));
      firstRender = new Set(ids.filter(Boolean));
    },
    async transform(code, id) {
      if (!/packages\/(core|elements)\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return null;
      const calls = [...code.matchAll(IMPORT_CALL)];
      const names = new Map();
      for (const call of calls) {
        const resolved = (await this.resolve(call[2], id))?.id;
        if (resolved && firstRender.has(resolved) && !names.has(call[2])) names.set(call[2], `__hearthFirstRender${names.size}`);
      }
      if (!names.size) return null;
      const body = code.replace(IMPORT_CALL, (call, quote, specifier) => (names.has(specifier) ? `Promise.resolve(${names.get(specifier)})` : call));
      const head = [...names].map(([specifier, name]) => `import * as ${name} from '${specifier}';`).join('\n');
      return { code: `${head}\n${body}`, map: null };
    },
  };
}
