import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { crossSiteFramePage, openPage, pageStoredRecords, problems, settle, useSiteAndBrowser } from './harness.mjs';

const area = (page) => page.locator('hearth-journal-prompt').getByLabel('Your answer');
/** The journal has opened its storage and read its draft (its updateComplete waits for that work). */
const settled = (page) => page.evaluate(() => document.querySelector('hearth-journal-prompt').updateComplete.then(() => undefined));

describe('the journal on a real page', () => {
  const env = useSiteAndBrowser();

  it('text typed and the page reloaded within one second is restored', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    await page.locator('hearth-journal-prompt').getByRole('button', { name: 'Save entry' }).waitFor();
    await settled(page);
    await area(page).pressSequentially('Written just before a reload');
    // Reload within one second of the last keystroke: just after the autosave, which runs half a second after it.
    await page.locator('hearth-journal-prompt').locator('[part="status"]').filter({ hasText: 'Saved on this device.' }).waitFor();
    await page.reload();
    await page.locator('hearth-journal-prompt').getByRole('button', { name: 'Save entry' }).waitFor();
    await page.waitForFunction(() => document.querySelector('hearth-journal-prompt').shadowRoot.querySelector('textarea').value !== '');
    assert.equal(await area(page).inputValue(), 'Written just before a reload');
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('two pages on one journal never overwrite each other silently', async () => {
    const { page: first, context } = await openPage(env.browser);
    const second = await context.newPage();
    await first.goto(`${env.site.origin}/`);
    await second.goto(`${env.site.origin}/`);
    await second.locator('hearth-journal-prompt').getByRole('button', { name: 'Save entry' }).waitFor();
    await settled(second);
    // The first page saves while the second has words not yet saved.
    await area(first).fill('Saved in the first page');
    await area(second).fill('Unsaved in the second page');
    await first.locator('hearth-journal-prompt').locator('[part="status"]').filter({ hasText: 'Saved on this device.' }).waitFor();
    await second.locator('hearth-journal-prompt').getByText('This draft was changed in another tab or window.').waitFor();
    // The save its autosave makes half a second after typing, made now and awaited.
    await second.evaluate(() => document.querySelector('hearth-journal-prompt').saveDraft());
    assert.equal(await area(second).inputValue(), 'Unsaved in the second page', 'nothing replaced the words on screen');
    const stored = (await pageStoredRecords(first, 'drafts')).find((record) => record.key === 'default/between-sessions').value.data.text;
    assert.equal(stored, 'Saved in the first page', 'the second page did not overwrite it');
    // The client chooses: keep the second page's words; the first page, with nothing unsaved, follows.
    await second.locator('hearth-journal-prompt').getByRole('button', { name: 'Keep what is here' }).click();
    await first.waitForFunction(
      () => document.querySelector('hearth-journal-prompt').shadowRoot.querySelector('textarea').value === 'Unsaved in the second page',
    );
    await context.close();
  });

  it('a whole journal task (write, save, search, delete) makes no request and sets no cookie', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    const journal = page.locator('hearth-journal-prompt');
    await journal.getByRole('button', { name: 'Save entry' }).waitFor();
    await page.waitForLoadState('networkidle');
    const before = env.site.requests.length;
    await area(page).fill('Something private');
    await journal.getByRole('button', { name: 'Save entry' }).click();
    await journal.getByText('Entry saved.').waitFor();
    await journal.getByLabel('Search your entries').fill('private');
    await journal.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await journal.getByRole('button', { name: 'Yes, delete it' }).click();
    await journal.getByText('Entry deleted.').waitFor();
    await settle(page, env.site);
    const during = env.site.requests.slice(before).filter((entry) => !entry.url.startsWith('/cdn/chunks/'));
    assert.deepEqual(during, []);
    assert.ok(record.requests.every((url) => new URL(url).origin === env.site.origin));
    assert.deepEqual(await context.cookies(), []);
    assert.equal(
      record.console.some((m) => m.text.includes('Something private')),
      false,
    );
    await context.close();
  });

  it('an encrypted journal restored from the back-forward cache comes back locked', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/journal-encrypted.html`);
    const journal = page.locator('hearth-journal-prompt');
    await journal.getByLabel('Passphrase', { exact: true }).fill('a long enough passphrase');
    await journal.getByLabel('Type it again').fill('a long enough passphrase');
    await journal.getByRole('button', { name: 'Turn on encryption' }).click();
    await journal.getByRole('button', { name: 'I have kept it safe' }).click();
    await area(page).fill('Words that must not show after Back');
    await journal.locator('[part="status"]').filter({ hasText: 'Saved on this device.' }).waitFor();
    await page.getByRole('link', { name: 'Somewhere else' }).click();
    await page.waitForURL('**/elsewhere.html');
    await page.goBack({ waitUntil: 'commit' });
    await journal.getByRole('button', { name: 'Unlock' }).waitFor();
    assert.equal(await page.evaluate(() => document.body.dataset.restored), 'true', 'restored from the back-forward cache');
    assert.equal(await journal.getByLabel('Your answer').count(), 0, 'the writing area is gone');
    assert.equal((await journal.evaluate((el) => el.shadowRoot.textContent)).includes('must not show'), false);
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });

  it('storage refused (a sandboxed frame): the warning shows, the words stay, and they can be downloaded', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/journal-sandboxed.html`);
    const journal = page.frameLocator('iframe').locator('hearth-journal-prompt');
    await journal.getByLabel('Your answer').fill('Words with nowhere to go');
    await journal.locator('[part="status"]').filter({ hasText: 'not letting the page save' }).waitFor();
    assert.equal(await journal.getByLabel('Your answer').inputValue(), 'Words with nowhere to go');
    await journal.getByRole('button', { name: 'Download what you wrote' }).waitFor();
    await context.close();
  });
});

describe('the journal in a frame', () => {
  // A site builder's "custom code" frame: the top page on one site (localhost), the journal on
  // another (127.0.0.1), so the browser keeps the journal's storage apart.
  const env = useSiteAndBrowser({ '/e2e/journal-cross-site.html': crossSiteFramePage('/e2e/journal-plain.html') });
  const note = /inside a frame from another website/;

  it('in a frame from another site, says its entries are kept apart and may be cleared sooner', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`http://localhost:${env.site.port}/e2e/journal-cross-site.html`);
    const journal = page.frameLocator('iframe').locator('hearth-journal-prompt');
    await journal.getByRole('button', { name: 'Save entry' }).waitFor();
    await journal.getByText(note).waitFor();
    await context.close();
  });

  it('in a frame of the same origin, says nothing of the kind', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/journal-framed.html`);
    const journal = page.frameLocator('iframe').locator('hearth-journal-prompt');
    await journal.getByRole('button', { name: 'Save entry' }).waitFor();
    assert.equal(await journal.getByText(note).count(), 0);
    await context.close();
  });
});
