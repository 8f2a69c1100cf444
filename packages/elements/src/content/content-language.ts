import { contentLanguage } from './built-in-item.js';

/**
 * The language of content an element shows when it is not the element's own. Built-in content
 * (strategies, prompt packs, forms, policies) exists in every language Hearth has strings for
 * (`CONTENT_LANGUAGES`), so this matters only on a page whose practice gives strings of its own
 * in another language (`strings: { de: … }`): the built-in content is English there, and is
 * marked `lang="en"` (WCAG 3.1.2, Language of Parts: a screen reader reads it with an English
 * voice) and laid out left to right by the shared styles. A practice's own content is taken to be
 * in the element's language. `shown` is the language of the strings on screen (`i18n.shown`).
 * Bind with `lang=${ifDefined(…)}`.
 */
export function foreignContentLang(origin: string | undefined, shown: string): 'en' | undefined {
  const language = shown.split('-')[0].toLowerCase();
  return origin === 'builtin' && contentLanguage(language) !== language ? 'en' : undefined;
}
