import { HEARTH_VERSION } from './version.js';

/** What a class must carry to be registered by {@link defineElement}. */
export interface VersionedElementClass extends CustomElementConstructor {
  readonly hearthVersion?: string;
}

/**
 * Registers a custom element without ever throwing.
 *
 * - The tag is free: it is defined.
 * - The tag is taken by the same Hearth version (a second copy of the bundle, a define file
 *   imported twice): nothing happens.
 * - The tag is taken by another version, or by something that is not Hearth: one
 *   `console.warn` naming both, and the first registration stays.
 *
 * Returns the class that ends up registered for the tag.
 */
export function defineElement(tag: string, ctor: VersionedElementClass): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tag) as VersionedElementClass | undefined;
  if (existing) {
    if (existing === ctor) return existing;
    const ours = ctor.hearthVersion ?? HEARTH_VERSION;
    const theirs = existing.hearthVersion;
    if (theirs !== ours) {
      console.warn(
        `Hearth: <${tag}> is already defined by ${theirs ? `Hearth ${theirs}` : 'another script'}; ` +
          `this copy (Hearth ${ours}) leaves that definition in place.`,
      );
    }
    return existing;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another script can win a race between get() and define(); never throw into the host page.
    console.warn(`Hearth: <${tag}> could not be defined: ${(error as Error).message}`);
  }
  return customElements.get(tag);
}
