/**
 * Under the strict CSP of ARCHITECTURE.md (no inline script or style, Trusted Types required),
 * every element renders and practice HTML is sanitized with zero CSP violations and no page
 * errors; and Trusted Types really are enforced (a string assigned to innerHTML is refused and
 * reported, which also proves the page's recorder hears violations in this engine).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { engine, hearthSettled, useSiteAndEngine } from '../browser-driver.mjs';

/**
 * In the page: what has rendered so far, element by element; with `ready`, true once all have
 * (else null).
 */
function rendered(ready) {
  const shadow = (selector) => document.querySelector(selector)?.shadowRoot;
  const texts = (selector, inner) => [...(shadow(selector)?.querySelectorAll(inner) ?? [])].map((el) => el.textContent.trim());
  const state = {
    'test widget practice HTML': Boolean(shadow('hearth-test-widget')?.querySelector('a[href="https://example.org/policy"]')),
    'quick exit': texts('hearth-quick-exit', 'button').includes('Quick exit'),
    'coping card': texts('hearth-coping-card#breathing', 'button').includes('Start breathing'),
    'grounding card': texts('hearth-coping-card#grounding', 'button').length > 0,
    journal: texts('hearth-journal-prompt', 'button').includes('Save entry'),
    'feedback form': texts('hearth-feedback-form', 'button').includes('Send'),
    consent: texts('hearth-consent', 'button').includes('I agree'),
    'crisis resources': texts('hearth-crisis-resources', 'a').includes('Call 988'),
    'crisis resources (GB, Arabic)': texts('#gb-compact', 'a').length > 0,
    'crisis resources (AU)': texts('#au-full', 'a').length > 0,
  };
  if (ready) return Object.values(state).every(Boolean) || null;
  return state;
}

describe(`${engine}: the strict-CSP page renders with zero violations`, () => {
  const env = useSiteAndEngine();

  it('every element and sanitized practice HTML, zero CSP violations, no page errors, Trusted Types enforced', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.site.origin}/e2e/promises-csp.html?html=1`);
      await page.waitFor(rendered, { args: [true], message: 'every element to render' }).catch(async (error) => {
        throw new Error(`${error.message}: ${JSON.stringify(await page.evaluate(rendered, false))}`);
      });
      // What loads late (chunks, content, the crisis directory) has loaded and run.
      await page.evaluate(hearthSettled);

      const sanitized = await page.evaluate(() => {
        const root = document.querySelector('hearth-test-widget').shadowRoot;
        const policy = root.querySelector('a[href="https://example.org/policy"]');
        const notes = root.querySelector('a[href="/e2e/elsewhere.html"]');
        return {
          injected: root.querySelectorAll('img, script, [style], [onerror]').length,
          policy: [policy.getAttribute('rel'), policy.getAttribute('target')],
          notes: notes.getAttribute('target'),
          title: document.title,
          purify: performance.getEntriesByType('resource').some((entry) => /purify/i.test(entry.name)),
        };
      });
      assert.equal(sanitized.injected, 0, 'nothing of the hostile payload survived');
      assert.deepEqual(sanitized.policy, ['noopener noreferrer', '_blank'], 'an outside link opens apart');
      assert.equal(sanitized.notes, null, 'a same-site link stays as it is');
      assert.equal(sanitized.title, 'Every element under the strict CSP', 'no script ran');
      assert.equal(sanitized.purify, true, 'DOMPurify was loaded for the HTML');
      assert.deepEqual(await page.cspViolations(), [], 'zero CSP violations');
      assert.deepEqual(await page.pageErrors(), [], 'no page errors');

      // Trusted Types are enforced here: a plain string into innerHTML is refused, and reported.
      const refused = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>plain string</b>';
          return 'accepted';
        } catch (error) {
          return error.name;
        }
      });
      assert.equal(refused, 'TypeError', 'a string sink is refused: Trusted Types are enforced');
      const reported = await page.waitFor(() => window.__hearthRecord.violations.length > 0 && window.__hearthRecord.violations, {
        message: 'the refused assignment to be reported',
      });
      assert.equal(reported.length, 1);
      assert.match(reported[0], /^require-trusted-types-for/);
    } finally {
      await page.close();
    }
  });
});
