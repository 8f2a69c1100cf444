import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Validator } from '@cfworker/json-schema';

import { openPage, problems, until, useSiteAndBrowser } from './harness.mjs';

// Issue 21: Hearth Studio's built site (packages/studio/dist, served at /studio/ as npm start
// serves it, under the strict CSP with Trusted Types), driven as a clinician drives it.

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const strategySchemaFile = JSON.parse(readFileSync(join(root, 'packages/elements/schemas/strategy.schema.json'), 'utf8'));
const vectors = JSON.parse(readFileSync(join(root, 'test/fixtures/xss/vectors.json'), 'utf8')).map((vector) => vector.payload);

/** A page that holds only a pasted snippet and loads Hearth, as a practice's page would. */
let snippetPage = '';
const env = useSiteAndBrowser({
  '/studio-snippet.html': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Practice page</title>
      <script type="module" src="/cdn/hearth.js"></script></head><body><main>${snippetPage}</main></body></html>`);
  },
});

const studio = (page) => page.locator('studio-app');
/** The text a client sees in a coping card, white space collapsed. */
const cardText = (locator) => locator.evaluate((card) => card.shadowRoot.querySelector('article').innerText.replace(/\s+/g, ' ').trim());
/** The direction the card's content runs in. */
const cardDirection = (card) => getComputedStyle(card.shadowRoot.querySelector('article')).direction;
const previewCard = (page) => studio(page).locator('studio-preview hearth-coping-card');
const problemPaths = (page) => studio(page).locator('#problems li code').allTextContents();

async function openStudio(options) {
  const opened = await openPage(env.browser, { acceptDownloads: true, ...options });
  const dialogs = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await opened.page.goto(`${env.site.origin}/studio/`);
  await studio(opened.page).locator('#kind').waitFor();
  return { ...opened, dialogs };
}

/** Requests the page made anywhere but its own origin (blob: and data: are the page's own). */
const elsewhere = (record) => record.requests.filter((url) => !url.startsWith(env.site.origin) && !/^(blob|data):/.test(url));

describe('Hearth Studio, the built site', () => {
  it('adapts a built-in strategy: fix a problem by its path, reorder by keyboard, preview in Arabic and dark, export, and the snippet renders the same on a plain page', async () => {
    const { page, context, record, dialogs } = await openStudio({ viewport: { width: 1400, height: 1000 } });
    try {
      await studio(page).locator('#built-in').selectOption('paced-breathing');
      await studio(page).getByRole('button', { name: 'Open built-in item' }).click();
      await until(async () => (await problemPaths(page)).length === 0 && (await previewCard(page).count()) === 1, { what: 'the built-in strategy' });

      // A change of wording: the title.
      await studio(page).locator('#f-strategy-title').fill('Slow breathing out');
      // A problem found by its path: an empty summary, listed as the element names it, and followed to its field.
      await studio(page).locator('#f-strategy-summary').fill('');
      await until(async () => (await problemPaths(page)).includes('strategy.summary'), { what: 'the summary problem' });
      await studio(page).locator('#problems').getByRole('button', { name: 'strategy.summary' }).click();
      await until(
        () =>
          page.evaluate(
            () => document.querySelector('studio-app').shadowRoot.querySelector('studio-schema-editor').shadowRoot.activeElement?.id === 'f-strategy-summary',
          ),
        {
          what: 'focus on the summary field',
        },
      );
      await page.keyboard.type('Breathe out a little longer than you breathe in.');
      await until(async () => (await problemPaths(page)).length === 0, { what: 'no problems left' });

      // Reorder the steps by keyboard: the second step's "Move up", pressed with Enter.
      const steps = await page.evaluate(() =>
        [
          ...document
            .querySelector('studio-app')
            .shadowRoot.querySelector('studio-schema-editor')
            .shadowRoot.querySelectorAll('textarea[id^="f-strategy-steps-"]'),
        ].map((area) => area.value),
      );
      const moveUp = studio(page).locator('studio-schema-editor').getByRole('button', { name: 'Move up' }).nth(1);
      await moveUp.focus();
      await page.keyboard.press('Enter');
      await until(
        async () =>
          (await studio(page).locator('#f-strategy-steps-0').inputValue()) === steps[1] &&
          (await studio(page).locator('#f-strategy-steps-1').inputValue()) === steps[0],
        { what: 'the steps swapped' },
      );

      // The adapted English, exported: the JSON file passes the published JSON Schema.
      const [englishDownload] = await Promise.all([page.waitForEvent('download'), studio(page).locator('#download-json').click()]);
      assert.equal(englishDownload.suggestedFilename(), 'paced-breathing.en.json');
      const english = JSON.parse(readFileSync(await englishDownload.path(), 'utf8'));
      assert.equal(english.title, 'Slow breathing out');
      assert.deepEqual(english.steps.slice(0, 2), [steps[1], steps[0]]);
      const valid = (item) => new Validator(strategySchemaFile, '2020-12', false).validate(item);
      assert.equal(valid(english).valid, true, JSON.stringify(valid(english).errors.slice(0, 3)));

      // Arabic: the built-in's Arabic version opens (the adapted English stays beside it), the
      // preview runs right to left, and dark.
      await studio(page).locator('#content-lang').selectOption('ar');
      await until(async () => (await studio(page).locator('.message').innerText()).includes('Arabic'), { what: 'the Arabic version' });
      assert.match(await studio(page).locator('#f-strategy-title').inputValue(), /\p{Script=Arabic}/u);
      await studio(page).locator('#preview-scheme').selectOption('dark');
      await until(async () => (await previewCard(page).evaluate(cardDirection)) === 'rtl', { what: 'the preview right to left' });
      await until(async () => previewCard(page).evaluate((card) => card.shadowRoot.querySelector('.base').classList.contains('theme-dark')), {
        what: 'the preview dark',
      });
      const [besideDownload] = await Promise.all([page.waitForEvent('download'), studio(page).locator('#download-json-en').click()]);
      assert.deepEqual(JSON.parse(readFileSync(await besideDownload.path(), 'utf8')), english);

      // Export the Arabic: the file passes the JSON Schema, and the snippet is the same item.
      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), studio(page).locator('#download-json').click()]);
      assert.equal(jsonDownload.suggestedFilename(), 'paced-breathing.ar.json');
      const exported = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
      assert.match(exported.title, /\p{Script=Arabic}/u);
      assert.equal(valid(exported).valid, true, JSON.stringify(valid(exported).errors.slice(0, 3)));
      const [snippetDownload] = await Promise.all([page.waitForEvent('download'), studio(page).getByRole('button', { name: 'Download HTML snippet' }).click()]);
      snippetPage = readFileSync(await snippetDownload.path(), 'utf8');
      assert.match(snippetPage, /^<hearth-coping-card lang="ar">/);

      const studioText = await cardText(previewCard(page));
      const plain = await context.newPage();
      await plain.goto(`${env.site.origin}/studio-snippet.html`);
      const plainCard = plain.locator('hearth-coping-card');
      await until(async () => (await plainCard.evaluate((card) => Boolean(card.shadowRoot?.querySelector('article')))) === true, {
        what: 'the card on the plain page',
      });
      assert.equal(await cardText(plainCard), studioText);
      assert.equal(await plainCard.evaluate(cardDirection), 'rtl');

      // Read back: the snippet opens as the same item.
      await studio(page)
        .locator('#import-file')
        .setInputFiles({ name: 'card.html', mimeType: 'text/html', buffer: Buffer.from(snippetPage) });
      await until(async () => (await studio(page).locator('.message').innerText()).includes('Opened a coping strategy'), { what: 'the snippet read back' });
      assert.equal(await studio(page).locator('#f-strategy-title').inputValue(), exported.title);

      assert.deepEqual(dialogs, []);
      assert.deepEqual(problems(record), []);
      assert.deepEqual(await record.cspViolations(), []);
      assert.deepEqual(elsewhere(record), [], 'no request to another origin');
      assert.deepEqual(await context.cookies(), []);
    } finally {
      await context.close();
    }
  });

  it('refuses a hostile import — the XSS corpus, a huge file, the wrong kind — with a message, and loses nothing', async () => {
    const { page, context, record, dialogs } = await openStudio({ viewport: { width: 1400, height: 1000 } });
    try {
      await studio(page).locator('#built-in').selectOption('safe-place');
      await studio(page).getByRole('button', { name: 'Open built-in item' }).click();
      await until(async () => (await problemPaths(page)).length === 0, { what: 'the built-in strategy' });
      const before = await studio(page).locator('#snippet').inputValue();
      const refusals = [
        [Buffer.alloc(2_000_000, 'a'), /Studio reads content files up to 1 MB/],
        [Buffer.from(JSON.stringify({ practice: { name: 'Willow' }, crisis: { region: 'US' } })), /could not tell what kind/],
        [
          Buffer.from(JSON.stringify({ planId: 'p1', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', locale: 'en', sections: [] })),
          /client’s own safety plan/,
        ],
        [Buffer.from('<html><body><script>alert(1)</script></body></html>'), /no Hearth element/],
      ];
      for (const [buffer, expected] of refusals) {
        await studio(page).locator('#import-file').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer });
        await until(async () => expected.test(await studio(page).locator('.message').innerText()), { what: String(expected) });
        assert.match(await studio(page).locator('.message').innerText(), /Nothing was changed/);
        assert.equal(await studio(page).locator('#snippet').inputValue(), before);
      }

      // The XSS corpus in every text field of a strategy: opened as text, shown as text, nothing runs.
      const short = vectors.filter((vector) => vector.length <= 1000);
      const hostile = {
        id: 'hostile',
        title: short[0].slice(0, 200),
        summary: short[1].slice(0, 500),
        whenToUse: short[2],
        steps: short.slice(3, 53),
        bodyHtml: vectors.join('\n').slice(0, 50_000),
        approach: short[53].slice(0, 200),
      };
      await studio(page)
        .locator('#import-file')
        .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
      await until(async () => (await studio(page).locator('.message').innerText()).includes('Opened a coping strategy'), {
        what: 'the hostile strategy opened',
      });
      await until(async () => (await previewCard(page).count()) === 1, { what: 'the preview' });
      assert.equal(await studio(page).locator('#f-strategy-title').inputValue(), hostile.title);
      // Everything the preview shows, through every shadow root in it.
      const unsafe = await page.evaluate(() => {
        const found = [];
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (['script', 'iframe', 'object', 'embed', 'style'].includes(el.localName)) found.push(el.localName);
            // The card's own "add a step" form is the element's; any other form came from content.
            if (el.localName === 'form' && !el.classList.contains('own-steps')) found.push('form');
            for (const attribute of el.attributes) if (/^on/i.test(attribute.name)) found.push(`${el.localName}[${attribute.name}]`);
            const address = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href');
            if (address && /^\s*(javascript|data|vbscript):/i.test(address)) found.push(`${el.localName}[href=${address.slice(0, 20)}]`);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        const preview = document.querySelector('studio-app').shadowRoot.querySelector('studio-preview').shadowRoot;
        walk(preview);
        // The strategy's own text is in the card: the walk reached it.
        if (!preview.querySelector('hearth-coping-card')?.shadowRoot?.querySelector('article')) found.push('no card reached');
        return found;
      });
      assert.deepEqual(unsafe, []);
      assert.deepEqual(dialogs, [], 'no script from the corpus ran');
      assert.deepEqual(await record.cspViolations(), []);
      assert.deepEqual(elsewhere(record), [], 'no request to another origin');
    } finally {
      await context.close();
    }
  });

  it('works on a 320 px touch screen: nothing wider than the screen, a built-in item opened with taps', async () => {
    const { page, context, record } = await openStudio({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    try {
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(await width(), 320);
      await studio(page).locator('#built-in').selectOption('box-breathing');
      await studio(page).getByRole('button', { name: 'Open built-in item' }).tap();
      await until(async () => (await problemPaths(page)).length === 0 && (await previewCard(page).count()) === 1, { what: 'the built-in strategy' });
      assert.equal(await width(), 320);
      await studio(page).getByRole('button', { name: 'JSON', exact: true }).tap();
      await studio(page).locator('#json').waitFor();
      assert.equal(await width(), 320);
      assert.deepEqual(problems(record), []);
    } finally {
      await context.close();
    }
  });
});
