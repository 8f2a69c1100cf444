import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

const cdn = join(dirname(fileURLToPath(import.meta.url)), '../../packages/elements/cdn');

/**
 * The build rewrites the elements' CSS (scripts/minify-template-literals.mjs): what it makes must
 * still mean what the source says. Checked in the built cdn/, not the sources.
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
    assert.equal(after.color, 'rgb(163, 38, 42)', 'in the danger colour');
    assert.deepEqual(problems(record), []);
  });

  it('ships no CSS comments (they are for the source, not for every page)', () => {
    const bundle = readFileSync(join(cdn, 'hearth.js'), 'utf8');
    const comments = [...bundle.matchAll(/\/\*(?!\s*[@#]__PURE__)[\s\S]*?\*\//g)].map((match) => match[0].slice(0, 60));
    assert.deepEqual(comments, []);
  });
});
