import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { cdnDir, openPage, problems, useSiteAndBrowser } from './harness.mjs';

const DANGER = 'rgb(163, 38, 42)';

/**
 * The build rewrites the elements' CSS and HTML templates (a minifier plugin in vite.config.ts):
 * what it makes must still mean what the source says. Checked in the built cdn/, not the sources
 * (STYLE.md §28). The regex minifier this replaced dropped the space before `:is(` in
 * `.item.invalid :is(…)`, so an invalid question lost its outline in cdn/ only.
 */
describe('styles as built (cdn/)', () => {
  const env = useSiteAndBrowser();

  it('an unanswered required text question is outlined in the danger colour after Send', async () => {
    const { page, record } = await openPage(env.browser, { viewport: { width: 800, height: 700 } });
    await page.goto(`${env.site.origin}/e2e/feedback-required-text.html`);
    const form = page.locator('hearth-feedback-form');
    const field = form.getByRole('textbox', { name: 'One word for today' });
    await field.waitFor();
    const before = await field.evaluate((el) => getComputedStyle(el).borderTopWidth);
    await form.getByRole('button', { name: 'Send' }).click();
    await form.locator('[part~="field-error"]').waitFor();
    const after = await field.evaluate((el) => ({ width: getComputedStyle(el).borderTopWidth, color: getComputedStyle(el).borderTopColor }));
    assert.equal(before, '1px');
    assert.equal(after.width, '2px', 'the invalid field has its 2 px outline');
    assert.equal(after.color, DANGER, 'in the danger colour');
    assert.deepEqual(problems(record), []);
  });

  it('an unanswered required rating question gets its danger bar after Send', async () => {
    const { page, record } = await openPage(env.browser, { viewport: { width: 800, height: 700 } });
    await page.goto(`${env.site.origin}/e2e/feedback-required-rating.html`);
    const form = page.locator('hearth-feedback-form');
    const question = form.locator('[part~="item"][data-item="safe"]');
    await form.getByRole('radio', { name: '3', exact: true }).waitFor();
    const bar = () => question.evaluate((el) => ({ width: getComputedStyle(el).borderInlineStartWidth, color: getComputedStyle(el).borderInlineStartColor }));
    assert.equal((await bar()).width, '0px');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.locator('[part~="field-error"]').waitFor();
    assert.deepEqual(await bar(), { width: '5px', color: DANGER }, 'the question has its 5 px bar in the danger colour');
    assert.deepEqual(problems(record), []);
  });

  it('ships no CSS comments in any file (they are for the source, not for every page)', () => {
    const files = readdirSync(cdnDir, { recursive: true }).filter((name) => String(name).endsWith('.js'));
    assert.ok(files.length > 10, 'the loader, the elements and their chunks');
    const comments = files.flatMap((name) =>
      [...readFileSync(join(cdnDir, String(name)), 'utf8').matchAll(/\/\*(?!\s*[@#]__PURE__)[\s\S]*?\*\//g)].map(
        (match) => `${name}: ${match[0].slice(0, 60)}`,
      ),
    );
    assert.deepEqual(comments, []);
  });
});
