import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

/**
 * The coping card as a client on a phone meets it, from the built cdn/ under the strict CSP:
 * real taps through a step walk, the completion message that takes focus and asks "Did that
 * help?", a pressed "This helped" (filled, with a tick: CSS the build rewrites), and an Arabic
 * card whose Arabic steps run right to left with their numbers inside it.
 */
describe('coping card on a 320 px touch screen', () => {
  const env = useSiteAndBrowser();

  it('a tapped step walk ends in the completion message with focus; "Did that help?" → "This helped" is pressed, filled and ticked', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${env.site.origin}/e2e/coping-card.html`);
    const card = page.locator('hearth-coping-card#en');
    await card.getByRole('button', { name: 'This helped' }).waitFor();
    await card.getByRole('button', { name: 'Go step by step' }).tap();
    for (let step = 1; step <= 6; step++) {
      await card.getByText(`Step ${step} of 6`, { exact: true }).waitFor();
      await card.getByRole('button', { name: step === 6 ? 'Finish' : 'Next step' }).tap();
    }
    const title = card.getByRole('heading', { name: 'You reached the end of the exercise.' });
    await title.waitFor();
    assert.equal(await title.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is on the completion message');
    const completion = card.locator('[part="completion"]');
    assert.match(await completion.innerText(), /Did that help\?/);
    const helped = completion.getByRole('button', { name: 'This helped' });
    await helped.tap();
    await completion.getByRole('button', { name: 'This helped', pressed: true }).waitFor();
    const look = await helped.evaluate((button) => {
      const start = button.getRootNode().querySelector('[part~="controls"] button.primary');
      return {
        background: getComputedStyle(button).backgroundColor,
        accent: getComputedStyle(start).backgroundColor,
        tick: getComputedStyle(button, '::before').content,
        height: button.getBoundingClientRect().height,
      };
    });
    assert.equal(look.background, look.accent, 'filled with the accent');
    assert.match(look.tick, /✓/);
    assert.ok(look.height >= 44, `44 px tall (${look.height})`);
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('the guided exercise is fetched when the client first taps Start, not with the card; it then starts with focus on Pause', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${env.site.origin}/e2e/coping-breathing.html`);
    const card = page.locator('hearth-coping-card');
    await card.getByRole('button', { name: 'This helped' }).waitFor();
    await page.waitForLoadState('networkidle');
    const exerciseCode = () => record.requests.filter((url) => /\/cdn\/chunks\/exercise-view-[\w-]{8}\.js$/.test(new URL(url).pathname));
    assert.deepEqual(exerciseCode(), [], 'not fetched for the first render');
    await card.getByRole('button', { name: 'Start breathing' }).tap();
    const pause = card.getByRole('button', { name: 'Pause' });
    await pause.waitFor();
    assert.equal(await pause.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is on Pause');
    assert.match(await card.locator('.round').innerText(), /Round 1 of 4/);
    assert.equal(exerciseCode().length, 1, 'fetched once, on use');
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('in Arabic, the Arabic steps run right to left with their numbers inside the card', async () => {
    const { page, context } = await openPage(env.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${env.site.origin}/e2e/coping-card.html`);
    const list = page.locator('hearth-coping-card#ar [part="steps"]');
    await list.locator('li').first().waitFor();
    const layout = await list.evaluate((ol) => {
      const box = ol.getBoundingClientRect();
      const card = ol.getRootNode().querySelector('[part="base"]').getBoundingClientRect();
      const em = parseFloat(getComputedStyle(ol).fontSize);
      return {
        lang: ol.closest('[lang]').getAttribute('lang'),
        direction: getComputedStyle(ol).direction,
        arabic: /[\u0600-\u06FF]/.test(ol.textContent),
        inside: box.left >= card.left && box.right <= card.right,
        rooms: [...ol.children].map((li) => (box.right - li.getBoundingClientRect().right) / em),
      };
    });
    assert.deepEqual([layout.lang, layout.direction, layout.arabic, layout.inside], ['ar', 'rtl', true, true]);
    for (const room of layout.rooms) assert.ok(room >= 1.25, `room for the number: ${room.toFixed(2)} em`);
    await context.close();
  });
});
