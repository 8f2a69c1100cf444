#!/usr/bin/env node
/**
 * `npm start`: builds Hearth when the CDN bundle is missing or older than the sources, then
 * serves the demo practice site (docs/demo/) with /cdn/ beside it, under the strict CSP.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'packages/elements/cdn/hearth.js');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const sources = Math.max(newest(join(root, 'packages/core/src')), newest(join(root, 'packages/elements/src')));
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
  console.log('start: building Hearth first…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 4173);
const { port: actual } = await startStaticServer({
  port,
  mounts: { '/cdn/': join(root, 'packages/elements/cdn'), '/': join(root, 'docs/demo') },
});
console.log(`\nThe demo practice site is at http://127.0.0.1:${actual}/ (strict CSP on). Press Ctrl+C to stop.`);
