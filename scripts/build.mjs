#!/usr/bin/env node
/**
 * `npm run build`: type declarations, the three library builds (core dist, elements dist, cdn),
 * the custom-elements manifest, then the sizes a browser downloads, checked against the budgets
 * of ARCHITECTURE.md. Exits non-zero when a build fails or a budget is exceeded.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { measureSizes, printSizes } from './size-report.mjs';

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

const tsc = join(root, 'node_modules/.bin/tsc');
run(tsc, ['-p', 'packages/core/tsconfig.build.json'], 'core type declarations');
run(tsc, ['-p', 'packages/elements/tsconfig.build.json'], 'elements type declarations');

for (const mode of ['core', 'elements', 'cdn']) {
  const started = Date.now();
  await build({ configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn' });
  console.log(`build: ${mode} bundle (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

run('npm', ['run', '--silent', 'analyze'], 'custom-elements manifest');

const report = await measureSizes(root);
printSizes(report);
if (report.overBudget.length) {
  console.error(`build: over budget: ${report.overBudget.join('; ')}`);
  process.exit(1);
}
