import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

// Issue 15, on a phone: after a save the journal shows its entries as cards and one "Manage your
// journal" button, not a settings panel; the file picker is a real 44 px button in the page's
// language (not the browser's 26 px "Choose File" in English), opened with a tap.

const phone = { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true };

/** Every visible button and field in the journal's shadow tree that is smaller than it should be, and any box past the screen. */
const measure = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('hearth-journal-prompt').shadowRoot;
    const small = [];
    for (const control of root.querySelectorAll('button, input, textarea, select')) {
      // (The visually hidden file field is no target: its button is, and it is hidden from touch and assistive tech.)
      if (!control.checkVisibility() || control.getAttribute('aria-hidden') === 'true') continue;
      const box = control.getBoundingClientRect();
      const tall = control.localName === 'button' ? 44 : 24;
      if (box.height < tall - 0.5 || box.width < 24 - 0.5)
        small.push(`${control.localName} "${control.textContent.trim() || control.id}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
    }
    const outside = [...root.querySelectorAll('*')]
      .map((element) => [element, element.getBoundingClientRect()])
      .filter(([, box]) => box.width > 0 && (box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5))
      .map(([element]) => `${element.localName}.${element.className}`);
    const buttons = [...root.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent.trim());
    return { small, outside, buttons };
  });

const exportFile = (text) => ({
  name: 'journal.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'hearth-journal-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      entries: [
        { id: 'from-file', promptId: 'p', promptText: 'P', text, tags: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
      ],
    }),
  ),
});

describe('the journal on a phone (touch, 320 px)', () => {
  const env = useSiteAndBrowser();

  for (const [lang, path, s] of [
    [
      'en',
      '/e2e/journal-plain.html',
      {
        save: 'Save entry',
        edit: 'Edit',
        del: 'Delete',
        manage: 'Manage your journal',
        import: 'Import a Hearth export',
        imported: 'Imported 1 entry.',
        deleteAll: 'Delete everything',
      },
    ],
    [
      'ar',
      '/e2e/journal-arabic.html',
      {
        save: 'احفظ التدوينة',
        edit: 'تعديل',
        del: 'احذف',
        manage: 'إدارة يومياتك',
        import: 'استيراد ملف تصدير من Hearth',
        imported: 'تم استيراد تدوينة واحدة.',
        deleteAll: 'احذف كل شيء',
      },
    ],
  ]) {
    it(`${lang}: a saved entry is a card with Edit and Delete; "Manage your journal" opens export, import (a tapped button, a file chosen, the result announced) and "Delete everything"`, async () => {
      const { page, context, record } = await openPage(env.browser, phone);
      await page.goto(`${env.site.origin}${path}`);
      const journal = page.locator('hearth-journal-prompt');
      await journal.getByRole('button', { name: s.save }).waitFor();
      await journal.getByRole('textbox').tap();
      await journal.getByRole('textbox').fill('A quiet morning, and coffee on the step.');
      await journal.getByRole('button', { name: s.save }).tap();
      await journal.locator('[part="entry"]').waitFor();
      let seen = await measure(page);
      assert.deepEqual(seen.buttons, [s.save, s.edit, s.del, s.manage], 'after one save: the entry actions and one disclosure');
      assert.deepEqual(seen.small, [], 'every target big enough');
      assert.deepEqual(seen.outside, [], 'nothing past the screen');
      const toggle = journal.getByRole('button', { name: s.manage });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.tap();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await journal.getByRole('region', { name: s.manage }).waitFor();
      await journal.getByRole('button', { name: s.deleteAll }).waitFor();
      const chooser = page.waitForEvent('filechooser');
      await journal.getByRole('button', { name: s.import }).tap();
      await (await chooser).setFiles(exportFile('Imported on a phone'));
      await journal.locator('[part="import-status"]').filter({ hasText: s.imported }).waitFor();
      await journal.getByText('Imported on a phone').waitFor();
      seen = await measure(page);
      assert.deepEqual(seen.small, [], 'every target big enough, the region open');
      assert.deepEqual(seen.outside, [], 'nothing past the screen, the region open');
      assert.deepEqual(await record.cspViolations(), []);
      assert.deepEqual(problems(record), []);
      await context.close();
    });
  }
});
