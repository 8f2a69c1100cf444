/**
 * WCAG 1.4.10 Reflow where clients are: at a 320 px wide viewport (a phone; every iPhone is
 * WebKit), every element of every-element.html fits: the page does not scroll sideways, and no
 * box, in any shadow tree, reaches past the viewport.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { engine, hearthSettled, useSiteAndEngine } from '../browser-driver.mjs';

/** In the page: true once every element has rendered its controls. */
function ready() {
  const count = (selector, inner) => document.querySelector(selector)?.shadowRoot?.querySelectorAll(inner).length ?? 0;
  return (
    count('hearth-quick-exit', 'button') > 0 &&
    count('hearth-coping-card#breathing', 'button') > 0 &&
    count('hearth-coping-card#grounding', 'button') > 0 &&
    count('hearth-journal-prompt', 'textarea') > 0 &&
    count('hearth-feedback-form', 'button') > 0 &&
    count('hearth-consent', 'button') > 0 &&
    count('hearth-crisis-resources', 'a') > 0 &&
    count('#gb-full', 'a') > 0 &&
    count('#gb-compact', 'a') > 0 &&
    count('#au-full', 'a') > 0
  );
}

/** In the page: the viewport's width, the page's scroll width, and every box outside the viewport. */
function measure() {
  const width = document.documentElement.clientWidth;
  const outside = [];
  const walk = (root, path) => {
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      // A box wholly left of the page (a visually hidden label, a skip link waiting for focus) scrolls nothing.
      if (box.width > 0 && box.right > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        outside.push(
          `${path}${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''} ${box.left.toFixed(1)}–${box.right.toFixed(1)}`,
        );
      }
      if (element.shadowRoot) walk(element.shadowRoot, `${path}${element.localName}${element.id ? `#${element.id}` : ''} >> `);
    }
  };
  walk(document, '');
  return { innerWidth, width, scrollWidth: document.documentElement.scrollWidth, outside };
}

describe(`${engine}: every element fits a 320 px wide screen`, () => {
  const env = useSiteAndEngine();

  it('no sideways scroll and no box wider than the viewport, on every-element.html at 320 × 640', async () => {
    const page = await env.browser.newPage();
    try {
      await page.setViewport({ width: 320, height: 640 });
      await page.goto(`${env.site.origin}/e2e/every-element.html`);
      await page.waitFor(ready, { message: 'every element to render' });
      await page.evaluate(hearthSettled); // fonts and late content are in
      const measured = await page.evaluate(measure);
      assert.equal(measured.innerWidth, 320, 'the viewport is 320 px wide');
      assert.deepEqual(measured.outside, [], 'every box inside the viewport');
      assert.equal(measured.scrollWidth, measured.width, 'the page does not scroll sideways');
    } finally {
      await page.close();
    }
  });
});
