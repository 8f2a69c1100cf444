#!/usr/bin/env node
/**
 * `npm run build`: the custom-elements manifest, type declarations, the four library builds (core,
 * elements and react dist, cdn), Hearth Studio (packages/studio/dist) and `cdn/integrity.json`. Exits non-zero when a step fails. What
 * a page downloads is measured by `npm run size` (scripts/size.mjs), from real page loads.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

import { writeIntegrity } from './cdn-integrity.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function run(command, args, label) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

rmSync('packages/core/dist', { recursive: true, force: true });
rmSync('packages/elements/dist', { recursive: true, force: true });
rmSync('packages/react/dist', { recursive: true, force: true });

// The manifest first: the React components and the editor files are made from it.
run('npm', ['run', '--silent', 'analyze'], 'custom-elements manifest');

const tsc = join(root, 'node_modules/.bin/tsc');
run(tsc, ['-p', 'packages/core/tsconfig.build.json'], 'core type declarations');
run(tsc, ['-p', 'packages/elements/tsconfig.build.json'], 'elements type declarations');
run(tsc, ['-p', 'packages/react/tsconfig.build.json'], 'react type declarations');

for (const mode of ['core', 'elements', 'react', 'cdn']) {
  const started = Date.now();
  await build({ configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn' });
  console.log(`build: ${mode} bundle (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Hearth Studio, a static site built from the sources above (docs/studio.md).
{
  const started = Date.now();
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'studio', logLevel: 'warn' });
  console.log(`build: studio (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Subresource Integrity of every file in cdn/, for sites that load it from elsewhere (docs/embedding.md).
const integrity = writeIntegrity(join(root, 'packages/elements/cdn'));
console.log(`build: cdn/integrity.json (${Object.keys(integrity).length} files, sha384)`);
