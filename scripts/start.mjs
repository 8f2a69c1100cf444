#!/usr/bin/env node
/**
 * `npm start`: builds Hearth when the CDN bundle is missing or older than the sources, then
 * serves the demo practice site (docs/demo/) with /cdn/ and Hearth Studio (/studio/) beside it,
 * under the strict CSP.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cdnIsStale, studioIsStale } from './cdn-freshness.mjs';
import { demoEndpoint } from './demo-endpoint.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (cdnIsStale(root) || studioIsStale(root)) {
  console.log('start: building Hearth first…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 4173);
const { port: actual } = await startStaticServer({
  port,
  mounts: { '/cdn/': join(root, 'packages/elements/cdn'), '/studio/': join(root, 'packages/studio/dist'), '/': join(root, 'docs/demo') },
  handlers: {
    ...demoEndpoint((line) => console.log(line)),
    // Studio's addresses are relative to its folder: /studio must end in a slash.
    '/studio': (req, res) => res.writeHead(308, { Location: '/studio/' }).end(),
  },
});
console.log(
  `\nThe demo practice site is at http://127.0.0.1:${actual}/ and Hearth Studio at http://127.0.0.1:${actual}/studio/ (strict CSP on). Press Ctrl+C to stop.`,
);
