/**
 * Finds a Chromium-family browser for the tests: CHROME_PATH, Debian's /usr/bin/chromium, or
 * Google Chrome. With none, on a Debian-family machine as root it installs Debian's `chromium`
 * (and says so); elsewhere it stops with a one-line instruction.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root) {
    console.log("test: no browser found; installing Debian's chromium package (apt-get install chromium)…");
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (update.status === 0 && install.status === 0 && existsSync('/usr/bin/chromium')) {
      console.log(`test: installed ${execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()}`);
      return '/usr/bin/chromium';
    }
    throw new Error("Installing Debian's chromium failed; install it (apt-get install chromium) or set CHROME_PATH.");
  }
  throw new Error(
    'No Chromium or Chrome found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}
