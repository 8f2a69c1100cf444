import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { openPage, pageStoredRecords, problems, until, useSiteAndBrowser } from './harness.mjs';

describe('the demo practice page', () => {
  const env = useSiteAndBrowser();

  it('shows every element under the strict CSP with zero violations and zero errors', async () => {
    const { page, record } = await openPage(env.browser);
    const response = await page.goto(`${env.site.origin}/`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    await page.locator('hearth-crisis-resources').first().getByRole('link', { name: 'Call 988' }).waitFor();
    await page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
    const deck = page.locator('hearth-coping-card');
    await deck.getByRole('button', { name: 'This helped' }).waitFor();
    await deck.getByRole('button', { name: 'Start breathing' }).click();
    await deck.getByRole('button', { name: 'Pause' }).click();
    await deck.getByRole('button', { name: 'Stop' }).click();
    await deck.getByRole('button', { name: 'Next strategy' }).click();
    await deck.getByRole('heading', { name: '5-4-3-2-1 grounding' }).waitFor();
    assert.equal(await page.evaluate(() => customElements.get('hearth-provider') !== undefined), true);
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await page.context().close();
  });

  it('with nothing configured, makes no request beyond its own assets and sets no cookie', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    await page.locator('hearth-crisis-resources').first().getByRole('link', { name: 'Call 988' }).waitFor();
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    // Network idle: no request for half a second after everything above, the lazy chunks included.
    await page.waitForLoadState('networkidle');
    const foreign = record.requests.filter((url) => new URL(url).origin !== env.site.origin);
    assert.deepEqual(foreign, []);
    const own = record.requests.map((url) => new URL(url).pathname);
    for (const path of own) assert.match(path, /^\/($|cdn\/|demo\.css|favicon\.svg)/, `unexpected request ${path}`);
    assert.deepEqual(
      own.filter((path) => /^\/cdn\/chunks\/locale-(es|fr|ar)-/.test(path)),
      [],
      'an English page loads no other language',
    );
    assert.deepEqual(
      own.filter((path) => /purify/.test(path)),
      [],
      'plain-text content never loads DOMPurify',
    );
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    await context.close();
  });

  it('is themed by the practice through the CSS custom properties', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    const button = page.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' });
    await button.waitFor();
    const background = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, 'rgb(156, 61, 46)', 'the practice clay colour via --hearth-color-danger');
    const font = await page
      .locator('hearth-crisis-resources')
      .first()
      .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part="base"]')).fontFamily);
    assert.match(font, /Iowan Old Style/);
    await page.context().close();
  });

  it('a coping choice survives a reload', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    const deck = page.locator('hearth-coping-card');
    await deck.getByRole('button', { name: 'This helped' }).click();
    await deck.getByRole('button', { name: 'This helped', pressed: true }).waitFor();
    await until(async () => (await pageStoredRecords(page, 'coping')).some((record) => record.value.data.helpful === true), { what: 'the choice kept' });
    await page.reload();
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped', pressed: true }).waitFor();
    await context.close();
  });

  it('the session feedback form, tapped through on the page, reaches the practice endpoint once', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    const form = page.locator('hearth-feedback-form');
    const sliders = form.getByRole('slider');
    await sliders.first().waitFor();
    // One tap on each line (no dragging): the middle of the line sets 5.
    for (let i = 0; i < 4; i++) await sliders.nth(i).click();
    await form.getByLabel('Is there anything else you would like your therapist to know?').fill('The breathing practice helped.');
    const before = env.site.requests.length;
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback.').waitFor();
    const posts = env.site.requests.slice(before).filter((entry) => entry.method === 'POST');
    assert.deepEqual(
      posts.map((entry) => entry.url),
      ['/demo-practice/feedback'],
    );
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('the first-visit page: the consent, read to the end and agreed, reaches the practice endpoint; zero violations', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/first-visit.html`);
    const consent = page.locator('hearth-consent');
    await consent.getByText('If a court or another legal authority orders us to.').waitFor();
    await consent.getByRole('checkbox', { name: 'I understand what stays private.' }).check();
    await consent.getByRole('checkbox', { name: 'I understand when the practice may have to share information, even without my permission.' }).check();
    await consent.getByLabel('Type your full name to sign').fill('Sam Rivera');
    // require-scroll: the client scrolls the terms to their end (a mouse user), then agrees.
    await consent.locator('[part="terms"]').evaluate((terms) => (terms.scrollTop = terms.scrollHeight));
    const before = env.site.requests.length;
    await consent.getByRole('button', { name: 'I agree' }).click();
    await consent.getByText(/^You agreed to version 2 on /).waitFor();
    await consent.getByText('The practice has your answer.').waitFor();
    const posts = env.site.requests.slice(before).filter((entry) => entry.method === 'POST');
    assert.deepEqual(
      posts.map((entry) => entry.url),
      ['/demo-practice/consent'],
    );
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('the safety plan page: the plan shows its seven sections and the practice contacts; zero violations and zero errors', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/safety-plan.html`);
    const plan = page.locator('hearth-safety-plan');
    await plan.getByRole('button', { name: 'Use my plan now' }).waitFor();
    await until(async () => (await plan.locator('[part="section-heading"]').allTextContents()).filter((title) => title.trim()).length === 7, {
      what: 'the seven sections with their titles',
    });
    assert.equal(await plan.locator('[part="section"]').count(), 7);
    await plan.getByRole('button', { name: 'Add Dr. Alex Moreno to my plan' }).waitFor();
    await page.locator('#help-now hearth-crisis-resources').getByRole('link', { name: 'Call 988' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('the home page links to the safety plan; turned on there, "My safety plan" shows in the other widgets\' crisis footers, in another tab too', async () => {
    const { page, record, context } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/`);
    const journal = page.locator('hearth-journal-prompt');
    await journal.getByRole('button', { name: 'Save entry' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await journal.getByRole('link', { name: 'My safety plan' }).count(), 0, 'off by default');
    assert.equal(await page.locator('#help-now').getByRole('link', { name: 'Open your safety plan' }).getAttribute('href'), 'safety-plan.html');
    // The plan in a second tab: the home page's footers follow it without a reload.
    const planTab = await context.newPage();
    await planTab.goto(`${env.site.origin}/safety-plan.html`);
    const plan = planTab.locator('hearth-safety-plan');
    await plan.getByRole('button', { name: 'Manage my plan' }).click();
    const box = plan.getByRole('checkbox', { name: 'Show a link to my plan next to the crisis lines in this site’s other tools' });
    await until(() => box.isEnabled(), { what: 'the checkbox read from the device' });
    assert.equal(await box.isChecked(), false);
    await box.check();
    const link = journal.getByRole('link', { name: 'My safety plan' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), `${env.site.origin}/safety-plan.html#hearth-safety-plan`);
    await page.locator('hearth-coping-card').getByRole('link', { name: 'My safety plan' }).waitFor();
    assert.equal(await plan.getByRole('link', { name: 'My safety plan' }).count(), 0, "not in the plan's own footer");
    // It opens the plan, in its crisis view.
    await link.click();
    await page
      .locator('hearth-safety-plan')
      .getByText(/^Step 1 of \d+$/)
      .waitFor();
    // Turned off: gone from the footers (the home page again, read from the device).
    await box.uncheck();
    await until(async () => !(await pageStoredRecords(planTab, 'safety-plan')).some((stored) => stored.key === 'default/footer-link'), {
      what: 'the choice removed',
    });
    await page.goto(`${env.site.origin}/`);
    await journal.getByRole('button', { name: 'Save entry' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await journal.getByRole('link', { name: 'My safety plan' }).count(), 0, 'off again');
    assert.deepEqual(await record.cspViolations(), []);
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('fits a 320 px screen (a phone at 200% zoom) with no sideways scrolling, before and after use', async () => {
    // WCAG 1.4.10 Reflow: every box of every widget, in its shadow tree too, stays inside 320 CSS px.
    const outside = (page) =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const found = [];
        const walk = (root, path) => {
          for (const element of root.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            // (A box wholly left of the page, like a skip link waiting for focus, scrolls nothing.)
            if (box.width > 0 && box.right > 0 && (box.right > width + 0.5 || box.left < -0.5))
              found.push(`${path}${element.localName}.${element.className} ${box.left.toFixed(1)}–${box.right.toFixed(1)}`);
            if (element.shadowRoot) walk(element.shadowRoot, `${path}${element.localName} >> `);
          }
        };
        walk(document, '');
        return { scrollWidth: document.documentElement.scrollWidth, width, found };
      });
    const { page, record, context } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${env.site.origin}/`);
    const journal = page.locator('hearth-journal-prompt');
    await page.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    await page.locator('hearth-feedback-form').getByRole('slider').first().waitFor();
    let measured = await outside(page);
    assert.deepEqual(measured.found, [], 'on arrival');
    assert.equal(measured.scrollWidth, measured.width);
    // Used: a journal entry saved (the history lists it with its actions), a breathing exercise running.
    await journal.getByRole('textbox').fill('A long day, but the walk at lunch helped more than I expected it would.');
    await journal.getByRole('button', { name: 'Save entry' }).click();
    await journal.getByText('A long day, but the walk').first().waitFor();
    await page.locator('hearth-coping-card').getByRole('button', { name: 'Start breathing' }).click();
    measured = await outside(page);
    assert.deepEqual(measured.found, [], 'after use');
    assert.equal(measured.scrollWidth, measured.width);
    await page.goto(`${env.site.origin}/first-visit.html`);
    await page.locator('hearth-consent').getByRole('button', { name: 'I agree' }).waitFor();
    measured = await outside(page);
    assert.deepEqual(measured.found, [], 'the first-visit page');
    assert.equal(measured.scrollWidth, measured.width);
    // 200% text (a client's own text-size setting), both pages: nothing widens the page either.
    for (const path of ['/', '/first-visit.html']) {
      await page.goto(`${env.site.origin}${path}`);
      await page.locator('hearth-crisis-resources').first().getByRole('link').first().waitFor();
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      measured = await outside(page);
      assert.deepEqual(measured.found, [], `${path} at 200% text`);
      assert.equal(measured.scrollWidth, measured.width, `${path} at 200% text`);
    }
    assert.deepEqual(problems(record), []);
    await context.close();
  });

  it('no focused control is hidden behind the header or the quick exit (WCAG 2.4.11), Tab and Shift+Tab, phone and desktop', async () => {
    // Walks the whole focus order; for each focused control (or, for a visually hidden radio or
    // file field, the box around it) at least one of five points must show that control itself.
    const focusedAndVisible = (page) =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (!active || active === document.body) return undefined;
        window.__visited ??= new Set();
        const again = window.__visited.has(active);
        window.__visited.add(active);
        let target = active;
        let box = active.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2) {
          target = active.parentElement ?? active.getRootNode().host;
          box = target.getBoundingClientRect();
        }
        const deepest = (x, y) => {
          let hit = document.elementFromPoint(x, y);
          while (hit?.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === hit) break;
            hit = inner;
          }
          return hit;
        };
        const isOwn = (hit) => {
          for (let node = hit; node; node = node.parentNode ?? node.host) if (node === target || node === active) return true;
          return false;
        };
        const points = [
          [0.5, 0.5],
          [0.1, 0.1],
          [0.9, 0.1],
          [0.1, 0.9],
          [0.9, 0.9],
        ].map(([fx, fy]) => [box.left + box.width * fx, box.top + box.height * fy]);
        const shown = points.some(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && isOwn(deepest(x, y)));
        const host = active.getRootNode().host?.localName ?? '';
        return {
          again,
          shown,
          name: `${host} ${active.localName} ${(active.textContent || active.getAttribute('aria-label') || active.id).trim().slice(0, 40)}`,
        };
      });
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1200, height: 800 },
    ]) {
      for (const path of ['/', '/first-visit.html']) {
        for (const key of ['Tab', 'Shift+Tab']) {
          const { page, context } = await openPage(env.browser, { viewport });
          await page.goto(`${env.site.origin}${path}`);
          await page.locator('hearth-crisis-resources').first().getByRole('link').first().waitFor();
          await page.waitForLoadState('networkidle');
          const hidden = [];
          let stops = 0;
          for (let presses = 0; presses < 200; presses++) {
            await page.keyboard.press(key);
            const focus = await focusedAndVisible(page);
            if (!focus) continue;
            if (focus.again) break;
            stops++;
            if (!focus.shown) hidden.push(focus.name);
          }
          assert.ok(stops > 10, `${path} ${key}: the focus order was walked (${stops} stops)`);
          assert.deepEqual(hidden, [], `${path} at ${viewport.width} px, ${key}`);
          await context.close();
        }
      }
    }
  });

  it('loads a language table only when a page uses that language', async () => {
    const { page, record } = await openPage(env.browser);
    await page.goto(`${env.site.origin}/e2e/spanish.html`);
    await page.locator('hearth-crisis-resources').getByRole('link', { name: 'Llamar al 988' }).waitFor();
    const chunks = record.requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/cdn/chunks/'));
    const languages = chunks.map((path) => /\/chunks\/locale-(es|fr|ar)-/.exec(path)?.[1]).filter(Boolean);
    assert.deepEqual(languages, ['es'], chunks.join(', '));
    assert.deepEqual(problems(record), []);
    await page.context().close();
  });
});
