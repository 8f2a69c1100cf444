#!/usr/bin/env node
/**
 * `npm test`: finds (or installs) Chromium, then the custom-elements manifest, type-check, lint,
 * the component tests (web-test-runner) and the page tests (test/e2e/, playwright-core against
 * the built cdn/, built first when missing or stale). Ends with one line for both test kinds:
 * `N passed, N failed, N skipped`. A failing step other than tests counts as one failure.
 * Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnIsStale } from './cdn-freshness.mjs';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const bin = (name) => join(root, 'node_modules/.bin', name);

let chrome;
try {
  chrome = findChromium();
} catch (error) {
  console.error(`test: ${error.message}`);
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: chrome };
const failedSteps = [];

function step(label, command, args, extraEnv = {}) {
  console.log(`\n── ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedSteps.push(label);
    console.log(`── ${label}: FAILED (${seconds} s)`);
    return false;
  }
  console.log(`── ${label}: ok (${seconds} s)`);
  return true;
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}

step('custom-elements manifest', 'npm', ['run', '--silent', 'analyze']);
step('type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json']);
step('lint (eslint, lit-analyzer)', 'npm', ['run', '--silent', 'lint']);

if (cdnIsStale(root)) step('build (cdn/ is missing or older than the sources)', process.execPath, ['scripts/build.mjs']);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [label, args, name] of [
  ['component tests (web-test-runner)', [bin('web-test-runner'), '--config', 'web-test-runner.config.mjs'], 'wtr'],
  ['page tests (test/e2e, playwright-core)', [process.execPath, 'test/e2e/run.mjs'], 'e2e'],
]) {
  const file = join(tmpdir(), `hearth-${name}-${process.pid}.json`);
  const [command, ...rest] = args;
  const ok = step(label, command, rest, { HEARTH_SUMMARY_FILE: file });
  const counts = readCounts(file);
  if (!counts) {
    if (!failedSteps.includes(label)) failedSteps.push(label);
    totals.failed += 1;
    console.log(`── ${label}: reported no results`);
    continue;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) totals.failed += 1;
}

const otherFailures = failedSteps.filter((label) => !label.includes('tests')).length;
totals.failed += otherFailures;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
