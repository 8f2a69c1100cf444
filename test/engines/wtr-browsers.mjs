/**
 * The web-test-runner launcher for each engine. No launcher downloads a browser: each starts the
 * one scripts/find-browsers.mjs found.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

import { chromiumArgs } from '../chromium-args.mjs';
import { firefoxLaunchOptions, puppeteerCore } from './firefox.mjs';
import { expectWebKitFocus, setWebKitViewport, startWebKitDriver } from './webkit.mjs';

/** The component tests' viewport in every engine (web-test-runner's own default). */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** WebKitGTK: starts Xvfb and WebKitWebDriver with the runner, and stops both with it. */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor(paths) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.paths = paths;
  }

  async initialize(config, testFiles) {
    this.service = await startWebKitDriver(this.paths);
    this.options = { hostname: '127.0.0.1', port: this.service.port, logLevel: 'error', capabilities: this.service.capabilities };
    await super.initialize(config, testFiles);
    this.name = 'WebKitGTK';
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await setWebKitViewport(this.driver, DEFAULT_VIEWPORT);
    // Focus, :focus-within and :focus-visible work only in the active window: fail here, once, if it is not.
    await expectWebKitFocus(this.driver);
    return manager;
  }

  async stop() {
    await super.stop();
    await this.service?.stop();
    this.service = undefined;
  }
}

export function launcherFor(engine, paths) {
  if (engine === 'chromium') {
    return playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: paths.executable, headless: true, args: chromiumArgs },
    });
  }
  if (engine === 'firefox') {
    return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: firefoxLaunchOptions(paths.executable) });
  }
  if (engine === 'webkit') return new WebKitGtkLauncher(paths);
  throw new Error(`Unknown engine "${engine}": chromium, firefox or webkit.`);
}
