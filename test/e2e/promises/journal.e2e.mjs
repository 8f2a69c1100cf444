/**
 * The journal keeps what a client writes: an entry typed with real keys and saved, and the draft
 * written after it, are both there after a reload.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { engine, useSiteAndEngine } from '../browser-driver.mjs';

/** In the page: the journal's shadow root text, its textarea's value and its history's entries. */
function journalState() {
  const root = document.querySelector('hearth-journal-prompt')?.shadowRoot;
  const textarea = root?.querySelector('textarea#text');
  if (!textarea) return null;
  return {
    draft: textarea.value,
    status: root.querySelector('[part="status"]')?.textContent.trim() ?? '',
    entries: [...root.querySelectorAll('[part="entry"] .entry-text')].map((p) => p.textContent.trim()),
    conflict: root.querySelector('[part="conflict"]')?.textContent.trim().replace(/\s+/g, ' ') ?? null,
  };
}

describe(`${engine}: a journal entry survives a reload`, () => {
  const env = useSiteAndEngine();

  it('an entry typed with real keys and saved, and the draft after it, are both there after a reload', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.site.origin}/e2e/promises-journal.html`);
      await page.waitFor(journalState, { message: 'the journal to render' });
      await page.click('hearth-journal-prompt', 'textarea#text');
      await page.type('The walk at lunch helped.');
      await page.waitFor(
        () => document.querySelector('hearth-journal-prompt').shadowRoot.querySelector('textarea#text').value === 'The walk at lunch helped.',
        { message: 'the typed words in the textarea' },
      );
      await page.click('hearth-journal-prompt', 'button[part="save-button"]');
      await page.waitFor(
        () => document.querySelector('hearth-journal-prompt').shadowRoot.querySelector('[part="status"]').textContent.includes('Entry saved.'),
        { message: '"Entry saved."' },
      );

      // The next words are a draft: saved on the device on their own, half a second after the last key.
      await page.click('hearth-journal-prompt', 'textarea#text');
      await page.type('Tomorrow: call my sister');
      await page
        .waitFor(
          () => document.querySelector('hearth-journal-prompt').shadowRoot.querySelector('[part="status"]').textContent.includes('Saved on this device.'),
          { message: 'the draft saved' },
        )
        .catch(async (error) => {
          throw new Error(`${error.message}; the journal: ${JSON.stringify(await page.evaluate(journalState))}`);
        });
      const before = await page.evaluate(journalState);
      assert.deepEqual(before.entries, ['The walk at lunch helped.']);

      await page.reload();
      // Given up to 15 s to come back; what is missing then is named by the assertions below.
      await page
        .waitFor(() => {
          const root = document.querySelector('hearth-journal-prompt')?.shadowRoot;
          const textarea = root?.querySelector('textarea#text');
          return textarea && textarea.value !== '' && root.querySelector('[part="entry"]') ? true : null;
        })
        .catch(() => {});
      const restored = await page.evaluate(journalState);
      assert.equal(restored.draft, 'Tomorrow: call my sister', 'the draft survived the reload');
      assert.deepEqual(restored.entries, ['The walk at lunch helped.'], 'the saved entry survived the reload');
      assert.deepEqual(await page.cspViolations(), []);
      assert.deepEqual(await page.pageErrors(), []);
    } finally {
      await page.close();
    }
  });
});
