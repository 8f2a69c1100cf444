/**
 * How the tests start WebKitGTK: MiniBrowser (Debian's libwebkit2gtk-4.1) driven by WebKitWebDriver
 * (Debian's webkit2gtk-driver) through WebDriver classic, on a virtual X display (Xvfb) that is
 * started here and stopped with the driver. MiniBrowser has no headless mode.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The virtual screen's size in pixels. */
const SCREEN = { width: 1600, height: 1200 };

/** Starts Xvfb on a free display; resolves with `{ display, stop, kill }`. */
export function startXvfb(xvfb = '/usr/bin/Xvfb') {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '1', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('Xvfb did not start within 15 s.'));
    }, 15_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      clearTimeout(timer);
      resolve({ display: `:${output.trim()}`, stop: () => stopChild(child), kill: () => child.kill('SIGKILL') });
    });
  });
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}).`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s.');
}

/**
 * Starts Xvfb and WebKitWebDriver; resolves with the WebDriver `port`, the `capabilities` that
 * open MiniBrowser, and `stop()`, which stops both.
 */
export async function startWebKitDriver({ driver, browser, xvfb }) {
  const screen = await startXvfb(xvfb);
  let child;
  // A runner killed without its stop() must not leave the display and the driver behind.
  const killAll = () => {
    child?.kill('SIGKILL');
    screen.kill();
  };
  process.once('exit', killAll);
  let port;
  try {
    port = await freePort();
    child = spawn(driver, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: screen.display, XDG_CONFIG_HOME: join(here, 'gtk-config') },
    });
    const failedToStart = new Promise((resolve, reject) => child.once('error', reject));
    await Promise.race([waitForDriver(port, child), failedToStart]);
  } catch (error) {
    process.removeListener('exit', killAll);
    if (child) await stopChild(child);
    await screen.stop();
    throw error;
  }
  return {
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for BiDi and WebKitWebDriver answers "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: browser,
        args: [
          '--automation',
          '--javascript-can-open-windows-automatically=true',
          // No --features=+StorageAPI: WebKitGTK ships navigator.storage switched off (Safari has
          // it), so the tests run the product where it is absent, in a real engine.
        ],
      },
    },
    stop: async () => {
      process.removeListener('exit', killAll);
      await stopChild(child);
      await screen.stop();
    },
  };
}

/**
 * Sizes the window so the page's viewport is `width` × `height` (MiniBrowser's window includes a
 * thin toolbar; gtk-config/ shrinks it so a 320 px viewport fits).
 */
export async function setWebKitViewport(driver, { width, height }) {
  const read = () => driver.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
  const target = [width, height];
  let inner = await resized(read, await read(), () => placeWindow(driver, width, height), target);
  if (inner[0] !== width || inner[1] !== height) {
    // The window's frame (the shrunk toolbar) takes the difference: make the window that much larger.
    const [w, h] = [Math.max(width, 2 * width - inner[0]), Math.max(height, 2 * height - inner[1])];
    inner = await resized(read, inner, () => placeWindow(driver, w, h), target);
  }
  // A test "at 320 px" must never run at another width unnoticed (without gtk-config/, MiniBrowser
  // stays at least 447 px wide).
  if (inner[0] !== width || inner[1] !== height) {
    throw new Error(`WebKitGTK's viewport is ${inner[0]}x${inner[1]}, not the ${width}x${height} asked for.`);
  }
}

/**
 * Resizes, then waits until the page's viewport has taken the new size (a resize lands a moment
 * after the WebDriver call returns): the target, or a size other than the one before that reads
 * the same twice 50 ms apart; within 2 s.
 */
async function resized(read, before, resize, target) {
  await resize();
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  let last = await read();
  for (const deadline = Date.now() + 2000; Date.now() < deadline && !same(last, target); ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await read();
    if (same(now, last) && !same(now, before)) return now;
    last = now;
  }
  return last;
}

/**
 * Sizes MiniBrowser's window and centres it on the screen, so that it stays the active window. Xvfb
 * runs no window manager, so X gives keyboard focus to the window under the pointer, and the pointer
 * rests at the screen's centre (WebKit's WebDriver actions are synthesised and never move it). A
 * window sized at the top left corner without covering the centre is a window in the background:
 * document.hasFocus() is false, and :focus, :focus-within and :focus-visible match nothing.
 */
async function placeWindow(driver, width, height) {
  const x = Math.max(0, Math.round((SCREEN.width - width) / 2));
  const y = Math.max(0, Math.round((SCREEN.height - height) / 2));
  await driver.setWindowRect(x, y, width, height);
}

/** Throws unless the page in MiniBrowser's window has focus (see placeWindow). */
export async function expectWebKitFocus(driver) {
  if (await driver.execute(() => globalThis.document.hasFocus())) return;
  const rect = await driver.getWindowRect();
  throw new Error(
    `MiniBrowser's window is not the active one (window ${JSON.stringify(rect)} on a ${SCREEN.width}x${SCREEN.height} screen), ` +
      "so focus tests would fail: it must cover the screen's centre, where the pointer rests.",
  );
}
