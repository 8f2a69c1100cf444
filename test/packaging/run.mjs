#!/usr/bin/env node
/**
 * The packaging test (`npm run test:packaging`, in `.ci/run` after the build): what a practice's
 * web person meets after `npm install`, before anything is published.
 *
 * 1. `npm pack` every package (@hearth/core, @hearth/elements, @hearth/react);
 * 2. copies three small apps (`test/packaging/apps/`) into a scratch folder outside the workspace
 *    and installs the tarballs together with the apps' own dependencies from the registry: a
 *    plain Vite app, a React 19 app using @hearth/react, a Vue 3 app using the elements directly
 *    (`isCustomElement`);
 * 3. builds each app with Vite and opens it in Chromium, where a user completes one interaction
 *    per element: the provider's region picks the crisis lines, "This helped", an entry saved, a
 *    form sent, the terms agreed to, and last the quick exit.
 *
 * Prints one line per check and exits non-zero when one fails. Needs the network (npm registry).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { findChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumArgs } from '../chromium-args.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const started = Date.now();

/** The apps' own dependencies, pinned (the same Vite as the workspace). */
const VERSIONS = { vite: '8.3.8', react: '19.3.1', 'react-dom': '19.3.1', vue: '3.5.45', '@vitejs/plugin-vue': '6.0.11' };
const APPS = {
  vanilla: { title: 'a plain Vite app', packages: ['core', 'elements'], dependencies: [], devDependencies: ['vite'] },
  react: {
    title: 'a React 19 app with @hearth/react',
    packages: ['core', 'elements', 'react'],
    dependencies: ['react', 'react-dom'],
    devDependencies: ['vite'],
  },
  vue: { title: 'a Vue 3 app with the elements', packages: ['core', 'elements'], dependencies: ['vue'], devDependencies: ['vite', '@vitejs/plugin-vue'] },
};
/** The page's CSP: strict for the plain app (Trusted Types too); the frameworks' own code is not Hearth's to vouch for. */
const FRAMEWORK_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

function sh(command, args, cwd, label) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) {
    console.error(`packaging: ${label} failed (exit ${result.status})\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

const scratch = mkdtempSync(join(tmpdir(), 'hearth-packaging-'));
const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);
let failed = 0;
const check = (ok, line) => {
  console.log(`  ${ok ? '✓' : '✗'} ${line}`);
  if (!ok) failed++;
};

try {
  // 1. Pack.
  sh('npm', ['pack', '--silent', '-w', '@hearth/core', '-w', '@hearth/elements', '-w', '@hearth/react', '--pack-destination', tarballs], root, 'npm pack');
  const packed = Object.fromEntries(readdirSync(tarballs).map((file) => [/^hearth-(\w+)-/.exec(file)[1], join(tarballs, file)]));
  console.log(
    `packaging: packed ${Object.values(packed)
      .map((file) => file.split('/').pop())
      .join(', ')}`,
  );
  check(Object.keys(packed).sort().join() === 'core,elements,react', 'every package packs');
  const listing = sh('tar', ['-tzf', packed.elements], scratch, 'list the elements tarball');
  for (const file of [
    'package/LICENSE',
    'package/README.md',
    'package/custom-elements.json',
    'package/cdn/hearth.js',
    'package/cdn/elements/coping-card.js',
    'package/cdn/integrity.json',
    'package/dist/index.js',
    'package/jsx.d.ts',
    'package/web-types.json',
    'package/vscode.html-custom-data.json',
    'package/schemas/strategy.schema.json',
    'package/schemas/safety-plan.schema.json',
    'package/schemas/safety-plan-prompts.schema.json',
  ]) {
    check(listing.split('\n').includes(file), `@hearth/elements ships ${file.slice('package/'.length)}`);
  }

  const site = { browser: await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs }) };
  try {
    for (const [name, app] of Object.entries(APPS)) {
      // 2. A scratch app outside the workspace, with the tarballs installed together.
      const dir = join(scratch, name);
      cpSync(join(here, 'apps', name), dir, { recursive: true });
      const pick = (names) => Object.fromEntries(names.map((dependency) => [dependency, VERSIONS[dependency]]));
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify(
          {
            name: `hearth-packaging-${name}`,
            private: true,
            type: 'module',
            dependencies: { ...Object.fromEntries(app.packages.map((pkg) => [`@hearth/${pkg}`, `file:${packed[pkg]}`])), ...pick(app.dependencies) },
            devDependencies: pick(app.devDependencies),
          },
          null,
          2,
        ),
      );
      const installStarted = Date.now();
      sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir, `npm install (${name})`);
      sh(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir, `vite build (${name})`);
      console.log(`packaging: ${app.title}: installed and built in ${((Date.now() - installStarted) / 1000).toFixed(0)} s`);

      // 3. A user, in Chromium.
      const server = await startStaticServer({ mounts: { '/': join(dir, 'dist') }, ...(name === 'vanilla' ? {} : { csp: FRAMEWORK_CSP }) });
      const page = await site.browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The browser asks for /favicon.ico on its own; the apps have none. Any other failed load counts.
      page.on(
        'response',
        (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`),
      );
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
      try {
        await page.goto(`http://127.0.0.1:${server.port}/`);
        await exercise(page, app.title);
        check(errors.length === 0, `${app.title}: no error in the console${errors.length ? `: ${errors.join(' | ')}` : ''}`);
      } catch (error) {
        check(false, `${app.title}: ${error.message.split('\n')[0]}`);
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await site.browser.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`packaging: ${failed ? `${failed} check(s) failed` : 'every check passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);

/** One interaction per element, as a client would do it; each line must appear in the app's own log or page. */
async function exercise(page, title) {
  const log = page.locator('#log');
  const logged = (event) => log.filter({ hasText: event }).waitFor({ timeout: 10_000 });

  await page
    .locator('hearth-crisis-resources')
    .getByRole('link', { name: /116 123/ })
    .first()
    .waitFor({ timeout: 15_000 });
  check(true, `${title}: the provider's region (GB) picks the crisis lines`);

  await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).click();
  await logged('hearth-coping-rate');
  check(true, `${title}: coping card, "This helped" reaches the app`);

  const journal = page.locator('hearth-journal-prompt');
  await journal.getByLabel('Your answer').fill('A walk in the park with my sister.');
  await journal.getByRole('button', { name: 'Save entry' }).click();
  await logged('hearth-journal-save');
  check(true, `${title}: journal, an entry saved`);

  const form = page.locator('hearth-feedback-form');
  await form.getByRole('radio', { name: 'Yes' }).check();
  await form.getByRole('button', { name: 'Send' }).click();
  await logged('hearth-feedback-submit');
  await form.getByText('Thank you for your feedback.').waitFor();
  check(true, `${title}: feedback form, answered and sent`);

  const consent = page.locator('hearth-consent');
  await consent.getByRole('checkbox', { name: 'I understand what stays private.' }).check();
  await consent.getByRole('checkbox', { name: 'I understand when the practice may have to share information, even without my permission.' }).check();
  await consent.getByLabel('Type your full name to sign').fill('Sam Rivera');
  await consent.getByRole('button', { name: 'I agree' }).click();
  await logged('hearth-consent-submit');
  check(true, `${title}: consent, the terms agreed to`);

  const plan = page.locator('hearth-safety-plan');
  await plan.getByLabel('Add to “My reasons for living”').fill('My niece Ana');
  await plan.locator('section[aria-labelledby="heading-reasons"]').getByRole('button', { name: 'Add', exact: true }).click();
  await logged('hearth-safety-plan-save');
  await plan.getByRole('button', { name: 'Use my plan now' }).click();
  // Step 1 is the professionals and crisis lines; the reasons come after them.
  await plan.getByRole('button', { name: 'Next step' }).click();
  await plan.getByText('My niece Ana').waitFor();
  check(true, `${title}: safety plan, a line added and the crisis view opened`);

  await Promise.all([
    page.waitForURL(/\/left\.html$/, { timeout: 10_000 }),
    page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).click(),
  ]);
  check(true, `${title}: quick exit leaves for the practice's page`);
}
