import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { cdnDir, openPage, problems, useSiteAndBrowser } from './harness.mjs';

/** The /cdn/ files a page requested, in order, as paths below /cdn/. */
const cdnRequests = (record) => record.requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/cdn/'));

/**
 * A page that pins every Hearth file it loads with Subresource Integrity, as docs/embedding.md
 * shows for a public npm CDN: the script tag's `integrity` for hearth.js, and a modulepreload
 * with its `integrity` for the element's module the page knows it uses.
 */
function pinnedPage(req, res) {
  const integrity = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8'));
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned</title>
    <link rel="modulepreload" href="/cdn/elements/coping-card.js" integrity="${integrity['elements/coping-card.js']}" crossorigin="anonymous">
    <script type="module" src="/cdn/hearth.js" integrity="${integrity['hearth.js']}" crossorigin="anonymous"></script></head>
    <body><hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card></body></html>`);
}

/**
 * cdn/hearth.js is a loader (docs/decisions/027-cdn-loader.md): it defines the Hearth elements a
 * page holds, now or later, each from its own module in cdn/elements/.
 */
describe('the CDN loader (cdn/hearth.js)', () => {
  const env = useSiteAndBrowser({ '/e2e/loader-pinned.html': pinnedPage });

  it('a page with the script and no Hearth element downloads hearth.js and nothing else', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/loader-empty.html`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(cdnRequests(record), ['/cdn/hearth.js']);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('elements a single-page app adds later are defined, each module fetched once, Lit and core shared', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/loader-empty.html`);
    await page.waitForLoadState('networkidle');
    // As an app renders a view (with DOM calls: the page requires Trusted Types): a widget deep in a new subtree.
    const addWidget = (tag, attributes) =>
      page.evaluate(
        ([tag, attributes]) => {
          const widget = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
          const view = document.createElement('section');
          view.append(document.createElement('div'));
          view.firstChild.append(widget);
          document.querySelector('#app').append(view);
        },
        [tag, attributes],
      );
    await addWidget('hearth-coping-card', { strategy: 'box-breathing', storage: 'none' });
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    await addWidget('hearth-journal-prompt', { pack: 'gratitude', storage: 'none' });
    await page.locator('hearth-journal-prompt').getByRole('button', { name: 'Save entry' }).waitFor();
    await page.waitForLoadState('networkidle');

    const requested = cdnRequests(record);
    assert.ok(requested.includes('/cdn/elements/coping-card.js') && requested.includes('/cdn/elements/journal-prompt.js'));
    assert.ok(!requested.some((path) => /elements\/(feedback-form|consent)\.js$/.test(path)), 'only the elements on the page');
    assert.deepEqual(
      requested.filter((path, index) => requested.indexOf(path) !== index),
      [],
      'no file twice: the second widget reuses the chunks of the first',
    );
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('until its module arrives, an element keeps the fallback content the page wrote in it', async () => {
    const { page, context, record } = await openPage(env.browser);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let asked;
    const wasAsked = new Promise((resolve) => (asked = resolve));
    await context.route('**/cdn/elements/quick-exit.js', async (route) => {
      asked();
      await held;
      await route.continue().catch(() => {});
    });
    await page.goto(`${env.site.origin}/e2e/loader-fallback.html`);
    await wasAsked;
    assert.equal(await page.evaluate(() => customElements.get('hearth-quick-exit') ?? null), null, 'not defined yet');
    assert.ok(await page.getByRole('link', { name: 'Leave this site' }).isVisible(), 'the fallback link is there and shown');
    release();
    await page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it("one element's module works on its own, without the loader, and registers the crisis resources it renders", async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/loader-direct.html`);
    const card = page.locator('hearth-coping-card');
    await card.getByRole('button', { name: 'This helped' }).waitFor();
    await page.waitForFunction(() => customElements.get('hearth-crisis-resources'));
    assert.ok(!cdnRequests(record).includes('/cdn/hearth.js'), 'the loader was not needed');
    assert.equal(await page.evaluate(() => customElements.get('hearth-provider') ?? null), null, 'nothing else is defined');
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it("a site's own shadow root handed to discover() gets its Hearth elements defined", async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/loader-shadow.html`);
    await page.locator('site-panel hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('a page that pins hearth.js and a preloaded element module with their integrity hashes works', async () => {
    const { page, context, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/loader-pinned.html`);
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    const requested = cdnRequests(record);
    assert.equal(requested.filter((path) => path === '/cdn/elements/coping-card.js').length, 1, 'the preload is the module the loader uses');
    assert.deepEqual(problems(record), []);
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });
});
