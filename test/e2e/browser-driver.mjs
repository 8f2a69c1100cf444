/**
 * One small page API over three drivers, for the page tests that must hold in every engine
 * (test/e2e/promises/): Chromium through playwright-core, Firefox ESR through puppeteer-core over
 * WebDriver BiDi, WebKitGTK (MiniBrowser) through webdriverio and WebKitWebDriver (WebDriver
 * classic). Only what those tests need, and input is real: keys and mouse clicks go through the
 * driver's input actions, never `element.click()` from script.
 *
 *   const browser = await openBrowser('webkit');
 *   const page = await browser.newPage();          // a fresh, isolated page (its own storage)
 *   await page.goto(url);
 *   await page.waitFor(() => document.querySelector('h1'));
 *   await page.click('hearth-quick-exit', 'button');
 *   await page.close();
 *   await browser.close();                          // stops every process it started
 *
 * Page functions given to `evaluate` and `waitFor` run in the page, take JSON arguments and
 * return JSON (a promise is awaited). CSP violations and page errors are recorded by the page
 * itself (test/e2e/pages/page-recorder.js, which a page must load first): WebDriver classic has
 * no init scripts, so the same in-page recorder serves every engine.
 *
 * Touch is not here: WebKitGTK's WebDriver turns `pointerType: 'touch'` actions into mouse
 * events, so a touch test could not mean the same in every engine.
 */
import { after, before } from 'node:test';

import { chromium } from 'playwright-core';
import { remote } from 'webdriverio';

import { findBrowsers } from '../../scripts/find-browsers.mjs';
import { chromiumArgs } from '../chromium-args.mjs';
import { firefoxLaunchOptions, puppeteerCore } from '../engines/firefox.mjs';
import { chordActions, typingActions } from '../engines/webdriver-keys.mjs';
import { expectWebKitFocus, setWebKitViewport, startWebKitDriver } from '../engines/webkit.mjs';
import { startSite } from './harness.mjs';

/**
 * In the page (`await page.evaluate(hearthSettled)`): resolves once every Hearth element, those in
 * other elements' shadow roots included, has finished what it started (its `updateComplete` waits
 * for the chunks, content and data it loads) and the fonts are in: what a test waits for before
 * measuring or checking what loaded, instead of a sleep.
 */
export async function hearthSettled() {
  const hearthElements = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      ...(el.localName.startsWith('hearth-') ? [el] : []),
      ...(el.shadowRoot ? hearthElements(el.shadowRoot) : []),
    ]);
  await Promise.all(hearthElements(document).map((el) => el.updateComplete));
  await document.fonts.ready;
  return true;
}

/** The engine the promise tests run in: HEARTH_ENGINE, else Chromium. */
export const engine = process.env.HEARTH_ENGINE || 'chromium';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `fn` in the page with JSON `args`: the one form every driver accepts alike. */
const callSource = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/**
 * The page API over a driver's primitives: `raw` has goto, reload, url, run(source) (evaluates an
 * expression, awaiting a promise), mouseClick(x, y), type(text), press(key), setViewport, close.
 */
function pageApi(raw) {
  const page = {
    /** Navigates and waits for the load event. */
    goto: (url) => raw.goto(url),
    /** Reloads and waits for the load event. */
    reload: () => raw.reload(),
    /** The page's current URL. */
    url: () => raw.url(),
    /** Runs `fn(...args)` in the page; resolves with its (awaited, JSON) result. */
    evaluate: (fn, ...args) => raw.run(callSource(fn, args)),
    /**
     * Polls `fn(...args)` in the page until it returns something truthy, and resolves with it.
     * A navigation under way (the page's context destroyed) counts as "not yet".
     */
    async waitFor(fn, { args = [], timeout = 15_000, interval = 100, message } = {}) {
      const deadline = Date.now() + timeout;
      let lastError;
      for (;;) {
        try {
          const value = await raw.run(callSource(fn, args));
          if (value) return value;
          lastError = undefined;
        } catch (error) {
          lastError = error;
        }
        if (Date.now() > deadline) {
          const why = lastError ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
          throw new Error(`Timed out after ${timeout} ms waiting for ${message ?? String(fn).slice(0, 200)}${why}`);
        }
        await sleep(interval);
      }
    },
    /** A real mouse click (left button, press and release) at viewport coordinates. */
    clickAt: (x, y) => raw.mouseClick(Math.round(x), Math.round(y)),
    /**
     * A real mouse click at the centre of an element found through shadow roots: `path` is
     * selectors, each but the last naming a shadow host (`'hearth-journal-prompt', 'textarea'`);
     * the last may be `{ selector, text }` to pick the element whose text is `text`. The element
     * is scrolled into view first, must stay in place for two measures 50 ms apart, and must be
     * the one hit at its centre (nothing covering it).
     */
    async click(...path) {
      // Measured until it stays put (a page still rendering moves things), then clicked there.
      const deadline = Date.now() + 15_000;
      let previous;
      for (;;) {
        const target = await page.waitFor(findAndMeasure, { args: [path], message: `a visible ${JSON.stringify(path)}` });
        if (previous && target.hit && target.x === previous.x && target.y === previous.y) return page.clickAt(target.x, target.y);
        if (Date.now() > deadline) {
          throw new Error(target.hit ? `${JSON.stringify(path)} kept moving` : `${JSON.stringify(path)} is covered at its centre by ${target.covering}`);
        }
        previous = target;
        await sleep(50);
      }
    },
    /** Types text with real key presses, into whatever has focus. */
    type: (text) => raw.type(text),
    /** Presses and releases one key: 'Shift', 'Enter', 'Tab', 'Escape', 'Backspace' or a character. */
    press: (key) => raw.press(key),
    /** Sizes the viewport (the window, in WebKitGTK) to width × height CSS px. */
    setViewport: (size) => raw.setViewport(size),
    /** CSP violations the page recorded since it loaded (page-recorder.js). */
    cspViolations: () => raw.run('window.__hearthRecord ? window.__hearthRecord.violations : ["page-recorder.js did not run"]'),
    /** Uncaught errors and unhandled rejections the page recorded since it loaded. */
    pageErrors: () => raw.run('window.__hearthRecord ? window.__hearthRecord.errors : ["page-recorder.js did not run"]'),
    close: () => raw.close(),
  };
  return page;
}

/**
 * In the page: finds the element at `path` through shadow roots, scrolls it to the centre of the
 * viewport, and returns its centre and whether it is the element hit there; null while missing,
 * hidden, or not yet laid out.
 */
function findAndMeasure(path) {
  let root = document;
  let element = null;
  for (let i = 0; i < path.length; i++) {
    const step = typeof path[i] === 'string' ? { selector: path[i] } : path[i];
    const candidates = [...root.querySelectorAll(step.selector)];
    element = candidates.find((el) => step.text === undefined || el.textContent.trim() === step.text) ?? null;
    if (!element) return null;
    if (i < path.length - 1) {
      root = element.shadowRoot;
      if (!root) return null;
    }
  }
  element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  // The deepest element at that point, through open shadow roots.
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const ok = hit === element || element.contains(hit) || (element.shadowRoot && element.shadowRoot.contains(hit));
  return { x, y, hit: Boolean(ok), covering: hit ? `${hit.localName}.${hit.className}` : 'nothing' };
}

async function openChromium({ executable }) {
  // As harness.mjs launches it: the back-forward cache stays on, as a visitor has it.
  const browser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  return {
    async newPage() {
      const context = await browser.newContext();
      const page = await context.newPage();
      return pageApi({
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        url: async () => page.url(),
        run: (source) => page.evaluate(source),
        mouseClick: (x, y) => page.mouse.click(x, y),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        setViewport: (size) => page.setViewportSize(size),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function openFirefox({ executable }) {
  const browser = await puppeteerCore.launch(firefoxLaunchOptions(executable));
  return {
    async newPage() {
      // A user context of its own: storage apart from every other page, as a new profile has it.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return pageApi({
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        url: async () => page.url(),
        run: (source) => page.evaluate(source),
        mouseClick: (x, y) => page.mouse.click(x, y),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        setViewport: (size) => page.setViewport(size),
        close: () => context.close(),
      });
    },
    async close() {
      await browser.close();
    },
  };
}

async function openWebKit(paths) {
  const driver = await startWebKitDriver(paths);
  const sessions = new Set();
  return {
    /** A MiniBrowser session of its own (in automation mode its website data is ephemeral). */
    async newPage() {
      const session = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: driver.capabilities });
      sessions.add(session);
      // Playwright's default viewport; placed over the pointer so the window has focus (webkit.mjs).
      await setWebKitViewport(session, { width: 1280, height: 720 });
      await expectWebKitFocus(session);
      // WebDriver classic's navigation waits for the load event (page load strategy "normal").
      return pageApi({
        goto: (url) => session.url(url),
        reload: () => session.refresh(),
        url: () => session.getUrl(),
        // WebDriver classic awaits a returned promise.
        run: (source) => session.execute(`return ${source};`),
        mouseClick: (x, y) =>
          session
            .performActions([
              {
                type: 'pointer',
                id: 'mouse',
                parameters: { pointerType: 'mouse' },
                actions: [
                  { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
                  { type: 'pointerDown', button: 0 },
                  { type: 'pointerUp', button: 0 },
                ],
              },
            ])
            .then(() => session.releaseActions()),
        type: (text) => session.performActions([{ type: 'key', id: 'keyboard', actions: typingActions(text) }]).then(() => session.releaseActions()),
        press: (key) => session.performActions([{ type: 'key', id: 'keyboard', actions: chordActions(key) }]).then(() => session.releaseActions()),
        setViewport: (size) => setWebKitViewport(session, size),
        close: async () => {
          sessions.delete(session);
          await session.deleteSession();
        },
      });
    },
    async close() {
      for (const session of sessions) await session.deleteSession().catch(() => {});
      sessions.clear();
      await driver.stop();
    },
  };
}

/**
 * Starts `name` ('chromium', 'firefox' or 'webkit'), found by scripts/find-browsers.mjs; resolves
 * with `{ name, newPage(), close() }`. Throws the one-line instruction when the engine is missing.
 */
export async function openBrowser(name = engine) {
  const { found, missing } = findBrowsers([name], { log: () => {} });
  if (!found[name]) throw new Error(missing[0]?.instruction ?? `Unknown engine: ${name}`);
  const open = { chromium: openChromium, firefox: openFirefox, webkit: openWebKit }[name];
  if (!open) throw new Error(`Unknown engine: ${name}`);
  const browser = await open(found[name]);
  return { name, ...browser };
}

/**
 * Starts the test site (harness.mjs) and the engine before a file's tests and stops both after;
 * returns an object whose `site` and `browser` are set once `before` has run.
 */
export function useSiteAndEngine(name = engine) {
  const shared = { site: undefined, browser: undefined };
  before(async () => {
    shared.site = await startSite();
    shared.browser = await openBrowser(name);
  });
  after(async () => {
    try {
      await shared.browser?.close();
    } finally {
      await shared.site?.close();
    }
  });
  return shared;
}
