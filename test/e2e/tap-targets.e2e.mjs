import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

/**
 * WCAG 2.2 §2.5.8 (target size, minimum) where clients are: a 320 px phone with touch. Every
 * focusable element in every element's shadow tree (and, for a native radio or checkbox, its
 * label: that is what a finger taps) is at least 24×24 CSS px; on this coarse pointer the crisis
 * call and text links and each view's primary button are at least 44 px tall. Measured in every
 * state a client reaches: on arrival; in use; asked to confirm or finished (delete one entry,
 * withdraw, the coping card's "Did that help?", the feedback's thank-you); editing and managing
 * (an entry's edit form, "Manage your journal" with export, import and "Delete everything").
 */
function measureTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const short = [];
    let count = 0;
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const describe = (el) => {
      const host = el.getRootNode().host;
      const id = host?.id ? `#${host.id}` : '';
      const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('href') || el.type || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${host?.localName ?? 'page'}${id} ${el.localName}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${text}"`;
    };
    const rendered = (el) => {
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== 'hidden';
    };
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!el.matches(focusable) || el.disabled || !rendered(el)) continue;
        let target = el;
        if (el.localName === 'input' && (el.type === 'radio' || el.type === 'checkbox')) target = el.labels?.[0] ?? el;
        let box = target.getBoundingClientRect();
        // A visually hidden control (a styled file picker) is reached through its visible label or wrapper.
        if (box.width <= 2 || box.height <= 2) {
          target = el.labels?.[0] ?? el.parentElement;
          box = target.getBoundingClientRect();
        }
        count++;
        const size = `${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
        if (box.width < 23.95 || box.height < 23.95) small.push(`${describe(el)} ${size}`);
        const primary = el.matches('button.primary, a[href^="tel:"], a[href^="sms:"]');
        if (primary && box.height < 43.95) short.push(`${describe(el)} ${size}`);
      }
    };
    walk(document);
    return { count, small, short };
  });
}

describe('tap targets on a 320 px touch screen', () => {
  const env = useSiteAndBrowser();

  it('every target of every element, in each state a client reaches, is at least 24×24 px; call and text links and primary buttons 44 px tall', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${env.site.origin}/e2e/every-element.html`);
    const coping = page.locator('hearth-coping-card#breathing');
    const grounding = page.locator('hearth-coping-card#grounding');
    const journal = page.locator('hearth-journal-prompt');
    const feedback = page.locator('hearth-feedback-form');
    const consent = page.locator('hearth-consent');
    await coping.getByRole('button', { name: 'Start breathing' }).waitFor();
    await consent.getByRole('button', { name: 'I agree' }).waitFor();
    await feedback.getByRole('button', { name: 'Send' }).waitFor();
    await page.locator('#gb-compact').getByRole('link').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'a coarse pointer');

    const failures = [];
    const check = async (state) => {
      const { count, small, short } = await measureTargets(page);
      assert.ok(count > 30, `${state}: targets were found (${count})`);
      failures.push(...small.map((s) => `${state}: smaller than 24×24: ${s}`), ...short.map((s) => `${state}: shorter than 44 px: ${s}`));
    };
    await check('on arrival');

    // The journal with an entry (its history, with each entry's actions).
    await journal.getByRole('textbox').first().tap();
    await journal.getByRole('textbox').first().fill('The walk at lunch helped.');
    await journal.getByRole('button', { name: 'Save entry' }).tap();
    await journal.getByText('The walk at lunch helped.').first().waitFor();
    // The feedback form sent empty: invalid, with its error summary.
    await feedback.getByRole('button', { name: 'Send' }).tap();
    await feedback.getByRole('alert').first().waitFor();
    // The consent agreed.
    for (const box of await consent.getByRole('checkbox').all()) await box.tap();
    await consent.getByRole('textbox').first().fill('Sam Rivera');
    await consent.getByRole('button', { name: 'I agree' }).tap();
    await consent.getByText(/^You agreed to version/).waitFor();
    // A breathing exercise running.
    await coping.getByRole('button', { name: 'Start breathing' }).tap();
    await coping.getByRole('button', { name: /^Pause/ }).waitFor();
    await check('in use');

    // Asked to confirm, or finished.
    await journal.getByRole('button', { name: 'Delete', exact: true }).tap();
    await journal.getByRole('button', { name: 'Yes, delete it' }).waitFor();
    await consent.getByRole('button', { name: 'Withdraw my consent' }).tap();
    await consent.getByRole('button', { name: 'Yes, withdraw' }).waitFor();
    await grounding.getByRole('button', { name: 'Go step by step' }).tap();
    for (let step = 1; step <= 6; step++) {
      await grounding.getByText(`Step ${step} of 6`, { exact: true }).waitFor();
      await grounding.getByRole('button', { name: step === 6 ? 'Finish' : 'Next step' }).tap();
    }
    await grounding.locator('[part="completion"]').getByRole('button', { name: 'This helped' }).waitFor();
    // Every slider answered with a tap near its end, then sent: the thank-you.
    for (const slider of await feedback.locator('input[type="range"]').all()) {
      await slider.scrollIntoViewIfNeeded();
      const box = await slider.boundingBox();
      await slider.tap({ position: { x: box.width - 2, y: box.height / 2 } });
    }
    await feedback.getByRole('button', { name: 'Send' }).tap();
    await feedback.getByText('Thank you for your feedback.').waitFor();
    await check('confirming, finished');

    // Editing one entry; managing the journal (export, import, "Delete everything" and its question); a rating given.
    await journal.getByRole('button', { name: 'Cancel' }).tap();
    await journal.getByRole('button', { name: 'Edit', exact: true }).tap();
    await journal.getByRole('button', { name: 'Save changes' }).waitFor();
    await check('editing an entry');
    await journal.getByRole('button', { name: 'Manage your journal' }).tap();
    await journal.getByRole('button', { name: 'Import a Hearth export' }).waitFor();
    await check('managing the journal');
    await journal.getByRole('button', { name: 'Delete everything' }).tap();
    await journal.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
    await grounding.getByRole('button', { name: 'This helped' }).tap();
    await grounding.getByRole('button', { name: 'This helped', pressed: true }).waitFor();
    await check('deleting everything, rated');

    assert.deepEqual(failures, []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });
});
