/**
 * Hearth's own web-test-runner commands, served the same way in every engine: Chromium
 * (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebDriver
 * classic). The stock @web/test-runner-commands cannot serve these everywhere (no viewport or
 * media under WebDriver, no media in Firefox, no key chords outside Playwright). Tests call them
 * through test/helpers/commands.ts.
 *
 *   hearth-set-viewport   { width, height }
 *   hearth-send-keys      { press } | { type } | { down } | { up }   (press takes chords: 'Shift+Tab')
 *   hearth-send-mouse     { type: 'move' | 'click' | 'down' | 'up', position?: [x, y], button? }
 *   hearth-reset-mouse    {}
 *   hearth-emulate-media  { colorScheme?, forcedColors?, reducedMotion? }   (not in WebKitGTK)
 *   hearth-list-files     { under }   the files under a folder of the repository, paths relative to it
 */
import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

import { emulateFirefoxMedia } from './firefox.mjs';
import { chordActions, typingActions, webdriverKey } from './webdriver-keys.mjs';
import { setWebKitViewport } from './webkit.mjs';

/** Puppeteer's names differ from Playwright's for one key the tests use. */
const PUPPETEER_KEYS = { Space: ' ' };

const BUTTONS = { left: 0, middle: 1, right: 2 };

/** 'Shift+Tab' → ['Shift', 'Tab']; a lone '+' stays a key. */
function chord(keys) {
  return keys === '+' ? ['+'] : keys.split('+').map((key) => (key === '' ? '+' : key));
}

function checkKeys(payload) {
  const actions = ['press', 'type', 'down', 'up'].filter((name) => typeof payload?.[name] === 'string');
  if (actions.length !== 1) throw new Error('hearth-send-keys takes exactly one of press, type, down or up (a string).');
  return actions[0];
}

function checkSize(payload) {
  if (!Number.isInteger(payload?.width) || !Number.isInteger(payload?.height)) {
    throw new Error('hearth-set-viewport takes an integer width and height.');
  }
}

/** A mouse action through playwright's or puppeteer's page.mouse (the same calls in both). */
async function pageMouse(page, { type, position, button = 'left' }) {
  if (position) await page.mouse.move(position[0], position[1]);
  if (type === 'click') await page.mouse.click(position[0], position[1], { button });
  if (type === 'down') await page.mouse.down({ button });
  if (type === 'up') await page.mouse.up({ button });
}

/** Chromium through playwright-core: its own API does all of it. */
const playwright = {
  async setViewport(page, size) {
    await page.setViewportSize(size);
  },
  async sendKeys(page, payload) {
    const action = checkKeys(payload);
    await page.keyboard[action](payload[action]);
  },
  sendMouse: pageMouse,
  async resetMouse(page) {
    await page.mouse.move(0, 0);
    for (const button of ['left', 'middle', 'right']) await page.mouse.up({ button });
  },
  async emulateMedia(page, features) {
    await page.emulateMedia(features);
  },
};

/** Firefox through puppeteer-core over BiDi. */
const puppeteer = {
  async setViewport(page, size) {
    await page.setViewport(size);
  },
  async sendKeys(page, payload) {
    const action = checkKeys(payload);
    const value = payload[action];
    const key = (name) => PUPPETEER_KEYS[name] ?? name;
    if (action === 'type') return page.keyboard.type(value);
    if (action === 'down') return page.keyboard.down(key(value));
    if (action === 'up') return page.keyboard.up(key(value));
    const keys = chord(value).map(key);
    const last = keys.pop();
    for (const modifier of keys) await page.keyboard.down(modifier);
    await page.keyboard.press(last);
    for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
  },
  sendMouse: pageMouse,
  async resetMouse(page) {
    for (const button of ['left', 'middle', 'right']) {
      // Puppeteer refuses to release a button that is not down.
      await page.mouse.up({ button }).catch(() => {});
    }
    await page.mouse.move(0, 0);
  },
  async emulateMedia(page, features) {
    await emulateFirefoxMedia(page.browser(), features);
    // The preference reaches the page's process a moment later: wait until the page sees it, as
    // it would at once in Chromium, so that no test runs under the one before's setting. (Under
    // forced colours the colour scheme follows the system palette: not waited for then.)
    const forced = features.forcedColors === 'active';
    const queries = Object.entries(features)
      .filter(([feature, value]) => value !== undefined && !(feature === 'colorScheme' && (forced || value === null)))
      .map(([feature, value]) => `(${MEDIA_QUERY_NAMES[feature]}: ${value ?? MEDIA_DEFAULTS[feature]})`);
    await page
      .waitForFunction((list) => list.every((query) => globalThis.matchMedia(query).matches), { timeout: 3000, polling: 20 }, queries)
      .catch(() => {
        throw new Error(`Firefox did not apply ${queries.join(', ')} within 3 s.`);
      });
  },
};

/** What a media feature is with no emulation (a cleared preference). */
const MEDIA_DEFAULTS = { forcedColors: 'none', reducedMotion: 'no-preference' };
const MEDIA_QUERY_NAMES = { colorScheme: 'prefers-color-scheme', forcedColors: 'forced-colors', reducedMotion: 'prefers-reduced-motion' };

/** WebKitGTK through WebDriver classic (webdriverio). */
const webdriver = {
  async setViewport(driver, size) {
    await setWebKitViewport(driver, size);
  },
  async sendKeys(driver, payload) {
    const action = checkKeys(payload);
    const value = payload[action];
    let actions;
    if (action === 'type') actions = typingActions(value);
    else if (action === 'down') actions = [{ type: 'keyDown', value: webdriverKey(value) }];
    else if (action === 'up') actions = [{ type: 'keyUp', value: webdriverKey(value) }];
    else actions = chordActions(value);
    await driver.performActions([{ type: 'key', id: 'hearth-keyboard', actions }]);
  },
  async sendMouse(driver, { type, position, button = 'left' }) {
    const actions = [];
    if (position) actions.push({ type: 'pointerMove', duration: 0, x: Math.round(position[0]), y: Math.round(position[1]), origin: 'viewport' });
    if (type === 'click' || type === 'down') actions.push({ type: 'pointerDown', button: BUTTONS[button] });
    if (type === 'click' || type === 'up') actions.push({ type: 'pointerUp', button: BUTTONS[button] });
    await driver.performActions([{ type: 'pointer', id: 'hearth-mouse', parameters: { pointerType: 'mouse' }, actions }]);
  },
  async resetMouse(driver) {
    await driver.releaseActions();
    await driver.performActions([
      {
        type: 'pointer',
        id: 'hearth-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', duration: 0, x: 0, y: 0, origin: 'viewport' }],
      },
    ]);
  },
  async emulateMedia() {
    throw new Error('WebKitGTK cannot emulate media features at run time; skip the test in this engine (test/helpers/engine.ts).');
  },
};

function driverFor(session) {
  const launcher = session.browser;
  if (launcher.type === 'playwright') return { api: playwright, target: launcher.getPage(session.id) };
  if (launcher.type === 'puppeteer') return { api: puppeteer, target: launcher.getPage(session.id) };
  if (launcher.type === 'webdriver') return { api: webdriver, target: launcher.driver };
  throw new Error(`Hearth's test commands do not know the launcher type "${launcher.type}".`);
}

const COMMANDS = {
  'hearth-set-viewport': (api, target, payload) => {
    checkSize(payload);
    return api.setViewport(target, { width: payload.width, height: payload.height });
  },
  'hearth-send-keys': (api, target, payload) => api.sendKeys(target, payload),
  'hearth-send-mouse': (api, target, payload) => {
    if (!['move', 'click', 'down', 'up'].includes(payload?.type)) throw new Error('hearth-send-mouse: type is move, click, down or up.');
    if ((payload.type === 'move' || payload.type === 'click') && !Array.isArray(payload.position)) {
      throw new Error(`hearth-send-mouse: ${payload.type} needs a position [x, y].`);
    }
    return api.sendMouse(target, payload);
  },
  'hearth-reset-mouse': (api, target) => api.resetMouse(target),
  'hearth-emulate-media': (api, target, payload) => api.emulateMedia(target, payload ?? {}),
};

/** Every file under a folder of the repository (sorted, `/`-separated), so a test finds what is there. */
function listFiles(payload) {
  const root = process.cwd();
  const folder = resolve(root, String(payload?.under ?? ''));
  if (!folder.startsWith(root + sep)) throw new Error('hearth-list-files: under is a folder inside the repository.');
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return entries.map((entry) => relative(folder, resolve(entry.parentPath, entry.name)).replaceAll(sep, '/')).sort();
}

export function hearthCommandsPlugin() {
  return {
    name: 'hearth-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'hearth-list-files') return listFiles(payload);
      const run = COMMANDS[command];
      if (!run) return undefined;
      const { api, target } = driverFor(session);
      await run(api, target, payload);
      return true;
    },
  };
}
