import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { openPage, pageStoredRecords, problems, until, useSiteAndBrowser } from './harness.mjs';

// Issue 20, as a client on a phone: the plan written with taps on a 320 px touch screen, kept
// across a reload, and its crisis view one tap away and readable with the text at 200%.

const phone = { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true };
/** Screenshots to look at (not compared): HEARTH_SCREENSHOTS=dir, else the temp folder. */
const shots = process.env.HEARTH_SCREENSHOTS ?? join(tmpdir(), 'hearth-safety-plan-shots');
mkdirSync(shots, { recursive: true });

const plan = (page) => page.locator('hearth-safety-plan');
const section = (page, id) => plan(page).locator(`section[aria-labelledby="heading-${id}"]`);
const items = (page, id) => section(page, id).locator('.item .text').allTextContents();

/** Targets smaller than they should be, and boxes past the screen, in the plan's shadow tree. */
const measure = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('hearth-safety-plan').shadowRoot;
    const small = [];
    for (const control of root.querySelectorAll('button, input, select, a')) {
      if (!control.checkVisibility()) continue;
      const box = control.getBoundingClientRect();
      const tall = control.localName === 'button' || control.classList.contains('call') ? 44 : 24;
      if (box.height < tall - 0.5 || box.width < 24 - 0.5)
        small.push(`${control.localName} "${control.textContent.trim() || control.id}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
    }
    const width = document.documentElement.clientWidth;
    const outside = [...root.querySelectorAll('*')]
      .map((element) => [element, element.getBoundingClientRect()])
      .filter(([, box]) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
      .map(([element]) => `${element.localName}.${element.className}`);
    return { small, outside, scrollsSideways: document.documentElement.scrollWidth > width };
  });

/** Words of the plan's `selector` that the browser broke across two lines (a hyphen or a slash may end a line). */
const brokenWords = (page, selector) =>
  page.evaluate((selector) => {
    const root = document.querySelector('hearth-safety-plan').shadowRoot.querySelector(selector);
    const broken = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[^\s/-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
    return broken;
  }, selector);

describe('the safety plan on a phone (touch, 320 px)', () => {
  const env = useSiteAndBrowser();

  for (const [lang, path, s] of [
    ['en', '/e2e/safety-plan.html', { add: 'Add', up: 'Move up', open: 'Use my plan now', next: 'Next step', contact: 'Add Dr. Rivera to my plan' }],
    ['ar', '/e2e/safety-plan-arabic.html', { add: 'أضف', up: 'انقل إلى الأعلى', open: null, next: null, contact: null }],
  ]) {
    it(`${lang}: written with taps, every target big enough, nothing past the screen, and all of it there after a reload`, async () => {
      const { page, context, record } = await openPage(env.browser, phone);
      try {
        await page.goto(`${env.site.origin}${path}`);
        await section(page, 'warning-signs').waitFor();
        const add = async (id, text, phone) => {
          await section(page, id).locator(`#add-${id}`).tap();
          await page.keyboard.type(text);
          if (phone) {
            await section(page, id).locator(`#phone-${id}`).tap();
            await page.keyboard.type(phone);
          }
          await section(page, id).locator('form.add button[type="submit"]').tap();
          await until(async () => (await items(page, id)).includes(text), { what: `"${text}" added` });
        };
        await add('warning-signs', lang === 'ar' ? 'لا أنام جيدًا' : 'I stop sleeping');
        await add('warning-signs', lang === 'ar' ? 'أتجنب الناس' : 'I cancel plans');
        await add('people', lang === 'ar' ? 'أختي لينا' : 'My sister Lee', '555 0123');
        // Reorder with a tap: the second line moves up.
        await section(page, 'warning-signs').locator('.item').nth(1).locator('.up').tap();
        await until(async () => (await items(page, 'warning-signs'))[0] === (lang === 'ar' ? 'أتجنب الناس' : 'I cancel plans'), { what: 'the line moved up' });
        if (s.contact) {
          await plan(page).getByRole('button', { name: s.contact }).tap();
          await until(async () => (await items(page, 'professionals')).length === 1, { what: 'the practice contact added' });
        }
        const measured = await measure(page);
        assert.deepEqual(measured.small, [], 'targets under 24 px (44 px for buttons and call links)');
        assert.deepEqual(measured.outside, [], 'boxes past the 320 px screen');
        assert.equal(measured.scrollsSideways, false);
        await page.screenshot({ path: join(shots, `plan-${lang}-320.png`), fullPage: true });

        await page.reload();
        await section(page, 'warning-signs').waitFor();
        await until(async () => (await items(page, 'people')).length === 1, { what: 'the plan read again', timeout: 10_000 });
        assert.deepEqual(await items(page, 'warning-signs'), lang === 'ar' ? ['أتجنب الناس', 'لا أنام جيدًا'] : ['I cancel plans', 'I stop sleeping']);
        const stored = await pageStoredRecords(page, 'safety-plan');
        assert.equal(stored.length, 1);
        assert.equal(stored[0].value.data.plan.locale, lang);
        assert.deepEqual(problems(record), []);
      } finally {
        await context.close();
      }
    });
  }

  it('the crisis view is one tap away and readable at 320 px with the text at 200%: large steps, Next in reach, the crisis lines there', async () => {
    const { page, context, record } = await openPage(env.browser, phone);
    try {
      await page.goto(`${env.site.origin}/e2e/safety-plan.html`);
      await section(page, 'warning-signs').waitFor();
      // 200% text in a sans-serif font (wider than the default serif, and what most practice sites use).
      await page.evaluate(() => {
        document.documentElement.style.setProperty('font-size', '200%');
        document.documentElement.style.setProperty('font-family', 'sans-serif');
      });
      const sign = section(page, 'warning-signs');
      await sign.locator('#add-warning-signs').tap();
      await page.keyboard.type('I lie awake after midnight and stop answering messages from anyone');
      await sign.locator('form.add button[type="submit"]').tap();
      await until(async () => (await items(page, 'warning-signs')).length > 0, { what: 'the sign added' });

      await plan(page).getByRole('button', { name: 'Use my plan now' }).tap();
      const view = plan(page).locator('[part="crisis-view"]');
      await view.waitFor();
      assert.equal(await view.locator('.step-of').textContent(), 'Step 1 of 2');
      const crisisLine = view.locator('.crisis-lines hearth-crisis-resources').getByRole('link').first();
      await crisisLine.waitFor();
      const measured = await measure(page);
      assert.deepEqual(measured.outside, [], 'boxes past the screen at 200% text');
      assert.equal(measured.scrollsSideways, false);
      assert.deepEqual(measured.small, []);
      assert.deepEqual(await brokenWords(page, '[part="crisis-view"]'), [], 'words broken across lines at 200% text');
      await page.screenshot({ path: join(shots, 'crisis-view-320-200.png'), fullPage: true });
      await view.getByRole('button', { name: 'Next step' }).tap();
      await until(async () => (await view.locator('.step-of').textContent()) === 'Step 2 of 2', { what: 'step 2' });
      assert.match(await view.locator('.step').textContent(), /Dr\. Rivera/);
      assert.deepEqual(problems(record), []);
    } finally {
      await context.close();
    }
  });

  it('when the storage code cannot arrive (a bad network), the plan says nothing is kept yet and offers Try again; what was added is kept once it works', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
    try {
      let failed = 0;
      await page.route(/\/cdn\/chunks\/storage-[\w-]+\.js$/, (route) => (failed++ ? route.continue() : route.abort('failed')));
      await page.goto(`${env.site.origin}/e2e/safety-plan.html?storage-failure`);
      const status = plan(page).locator('[part="status"]');
      await until(async () => (await status.textContent().catch(() => ''))?.includes('could not be opened on this device'), { what: 'the message' });
      assert.equal(await status.getAttribute('role'), 'alert');
      assert.equal(failed, 1);
      // The plan still works on screen, with the crisis lines.
      await section(page, 'reasons').locator('#add-reasons').fill('My sister');
      await section(page, 'reasons').locator('form.add button[type="submit"]').click();
      await until(async () => (await items(page, 'reasons')).includes('My sister'), { what: 'the line on screen' });
      await plan(page).getByRole('button', { name: 'Try again' }).click();
      await until(
        async () => (await pageStoredRecords(page, 'safety-plan')).some((r) => r.key.endsWith('/e2e-plan') && JSON.stringify(r.value).includes('My sister')),
        {
          what: 'the line kept once storage opened',
        },
      );
      assert.deepEqual(
        problems(record).filter((p) => !/Failed to load|storage-|net::ERR_FAILED|dynamically imported module/.test(p)),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('an encrypted file: its code is not fetched on first paint; saved with a passphrase, no line of the plan in it; imported back with it', async () => {
    const { page, context, record } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
    try {
      const fileCode = (url) => /\/cdn\/chunks\/(safety-plan-file|sealed-file|encryption)[\w-]*\.js$/.test(url);
      await page.goto(`${env.site.origin}/e2e/safety-plan.html`);
      await section(page, 'reasons').locator('#add-reasons').fill('My sister');
      await section(page, 'reasons').locator('form.add button[type="submit"]').click();
      await until(async () => (await pageStoredRecords(page, 'safety-plan')).some((r) => r.key.endsWith('/e2e-plan')), { what: 'the plan saved' });
      assert.deepEqual(record.requests.filter(fileCode), [], 'no file or encryption code on first paint');

      await plan(page).getByRole('button', { name: 'Manage my plan' }).click();
      await plan(page).getByRole('button', { name: 'Save as an encrypted file (JSON)' }).click();
      await plan(page).locator('#file-passphrase').fill('a passphrase for the file');
      await plan(page).locator('#file-confirm').fill('a passphrase for the file');
      const [download] = await Promise.all([page.waitForEvent('download'), plan(page).getByRole('button', { name: 'Save the file' }).click()]);
      assert.match(download.suggestedFilename(), /^safety-plan-\d{4}-\d\d-\d\d\.encrypted\.json$/);
      const text = readFileSync(await download.path(), 'utf8');
      assert.equal(JSON.parse(text).format, 'hearth-safety-plan-export');
      assert.ok(!text.includes('My sister'), 'the plan is sealed in the file');
      assert.ok(record.requests.some(fileCode), 'the file code came when asked for');

      // "Delete everything", then the file brings the plan back with its passphrase.
      await plan(page).getByRole('button', { name: 'Delete everything' }).click();
      await plan(page).getByRole('button', { name: 'Yes, delete it' }).click();
      await until(async () => (await items(page, 'reasons')).length === 0, { what: 'the plan deleted' });
      await plan(page).getByRole('button', { name: 'Manage my plan' }).click();
      await plan(page)
        .locator('#import-file')
        .setInputFiles({ name: 'plan.encrypted.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await plan(page).locator('#import-passphrase').fill('a passphrase for the file');
      await plan(page).getByRole('button', { name: 'Import', exact: true }).click();
      await until(async () => (await items(page, 'reasons')).includes('My sister'), { what: 'the plan imported', timeout: 10_000 });
      assert.deepEqual(await record.cspViolations(), []);
      assert.deepEqual(problems(record), []);
    } finally {
      await context.close();
    }
  });
});
