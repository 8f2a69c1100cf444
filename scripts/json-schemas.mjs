#!/usr/bin/env node
/**
 * `npm run schemas`: writes the JSON Schema of every content format (scripts/content-schemas.ts)
 * from the schemas the elements validate with. Bundles that module for Node with Vite (the
 * schemas are plain TypeScript; nothing of the DOM is evaluated), then writes each document.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules/.cache/hearth-schemas');
rmSync(outDir, { recursive: true, force: true });

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  resolve: { conditions: ['hearth-source', 'module', 'import', 'default'] },
  ssr: { noExternal: true },
  build: {
    ssr: join(root, 'scripts/content-schemas.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'content-schemas.mjs' } },
  },
});
const { publishedSchemas, schemaDocument } = await import(pathToFileURL(join(outDir, 'content-schemas.mjs')).href);

for (const published of publishedSchemas) {
  const file = join(root, published.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schemaDocument(published), null, 2)}\n`);
  console.log(`schemas: wrote ${published.file}`);
}
