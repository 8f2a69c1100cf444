import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

describe('two copies of the bundle on one page', () => {
  const env = useSiteAndBrowser();

  it('load without an error or a warning, and the elements work', async () => {
    const { page, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/two-copies.html`);
    await page.locator('hearth-crisis-resources').getByRole('link', { name: 'Call 116 123' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(
      record.requests.some((url) => url.includes('/cdn-copy/hearth.js')),
      'the second copy loaded',
    );
    assert.deepEqual(problems(record), []);
    assert.deepEqual(
      record.console.filter((m) => m.type === 'warning').map((m) => m.text),
      [],
    );
    assert.deepEqual(await record.cspViolations(), []);
    await page.context().close();
  });
});
