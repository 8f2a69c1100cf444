/**
 * The language of content an element shows when it is not the element's own. Built-in content
 * (strategies, prompt packs, forms, policies) exists in English and Spanish, so a French or
 * Arabic element shows English content among its own strings: that content is marked
 * `lang="en"` (WCAG 3.1.2, Language of Parts: a screen reader reads it with an English voice),
 * and the shared styles lay it out left to right inside a right-to-left widget. A practice's own
 * content is taken to be in the element's language. Bind with `lang=${ifDefined(…)}`.
 */
export const foreignContentLang = (origin: string | undefined, language: string): 'en' | undefined =>
  origin === 'builtin' && language !== 'en' && language !== 'es' ? 'en' : undefined;
