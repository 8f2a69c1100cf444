import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

/*
 * Sliders on a phone (issue 15): a tap anywhere on the line sets the value under it, also right in
 * the middle of an unset slider (where the browser's own range fires nothing on a tap), by touch
 * and by pen; arrow keys still step it. Real taps in a touch context, against the built bundle.
 */

const PHONE = {
  hasTouch: true,
  isMobile: true,
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
};

/** Where on a slider (px from its left edge) the thumb's centre sits for `value`, the slider's own geometry read from the page. */
async function xFor(slider, value, { rtl = false } = {}) {
  const { width, thumb, min, max } = await slider.evaluate((input) => ({
    width: input.getBoundingClientRect().width,
    thumb: parseFloat(getComputedStyle(input).fontSize) * 1.5,
    min: Number(input.min),
    max: Number(input.max),
  }));
  const fraction = (value - min) / (max - min);
  const x = thumb / 2 + (width - thumb) * (rtl ? 1 - fraction : fraction);
  return Math.round(x);
}

const answers = (page) => page.evaluate(() => document.querySelector('hearth-feedback-form').answers);

describe('feedback sliders on a phone', () => {
  const env = useSiteAndBrowser();

  it('a tap sets the value under it, at every position, also the middle of an unset slider; arrow keys step it', async () => {
    const { page, context, record } = await openPage(env.browser, PHONE);
    await page.goto(`${env.site.origin}/e2e/feedback-touch.html`);
    const form = page.locator('hearth-feedback-form');
    const heard = form.locator('#f-heard');
    await heard.waitFor();
    const box = await heard.boundingBox();
    assert.ok(box.width > 300, `the track has the width of the screen (${box.width} px)`);
    // The middle of an unset slider: the case the browser's own range misses.
    await heard.tap({
      position: { x: await xFor(heard, 5), y: box.height / 2 },
    });
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 5);
    assert.equal(await heard.getAttribute('aria-valuetext'), '5 out of 10');
    assert.equal(await form.locator('[data-item="heard"] .slider-value').textContent(), '5');
    for (const value of [0, 2, 7, 10, 5]) {
      await heard.tap({
        position: { x: await xFor(heard, value), y: box.height / 2 },
      });
      await page.waitForFunction((v) => document.querySelector('hearth-feedback-form').answers.heard === v, value);
      // The value it shows is the value kept.
      assert.equal(await heard.inputValue(), String(value));
      assert.equal(await form.locator('[data-item="heard"] .slider-value').textContent(), String(value));
    }
    // The edges of the line: past the thumb's travel, the end values.
    await heard.tap({ position: { x: 1, y: box.height / 2 } });
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 0);
    await heard.tap({
      position: { x: Math.floor(box.width) - 1, y: box.height / 2 },
    });
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 10);
    // page.touchscreen.tap on another unset slider, in its middle.
    const focus = form.locator('#f-focus');
    await focus.scrollIntoViewIfNeeded();
    const focusBox = await focus.boundingBox();
    await page.touchscreen.tap(focusBox.x + (await xFor(focus, 5)), focusBox.y + focusBox.height / 2);
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.focus === 5);
    // A pen (Chromium's pointerType "pen") taps the middle of the third one.
    const approach = form.locator('#f-approach');
    await approach.scrollIntoViewIfNeeded();
    const approachBox = await approach.boundingBox();
    const cdp = await context.newCDPSession(page);
    const pen = {
      x: approachBox.x + (await xFor(approach, 5)),
      y: approachBox.y + approachBox.height / 2,
      button: 'left',
      clickCount: 1,
      pointerType: 'pen',
    };
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mousePressed',
      ...pen,
    });
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseReleased',
      ...pen,
    });
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.approach === 5);
    // The keyboard: the focused slider steps with the arrows.
    const takeaway = form.locator('#f-takeaway');
    await takeaway.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.takeaway === 6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.takeaway === 4);
    assert.deepEqual(await answers(page), {
      heard: 10,
      focus: 5,
      approach: 5,
      takeaway: 4,
    });
    // Nothing is missing: Send goes through (the submit event is the delivery here).
    await form.getByRole('button', { name: 'Send' }).tap();
    await form.getByText('Thank you for your feedback.').waitFor();
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(
      problems(record).filter((line) => !line.includes('has no endpoint')),
      [],
    );
    await context.close();
  });

  it('a vertical swipe over an unset slider scrolls the page and answers nothing; a sideways drag sets it and fires one change; a tap fires one change', async () => {
    const { page, context, record } = await openPage(env.browser, PHONE);
    await page.goto(`${env.site.origin}/e2e/feedback-touch.html`);
    const form = page.locator('hearth-feedback-form');
    const heard = form.locator('#f-heard');
    await heard.waitFor();
    // Room to scroll below the form, and a count of the host's change events.
    await page.evaluate(() => {
      document.body.style.setProperty('padding-block-end', '200vh');
      window.__changes = 0;
      document.querySelector('hearth-feedback-form').addEventListener('change', () => window.__changes++);
    });
    const changes = () => page.evaluate(() => window.__changes);
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    /** A finger from (x, y) moved by (dx, dy) in ten steps, then lifted: real touch events, as a phone sends them. */
    async function swipe(x, y, dx, dy) {
      await touch('touchStart', [{ x, y }]);
      for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }]);
      await touch('touchEnd', []);
      // Let every event the lift causes land before counting.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    }

    // Up the screen, starting on the left third of an unset slider: the page scrolls, nothing is set.
    let box = await heard.boundingBox();
    await swipe(box.x + (await xFor(heard, 2)), box.y + box.height / 2, 0, -150);
    assert.ok((await page.evaluate(() => scrollY)) > 50, 'the swipe scrolled the page');
    assert.deepEqual(await answers(page), {}, 'a swipe answers nothing');
    assert.equal(await heard.getAttribute('aria-valuetext'), 'Not set yet. Tap the line or use the arrow keys.');
    assert.equal(await changes(), 0, 'a swipe fires no change');
    // Once set, a swipe leaves the answer as it was.
    await heard.scrollIntoViewIfNeeded();
    box = await heard.boundingBox();
    await page.touchscreen.tap(box.x + (await xFor(heard, 7)), box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 7);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    assert.equal(await changes(), 1, 'a tap fires one change');
    box = await heard.boundingBox();
    await swipe(box.x + (await xFor(heard, 2)), box.y + box.height / 2, 0, -150);
    assert.deepEqual(await answers(page), { heard: 7 });
    assert.equal(await heard.inputValue(), '7', 'the slider still shows the answer');
    assert.equal(await changes(), 1);

    // Sideways along another unset slider, from 2 to 8: one change, the value where the finger let go.
    const focus = form.locator('#f-focus');
    await focus.scrollIntoViewIfNeeded();
    box = await focus.boundingBox();
    const from = await xFor(focus, 2);
    await swipe(box.x + from, box.y + box.height / 2, (await xFor(focus, 8)) - from, 0);
    assert.deepEqual(await answers(page), { heard: 7, focus: 8 });
    assert.equal(await focus.inputValue(), '8');
    assert.equal(await changes(), 2, 'one drag fires one change');
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('in an Arabic element (the built-in form in Arabic), a tap beside "تمامًا" (completely) records 10 and beside "إطلاقًا" (not at all) 0', async () => {
    const { page, context, record } = await openPage(env.browser, PHONE);
    await page.goto(`${env.site.origin}/e2e/feedback-touch.html?lang=ar`);
    const form = page.locator('hearth-feedback-form');
    const heard = form.locator('#f-heard');
    await form.getByRole('button', { name: 'إرسال' }).waitFor();
    const box = await heard.boundingBox();
    const most = await form.locator('[data-item="heard"] .anchor-max').boundingBox();
    const least = await form.locator('[data-item="heard"] .anchor-min').boundingBox();
    assert.equal((await form.locator('[data-item="heard"] .anchor-max').textContent()).trim(), 'تمامًا');
    assert.ok(most.x < least.x, '"تمامًا" (Arabic content, right to left) is on the left');
    await page.touchscreen.tap(most.x + 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 10);
    await page.touchscreen.tap(least.x + least.width - 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('hearth-feedback-form').answers.heard === 0);
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });
});
