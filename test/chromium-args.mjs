/** Flags for Debian's Chromium on a closed network: no background traffic, no DNS look-ups but local ones. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** The browser to use: CHROME_PATH, else Debian's Chromium. scripts/find-browsers.mjs installs it when missing. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
