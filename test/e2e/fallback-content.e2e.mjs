import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const phone = { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true };

/**
 * A slow phone connection: cdn/hearth.js arrives 5 s late, and not before the test has finished
 * what it checks without it (so a busy machine cannot turn this into a race). Returns `release`.
 */
async function holdScript(context) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const late = delay(5000);
  await context.route('**/cdn/hearth.js', async (route) => {
    await Promise.all([released, late]);
    await route.continue().catch(() => {});
  });
  return release;
}

/** Where a finger lands on `selector` (its centre, scrolled into view): is it that element? */
function tapLandsOn(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { own: hit === el || el.contains(hit), width: box.width, height: box.height, hit: hit?.localName };
  }, selector);
}

describe('fallback content, before the script arrives', () => {
  const env = useSiteAndBrowser();

  it('the demo page shows the exit link and the crisis numbers from the first paint, and they work', async () => {
    const { page, context } = await openPage(env.browser, phone);
    await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title>' }));
    const release = await holdScript(context);
    await page.goto(`${env.site.origin}/`, { waitUntil: 'commit' });
    const exit = page.locator('hearth-quick-exit > a');
    await exit.waitFor();
    assert.equal(await page.evaluate(() => customElements.get('hearth-quick-exit') ?? null), null, 'Hearth has not arrived');
    for (const href of ['tel:911', 'tel:988', 'sms:988']) {
      const selector = `hearth-crisis-resources a[href="${href}"]`;
      assert.ok(await page.locator(selector).isVisible(), `${href} is shown`);
      const landing = await tapLandsOn(page, selector);
      assert.ok(landing.own, `${href} can be tapped (a tap lands on ${landing.hit})`);
      assert.ok(landing.width >= 24 && landing.height >= 44, `${href} is ${landing.width}×${landing.height}`);
    }
    const exitLanding = await tapLandsOn(page, 'hearth-quick-exit > a');
    assert.ok(exitLanding.own && exitLanding.height >= 44, `the exit link is a full-size target (${exitLanding.width}×${exitLanding.height})`);
    await Promise.all([page.waitForURL('https://www.google.com/'), exit.tap()]);
    release();
    await context.close();
  });

  it('when the script arrives, the elements replace it: nothing shows twice', async () => {
    const { page, context, record } = await openPage(env.browser, phone);
    const release = await holdScript(context);
    await page.goto(`${env.site.origin}/`, { waitUntil: 'commit' });
    const crisis = page.locator('#help-now hearth-crisis-resources');
    await crisis.getByRole('link', { name: 'Phone 988' }).waitFor();
    release();
    await crisis.getByRole('link', { name: 'Call 988' }).waitFor();
    await page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
    const shown = await page.evaluate(() => {
      const rendered = (el) => el.getClientRects().length > 0;
      return {
        fallbackLinks: [...document.querySelectorAll('hearth-crisis-resources a, hearth-quick-exit a')].filter(rendered).length,
        fallbackText: document.querySelector('#help-now hearth-crisis-resources p').checkVisibility(),
      };
    });
    assert.deepEqual(shown, { fallbackLinks: 0, fallbackText: false });
    assert.equal(await crisis.getByRole('link', { name: 'Phone 988' }).count(), 0, 'the fallback link is gone');
    assert.equal(await crisis.getByRole('link', { name: 'Call 988' }).count(), 1, 'Call 988, once');
    assert.equal(await page.locator('hearth-quick-exit').getByRole('link').count(), 0);
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('getting started shows the fallback markup first', () => {
    const markdown = readFileSync(join(root, 'docs/getting-started.md'), 'utf8');
    const sample = /```html\n([\s\S]*?)```/.exec(markdown.slice(markdown.indexOf('## Plain HTML')))[1];
    assert.match(sample, /<hearth-quick-exit[^>]*>\s*<a href="https:[^"]+">[^<]+<\/a>\s*<\/hearth-quick-exit>/);
    assert.match(sample, /<hearth-crisis-resources>[\s\S]*<a href="tel:\d+">[\s\S]*<\/hearth-crisis-resources>/);
  });
});

describe('the quick exit on a phone', () => {
  const env = useSiteAndBrowser();

  it("stays in view and covers no button: each of the consent's buttons, scrolled to the bottom of the screen, takes its own tap", async () => {
    const { page, context } = await openPage(env.browser, phone);
    await page.goto(`${env.site.origin}/first-visit.html`);
    const consent = page.locator('hearth-consent');
    await consent.getByRole('button', { name: 'I do not agree' }).waitFor();
    const covered = await page.evaluate(() => {
      const consent = document.querySelector('hearth-consent');
      const exit = document.querySelector('hearth-quick-exit');
      const found = [];
      const deepest = (x, y) => {
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return hit;
      };
      for (const button of consent.shadowRoot.querySelectorAll('button')) {
        if (!button.getClientRects().length) continue;
        // The button just come into view at the bottom of the screen, as a client scrolling down sees it first.
        const top = button.getBoundingClientRect().top + scrollY;
        scrollTo(0, top + button.offsetHeight - innerHeight + 1);
        const box = button.getBoundingClientRect();
        for (const [fx, fy] of [
          [0.5, 0.5],
          [0.1, 0.5],
          [0.9, 0.5],
        ]) {
          const hit = deepest(box.left + box.width * fx, box.top + box.height * fy);
          if (hit !== button && !button.contains(hit)) found.push(`${button.textContent.trim()}: ${hit?.localName}`);
        }
        if (!exit.getBoundingClientRect().height || exit.getBoundingClientRect().bottom > innerHeight) found.push('the quick exit is out of view');
      }
      return found;
    });
    assert.deepEqual(covered, []);
    await context.close();
  });
});
