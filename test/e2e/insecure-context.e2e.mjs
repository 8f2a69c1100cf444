import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromePath } from '../chromium-args.mjs';
import { startSite } from './harness.mjs';

describe('on plain HTTP (not a secure context)', () => {
  let site;
  let browser;
  before(async () => {
    site = await startSite();
    // hearth.test resolves to this machine, but is not "potentially trustworthy" like localhost.
    const args = chromiumArgs.map((arg) => (arg.startsWith('--host-resolver-rules=') ? '--host-resolver-rules=MAP hearth.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1' : arg));
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
});
