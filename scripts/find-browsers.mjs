/**
 * Finds the browsers the tests run in — Chromium, Firefox ESR and WebKitGTK (MiniBrowser driven by
 * WebKitWebDriver under Xvfb) — from Debian's packages or the paths given in the environment.
 * With one missing, on a Debian-family machine as root it installs Debian's packages (and says
 * so); elsewhere it reports a one-line instruction and the caller runs the engines it has.
 * No browser is ever downloaded by a tool.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The engines, in the order `npm test` runs them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** What users call each engine in messages. */
export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** Debian's packages for each engine. */
const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

const INSTRUCTIONS = {
  chromium: 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH',
  firefox: 'install Firefox ESR (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH',
  webkit: "install WebKitGTK's WebDriver and a virtual display (Debian: sudo apt-get install webkit2gtk-driver xvfb xauth)",
};

const first = (paths) => paths.find((path) => existsSync(path));

function fromEnvironment(variable, fallback) {
  const value = process.env[variable];
  if (!value) return fallback();
  if (existsSync(value)) return value;
  throw new Error(`${variable} is set to ${value}, which does not exist.`);
}

/** Where each engine's pieces are, or undefined for an engine this machine does not have. */
function locate(engine) {
  if (engine === 'chromium') {
    const executable = fromEnvironment('CHROME_PATH', () => first(CHROMIUM));
    return executable ? { executable } : undefined;
  }
  if (engine === 'firefox') {
    const executable = fromEnvironment('FIREFOX_PATH', () => first(FIREFOX));
    return executable ? { executable } : undefined;
  }
  const driver = fromEnvironment('WEBKIT_WEBDRIVER_PATH', () => first(['/usr/bin/WebKitWebDriver']));
  const browser = fromEnvironment('MINIBROWSER_PATH', () => first(MINIBROWSER));
  const xvfb = first(['/usr/bin/Xvfb']);
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

function canInstall() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return existsSync('/etc/debian_version') && root;
}

let updated = false;
function aptInstall(packages) {
  if (!updated) {
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (update.status !== 0) return false;
    updated = true;
  }
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return install.status === 0;
}

/**
 * Finds each engine named, installing Debian's packages for a missing one when it may. Returns
 * `{ found: { engine: paths }, missing: [{ engine, instruction }] }`.
 */
export function findBrowsers(engines = ENGINES, { log = console.log } = {}) {
  const unknown = engines.filter((engine) => !ENGINES.includes(engine));
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: the engines are ${ENGINES.join(', ')}.`);
  const found = {};
  const missing = [];
  for (const engine of engines) {
    let paths = locate(engine);
    if (!paths && canInstall()) {
      log(`test: ${ENGINE_LABELS[engine]} is missing; installing Debian's ${PACKAGES[engine].join(', ')} (apt-get install)…`);
      if (aptInstall(PACKAGES[engine])) paths = locate(engine);
      if (paths) log(`test: installed ${describe(engine, paths)}`);
    }
    if (paths) found[engine] = paths;
    else missing.push({ engine, instruction: `${ENGINE_LABELS[engine]} not found: ${INSTRUCTIONS[engine]}.` });
  }
  return { found, missing };
}

/** The engine's name and version, for the test log. */
export function describe(engine, paths) {
  try {
    if (engine === 'webkit') {
      // MiniBrowser needs a display even for --version; Debian's package knows it.
      const version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      return `WebKitGTK ${version} (MiniBrowser through WebKitWebDriver, under Xvfb)`;
    }
    return execFileSync(paths.executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return ENGINE_LABELS[engine];
  }
}

/**
 * Chromium for the scripts that only need one browser (size, gallery, packaging, benchmarks):
 * found or installed as above, else an Error with the one-line instruction.
 */
export function findChromium() {
  const { found, missing } = findBrowsers(['chromium']);
  if (found.chromium) return found.chromium.executable;
  throw new Error(missing[0].instruction);
}
