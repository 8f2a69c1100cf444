#!/usr/bin/env node
/**
 * `npm test`: the custom-elements manifest, type-check and lint, then in each engine — Chromium,
 * Firefox ESR and WebKitGTK — the component tests (web-test-runner) and the page tests (test/e2e/:
 * every page test in Chromium, the promises a client relies on, test/e2e/promises/, in all three).
 * The page tests use the built cdn/, built first when missing or stale.
 *
 * Finds (or, on a Debian-family machine as root, installs) each engine's browser; elsewhere an
 * engine that is missing is skipped with a one-line instruction — except under CI (CI or
 * HEARTH_REQUIRE_ENGINES set, as .ci/run does), where every engine must run. Prints a line per engine, then one line for everything:
 * `N passed, N failed, N skipped`. A failing step other than tests counts as one failure.
 * Exits non-zero on any failure.
 *
 *   npm test                          every engine
 *   npm test -- --engine firefox      one engine (or several: --engine firefox,webkit)
 *   HEARTH_ENGINES=webkit npm test    the same through the environment
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cdnIsStale } from './cdn-freshness.mjs';
import { describe, ENGINE_LABELS, ENGINES, findBrowsers } from './find-browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const bin = (name) => join(root, 'node_modules/.bin', name);

function chosenEngines() {
  const args = process.argv.slice(2);
  const named = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--engine' && args[i + 1]) named.push(args[++i]);
    else if (args[i].startsWith('--engine=')) named.push(args[i].slice('--engine='.length));
    else {
      console.error(`test: unknown argument ${args[i]} (use --engine chromium|firefox|webkit)`);
      process.exit(2);
    }
  }
  const list = (named.length ? named.join(',') : process.env.HEARTH_ENGINES || ENGINES.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    console.error(`test: unknown engine ${unknown.join(', ')}: the engines are ${ENGINES.join(', ')}`);
    process.exit(2);
  }
  return ENGINES.filter((name) => list.includes(name));
}

const started = Date.now();
const wanted = chosenEngines();
const failedSteps = [];
const required = Boolean(process.env.HEARTH_REQUIRE_ENGINES || process.env.CI);
const notChosen = ENGINES.filter((engine) => !wanted.includes(engine));
// CI promises all three engines: a narrowed run (--engine, HEARTH_ENGINES) fails there.
if (required && notChosen.length) failedSteps.push(`${notChosen.map((engine) => ENGINE_LABELS[engine]).join(', ')} (not chosen, under CI)`);
let found;
let missing;
try {
  ({ found, missing } = findBrowsers(wanted));
} catch (error) {
  console.error(`test: ${error.message}`);
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
for (const { engine, instruction } of missing) {
  console.log(`test: ${instruction} Skipping ${ENGINE_LABELS[engine]}.`);
  // CI promises all three engines: a missing one fails the run rather than passing with fewer.
  if (required) failedSteps.push(`${ENGINE_LABELS[engine]} (missing)`);
}
const engines = wanted.filter((engine) => found[engine]);
for (const engine of engines) console.log(`test: ${ENGINE_LABELS[engine]}: ${describe(engine, found[engine])}`);
const env = { ...process.env, ...(found.chromium ? { CHROME_PATH: found.chromium.executable } : {}) };

function step(label, command, args, extraEnv = {}) {
  console.log(`\n── ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedSteps.push(label);
    const how = result.signal ? `stopped by ${result.signal}` : result.error ? result.error.message : `exit code ${result.status}`;
    console.log(`── ${label}: FAILED (${seconds} s, ${how})`);
    return false;
  }
  console.log(`── ${label}: ok (${seconds} s)`);
  return true;
}

/** Takes a step off the failed list (it is counted again under another name). */
function dropFailed(label) {
  const at = failedSteps.indexOf(label);
  if (at >= 0) failedSteps.splice(at, 1);
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

if (engines.length && cdnIsStale(root)) step('build (cdn/ is missing or older than the sources)', process.execPath, ['scripts/build.mjs']);

const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
const totals = { passed: 0, failed: 0, skipped: 0 };
const perEngine = [];
/** Every failed test, named again at the end: a CI log is often read from its last lines. */
const failedTests = [];
for (const engine of engines) {
  const label = ENGINE_LABELS[engine];
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const parts = [];
  for (const [kind, args, name] of [
    ['component tests (web-test-runner)', [bin('web-test-runner'), '--config', 'web-test-runner.config.mjs'], 'wtr'],
    [engine === 'chromium' ? 'page tests (test/e2e)' : 'page tests (test/e2e/promises)', [process.execPath, 'test/e2e/run.mjs'], 'e2e'],
  ]) {
    const stepLabel = `${label}: ${kind}`;
    const file = join(tmpdir(), `hearth-${name}-${engine}-${process.pid}.json`);
    const [command, ...rest] = args;
    let ok = step(stepLabel, command, rest, { HEARTH_SUMMARY_FILE: file, HEARTH_ENGINE: engine });
    let result = readCounts(file);
    if (!result && name === 'wtr') {
      // The runner itself stopped before its summary (a browser process that died, as WebKitGTK
      // has done once in a while on a busy machine), which is not a test's verdict: run the
      // engine's component tests once more, and say so. A crash that comes back fails the run.
      console.log(`── ${stepLabel}: the runner stopped with no results; running it once more`);
      dropFailed(stepLabel);
      ok = step(`${stepLabel}, second run`, command, rest, { HEARTH_SUMMARY_FILE: file, HEARTH_ENGINE: engine });
      result = readCounts(file);
      if (result) parts.push('component tests run twice: the first run stopped with no results');
      // Still nothing: counted once below, under the step's own name.
      else dropFailed(`${stepLabel}, second run`);
    }
    if (!result) {
      if (!failedSteps.includes(stepLabel)) failedSteps.push(stepLabel);
      counts.failed += 1;
      parts.push(`${name}: reported no results`);
      console.log(`── ${stepLabel}: reported no results`);
      continue;
    }
    for (const failure of result.failures ?? []) failedTests.push({ engine: label, ...failure });
    if (!ok && result.failed === 0) result.failed += 1;
    for (const key of Object.keys(counts)) counts[key] += result[key] ?? 0;
    parts.push(`${name === 'wtr' ? 'component' : 'page'} ${result.passed}/${result.failed}/${result.skipped}`);
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  perEngine.push(`${label}: ${line(counts)} (${parts.join(', ')})`);
}

const otherFailures = failedSteps.filter((label) => !label.includes('tests')).length;
totals.failed += otherFailures;
console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (failedTests.length) console.log('Failed tests:');
for (const { engine, file, name, message } of failedTests) console.log(`  ✗ ${engine}: ${file} › ${name}\n      ${message}`);
for (const engine of notChosen) console.log(`${ENGINE_LABELS[engine]}: not run (not chosen)`);
for (const { engine } of missing) console.log(`${ENGINE_LABELS[engine]}: not run (missing on this machine)`);
for (const text of perEngine) console.log(text);
console.log(`test: finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${line(totals)}`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
