import { urlProblem } from '@hearth/core';

/*
 * A practice contact's web address (`contacts[].url`) as the plan links to it, in its sections,
 * its crisis view and its printed page: by the rules every Hearth link follows.
 */

/**
 * The address a link may use: an http or https URL, resolved against the page. Anything else (a
 * `javascript:` or `data:` URL, or text that is not a URL) gives none, whatever the provider's
 * config held.
 */
export function safeContactUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url.trim() || urlProblem(url.trim())) return undefined;
  return new URL(url.trim(), document.baseURI).href;
}

/** True for an address on another site: it opens in a new tab (and says so). */
export function isExternal(href: string): boolean {
  return new URL(href).origin !== location.origin;
}
