/**
 * How the tests start Firefox ESR: puppeteer-core (the copy @web/test-runner-chrome brings) over
 * WebDriver BiDi, no geckodriver and no download. Media features (reduced motion, forced colours,
 * colour scheme) are emulated through Firefox's preferences, set in its privileged (chrome)
 * context, which the launch argument `--remote-allow-system-access` opens to the test driver.
 */
import { puppeteerCore } from '@web/test-runner-chrome';

export { puppeteerCore };

/** Launch options for puppeteer-core. */
export function firefoxLaunchOptions(executablePath) {
  return {
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Headless, navigator.storage.persist() would wait for ever on a prompt nobody answers.
      'dom.storageManager.prompt.testing': true,
      'dom.storageManager.prompt.testing.allow': false,
      // A closed network: nothing in the background.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // A download (an export) opens no downloads panel, which would take the focus of the next
      // tests' pages: a button focused there then ignores Enter.
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  };
}

/** Firefox's preferences for each media feature value; `undefined` clears the preference. */
const MEDIA_PREFS = {
  reducedMotion: { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
  forcedColors: { pref: 'browser.display.document_color_use', values: { active: 2, none: 0 } },
  colorScheme: { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/**
 * Emulates media features in a running Firefox (puppeteer-core Browser), for every page: a
 * feature set to `null` goes back to the browser's default. Throws on an unknown feature or value.
 */
export async function emulateFirefoxMedia(browser, features) {
  const lines = [];
  for (const [feature, value] of Object.entries(features)) {
    if (value === undefined) continue;
    const entry = MEDIA_PREFS[feature];
    if (!entry) throw new Error(`Firefox cannot emulate the media feature ${feature}.`);
    if (value === null) {
      lines.push(`Services.prefs.clearUserPref(${JSON.stringify(entry.pref)});`);
      continue;
    }
    if (!(value in entry.values)) throw new Error(`Unknown ${feature} value: ${value}`);
    lines.push(`Services.prefs.setIntPref(${JSON.stringify(entry.pref)}, ${entry.values[value]});`);
  }
  if (!lines.length) return;
  const connection = browser.connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no privileged context to set preferences in.');
  const answer = await connection.send('script.evaluate', {
    expression: `${lines.join('\n')} 'ok'`,
    target: { context },
    awaitPromise: false,
  });
  if (answer.result.type !== 'success') throw new Error(`Setting Firefox's preferences failed: ${JSON.stringify(answer.result)}`);
}
