import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { chromium } from 'playwright-core';

import { chromePath, chromiumArgs } from '../chromium-args.mjs';
import { startSite } from './harness.mjs';

describe('on plain HTTP (not a secure context)', () => {
  let site;
  let browser;
  before(async () => {
    site = await startSite();
    // hearth.test resolves to this machine, but is not "potentially trustworthy" like localhost.
    const args = chromiumArgs.map((arg) =>
      arg.startsWith('--host-resolver-rules=') ? '--host-resolver-rules=MAP hearth.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1' : arg,
    );
    browser = await chromium.launch({ executablePath: chromePath, headless: true, args });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('elements still render and save; encryption says once that it is unavailable', async () => {
    const page = await browser.newPage();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`http://hearth.test:${site.port}/e2e/widget.html?key=insecure&vault=1`);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    await page.waitForFunction(() => document.body.dataset.vault);
    assert.equal(await page.evaluate(() => document.body.dataset.vault), 'unavailable');
    await page.locator('hearth-crisis-resources').getByRole('link', { name: /988/ }).first().waitFor();
    const widget = page.locator('hearth-test-widget');
    await widget.getByLabel('Your words').fill('Saved without HTTPS');
    await widget.locator('#status').filter({ hasText: 'saved' }).waitFor();
    assert.equal(warnings.filter((w) => w.includes('not served over HTTPS')).length, 1);
    await page.close();
  });

  it('the consent works without Web Crypto: the same policyHash as on a secure page', async () => {
    const page = await browser.newPage();
    await page.goto(`http://hearth.test:${site.port}/e2e/consent.html?key=insecure`);
    assert.equal(await page.evaluate(() => globalThis.crypto.subtle === undefined), true);
    const consent = page.locator('hearth-consent');
    await consent.getByRole('checkbox', { name: 'I understand what stays private.' }).check();
    await consent.getByRole('checkbox', { name: 'I understand when the practice may have to share information, even without my permission.' }).check();
    await consent.getByLabel('Type your full name to sign').fill('Sam Rivera');
    await consent.getByRole('button', { name: 'I agree' }).click();
    await consent.getByText(/^You agreed to version 2 on /).waitFor();
    const plainHash = await page.evaluate(() => document.querySelector('hearth-consent').consentRecord.policyHash);
    const secure = await browser.newPage();
    await secure.goto(`${site.origin}/e2e/consent.html?key=secure`);
    await secure.locator('hearth-consent').getByRole('button', { name: 'I agree' }).waitFor();
    const secureHash = await secure.evaluate(() => document.querySelector('hearth-consent').policyHash);
    assert.match(plainHash, /^[0-9a-f]{64}$/);
    assert.equal(plainHash, secureHash);
    await page.close();
    await secure.close();
  });
});
