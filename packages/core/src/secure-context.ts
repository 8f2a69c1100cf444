let told = false;

/** True where Web Crypto's `subtle` API exists: a secure context (HTTPS, or localhost). */
export function canEncrypt(): boolean {
  return Boolean(globalThis.isSecureContext && globalThis.crypto?.subtle);
}

/**
 * Says once per page, in the console, what a page on plain HTTP cannot do. Elements also show
 * it where it matters (the journal's encryption setup).
 */
export function reportInsecureContextOnce(): void {
  if (told || canEncrypt()) return;
  told = true;
  console.warn(
    'Hearth: this page is not served over HTTPS, so encryption with a passphrase is not available here. ' +
      'Everything else works. Serve the site over HTTPS to turn it on.',
  );
}
